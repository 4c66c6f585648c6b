#pragma once

#include "lib/credentials/credentialstore.h"
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
