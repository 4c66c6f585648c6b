#pragma once

#include <QDateTime>
#include <QString>

namespace Aivizor {

struct Post
{
    int id = 0;
    int topicId = 0;
    int postNumber = 0;
    int postType = 1;          // 1 regular, 2 moderator action, 3 small action, 4 whisper
    QString username;
    QString name;
    QString avatarTemplate;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString cooked;            // server HTML, unsanitized: pass through HtmlSanitizer before display
    QString actionCode;        // for small actions ("closed.enabled")
    int replyToPostNumber = 0; // 0 when it answers the topic
    QString replyToUsername;
    int replyCount = 0;
    int likeCount = 0;         // from actions_summary id 2 (absent count means 0)
    bool liked = false;        // acted on actions_summary id 2
    bool canLike = false;
    bool canUndoLike = false;
    bool yours = false;
    bool hidden = false;
};

} // namespace Aivizor
