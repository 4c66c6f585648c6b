#include "lib/parse/trackingstateparser.h"

#include "lib/parse/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Aivizor {

ParseResult<QList<TopicReadState>> parseTrackingState(const QJsonDocument &doc)
{
    if (!doc.isArray())
        return ParseResult<QList<TopicReadState>>::failure(
            QCoreApplication::translate("Parse", "the response is not a JSON array"));
    JsonReader r;
    QList<TopicReadState> out;
    const QJsonArray items = doc.array();
    out.reserve(items.size());
    for (int i = 0; i < items.size() && !r.failed(); ++i) {
        QJsonObject o;
        if (!r.objectAt(items, i, QString(), o))
            break;
        const QString path = JsonReader::join(QString(), i);
        TopicReadState s;
        r.readInt(o, QStringLiteral("topic_id"), path, s.topicId, true);
        r.readInt(o, QStringLiteral("highest_post_number"), path, s.highestPostNumber);
        r.readInt(o, QStringLiteral("last_read_post_number"), path, s.lastReadPostNumber);
        r.readInt(o, QStringLiteral("category_id"), path, s.categoryId);
        r.readInt(o, QStringLiteral("notification_level"), path, s.notificationLevel);
        r.readBool(o, QStringLiteral("created_in_new_period"), path, s.inNewPeriod);
        out.append(s);
    }
    if (r.failed())
        return ParseResult<QList<TopicReadState>>::failure(r.error());
    return ParseResult<QList<TopicReadState>>::success(out);
}

} // namespace Aivizor
