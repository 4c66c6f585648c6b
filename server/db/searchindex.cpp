#include "searchindex.h"
#include "database.h"
#include "search/searchtext.h"

#include <QSqlError>
#include <QVariant>

SearchIndex::SearchIndex(Database &db)
    : m_db(db), m_insert(db.connection())
{
    m_insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO post_search (rowid, title, category, tags, body) VALUES (?, ?, ?, ?, ?)"));
}

bool SearchIndex::indexWhere(const QString &where, const QVariant &bind, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, t.title, coalesce(c.name, ''),"
        " coalesce((SELECT group_concat(g.name, ' ') FROM topic_tags tt JOIN tags g ON g.id = tt.tag_id"
        "  WHERE tt.topic_id = t.id), ''), p.cooked"
        " FROM posts p JOIN topics t ON t.id = p.topic_id LEFT JOIN categories c ON c.id = t.category_id"
        " WHERE %1 ORDER BY p.id").arg(where));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        m_insert.addBindValue(q.value(0));
        m_insert.addBindValue(SearchText::segment(q.value(1).toString()));
        m_insert.addBindValue(q.value(2).toString());
        m_insert.addBindValue(q.value(3).toString());
        m_insert.addBindValue(SearchText::segment(SearchText::plainText(q.value(4).toString())));
        if (!m_insert.exec()) {
            if (error)
                *error = m_insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool SearchIndex::indexPost(int postId)
{
    return indexWhere(QStringLiteral("p.id = ?"), postId, nullptr);
}

bool SearchIndex::indexMissing(QString *error)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!indexWhere(QStringLiteral("p.id > (SELECT coalesce(max(rowid), 0) FROM post_search)"), QVariant(), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}
