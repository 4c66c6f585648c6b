#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// RSS 2.0 with the dc:creator extension, as Discourse's feeds use it.
struct RssItem
{
    QString title;
    QString link;
    QString isoDate;          // ISO 8601 UTC, written as RFC 2822
    QString guid;
    QString creator;
    QString descriptionHtml;
    QString category;
};

struct RssChannel
{
    QString title;
    QString link;
    QString description;
    QList<RssItem> items;
};

QByteArray renderRss(const RssChannel &channel);
