#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Aivizor {

// What the composer holds for one topic (a reply) or for the new-topic composer.
struct Draft
{
    int replyToPostNumber = 0; // 0 = a reply to the topic itself
    QString title;             // new topic only
    int categoryId = 0;        // new topic only
    QStringList tags;          // new topic only
    QString text;
    QDateTime updatedAt;       // UTC; stamped by DraftStore::scheduleSave when left invalid

    bool operator==(const Draft &o) const
    {
        return replyToPostNumber == o.replyToPostNumber && title == o.title && categoryId == o.categoryId
               && tags == o.tags && text == o.text && updatedAt == o.updatedAt;
    }
    bool operator!=(const Draft &o) const { return !(*this == o); }
};

} // namespace Aivizor
