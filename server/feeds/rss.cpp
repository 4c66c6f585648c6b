#include "rss.h"

#include <QDateTime>
#include <QLocale>
#include <QXmlStreamWriter>

namespace {

QString rfc2822(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
    // RFC 2822 names are English whatever the server's locale.
    return QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) + QStringLiteral(" +0000");
}

} // namespace

QByteArray renderRss(const RssChannel &channel)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("rss"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeStartElement(QStringLiteral("channel"));
    xml.writeTextElement(QStringLiteral("title"), channel.title);
    xml.writeTextElement(QStringLiteral("link"), channel.link);
    xml.writeTextElement(QStringLiteral("description"), channel.description);
    for (const RssItem &item : channel.items) {
        xml.writeStartElement(QStringLiteral("item"));
        xml.writeTextElement(QStringLiteral("title"), item.title);
        xml.writeTextElement(QStringLiteral("dc:creator"), item.creator);
        if (!item.category.isEmpty())
            xml.writeTextElement(QStringLiteral("category"), item.category);
        xml.writeTextElement(QStringLiteral("description"), item.descriptionHtml);
        xml.writeTextElement(QStringLiteral("link"), item.link);
        xml.writeTextElement(QStringLiteral("pubDate"), rfc2822(item.isoDate));
        xml.writeStartElement(QStringLiteral("guid"));
        xml.writeAttribute(QStringLiteral("isPermaLink"), QStringLiteral("false"));
        xml.writeCharacters(item.guid);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
