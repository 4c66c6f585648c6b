#include "demoseeder.h"
#include "cooker.h"
#include "demoreadingstate.h"
#include "images.h"
#include "uploadstore.h"
#include "db/database.h"
#include "db/writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSeeder", text);
}

struct RawPost
{
    int line = 0;
    QString author;
    QDateTime created;
    int replyTo = 0;
    QStringList likes;
    QString body;
};

struct RawTopic
{
    QString file;
    QString title;
    QString community;
    QStringList tags;
    QString author;
    QDateTime created;
    int views = 0;
    bool pinned = false;
    bool closed = false;
    QList<RawPost> posts;
};

class ContentError
{
public:
    ContentError(const QString &file, int line, const QString &message)
        : text(QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)) {}
    QString text;
};

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QDateTime parseTime(const QString &value, const QString &file, int line)
{
    QDateTime t = QDateTime::fromString(value.trimmed(), Qt::ISODate);
    if (!t.isValid())
        throw ContentError(file, line, tr("invalid time \"%1\" (expected ISO 8601, e.g. 2026-04-27T16:43:41Z)").arg(value));
    return t.toUTC();
}

bool parseBool(const QString &value, const QString &file, int line)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    throw ContentError(file, line, tr("expected true or false, got \"%1\"").arg(value));
}

RawTopic parseTopic(const QString &file, const QString &text)
{
    RawTopic topic;
    topic.file = file;
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        throw ContentError(file, 1, tr("the file must start with a '---' header"));
    int i = 1;
    QStringList firstLikes;
    for (; i < lines.size() && lines.at(i).trimmed() != QLatin1String("---"); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            throw ContentError(file, i + 1, tr("expected \"key: value\""));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("title"))
            topic.title = value;
        else if (key == QLatin1String("community"))
            topic.community = value;
        else if (key == QLatin1String("tags"))
            topic.tags = splitList(value);
        else if (key == QLatin1String("author"))
            topic.author = value;
        else if (key == QLatin1String("created"))
            topic.created = parseTime(value, file, i + 1);
        else if (key == QLatin1String("views")) {
            bool ok = false;
            topic.views = value.toInt(&ok);
            if (!ok || topic.views < 0)
                throw ContentError(file, i + 1, tr("views must be a non-negative integer"));
        } else if (key == QLatin1String("pinned"))
            topic.pinned = parseBool(value, file, i + 1);
        else if (key == QLatin1String("closed"))
            topic.closed = parseBool(value, file, i + 1);
        else if (key == QLatin1String("likes"))
            firstLikes = splitList(value);
        else
            throw ContentError(file, i + 1, tr("unknown header key \"%1\"").arg(key));
    }
    if (i >= lines.size())
        throw ContentError(file, 1, tr("the header is not closed by '---'"));
    for (const char *required : {"title", "community", "author"}) {
        const QString value = QLatin1String(required) == QLatin1String("title") ? topic.title
                              : QLatin1String(required) == QLatin1String("community") ? topic.community
                                                                                       : topic.author;
        if (value.isEmpty())
            throw ContentError(file, 1, tr("missing header key \"%1\"").arg(QLatin1String(required)));
    }
    if (!topic.created.isValid())
        throw ContentError(file, 1, tr("missing header key \"created\""));

    RawPost current{i + 2, topic.author, topic.created, 0, firstLikes, {}};
    static const QRegularExpression attr(QStringLiteral("(\\w+)=(\\S+)"));
    for (++i; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (!line.startsWith(QLatin1String("+++ reply"))) {
            current.body += line + QLatin1Char('\n');
            continue;
        }
        topic.posts.append(current);
        current = RawPost{i + 1, {}, {}, 0, {}, {}};
        auto it = attr.globalMatch(line.mid(9));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString key = m.captured(1), value = m.captured(2);
            if (key == QLatin1String("author"))
                current.author = value;
            else if (key == QLatin1String("created"))
                current.created = parseTime(value, file, i + 1);
            else if (key == QLatin1String("reply_to")) {
                bool ok = false;
                current.replyTo = value.toInt(&ok);
                if (!ok || current.replyTo < 1 || current.replyTo > topic.posts.size())
                    throw ContentError(file, i + 1, tr("reply_to=%1 names no earlier post of this topic").arg(value));
            } else if (key == QLatin1String("likes"))
                current.likes = splitList(value);
            else
                throw ContentError(file, i + 1, tr("unknown reply attribute \"%1\"").arg(key));
        }
        if (current.author.isEmpty() || !current.created.isValid())
            throw ContentError(file, i + 1, tr("a reply needs author= and created="));
    }
    topic.posts.append(current);
    for (const RawPost &post : std::as_const(topic.posts)) {
        if (post.body.trimmed().isEmpty())
            throw ContentError(file, post.line, tr("empty post body"));
    }
    return topic;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace

bool DemoSeeder::seed(const QString &demoDir, QString *error)
{
    const QString communityPath = demoDir + QStringLiteral("/community.json");
    const QByteArray json = readFile(communityPath, error);
    if (json.isEmpty())
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("%1: invalid JSON: %2").arg(communityPath, parseError.errorString());
        return false;
    }
    const QJsonObject community = doc.object();

    QSqlDatabase db = m_db.connection();
    db.transaction();
    Writer writer(m_db);
    UploadStore uploads(m_dataDir);
    try {
        const QDateTime seededAt = QDateTime::currentDateTimeUtc();
        QHash<QString, int> userIds;
        QHash<QString, QString> avatarTemplates;
        QDateTime earliest = seededAt;
        for (const QJsonValue &v : community.value(QLatin1String("users")).toArray()) {
            const QJsonObject u = v.toObject();
            const QString username = u.value(QLatin1String("username")).toString();
            if (username.isEmpty() || userIds.contains(username.toLower()))
                throw ContentError(communityPath, 0, tr("user without a unique username: %1")
                                                         .arg(QString::fromUtf8(QJsonDocument(u).toJson(QJsonDocument::Compact))));
            const bool admin = u.value(QLatin1String("admin")).toBool();
            const int id = writer.addUser(username, u.value(QLatin1String("name")).toString(),
                                          u.value(QLatin1String("title")).toString(), admin, admin ? 4 : 2,
                                          QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
            userIds.insert(username.toLower(), id);
            const QString bio = u.value(QLatin1String("bio")).toString().trimmed();
            if (!bio.isEmpty())
                writer.setUserBio(id, bio, cookMarkdown(bio, CookContext()).html);
            avatarTemplates.insert(username.toLower(),
                                   QStringLiteral("/letter_avatar_proxy/v4/letter/%1/%2/{size}.png")
                                       .arg(username.left(1).toLower(), Writer::avatarColorFor(username).toLower()));
        }
        if (!userIds.contains(QStringLiteral("demo")))
            throw ContentError(communityPath, 0, tr("the user \"demo\" is missing"));

        QHash<QString, int> categoryIds;
        int position = 0;
        for (const QJsonValue &v : community.value(QLatin1String("categories")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString slug = c.value(QLatin1String("slug")).toString();
            const QString parent = c.value(QLatin1String("parent")).toString();
            if (slug.isEmpty() || categoryIds.contains(slug))
                throw ContentError(communityPath, 0, tr("category without a unique slug"));
            if (!parent.isEmpty() && !categoryIds.contains(parent))
                throw ContentError(communityPath, 0, tr("category \"%1\" names unknown parent \"%2\" (parents come first)")
                                                         .arg(slug, parent));
            const int id = writer.addCategory(categoryIds.value(parent), c.value(QLatin1String("name")).toString(), slug,
                                              c.value(QLatin1String("color")).toString(QStringLiteral("0088CC")),
                                              c.value(QLatin1String("text_color")).toString(QStringLiteral("FFFFFF")),
                                              c.value(QLatin1String("description")).toString(), position++, earliest);
            categoryIds.insert(slug, id);
        }
        if (categoryIds.isEmpty())
            throw ContentError(communityPath, 0, tr("no categories"));

        // Uploads: every SVG is rasterized once, at seed time, and stored by SHA-1 like Discourse.
        QHash<QString, UploadRef> uploadRefs;
        const QDir uploadDir(demoDir + QStringLiteral("/uploads"));
        for (const QString &name : uploadDir.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name)) {
            QString readError;
            const QByteArray svg = readFile(uploadDir.filePath(name), &readError);
            const QImage image = Images::rasterizeSvg(svg);
            if (image.isNull())
                throw ContentError(uploadDir.filePath(name), 1, tr("not a valid SVG image"));
            const QByteArray png = Images::toPng(image);
            QString storeError;
            const QString sha1 = uploads.store(png, QStringLiteral("png"), &storeError);
            if (sha1.isEmpty())
                throw ContentError(uploadDir.filePath(name), 0, storeError);
            writer.addUpload(sha1, name, QStringLiteral("png"), image.width(), image.height(), png.size(), seededAt);
            uploadRefs.insert(name, {UploadStore::urlFor(sha1, QStringLiteral("png")), image.width(), image.height()});
        }

        const QDir topicDir(demoDir + QStringLiteral("/topics"));
        const QStringList files = topicDir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            throw ContentError(topicDir.path(), 0, tr("no topic files"));
        for (const QString &name : files) {
            const QString path = topicDir.filePath(name);
            QString readError;
            const QByteArray bytes = readFile(path, &readError);
            if (!readError.isEmpty())
                throw ContentError(path, 0, readError);
            const RawTopic topic = parseTopic(path, QString::fromUtf8(bytes));
            if (!categoryIds.contains(topic.community))
                throw ContentError(path, 3, tr("unknown community \"%1\"").arg(topic.community));
            const auto userId = [&](const QString &username, int line) {
                const int id = userIds.value(username.toLower());
                if (!id)
                    throw ContentError(path, line, tr("unknown user \"%1\"").arg(username));
                return id;
            };
            const int topicId = writer.addTopic(categoryIds.value(topic.community), userId(topic.author, 2),
                                                topic.title, topic.created, topic.views, topic.pinned, topic.closed);
            writer.setTopicTags(topicId, topic.tags);
            CookContext context;
            context.topicId = topicId;
            context.avatarTemplateFor = [&](const QString &u) { return avatarTemplates.value(u.toLower()); };
            context.upload = [&](const QString &n) -> std::optional<UploadRef> {
                if (!uploadRefs.contains(n))
                    return std::nullopt;
                return uploadRefs.value(n);
            };
            QString firstCooked;
            for (int n = 0; n < topic.posts.size(); ++n) {
                const RawPost &post = topic.posts.at(n);
                const int authorId = userId(post.author, post.line);
                const QString raw = post.body.trimmed();
                const CookedPost cooked = cookMarkdown(raw, context);
                if (!cooked.problems.isEmpty())
                    throw ContentError(path, post.line, cooked.problems.join(QStringLiteral("; ")));
                if (n == 0)
                    firstCooked = cooked.html;
                const int postId = writer.addPost(topicId, n + 1, authorId, raw, cooked.html, post.created,
                                                  post.replyTo,
                                                  post.replyTo > 0 && cooked.quotedPostNumbers.contains(post.replyTo),
                                                  cooked.quoteCount);
                for (const QString &liker : post.likes)
                    writer.addLike(postId, userId(liker, post.line), post.created.addSecs(3600));
            }
            writer.setTopicExcerpt(topicId, excerptOf(firstCooked));
            writer.refreshTopic(topicId);
            if (!writer.ok())
                throw ContentError(path, 0, writer.error());
        }
        QString stateError;
        if (!DemoReadingState::seed(m_db, userIds.value(QStringLiteral("demo")), &stateError))
            throw ContentError(communityPath, 0, stateError);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO site_settings (name, value) VALUES (?, ?), (?, ?)"));
        q.addBindValue(QStringLiteral("title"));
        q.addBindValue(community.value(QLatin1String("title")).toString(QStringLiteral("Aivizor")));
        q.addBindValue(QStringLiteral("description"));
        q.addBindValue(community.value(QLatin1String("description")).toString());
        q.exec();
        if (!writer.ok())
            throw ContentError(communityPath, 0, writer.error());
    } catch (const ContentError &e) {
        db.rollback();
        *error = tr("Demo content error: %1").arg(e.text);
        return false;
    }
    if (!db.commit()) {
        *error = tr("Cannot commit the demo content");
        return false;
    }
    m_db.markChanged();
    return true;
}
