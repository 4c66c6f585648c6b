#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Aivizor {

// Something the quick switcher can jump to: its name (what is matched), where it lives (shown,
// and matched with a lower weight) and what opening it does.
struct SwitcherCandidate
{
    enum class Kind { Topic, Feed, Community, Forum };

    Kind kind = Kind::Community;
    QString name;
    QString path;                 // where it lives: "Community › OpenAI", a topic's community, a forum's address; may be empty
    std::function<void()> action;
};

// What the switcher lists; asked each time it opens, so it is always current.
using SwitcherSource = std::function<QList<SwitcherCandidate>()>;

} // namespace Aivizor
