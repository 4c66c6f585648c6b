#include "params.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

QString scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

} // namespace

QString Params::value(const QString &name) const
{
    const QStringList values = m_values.value(name);
    return values.isEmpty() ? QString() : values.last();
}

QHash<QString, QString> Params::hash(const QString &name) const
{
    QHash<QString, QString> result;
    const QString prefix = name + QLatin1Char('[');
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.key().startsWith(prefix) && it.key().endsWith(QLatin1Char(']')) && !it.value().isEmpty())
            result.insert(it.key().mid(prefix.size(), it.key().size() - prefix.size() - 1), it.value().last());
    }
    return result;
}

void Params::add(QString name, const QString &value)
{
    if (name.endsWith(QLatin1String("[]")))
        name.chop(2);
    m_values[name].append(value);
}

void Params::addForm(const QByteArray &encoded)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        // QUrlQuery leaves '+' alone; in application/x-www-form-urlencoded it is a space.
        const auto decode = [](QByteArray part) {
            return QUrl::fromPercentEncoding(part.replace('+', ' '));
        };
        add(decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
}

bool Params::parse(const QHttpServerRequest &request)
{
    return parse(request.url().query(QUrl::FullyEncoded).toUtf8(), request.value(QByteArrayLiteral("Content-Type")),
                 request.body());
}

bool Params::parse(const QByteArray &query, const QByteArray &contentType, const QByteArray &body)
{
    addForm(query);
    if (contentType.toLower().startsWith("application/json")) {
        if (body.trimmed().isEmpty())
            return true;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (!doc.isObject())
            return false;
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray()) {
                for (const QJsonValue &v : it.value().toArray())
                    add(it.key(), scalar(v));
            } else if (it.value().isObject()) {
                const QJsonObject inner = it.value().toObject();
                for (auto sub = inner.begin(); sub != inner.end(); ++sub)
                    add(it.key() + QLatin1Char('[') + sub.key() + QLatin1Char(']'), scalar(sub.value()));
            } else if (!it.value().isNull()) {
                add(it.key(), scalar(it.value()));
            }
        }
        return true;
    }
    addForm(body);
    return true;
}
