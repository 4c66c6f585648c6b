#pragma once

class QHttpServer;
struct ApiContext;

// One registration function per endpoint group. Patterns are regexes in QtHttpServer 6.4,
// so every literal dot is escaped.
void registerSiteRoutes(QHttpServer &server, ApiContext &context);
void registerListRoutes(QHttpServer &server, ApiContext &context);
void registerTopicRoutes(QHttpServer &server, ApiContext &context);
void registerMediaRoutes(QHttpServer &server, ApiContext &context);
void registerFeedRoutes(QHttpServer &server, ApiContext &context);
// The write side: POST /posts.json, likes, and the User API Key handshake.
void registerPostRoutes(QHttpServer &server, ApiContext &context);
void registerLikeRoutes(QHttpServer &server, ApiContext &context);
void registerUserApiKeyRoutes(QHttpServer &server, ApiContext &context);
// Notifications, the message bus, private messages and /about.json.
void registerNotificationRoutes(QHttpServer &server, ApiContext &context);
void registerMessageBusRoutes(QHttpServer &server, ApiContext &context);
void registerPrivateMessageRoutes(QHttpServer &server, ApiContext &context);
void registerAboutRoutes(QHttpServer &server, ApiContext &context);
// Reading state: timings, /new and /unread, dismissing, topic notification levels, and the
// topic tracking state report.
void registerReadStateRoutes(QHttpServer &server, ApiContext &context);
// Full-text search: /search.json and /search/query.json.
void registerSearchRoutes(QHttpServer &server, ApiContext &context);
// Users and tags: /u/{username}.json, /user_actions.json, /tags.json.
void registerUserRoutes(QHttpServer &server, ApiContext &context);
