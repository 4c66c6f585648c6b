#include "lib/domain/avatar.h"

#include "lib/api/forumurls.h"

namespace Aivizor {

QUrl avatarUrl(const QString &avatarTemplate, int size, const QUrl &forumBase)
{
    return ForumUrls(forumBase).avatar(avatarTemplate, size);
}

} // namespace Aivizor
