#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Aivizor {

// The fields of a Discourse search query (lib/search.rb's language) and the text that carries
// them, both ways: the builder fills the fields and shows toString(); a typed query is parsed
// back so the builder follows what was typed. Anything the fields do not model (other in:
// filters, a second phrase, relative dates) stays in `words` verbatim, so parse() loses nothing.
struct SearchQuery
{
    enum class Status { Any, Open, Closed };
    enum class Order { Relevance, Latest, Likes };

    QString words;      // free text and unmodelled operators, space-separated
    QString phrase;     // an exact phrase, without its quotes
    QString user;       // @username, without the @
    QString community;  // #slug or #parent:child, without the #
    QStringList tags;   // tags:a,b (any of them)
    bool titleOnly = false; // in:title
    Status status = Status::Any;
    Order order = Order::Relevance;
    QDate after;        // after:YYYY-MM-DD
    QDate before;       // before:YYYY-MM-DD

    QString toString() const;
    static SearchQuery parse(const QString &text);

    bool isEmpty() const { return toString().isEmpty(); }
    bool operator==(const SearchQuery &other) const;
    bool operator!=(const SearchQuery &other) const { return !(*this == other); }

    // The words to highlight in blurbs: the text words and the phrase, without operators.
    QStringList highlightTerms() const;
};

} // namespace Aivizor
