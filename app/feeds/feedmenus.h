#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QMenu;
class QPoint;
class QTextDocument;

namespace Aivizor {

class MainWindow;

// Context menus of the window's views: tree entries (open in browser, copy link), topic rows
// (open, open in browser, copy link, copy title) and posts in the reader (reply, quote, copy
// link to the post, open in browser, after the text view's own Copy and Select All).
class FeedMenus : public QObject
{
    Q_OBJECT
public:
    explicit FeedMenus(MainWindow *window);

    // The menu shown last (tests look at it); null once it closed.
    QMenu *lastMenu() const;

    // The post whose header is at or above a document position; 0 above the first post.
    static int postNumberAt(const QTextDocument *document, int position);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTreeMenu(const QPoint &pos);
    void showTopicMenu(const QPoint &pos);
    void showPostMenu(const QPoint &pos, const QPoint &globalPos);
    void quotePost(int postNumber);
    void addLinkActions(QMenu *menu, const QUrl &url);
    void popup(QMenu *menu, const QPoint &globalPos);
    QUrl forumBase() const;

    MainWindow *m_window;
    QPointer<QMenu> m_lastMenu;
};

} // namespace Aivizor
