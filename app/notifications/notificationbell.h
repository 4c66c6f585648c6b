#pragma once

#include <QToolButton>

namespace Aivizor {

// The toolbar's bell: the number of unread notifications beside it, none when all are read.
class NotificationBell : public QToolButton
{
    Q_OBJECT
    Q_PROPERTY(int count READ count WRITE setCount NOTIFY countChanged)
public:
    explicit NotificationBell(QWidget *parent = nullptr);

    int count() const { return m_count; }
    void setCount(int count);

signals:
    void countChanged(int count);

private:
    int m_count = -1;
};

} // namespace Aivizor
