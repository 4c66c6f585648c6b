#pragma once

#include "lib/credentials/credentialstore.h"
#include "lib/net/forumclient.h"
#include "lib/session/forumsession.h"
#include "lib/signin/signin.h"

#include <QDir>
#include <QTest>
#include <QUrl>

#include <memory>

// A ForumSession on `site` signed in as `name` with its personal API key, its drafts, outbox and
// store in `dir` under names starting with `tag`; null when the sign-in did not succeed in time.
inline std::unique_ptr<Aivizor::ForumSession> signedInSession(const QUrl &site, Aivizor::CredentialStore *credentials,
                                                              const QString &dir, const QString &tag,
                                                              const QString &name, const QString &key,
                                                              int timeoutMs = 30000)
{
    Aivizor::ForumSession::Options options;
    options.site = site;
    options.credentials = credentials;
    options.draftDirectory = QDir(dir).filePath(tag + QStringLiteral("-drafts"));
    options.outboxPath = QDir(dir).filePath(tag + QStringLiteral("-outbox.json"));
    options.storePath = QDir(dir).filePath(tag + QStringLiteral("-store.sqlite"));
    auto session = std::make_unique<Aivizor::ForumSession>(options);
    if (!session->signIn()->signInWithApiKey(name, key))
        return {};
    if (!QTest::qWaitFor([&] { return session->signedInUser() == name; }, timeoutMs))
        return {};
    return session;
}

// The id of the first community the forum lists through `session`; 0 when it did not answer in time.
inline int firstCommunityId(Aivizor::ForumSession *session, int timeoutMs = 30000)
{
    int id = 0;
    bool done = false;
    QObject context;
    session->client()->fetchSite(&context, [&](const Aivizor::ApiResult<QList<Aivizor::Community>> &r) {
        done = true;
        if (r.ok() && !r.value->isEmpty())
            id = r.value->first().id;
    });
    QTest::qWaitFor([&] { return done; }, timeoutMs);
    return id;
}
