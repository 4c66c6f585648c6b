#include "cooker.h"

#include <QRegularExpression>
#include <QUrl>

#include <md4c-html.h>

namespace {

const QString kPlaceholder = QStringLiteral("AIVIZORQUOTEBLOCK%1END");

struct QuoteBlock
{
    QString username;
    int postNumber = 0;
    int topicId = 0;
    QString inner;
};

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

QString renderMarkdown(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &output,
            MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    return QString::fromUtf8(output);
}

// Cuts [quote="user, post:N"]...[/quote] blocks (nesting allowed) out of the raw text and
// leaves a placeholder paragraph in their place.
QString extractQuotes(const QString &raw, QList<QuoteBlock> *blocks)
{
    static const QRegularExpression open(QStringLiteral("\\[quote(?:=\"([^\"\\]]*)\")?\\]"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression any(QStringLiteral("\\[quote(?:=\"[^\"\\]]*\")?\\]|\\[/quote\\]"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype pos = 0;
    while (true) {
        const QRegularExpressionMatch m = open.match(raw, pos);
        if (!m.hasMatch())
            break;
        int depth = 1;
        qsizetype scan = m.capturedEnd();
        qsizetype closeStart = -1, closeEnd = -1;
        while (depth > 0) {
            const QRegularExpressionMatch t = any.match(raw, scan);
            if (!t.hasMatch())
                break;
            depth += t.captured(0).startsWith(QLatin1String("[/"), Qt::CaseInsensitive) ? -1 : 1;
            scan = t.capturedEnd();
            if (depth == 0) {
                closeStart = t.capturedStart();
                closeEnd = t.capturedEnd();
            }
        }
        if (closeStart < 0)
            break;   // unbalanced: leave the rest as literal text
        QuoteBlock block;
        const QStringList attrs = m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < attrs.size(); ++i) {
            const QString a = attrs.at(i).trimmed();
            if (a.startsWith(QLatin1String("post:")))
                block.postNumber = a.mid(5).toInt();
            else if (a.startsWith(QLatin1String("topic:")))
                block.topicId = a.mid(6).toInt();
            else if (i == 0)
                block.username = a;
        }
        block.inner = raw.mid(m.capturedEnd(), closeStart - m.capturedEnd());
        out += raw.mid(pos, m.capturedStart() - pos);
        out += QStringLiteral("\n\n") + kPlaceholder.arg(blocks->size()) + QStringLiteral("\n\n");
        blocks->append(block);
        pos = closeEnd;
    }
    out += raw.mid(pos);
    return out;
}

QString emojiImage(const QString &name)
{
    return QStringLiteral("<img src=\"/images/emoji/twitter/%1.png?v=12\" title=\":%1:\" class=\"emoji\""
                          " alt=\":%1:\" width=\"20\" height=\"20\">").arg(name);
}

// Replaces :name: in text between tags, never inside <code>/<pre> or inside a tag.
QString replaceEmoji(const QString &html)
{
    static const QRegularExpression tagOrText(QStringLiteral("<[^>]*>|[^<]+"));
    static const QRegularExpression emoji(QStringLiteral(":([a-z0-9_+\\-]+):"));
    QString out;
    out.reserve(html.size());
    int codeDepth = 0;
    auto it = tagOrText.globalMatch(html);
    while (it.hasNext()) {
        const QString piece = it.next().captured(0);
        if (piece.startsWith(QLatin1Char('<'))) {
            if (piece.startsWith(QLatin1String("<code")) || piece.startsWith(QLatin1String("<pre")))
                ++codeDepth;
            else if (piece.startsWith(QLatin1String("</code")) || piece.startsWith(QLatin1String("</pre")))
                codeDepth = qMax(0, codeDepth - 1);
            out += piece;
            continue;
        }
        if (codeDepth > 0 || !piece.contains(QLatin1Char(':'))) {
            out += piece;
            continue;
        }
        qsizetype last = 0;
        auto em = emoji.globalMatch(piece);
        while (em.hasNext()) {
            const QRegularExpressionMatch m = em.next();
            if (!supportedEmoji().contains(m.captured(1)))
                continue;
            out += piece.mid(last, m.capturedStart() - last);
            out += emojiImage(m.captured(1));
            last = m.capturedEnd();
        }
        out += piece.mid(last);
    }
    return out;
}

// Discourse's mention rule (discourse-markdown mentions): '@' not preceded by a word character,
// then a name of word characters, dots and dashes that ends on a word boundary. Known users become
// <a class="mention" href="/u/name">, others <span class="mention">, as PrettyText leaves them.
// Text inside code, pre and links is left alone.
QString replaceMentions(const QString &html, const CookContext &context, CookedPost *result)
{
    static const QRegularExpression tagOrText(QStringLiteral("<[^>]*>|[^<]+"));
    static const QRegularExpression mention(QStringLiteral("(?<![\\w@`])@(\\w[\\w.\\-]{0,59})\\b"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    out.reserve(html.size());
    int skipDepth = 0;
    auto it = tagOrText.globalMatch(html);
    while (it.hasNext()) {
        const QString piece = it.next().captured(0);
        if (piece.startsWith(QLatin1Char('<'))) {
            static const QRegularExpression opener(QStringLiteral("^<(code|pre|a)[\\s>]"));
            static const QRegularExpression closer(QStringLiteral("^</(code|pre|a)>"));
            if (opener.match(piece).hasMatch())
                ++skipDepth;
            else if (closer.match(piece).hasMatch())
                skipDepth = qMax(0, skipDepth - 1);
            out += piece;
            continue;
        }
        if (skipDepth > 0 || !piece.contains(QLatin1Char('@'))) {
            out += piece;
            continue;
        }
        qsizetype last = 0;
        auto m = mention.globalMatch(piece);
        while (m.hasNext()) {
            const QRegularExpressionMatch match = m.next();
            const QString name = match.captured(1);
            const QString user = context.mentionedUser ? context.mentionedUser(name) : QString();
            out += piece.mid(last, match.capturedStart() - last);
            if (user.isEmpty()) {
                out += QStringLiteral("<span class=\"mention\">@%1</span>").arg(name);
            } else {
                out += QStringLiteral("<a class=\"mention\" href=\"/u/%1\">@%2</a>")
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(user.toLower())), name);
                if (!result->mentionedUsernames.contains(user, Qt::CaseInsensitive))
                    result->mentionedUsernames.append(user);
            }
            last = match.capturedEnd();
        }
        out += piece.mid(last);
    }
    return out;
}

QString postProcess(QString html, const CookContext &context, CookedPost *result)
{
    html.replace(QLatin1String("<code class=\"language-"), QLatin1String("<code class=\"lang-"));
    html.replace(QLatin1String("<pre><code>"), QLatin1String("<pre><code class=\"lang-auto\">"));

    // md4c keeps any URL scheme; posts now come from users, so script-capable ones are dropped.
    static const QRegularExpression unsafeUrl(
        QStringLiteral("(href|src)=\"\\s*(?:javascript|vbscript|data):[^\"]*\""),
        QRegularExpression::CaseInsensitiveOption);
    html.replace(unsafeUrl, QStringLiteral("\\1=\"#\""));

    static const QRegularExpression externalLink(
        QStringLiteral("<a href=\"((?:https?:)?//[^\"]*)\""));
    html.replace(externalLink, QStringLiteral("<a href=\"\\1\" rel=\"noopener nofollow ugc\""));

    static const QRegularExpression uploadImage(
        QStringLiteral("<img src=\"upload://([^\"]+)\" alt=\"([^\"]*)\"(?: title=\"[^\"]*\")?>"));
    QString out;
    qsizetype last = 0;
    auto it = uploadImage.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const std::optional<UploadRef> ref = context.upload ? context.upload(m.captured(1)) : std::nullopt;
        if (!ref) {
            result->problems.append(QStringLiteral("unknown upload \"%1\"").arg(m.captured(1)));
            out += QStringLiteral("<img alt=\"%1\">").arg(m.captured(2));
            continue;
        }
        // Discourse shows a thumbnail no larger than 690x500 and links the full image.
        double scale = qMin(1.0, qMin(690.0 / qMax(1, ref->width), 500.0 / qMax(1, ref->height)));
        const int w = qMax(1, int(ref->width * scale + 0.5));
        const int h = qMax(1, int(ref->height * scale + 0.5));
        out += QStringLiteral("<div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"%1\" title=\"%2\">"
                              "<img src=\"%1\" alt=\"%2\" width=\"%3\" height=\"%4\"></a></div>")
                   .arg(ref->url, m.captured(2)).arg(w).arg(h);
    }
    out += html.mid(last);
    return replaceMentions(replaceEmoji(out), context, result);
}

QString quoteAside(const QuoteBlock &block, const QString &innerHtml, const CookContext &context,
                   CookedPost *result)
{
    if (block.username.isEmpty())
        return QStringLiteral("<aside class=\"quote no-group\">\n<blockquote>\n%1</blockquote>\n</aside>\n")
            .arg(innerHtml);
    const QString avatar = context.avatarTemplateFor ? context.avatarTemplateFor(block.username) : QString();
    if (avatar.isEmpty())
        result->problems.append(QStringLiteral("quote of unknown user \"%1\"").arg(block.username));
    const QString user = escapeHtml(block.username);
    QString data = QStringLiteral(" data-username=\"%1\"").arg(user);
    if (block.postNumber > 0) {
        const int topic = block.topicId > 0 ? block.topicId : context.topicId;
        data += QStringLiteral(" data-post=\"%1\" data-topic=\"%2\"").arg(block.postNumber).arg(topic);
    }
    QString img;
    if (!avatar.isEmpty()) {
        QString src = avatar;
        src.replace(QLatin1String("{size}"), QLatin1String("48"));
        img = QStringLiteral("<img loading=\"lazy\" alt=\"\" width=\"24\" height=\"24\" src=\"%1\" class=\"avatar\">")
                  .arg(src);
    }
    return QStringLiteral("<aside class=\"quote no-group\"%1>\n<div class=\"title\">\n"
                          "<div class=\"quote-controls\"></div>\n%2 %3:</div>\n"
                          "<blockquote>\n%4</blockquote>\n</aside>\n")
        .arg(data, img, user, innerHtml);
}

} // namespace

const QStringList &supportedEmoji()
{
    static const QStringList names{QStringLiteral("smile"),    QStringLiteral("thumbsup"),
                                   QStringLiteral("heart"),    QStringLiteral("rocket"),
                                   QStringLiteral("tada"),     QStringLiteral("thinking"),
                                   QStringLiteral("eyes"),     QStringLiteral("fire"),
                                   QStringLiteral("warning"),  QStringLiteral("100")};
    return names;
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

CookedPost cookMarkdown(const QString &raw, const CookContext &context)
{
    CookedPost result;
    QList<QuoteBlock> blocks;
    const QString outer = extractQuotes(raw, &blocks);
    QString html = postProcess(renderMarkdown(outer), context, &result);
    for (int i = 0; i < blocks.size(); ++i) {
        const QuoteBlock &block = blocks.at(i);
        const CookedPost inner = cookMarkdown(block.inner, context);
        result.problems += inner.problems;
        const QString aside = quoteAside(block, inner.html, context, &result);
        const QString token = kPlaceholder.arg(i);
        const QString paragraph = QStringLiteral("<p>") + token + QStringLiteral("</p>\n");
        if (html.contains(paragraph))
            html.replace(paragraph, aside);
        else
            html.replace(token, aside);
        if (!block.username.isEmpty()) {
            ++result.quoteCount;
            if (block.postNumber > 0 && (block.topicId == 0 || block.topicId == context.topicId))
                result.quotedPostNumbers.append(block.postNumber);
        }
    }
    result.html = html;
    return result;
}

QString excerptOf(const QString &cooked, int maxChars)
{
    static const QRegularExpression asides(QStringLiteral("<aside[^>]*>.*?</aside>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression emojiImg(QStringLiteral("<img [^>]*class=\"emoji\"[^>]*alt=\"([^\"]*)\"[^>]*>"));
    static const QRegularExpression blockEnds(QStringLiteral("</(p|li|h\\d|td|th|tr|blockquote|pre|div)>|<br ?/?>"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = cooked;
    text.remove(asides);
    text.replace(emojiImg, QStringLiteral("\\1"));
    text.replace(blockEnds, QStringLiteral(" "));
    text.replace(tags, QString());
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    text = text.replace(spaces, QStringLiteral(" ")).trimmed();
    if (text.size() > maxChars) {
        qsizetype cut = text.lastIndexOf(QLatin1Char(' '), maxChars);
        if (cut < maxChars / 2)
            cut = maxChars;
        text = text.left(cut).trimmed();
        return escapeHtml(text) + QStringLiteral("&hellip;");
    }
    return escapeHtml(text);
}
