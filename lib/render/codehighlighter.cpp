#include "lib/render/codehighlighter.h"
#include "lib/render/htmlentities.h"

#include <QHash>

#include <srchilite/formatter.h>
#include <srchilite/formattermanager.h>
#include <srchilite/formatterparams.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/langmap.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>

#include <exception>
#include <memory>

namespace Aivizor {

namespace CodeHighlighter {

namespace {

// Writes each token into the output, in a span when its element has a class.
class SpanFormatter : public srchilite::Formatter
{
public:
    SpanFormatter(QString *out, const char *cssClass)
        : m_out(out)
        , m_class(QLatin1String(cssClass))
    {
    }

    void format(const std::string &s, const srchilite::FormatterParams *) override
    {
        if (s.empty())
            return;
        if (m_class.isEmpty()) {
            HtmlEntities::appendEscaped(*m_out, QString::fromStdString(s), false);
            return;
        }
        *m_out += QLatin1String("<span class=\"") + m_class + QLatin1String("\">");
        HtmlEntities::appendEscaped(*m_out, QString::fromStdString(s), false);
        *m_out += QLatin1String("</span>");
    }

private:
    QString *m_out;
    QString m_class;
};

// Source-highlight's element names (see its default.style), folded into the classes we color.
struct ElementClass
{
    const char *element;
    const char *cssClass;
};
constexpr ElementClass ElementClasses[] = {
    {"keyword", "hl-keyword"},   {"type", "hl-type"},         {"usertype", "hl-type"},
    {"classname", "hl-type"},    {"string", "hl-string"},     {"regexp", "hl-string"},
    {"specialchar", "hl-string"}, {"comment", "hl-comment"},  {"todo", "hl-comment"},
    {"number", "hl-number"},     {"function", "hl-function"}, {"predef_func", "hl-function"},
    {"preproc", "hl-preproc"},   {"predef_var", "hl-keyword"},
};

// One per thread: Source-highlight's objects are not thread-safe.
class Engine
{
public:
    Engine()
        : m_dataDir(srchilite::Settings::retrieveDataDir())
        , m_definitions(&m_ruleFactory)
        , m_languages(m_dataDir, "lang.map")
    {
    }

    std::optional<QString> highlight(const QString &code, const QString &language)
    {
        srchilite::HighlightStatePtr state = stateFor(language);
        if (!state)
            return std::nullopt;
        QString out;
        out.reserve(code.size() * 2);
        srchilite::FormatterManager formatters(srchilite::FormatterPtr(new SpanFormatter(&out, "")));
        for (const ElementClass &e : ElementClasses)
            formatters.addFormatter(e.element, srchilite::FormatterPtr(new SpanFormatter(&out, e.cssClass)));
        srchilite::SourceHighlighter highlighter(state);
        highlighter.setFormatterManager(&formatters);
        highlighter.setOptimize(true);
        srchilite::FormatterParams params;
        highlighter.setFormatterParams(&params);
        try {
            const QStringList lines = code.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    out += QLatin1Char('\n');
                highlighter.highlightParagraph(lines.at(i).toStdString());
            }
        } catch (const std::exception &) {
            return std::nullopt;
        }
        return out;
    }

private:
    srchilite::HighlightStatePtr stateFor(const QString &language)
    {
        const QString key = language.toLower();
        if (const auto known = m_states.constFind(key); known != m_states.cend())
            return *known;
        srchilite::HighlightStatePtr state;
        try {
            m_languages.open();
            const std::string file = m_languages.getMappedFileName(key.toStdString());
            if (!file.empty())
                state = m_definitions.getHighlightState(m_dataDir, file);
        } catch (const std::exception &) {
            state.reset(); // a missing or broken definition: the block stays plain
        }
        m_states.insert(key, state);
        return state;
    }

    std::string m_dataDir;
    // LangDefManager only borrows its rule factory (it never deletes it).
    srchilite::RegexRuleFactory m_ruleFactory;
    srchilite::LangDefManager m_definitions;
    srchilite::LangMap m_languages;
    QHash<QString, srchilite::HighlightStatePtr> m_states;
};

} // namespace

std::optional<QString> toHtml(const QString &code, const QString &language)
{
    static const QStringList plain = {QStringLiteral("auto"), QStringLiteral("plaintext"), QStringLiteral("text"),
                                      QStringLiteral("nohighlight"), QStringLiteral("plain")};
    if (language.isEmpty() || plain.contains(language.toLower()) || code.size() > MaxHighlightedChars)
        return std::nullopt;
    thread_local std::unique_ptr<Engine> engine;
    if (!engine) {
        try {
            engine = std::make_unique<Engine>();
        } catch (const std::exception &) {
            return std::nullopt; // Source-highlight's data files are not installed
        }
    }
    return engine->highlight(code, language);
}

} // namespace CodeHighlighter

} // namespace Aivizor
