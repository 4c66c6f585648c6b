#include "lib/domain/feedspec.h"

#include <QUrl>

namespace Aivizor {

FeedSpec FeedSpec::top(const QString &period)
{
    FeedSpec f;
    f.kind = Kind::Top;
    f.topPeriod = period;
    return f;
}

FeedSpec FeedSpec::community(int id, const QString &slug)
{
    FeedSpec f;
    f.kind = Kind::Community;
    f.communityId = id;
    f.communitySlug = slug;
    return f;
}

FeedSpec FeedSpec::forTag(const QString &tag)
{
    FeedSpec f;
    f.kind = Kind::Tag;
    f.tag = tag;
    return f;
}

QString FeedSpec::path() const
{
    switch (kind) {
    case Kind::Latest:
        return QStringLiteral("/latest");
    case Kind::Top:
        return QStringLiteral("/top");
    case Kind::Community: {
        // Discourse finds the category by the trailing id; the slug only makes the URL readable.
        const QString id = QString::number(communityId);
        if (communitySlug.isEmpty())
            return QStringLiteral("/c/") + id;
        return QStringLiteral("/c/") + QString::fromLatin1(QUrl::toPercentEncoding(communitySlug))
               + QLatin1Char('/') + id;
    }
    case Kind::Tag:
        return QStringLiteral("/tag/") + QString::fromLatin1(QUrl::toPercentEncoding(tag));
    }
    return {};
}

QString FeedSpec::pagePath(int page) const
{
    QString query;
    if (kind == Kind::Top && !topPeriod.isEmpty())
        query = QStringLiteral("period=") + QString::fromLatin1(QUrl::toPercentEncoding(topPeriod));
    if (page > 0)
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) + QStringLiteral("page=")
                 + QString::number(page);
    return path() + QStringLiteral(".json") + (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

bool FeedSpec::operator==(const FeedSpec &o) const
{
    return kind == o.kind && communityId == o.communityId && communitySlug == o.communitySlug
           && tag == o.tag && topPeriod == o.topPeriod;
}

} // namespace Aivizor
