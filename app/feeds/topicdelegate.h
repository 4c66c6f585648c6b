#pragma once

#include "lib/images/imagecache.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace Aivizor {

// Paints one topic row of the list from TopicListModel roles:
//   [avatar]  [pin][lock] Title ...................................  3 h
//             (News) (Release)  Author            ⌂ 3   ◉ 120   ♥ 4
// Every color is a palette role, so the dark palette gives dark, readable rows. The avatar comes
// from the forum's ImageCache; a letter placeholder shows until it arrives.
class TopicDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TopicDelegate(QObject *parent = nullptr);

    void setImageCache(ImageCache *cache) { m_images = cache; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // A compact count: 950, 1.2k, 34k, 1.5M (locale decimal point).
    static QString compactCount(int value);

private:
    struct Layout
    {
        QRect avatar;
        QRect line1;
        QRect line2;
        QRect age;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintAvatar(QPainter *painter, const QRect &rect, const QModelIndex &index) const;

    QPointer<ImageCache> m_images;
};

} // namespace Aivizor
