#pragma once

#include <QString>

namespace Aivizor {

struct User
{
    int id = 0;
    QString username;
    QString name;              // display name; may be empty when the site hides names
    QString avatarTemplate;    // as sent, with "{size}"; resolve with avatarUrl()

    QString displayName() const { return name.isEmpty() ? username : name; }
};

} // namespace Aivizor
