#pragma once

#include "lib/domain/feedspec.h"

#include <QList>
#include <QString>

namespace Aivizor::Api {

// Every Discourse endpoint the client calls, as a path (and query) below the forum's base URL.
// Transport::resolve() prefixes a subfolder install's base path; nothing else writes these paths.
// Request bodies are in lib/api/requestbodies.h, web pages for people in lib/api/forumurls.h.

// Discourse's post action type for a like.
constexpr int LikeActionType = 2;

QString site();          // GET /site.json: every category, flat
QString siteBasicInfo(); // GET /site/basic-info.json: the forum's title and logo
QString categories();    // GET /categories.json?include_subcategories=true

// GET a topic list page (0-based): "/latest.json?page=2", "/top.json?period=weekly", "/c/5.json".
QString topicList(const FeedSpec &feed, int page = 0);
// The list's path without ".json" and page ("/latest", "/c/news/5", "/tag/qt"); also its web page.
QString feedPath(const FeedSpec &feed);

QString topic(int topicId); // GET /t/{id}.json: metadata, the post stream and the first posts
// GET /t/{id}/posts.json?post_ids[]=...: the given posts of one topic.
QString postsOfTopic(int topicId, const QList<int> &postIds);
QString post(int postId); // GET /posts/{id}.json: one post with its raw

// GET /search.json?q=...&page=N: full-page search, 1-based pages (page 1 is sent without one).
QString search(const QString &query, int page = 1);

QString createPost(); // POST /posts.json (a reply or a new topic; see requestbodies.h)
QString like();       // POST /post_actions.json
QString unlike(int postId); // DELETE /post_actions/{postId}.json?post_action_type_id=2

// Reading state (API.md section 11).
QString topicTimings();                          // POST /topics/timings {topic_id, topic_time, timings}
QString topicTrackingState(const QString &user); // GET /u/{user}/topic-tracking-state.json: new and unread
QString topicNotificationLevel(int topicId);     // POST /t/{id}/notifications {notification_level}
QString bulkTopics();                            // PUT /topics/bulk {topic_ids, operation{type}}
QString forgetLastRead(int topicId);             // DELETE /t/{id}/timings?last=1: the last post unread

// GET /notifications.json?limit=N: the user's notifications, newest first.
QString notifications(int limit);
QString markNotificationsRead(); // PUT /notifications/mark-read.json {id?}: one, or all without id
QString notificationTotals();    // GET /notifications/totals.json: unread counts
// POST /message-bus/{clientId}/poll {channel: last id, ...}: long-polls the given channels.
QString messageBusPoll(const QString &clientId);
// The bus channel that carries a user's notification state (counts, the newest one).
QString notificationChannel(int userId);

// GET /u/{username}.json: a user's profile (its id among others).
QString userProfile(const QString &username);

QString currentSession();   // GET /session/current.json: who the auth headers belong to
QString revokeUserApiKey(); // POST /user-api-key/revoke.json
QString userApiKeyNew();    // the authorization page of the User API Key handshake (a web page)

} // namespace Aivizor::Api
