#include "lib/posting/outboxentry.h"

#include "lib/api/requestbodies.h"

#include <QCoreApplication>

namespace Aivizor {

OutboxPayload OutboxPayload::reply(int topicId, const QString &raw, int replyToPostNumber)
{
    OutboxPayload p;
    p.kind = Kind::Reply;
    p.topicId = topicId;
    p.raw = raw;
    p.replyToPostNumber = replyToPostNumber;
    return p;
}

OutboxPayload OutboxPayload::newTopic(const QString &title, const QString &raw, int categoryId,
                                      const QStringList &tags)
{
    OutboxPayload p;
    p.kind = Kind::NewTopic;
    p.title = title;
    p.raw = raw;
    p.categoryId = categoryId;
    p.tags = tags;
    return p;
}

QString OutboxPayload::validationError() const
{
    if (raw.trimmed().isEmpty())
        return QCoreApplication::translate("OutboxPayload", "The post is empty.");
    if (kind == Kind::Reply && topicId <= 0)
        return QCoreApplication::translate("OutboxPayload", "The reply has no topic.");
    if (kind == Kind::Reply && replyToPostNumber < 0)
        return QCoreApplication::translate("OutboxPayload", "The reply refers to an invalid post number.");
    if (kind == Kind::NewTopic && title.trimmed().isEmpty())
        return QCoreApplication::translate("OutboxPayload", "The new topic has no title.");
    if (kind == Kind::NewTopic && categoryId < 0)
        return QCoreApplication::translate("OutboxPayload", "The new topic has an invalid category.");
    return {};
}

QJsonObject OutboxPayload::toPostsRequest() const
{
    const Api::CreatePostBody body = kind == Kind::Reply
        ? Api::CreatePostBody::reply(topicId, raw, replyToPostNumber)
        : Api::CreatePostBody::newTopic(title, raw, categoryId, tags);
    return body.toJson();
}

namespace {

QString stateName(OutboxEntry::State s)
{
    switch (s) {
    case OutboxEntry::State::Pending: return QStringLiteral("pending");
    case OutboxEntry::State::Sending: return QStringLiteral("sending");
    case OutboxEntry::State::WaitingRateLimit: return QStringLiteral("rate-limited");
    case OutboxEntry::State::FailedPermanent: return QStringLiteral("failed");
    }
    return {};
}

bool stateFromName(const QString &name, OutboxEntry::State *s)
{
    for (auto candidate : {OutboxEntry::State::Pending, OutboxEntry::State::Sending,
                           OutboxEntry::State::WaitingRateLimit, OutboxEntry::State::FailedPermanent}) {
        if (stateName(candidate) == name) {
            *s = candidate;
            return true;
        }
    }
    return false;
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject OutboxEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("site"), site);
    o.insert(QStringLiteral("kind"), payload.kind == OutboxPayload::Kind::Reply ? QStringLiteral("reply")
                                                                                : QStringLiteral("new-topic"));
    o.insert(QStringLiteral("request"), payload.toPostsRequest());
    o.insert(QStringLiteral("createdAt"), isoTime(createdAt));
    o.insert(QStringLiteral("attempts"), attempts);
    o.insert(QStringLiteral("nextAttemptAt"), isoTime(nextAttemptAt));
    o.insert(QStringLiteral("lastError"), lastError);
    o.insert(QStringLiteral("state"), stateName(state));
    o.insert(QStringLiteral("mayHaveReachedServer"), mayHaveReachedServer);
    return o;
}

bool OutboxEntry::fromJson(const QJsonObject &o, OutboxEntry *e)
{
    OutboxEntry r;
    r.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    r.site = o.value(QStringLiteral("site")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const QJsonValue requestValue = o.value(QStringLiteral("request"));
    if (r.id.isNull() || r.site.isEmpty() || !requestValue.isObject()
        || !stateFromName(o.value(QStringLiteral("state")).toString(), &r.state))
        return false;
    const Api::CreatePostBody request = Api::CreatePostBody::fromJson(requestValue.toObject());
    if (kind == QLatin1String("reply"))
        r.payload = OutboxPayload::reply(request.topicId, request.raw, request.replyToPostNumber);
    else if (kind == QLatin1String("new-topic"))
        r.payload = OutboxPayload::newTopic(request.title, request.raw, request.categoryId, request.tags);
    else
        return false;
    if (!r.payload.validationError().isEmpty())
        return false;
    r.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    r.nextAttemptAt = QDateTime::fromString(o.value(QStringLiteral("nextAttemptAt")).toString(), Qt::ISODateWithMs);
    if (!r.createdAt.isValid())
        return false;
    r.attempts = qMax(0, o.value(QStringLiteral("attempts")).toInt());
    r.lastError = o.value(QStringLiteral("lastError")).toString();
    r.mayHaveReachedServer = o.value(QStringLiteral("mayHaveReachedServer")).toBool();
    *e = r;
    return true;
}

} // namespace Aivizor
