#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// A PNG stored under /uploads, as far as cooked HTML needs to know it.
struct UploadRef
{
    QString url;
    int width = 0;
    int height = 0;
};

struct CookContext
{
    int topicId = 0;
    // Avatar template of a user ("/letter_avatar_proxy/.../{size}.png"), empty when unknown.
    std::function<QString(const QString &username)> avatarTemplateFor;
    // Resolves "name.svg" of `upload://name.svg` to the stored PNG.
    std::function<std::optional<UploadRef>(const QString &name)> upload;
    // The stored spelling of a username for an @mention, empty when there is no such user.
    std::function<QString(const QString &name)> mentionedUser;
};

struct CookedPost
{
    QString html;
    int quoteCount = 0;
    QList<int> quotedPostNumbers;
    QStringList mentionedUsernames;   // existing users @mentioned outside quotes, once each
    QStringList problems;   // unknown quoted users or uploads: the seeder reports them
};

// Markdown (GitHub dialect, no raw HTML) to Discourse-style cooked HTML: quotes as aside.quote,
// uploads as lightboxes, emoji images, lang-xxx code blocks, rel="noopener nofollow ugc" links,
// @mentions as a.mention links (span.mention for unknown names).
CookedPost cookMarkdown(const QString &raw, const CookContext &context);

// Plain-text excerpt (HTML-escaped, like Discourse's) of cooked HTML without quotes.
QString excerptOf(const QString &cooked, int maxChars = 220);

QString escapeHtml(const QString &text);
const QStringList &supportedEmoji();
