#pragma once

#include <QColor>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Aivizor {

// Reads fields out of Discourse JSON with a path for error messages. Tolerant of absent and null
// fields (the target keeps its default unless the field is required), strict about types: a
// present value of the wrong type records the first error and every later read is a no-op.
class JsonReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &expectation);

    static QString join(const QString &path, const QString &key);
    static QString join(const QString &path, int index);

    // Each returns false when the field is absent/null (and not required) or on error.
    bool readInt(const QJsonObject &o, const QString &key, const QString &path, int &out,
                 bool required = false);
    bool readString(const QJsonObject &o, const QString &key, const QString &path, QString &out,
                    bool required = false);
    bool readBool(const QJsonObject &o, const QString &key, const QString &path, bool &out);
    bool readDateTime(const QJsonObject &o, const QString &key, const QString &path, QDateTime &out);
    bool readColor(const QJsonObject &o, const QString &key, const QString &path, QColor &out);
    // Sets `out` to the object/array; a missing field is an error only when required.
    bool readObject(const QJsonObject &o, const QString &key, const QString &path, QJsonObject &out,
                    bool required = false);
    bool readArray(const QJsonObject &o, const QString &key, const QString &path, QJsonArray &out,
                   bool required = false);
    // Array of ints (numbers or numeric strings).
    bool readIntList(const QJsonObject &o, const QString &key, const QString &path, QList<int> &out);
    // Tags: strings or {id,name,slug} objects.
    bool readTags(const QJsonObject &o, const QString &key, const QString &path, QStringList &out);

    // An array element that must be an object.
    bool objectAt(const QJsonArray &a, int i, const QString &path, QJsonObject &out);
    // Converts a JSON value to an int id (number or numeric string); records an error otherwise.
    bool toInt(const QJsonValue &v, const QString &path, int &out);
    // A 64-bit id (notification and message-bus ids): a whole number within the range a double
    // holds exactly; records an error otherwise (1e99 has no qint64, and converting it is undefined).
    bool toInt64(const QJsonValue &v, const QString &path, qint64 &out);

private:
    QString m_error;
};

} // namespace Aivizor
