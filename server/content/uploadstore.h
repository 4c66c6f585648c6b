#pragma once

#include <QString>

// Files under <data-dir>/uploads/default/original/1X/<sha1>.<ext>, as Discourse lays them out.
class UploadStore
{
public:
    explicit UploadStore(const QString &dataDir);

    // Writes the bytes under their SHA-1 name; returns the sha1, or empty on failure.
    QString store(const QByteArray &bytes, const QString &extension, QString *error);
    // The file of a validated "<sha1>.<ext>" name, or empty when the name is not one.
    QString pathFor(const QString &fileName) const;
    static QString urlFor(const QString &sha1, const QString &extension);
    static QString mimeTypeFor(const QString &extension);

private:
    QString m_dir;
};
