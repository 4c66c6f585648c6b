#pragma once

#include <QHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

// A tiny in-process Discourse look-alike for model tests: /site.json, /categories.json,
// /latest.json (paged), /t/{id}.json and /t/{id}/posts.json, with a request log. It can be made to
// fail: every route answers failStatus, or stop() closes it so connections are refused.
class FakeForum : public QObject
{
    Q_OBJECT
public:
    struct FakeTopic
    {
        int id = 0;
        QString title;
        QList<int> postNumbers; // in stream order; gaps allowed
        QList<int> missingPostIds; // in the stream but not served by posts.json (deleted meanwhile)
    };

    FakeForum();
    bool isListening() const { return m_port != 0; }
    QUrl url() const;
    // How the forum is down: it answers 500, or it is gone (connections refused).
    enum class Outage { ServerError, Refused };
    Q_ENUM(Outage)
    void goDown(Outage outage);
    // The "outage" column with a row for each kind, for a test's _data() function.
    static void addOutageRows();
    // Answers again, on the same port; false when the port could not be had back.
    bool comeBack();

    static int postId(int topicId, int postNumber) { return topicId * 1000 + postNumber; }

    QJsonArray categories;             // served by /site.json (flat) and /categories.json (top level)
    bool failSite = false;             // /site.json answers 500
    int failStatus = 0;                // when set, every route answers this HTTP status
    QList<int> latestOrder;            // topic ids in /latest order
    QHash<int, QString> latestTitles;  // topic id -> title for the list
    int perPage = 5;
    QHash<int, FakeTopic> topics;      // served by /t/{id}.json
    QHash<int, QString> editedCooked;  // post id -> cooked HTML after an edit
    QStringList requests;              // "path?query" of every request, in order
    QList<QList<int>> postIdRequests;  // post_ids[] of every /t/{id}/posts.json request

private:
    QJsonObject postJson(int topicId, int postNumber) const;
    QHttpServer m_server;
    quint16 m_port = 0;
};
