// The server's search query language (SearchEngine: words, "phrases", @user, #category, tags:,
// in:, status:, order:, before:/after:, ...) over a small real index. Input: the first byte picks
// the user (anonymous or signed in), the rest is the query as UTF-8. Whatever the query, SQLite
// and FTS5 accept what the planner builds (nothing of the query reaches them as syntax) and a page
// holds at most its size.
#include "fuzzsupport.h"

#include "db/database.h"
#include "db/queries.h"
#include "db/writer.h"
#include "search/searchengine.h"
#include "search/searchtext.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace {

Database *database = nullptr;
int signedInUser = 0;

void failOnSearchErrors(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        FuzzSupport::fail("no warning while searching", message);
}

void seed(Database &db)
{
    const QDateTime t = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    db.connection().transaction();
    Writer w(db);
    signedInUser = w.addUser(QStringLiteral("alice"), QStringLiteral("Alice"), QString(), false, 1, t);
    const int bob = w.addUser(QStringLiteral("bob"), QStringLiteral("Bob"), QString(), true, 2, t);
    const int general = w.addCategory(0, QStringLiteral("General"), QStringLiteral("general"), QStringLiteral("0088CC"),
                                      QStringLiteral("FFFFFF"), QString(), 1, t);
    const int help = w.addCategory(general, QStringLiteral("Help me"), QStringLiteral("help"), QStringLiteral("25AAE2"),
                                   QStringLiteral("FFFFFF"), QString(), 2, t);
    const struct { int category, user; const char *title, *raw; const char *tags; } topics[] = {
        {general, signedInUser, "Tuning the reader pane", "Fine-tune fonts and sizes of the reader.", "reader,ui"},
        {help, bob, "Cannot sign in after upgrade", "The login fails with error 429 since 2025-12.", "login"},
        {general, bob, "中文 搜索 测试", "这是一个中文帖子", ""},
    };
    for (const auto &topic : topics) {
        const int id = w.addTopic(topic.category, topic.user, QString::fromUtf8(topic.title), t, 10, false, false);
        const QString raw = QString::fromUtf8(topic.raw);
        w.addPost(id, 1, topic.user, raw, QStringLiteral("<p>") + raw.toHtmlEscaped() + QStringLiteral("</p>"), t, 0,
                  false, 0);
        w.addPost(id, 2, signedInUser, QStringLiteral("A reply with \"quotes\" and *stars*"),
                  QStringLiteral("<p>A reply with \"quotes\" and <em>stars</em></p>"), t.addDays(1), 1, false, 0);
        w.setTopicTags(id, QString::fromLatin1(topic.tags).split(QLatin1Char(','), Qt::SkipEmptyParts));
        w.refreshTopic(id);
    }
    w.addLike(2, bob, t);
    if (!w.ok() || !db.connection().commit())
        FuzzSupport::fail("seeding the index", w.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    database = new Database; // for the whole run
    QString error;
    if (!database->open(QStringLiteral(":memory:"), &error))
        FuzzSupport::fail("opening the database", error);
    seed(*database);
    qInstallMessageHandler(failOnSearchErrors);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int user = (data[0] & 1) ? signedInUser : 0;
    const QString query = QString::fromUtf8(FuzzSupport::bytes(data + 1, size - 1));
    const Queries queries(*database);
    const SearchEngine engine(*database, queries);
    const int pageSize = 1 + data[0] % 4;
    const SearchEngine::Result result = engine.run(query, user, 1 + (data[0] >> 6), pageSize);
    FUZZ_CHECK(result.hits.size() <= pageSize, query);
    for (const QString &term : result.terms)
        FUZZ_CHECK(!term.isEmpty(), query);
    for (const QString &word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString expression = SearchText::matchExpression(word);
        FUZZ_CHECK(expression.isEmpty() || expression.startsWith(QLatin1Char('"')), word + QStringLiteral(" -> ") + expression);
        FUZZ_CHECK(SearchText::blurb(word, SearchText::needles(word), 40).size() <= 40 + 6, word);
    }
    return 0;
}
