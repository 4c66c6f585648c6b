#pragma once

#include <QHash>
#include <QHttpServerRequest>
#include <QStringList>

// Parameters of a write request, merged from the query string and the body, which may be
// JSON or form-urlencoded like Discourse accepts. Rails array keys ("tags[]") lose their
// brackets; JSON arrays become lists; JSON objects become Rails hash keys ("timings[3]").
class Params
{
public:
    // False when the body claims to be JSON but is not a JSON object.
    bool parse(const QHttpServerRequest &request);
    // The same from the parts: the query string (percent-encoded), Content-Type and body.
    bool parse(const QByteArray &query, const QByteArray &contentType, const QByteArray &body);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const;
    QStringList list(const QString &name) const { return m_values.value(name); }
    // A Rails hash parameter: "name[key]=value" pairs as key -> value (the last one wins).
    QHash<QString, QString> hash(const QString &name) const;

private:
    void add(QString name, const QString &value);
    void addForm(const QByteArray &encoded);

    QHash<QString, QStringList> m_values;
};
