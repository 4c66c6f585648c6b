#include "lib/search/fuzzymatcher.h"

#include <limits>
#include <vector>

namespace Aivizor {

namespace {

// fzf's weights: a match, the start bonuses, a consecutive run (which keeps the bonus of the
// character that began it), and an affine gap cost.
constexpr int kMatch = 16;
constexpr int kStartOfString = 16;
constexpr int kWordStart = 10;
constexpr int kConsecutive = 6;
constexpr int kGapStart = 3;
constexpr int kGapExtension = 1;
constexpr int kNone = std::numeric_limits<int>::min() / 4;

QString folded(const QString &s)
{
    // Characters whose fold changes the length (German ß) would shift positions; keep one
    // character per input character.
    QString out = s;
    for (QChar &c : out)
        c = c.toCaseFolded();
    return out;
}

int positionBonus(const QString &candidate, int j)
{
    if (j == 0)
        return kStartOfString;
    const QChar prev = candidate.at(j - 1);
    const QChar c = candidate.at(j);
    if (!prev.isLetterOrNumber() && c.isLetterOrNumber())
        return kWordStart;
    if (prev.isLower() && c.isUpper())
        return kWordStart;
    if (prev.isLetter() != c.isLetter() && c.isLetterOrNumber())
        return kWordStart / 2; // "topic2" -> "2"
    return 0;
}

} // namespace

FuzzyMatcher::FuzzyMatcher(const QString &pattern)
    : m_pattern(pattern)
{
    const QString f = folded(pattern);
    for (const QChar c : f) {
        if (!c.isSpace())
            m_folded.append(c);
    }
}

std::optional<FuzzyMatcher::Match> FuzzyMatcher::match(const QString &candidate) const
{
    const int n = int(m_folded.size());
    const int m = int(candidate.size());
    if (n == 0)
        return Match{};
    if (n > m)
        return std::nullopt;
    const QString text = folded(candidate);

    // score[i][j]: the best score with pattern[0..i] matched and pattern[i] at text[j];
    // from[i][j]: where pattern[i-1] was matched on that best path (for the positions).
    std::vector<int> score(size_t(n) * m, kNone);
    std::vector<int> from(size_t(n) * m, -1);
    std::vector<int> runBonus(size_t(n) * m, 0); // the bonus of the run's first character
    for (int i = 0; i < n; ++i) {
        // The best predecessor before j-1 with its gap cost, updated as j moves right.
        int runningBest = kNone;
        int runningFrom = -1;
        for (int j = i; j < m; ++j) {
            if (i > 0 && j >= 2) {
                runningBest = runningBest == kNone ? kNone : runningBest - kGapExtension;
                const int skipped = score[size_t(i - 1) * m + j - 2];
                if (skipped != kNone && skipped - kGapStart > runningBest) {
                    runningBest = skipped - kGapStart;
                    runningFrom = j - 2;
                }
            }
            if (text.at(j) != m_folded.at(i))
                continue;
            const int position = positionBonus(candidate, j);
            const size_t at = size_t(i) * m + j;
            if (i == 0) {
                // Skipped leading characters cost a little, so earlier matches win ties.
                score[at] = kMatch + position - qMin(j, 10) * kGapExtension;
                runBonus[at] = position;
                continue;
            }
            int best = kNone;
            int bestFrom = -1;
            int bestRun = position;
            const size_t adjacentAt = size_t(i - 1) * m + j - 1;
            if (j >= 1 && score[adjacentAt] != kNone) {
                const int run = qMax(runBonus[adjacentAt], position);
                best = score[adjacentAt] + kMatch + qMax(run, kConsecutive);
                bestFrom = j - 1;
                bestRun = run;
            }
            if (runningBest != kNone && runningBest + kMatch + position > best) {
                best = runningBest + kMatch + position;
                bestFrom = runningFrom;
                bestRun = position;
            }
            if (best == kNone)
                continue;
            score[at] = best;
            from[at] = bestFrom;
            runBonus[at] = bestRun;
        }
    }

    int bestJ = -1;
    int best = kNone;
    for (int j = n - 1; j < m; ++j) {
        const int s = score[size_t(n - 1) * m + j];
        if (s > best) {
            best = s;
            bestJ = j;
        }
    }
    if (bestJ < 0)
        return std::nullopt;
    Match result;
    // Shorter names first among equal alignments; the penalty is below any single bonus.
    result.score = best * 8 - qMin(m, 200) / 4;
    result.positions.resize(n);
    for (int i = n - 1, j = bestJ; i >= 0; --i) {
        result.positions[i] = j;
        j = from[size_t(i) * m + j];
    }
    return result;
}

} // namespace Aivizor
