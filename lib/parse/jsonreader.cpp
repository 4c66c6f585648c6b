#include "lib/parse/jsonreader.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Aivizor {

namespace {
bool isMissing(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}
} // namespace

void JsonReader::fail(const QString &path, const QString &expectation)
{
    if (failed())
        return;
    m_error = QCoreApplication::translate("JsonReader", "%1: %2").arg(path, expectation);
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::join(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool JsonReader::toInt(const QJsonValue &v, const QString &path, int &out)
{
    if (failed())
        return false;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && d >= std::numeric_limits<int>::min()
            && d <= std::numeric_limits<int>::max()) {
            out = int(d);
            return true;
        }
        fail(path, QCoreApplication::translate("JsonReader", "expected an integer"));
        return false;
    }
    if (v.isString()) {
        // Some proxies and old servers send ids as strings of digits.
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok) {
            out = n;
            return true;
        }
    }
    fail(path, QCoreApplication::translate("JsonReader", "expected an integer"));
    return false;
}

bool JsonReader::toInt64(const QJsonValue &v, const QString &path, qint64 &out)
{
    if (failed())
        return false;
    constexpr double Exact = 9007199254740992.0; // 2^53
    const double d = v.toDouble();
    if (v.isDouble() && d == std::floor(d) && d >= -Exact && d <= Exact) { // false for NaN and infinities
        out = qint64(d);
        return true;
    }
    fail(path, QCoreApplication::translate("JsonReader", "expected an integer"));
    return false;
}

bool JsonReader::readInt(const QJsonObject &o, const QString &key, const QString &path, int &out,
                         bool required)
{
    if (failed())
        return false;
    const QJsonValue v = o.value(key);
    if (isMissing(v)) {
        if (required)
            fail(join(path, key), QCoreApplication::translate("JsonReader", "missing required integer"));
        return false;
    }
    return toInt(v, join(path, key), out);
}

bool JsonReader::readString(const QJsonObject &o, const QString &key, const QString &path,
                            QString &out, bool required)
{
    if (failed())
        return false;
    const QJsonValue v = o.value(key);
    if (isMissing(v)) {
        if (required)
            fail(join(path, key), QCoreApplication::translate("JsonReader", "missing required string"));
        return false;
    }
    if (!v.isString()) {
        fail(join(path, key), QCoreApplication::translate("JsonReader", "expected a string"));
        return false;
    }
    out = v.toString();
    return true;
}

bool JsonReader::readBool(const QJsonObject &o, const QString &key, const QString &path, bool &out)
{
    if (failed())
        return false;
    const QJsonValue v = o.value(key);
    if (isMissing(v))
        return false;
    if (v.isBool()) {
        out = v.toBool();
        return true;
    }
    if (v.isDouble()) { // 0/1 from older serializers
        out = v.toDouble() != 0;
        return true;
    }
    fail(join(path, key), QCoreApplication::translate("JsonReader", "expected a boolean"));
    return false;
}

bool JsonReader::readDateTime(const QJsonObject &o, const QString &key, const QString &path,
                              QDateTime &out)
{
    QString text;
    if (!readString(o, key, path, text))
        return false;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        fail(join(path, key), QCoreApplication::translate("JsonReader", "expected an ISO 8601 date"));
        return false;
    }
    out = dt.toUTC();
    return true;
}

bool JsonReader::readColor(const QJsonObject &o, const QString &key, const QString &path, QColor &out)
{
    QString text;
    if (!readString(o, key, path, text) || text.isEmpty())
        return false;
    // Discourse sends hex without '#'; tolerate one anyway.
    const QColor c(text.startsWith(QLatin1Char('#')) ? text : QLatin1Char('#') + text);
    if (!c.isValid()) {
        fail(join(path, key), QCoreApplication::translate("JsonReader", "expected a hex color"));
        return false;
    }
    out = c;
    return true;
}

bool JsonReader::readObject(const QJsonObject &o, const QString &key, const QString &path,
                            QJsonObject &out, bool required)
{
    if (failed())
        return false;
    const QJsonValue v = o.value(key);
    if (isMissing(v)) {
        if (required)
            fail(join(path, key), QCoreApplication::translate("JsonReader", "missing required object"));
        return false;
    }
    if (!v.isObject()) {
        fail(join(path, key), QCoreApplication::translate("JsonReader", "expected an object"));
        return false;
    }
    out = v.toObject();
    return true;
}

bool JsonReader::readArray(const QJsonObject &o, const QString &key, const QString &path,
                           QJsonArray &out, bool required)
{
    if (failed())
        return false;
    const QJsonValue v = o.value(key);
    if (isMissing(v)) {
        if (required)
            fail(join(path, key), QCoreApplication::translate("JsonReader", "missing required array"));
        return false;
    }
    if (!v.isArray()) {
        fail(join(path, key), QCoreApplication::translate("JsonReader", "expected an array"));
        return false;
    }
    out = v.toArray();
    return true;
}

bool JsonReader::readIntList(const QJsonObject &o, const QString &key, const QString &path,
                             QList<int> &out)
{
    QJsonArray a;
    if (!readArray(o, key, path, a))
        return false;
    QList<int> result;
    result.reserve(a.size());
    const QString p = join(path, key);
    for (int i = 0; i < a.size(); ++i) {
        int n = 0;
        if (!toInt(a.at(i), join(p, i), n))
            return false;
        result.append(n);
    }
    out = result;
    return true;
}

bool JsonReader::readTags(const QJsonObject &o, const QString &key, const QString &path,
                          QStringList &out)
{
    QJsonArray a;
    if (!readArray(o, key, path, a))
        return false;
    QStringList result;
    const QString p = join(path, key);
    for (int i = 0; i < a.size(); ++i) {
        const QJsonValue v = a.at(i);
        if (v.isString()) {
            result.append(v.toString());
        } else if (v.isObject()) {
            QString name;
            if (!readString(v.toObject(), QStringLiteral("name"), join(p, i), name, true))
                return false;
            result.append(name);
        } else {
            fail(join(p, i), QCoreApplication::translate("JsonReader", "expected a tag name or tag object"));
            return false;
        }
    }
    out = result;
    return true;
}

bool JsonReader::objectAt(const QJsonArray &a, int i, const QString &path, QJsonObject &out)
{
    if (failed())
        return false;
    const QJsonValue v = a.at(i);
    if (!v.isObject()) {
        fail(join(path, i), QCoreApplication::translate("JsonReader", "expected an object"));
        return false;
    }
    out = v.toObject();
    return true;
}

} // namespace Aivizor
