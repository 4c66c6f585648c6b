#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Aivizor {

// Scores a typed pattern against a name the way a fuzzy file finder does: every pattern character
// must appear in order (case-insensitive, by Unicode case folding, so Cyrillic works), and the
// best alignment wins. Matches at the start of the name, at word starts (after a space or
// punctuation, or a lower-to-upper change) and consecutive runs score higher; gaps cost a little,
// and of two equal alignments the shorter name wins.
class FuzzyMatcher
{
public:
    struct Match
    {
        int score = 0;
        QList<int> positions; // indexes into the candidate of the matched characters
    };

    explicit FuzzyMatcher(const QString &pattern);

    QString pattern() const { return m_pattern; }

    // No value when the pattern's characters do not all appear in order. An empty pattern
    // matches everything with score 0.
    std::optional<Match> match(const QString &candidate) const;

private:
    QString m_pattern;
    QString m_folded;
};

} // namespace Aivizor
