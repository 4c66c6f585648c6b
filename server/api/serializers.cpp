#include "serializers.h"

#include <QJsonValue>

namespace Serializers {

namespace {

QJsonValue nullValue()
{
    return QJsonValue(QJsonValue::Null);
}

QString tagSlug(const QString &name)
{
    return name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
}

QJsonObject categoryCommon(const CategoryRow &c)
{
    const QString description = c.description.toHtmlEscaped();
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("color"), c.color},
        {QStringLiteral("text_color"), c.textColor},
        {QStringLiteral("style_type"), QStringLiteral("square")},
        {QStringLiteral("emoji"), nullValue()},
        {QStringLiteral("icon"), nullValue()},
        {QStringLiteral("slug"), c.slug},
        {QStringLiteral("topic_count"), c.topicCount},
        {QStringLiteral("post_count"), c.postCount},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("description"), description},
        {QStringLiteral("description_text"), c.description},
        {QStringLiteral("description_excerpt"), description},
        // Discourse points at the category's "About" topic; this server has none.
        {QStringLiteral("topic_url"), QString()},
        {QStringLiteral("read_restricted"), false},
        // 3 = readonly: what an anonymous reader may do.
        {QStringLiteral("permission"), 3},
        {QStringLiteral("notification_level"), 1},
        {QStringLiteral("can_edit"), false},
        {QStringLiteral("topic_template"), nullValue()},
        {QStringLiteral("topic_title_placeholder"), nullValue()},
        {QStringLiteral("has_children"), !c.childIds.isEmpty()},
        {QStringLiteral("subcategory_count"), c.childIds.isEmpty() ? nullValue() : QJsonValue(int(c.childIds.size()))},
        {QStringLiteral("sort_order"), nullValue()},
        {QStringLiteral("sort_ascending"), nullValue()},
        {QStringLiteral("show_subcategory_list"), false},
        {QStringLiteral("num_featured_topics"), 3},
        {QStringLiteral("default_view"), nullValue()},
        {QStringLiteral("subcategory_list_style"), QStringLiteral("rows_with_featured_topics")},
        {QStringLiteral("default_top_period"), QStringLiteral("all")},
        {QStringLiteral("default_list_filter"), QStringLiteral("all")},
        {QStringLiteral("minimum_required_tags"), 0},
        {QStringLiteral("navigate_to_first_post_after_read"), false},
        {QStringLiteral("uploaded_logo"), nullValue()},
        {QStringLiteral("uploaded_logo_dark"), nullValue()},
        {QStringLiteral("uploaded_background"), nullValue()},
        {QStringLiteral("uploaded_background_dark"), nullValue()},
    };
}

QJsonArray posters(const TopicRow &t, const QHash<int, UserRow> &users)
{
    // Discourse's order: original poster, frequent posters, most recent poster last.
    QList<QPair<int, QString>> entries;
    entries.append({t.userId, QStringLiteral("Original Poster")});
    for (int id : t.featuredUserIds) {
        if (id != t.userId && id != t.lastPostUserId)
            entries.append({id, QStringLiteral("Frequent Poster")});
    }
    if (t.lastPostUserId == t.userId || t.lastPostUserId == 0)
        entries.first().second += QStringLiteral(", Most Recent Poster");
    else
        entries.append({t.lastPostUserId, QStringLiteral("Most Recent Poster")});
    QJsonArray out;
    for (int i = 0; i < entries.size(); ++i) {
        if (!users.contains(entries.at(i).first))
            continue;
        const bool last = entries.at(i).first == t.lastPostUserId || (t.lastPostUserId == 0 && i == 0);
        QString extras;
        if (last)
            extras = entries.size() == 1 ? QStringLiteral("latest single") : QStringLiteral("latest");
        out.append(QJsonObject{{QStringLiteral("extras"), extras.isEmpty() ? nullValue() : QJsonValue(extras)},
                               {QStringLiteral("description"), entries.at(i).second},
                               {QStringLiteral("user_id"), entries.at(i).first},
                               {QStringLiteral("primary_group_id"), nullValue()}});
    }
    return out;
}

} // namespace

QJsonObject basicUser(const UserRow &u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("username"), u.username},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("avatar_template"), u.avatarTemplate()}};
}

QJsonObject siteCategory(const CategoryRow &c)
{
    QJsonObject o = categoryCommon(c);
    o.insert(QStringLiteral("allow_global_tags"), false);
    o.insert(QStringLiteral("required_tag_groups"), QJsonArray());
    o.insert(QStringLiteral("read_only_banner"), nullValue());
    o.insert(QStringLiteral("form_template_ids"), QJsonArray());
    if (c.parentId)
        o.insert(QStringLiteral("parent_category_id"), c.parentId);
    return o;
}

QJsonObject listCategory(const CategoryRow &c, const QHash<int, CategoryRow> &byId, bool includeSubcategories)
{
    QJsonObject o = categoryCommon(c);
    o.insert(QStringLiteral("topics_day"), c.topicsDay);
    o.insert(QStringLiteral("topics_week"), c.topicsWeek);
    o.insert(QStringLiteral("topics_month"), c.topicsMonth);
    o.insert(QStringLiteral("topics_year"), c.topicsYear);
    o.insert(QStringLiteral("topics_all_time"), c.topicCount);
    o.insert(QStringLiteral("is_uncategorized"), false);
    QJsonArray childIds;
    QJsonArray children;
    for (int id : c.childIds) {
        childIds.append(id);
        if (includeSubcategories && byId.contains(id)) {
            QJsonObject child = listCategory(byId.value(id), byId, true);
            child.insert(QStringLiteral("parent_category_id"), c.id);
            children.append(child);
        }
    }
    o.insert(QStringLiteral("subcategory_ids"), childIds);
    if (includeSubcategories)
        o.insert(QStringLiteral("subcategory_list"), children);
    return o;
}

QSet<int> posterIds(const QList<TopicRow> &topics)
{
    QSet<int> ids;
    for (const TopicRow &t : topics) {
        ids.insert(t.userId);
        if (t.lastPostUserId)
            ids.insert(t.lastPostUserId);
        for (int id : t.featuredUserIds)
            ids.insert(id);
    }
    return ids;
}

QJsonObject topicListItem(const TopicRow &t, const QHash<int, UserRow> &users)
{
    QJsonArray tags;
    for (const QString &tag : t.tags)
        tags.append(tag);
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("fancy_title"), t.title.toHtmlEscaped()},
        {QStringLiteral("slug"), t.slug},
        {QStringLiteral("posts_count"), t.postsCount},
        {QStringLiteral("reply_count"), t.replyCount},
        {QStringLiteral("highest_post_number"), t.highestPostNumber},
        {QStringLiteral("image_url"), nullValue()},
        {QStringLiteral("created_at"), t.createdAt},
        {QStringLiteral("last_posted_at"), t.lastPostedAt},
        {QStringLiteral("bumped"), t.createdAt < t.bumpedAt},
        {QStringLiteral("bumped_at"), t.bumpedAt},
        {QStringLiteral("archetype"), t.archetype},
        {QStringLiteral("unseen"), false},
        {QStringLiteral("pinned"), !t.pinnedAt.isEmpty()},
        {QStringLiteral("unpinned"), nullValue()},
        {QStringLiteral("excerpt"), t.excerpt},
        {QStringLiteral("visible"), t.visible},
        {QStringLiteral("closed"), t.closed},
        {QStringLiteral("archived"), t.archived},
        {QStringLiteral("bookmarked"), nullValue()},
        {QStringLiteral("liked"), nullValue()},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("views"), t.views},
        {QStringLiteral("like_count"), t.likeCount},
        {QStringLiteral("has_summary"), false},
        {QStringLiteral("last_poster_username"), users.value(t.lastPostUserId).username},
        {QStringLiteral("category_id"), t.categoryId},
        {QStringLiteral("pinned_globally"), t.pinnedGlobally},
        {QStringLiteral("featured_link"), nullValue()},
        {QStringLiteral("posters"), posters(t, users)},
    };
}

QSet<int> postUserIds(const QList<PostRow> &posts)
{
    QSet<int> ids;
    for (const PostRow &p : posts) {
        ids.insert(p.userId);
        if (p.replyToUserId)
            ids.insert(p.replyToUserId);
    }
    return ids;
}

QJsonObject post(const PostRow &p, const TopicRow &topic, const QHash<int, UserRow> &users, PostFlavor flavor,
                 const PostViewer &viewer)
{
    const UserRow author = users.value(p.userId);
    const bool yours = viewer.userId != 0 && viewer.userId == p.userId;
    const bool liked = viewer.userId != 0 && viewer.likedPostIds.contains(p.id);
    // Like Discourse's PostSerializer#actions_summary: count left out at 0, can_act only when the
    // reader may like (not their own post, not yet liked, topic not archived), acted/can_undo
    // only after they did; the entry is listed only when one of those applies.
    QJsonObject like{{QStringLiteral("id"), 2}};
    if (p.likeCount > 0)
        like.insert(QStringLiteral("count"), p.likeCount);
    if (viewer.canWrite && !yours && !liked && !topic.archived)
        like.insert(QStringLiteral("can_act"), true);
    if (liked) {
        like.insert(QStringLiteral("acted"), true);
        like.insert(QStringLiteral("can_undo"), viewer.canWrite);
    }
    QJsonArray actions;
    if (like.size() > 1)
        actions.append(like);
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), author.name},
        {QStringLiteral("username"), author.username},
        {QStringLiteral("avatar_template"), author.avatarTemplate()},
        {QStringLiteral("created_at"), p.createdAt},
        {QStringLiteral("cooked"), p.cooked},
        {QStringLiteral("post_number"), p.postNumber},
        {QStringLiteral("post_type"), p.postType},
        {QStringLiteral("updated_at"), p.updatedAt},
        {QStringLiteral("reply_count"), p.replyCount},
        {QStringLiteral("reply_to_post_number"), p.replyToPostNumber > 0 ? QJsonValue(p.replyToPostNumber) : nullValue()},
        {QStringLiteral("quote_count"), p.quoteCount},
        {QStringLiteral("incoming_link_count"), 0},
        {QStringLiteral("reads"), 0},
        {QStringLiteral("readers_count"), 0},
        {QStringLiteral("score"), 0},
        {QStringLiteral("yours"), yours},
        {QStringLiteral("topic_id"), p.topicId},
        {QStringLiteral("topic_slug"), topic.slug},
        {QStringLiteral("display_username"), author.name},
        {QStringLiteral("primary_group_name"), nullValue()},
        {QStringLiteral("flair_name"), nullValue()},
        {QStringLiteral("flair_url"), nullValue()},
        {QStringLiteral("flair_bg_color"), nullValue()},
        {QStringLiteral("flair_color"), nullValue()},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("can_edit"), false},
        {QStringLiteral("can_delete"), false},
        {QStringLiteral("can_recover"), false},
        {QStringLiteral("can_wiki"), false},
        {QStringLiteral("user_title"), author.title.isEmpty() ? nullValue() : QJsonValue(author.title)},
        {QStringLiteral("bookmarked"), false},
        {QStringLiteral("actions_summary"), actions},
        {QStringLiteral("moderator"), author.moderator},
        {QStringLiteral("admin"), author.admin},
        {QStringLiteral("staff"), author.admin || author.moderator},
        {QStringLiteral("user_id"), p.userId},
        {QStringLiteral("hidden"), false},
        {QStringLiteral("trust_level"), author.trustLevel},
        {QStringLiteral("deleted_at"), nullValue()},
        {QStringLiteral("user_deleted"), false},
        {QStringLiteral("edit_reason"), nullValue()},
        {QStringLiteral("can_view_edit_history"), true},
        {QStringLiteral("wiki"), false},
        {QStringLiteral("reviewable_score_count"), 0},
        {QStringLiteral("reviewable_score_pending_count"), 0},
    };
    // Discourse leaves reply_to_user out when the reply quotes its parent (suppress_reply_when_quoting).
    if (p.replyToPostNumber > 0 && !p.replyQuoted && users.contains(p.replyToUserId)) {
        const UserRow parent = users.value(p.replyToUserId);
        o.insert(QStringLiteral("reply_to_user"),
                 QJsonObject{{QStringLiteral("username"), parent.username},
                             {QStringLiteral("name"), parent.name},
                             {QStringLiteral("avatar_template"), parent.avatarTemplate()}});
    }
    if (flavor == PostFlavor::TopicView) {
        o.insert(QStringLiteral("link_counts"), QJsonArray());
        o.insert(QStringLiteral("read"), true);
        o.insert(QStringLiteral("reviewable_id"), 0);
    } else {
        if (flavor == PostFlavor::Single)
            o.insert(QStringLiteral("raw"), p.raw);
        o.insert(QStringLiteral("posts_count"), topic.postsCount);
        o.insert(QStringLiteral("post_url"),
                 QStringLiteral("/t/%1/%2/%3").arg(topic.slug).arg(topic.id).arg(p.postNumber));
        o.insert(QStringLiteral("reviewable_id"), nullValue());
        o.insert(QStringLiteral("mentioned_users"), QJsonArray());
        // Newer PostSerializer fields that performPostAction's schema requires.
        o.insert(QStringLiteral("flair_group_id"), nullValue());
        o.insert(QStringLiteral("badges_granted"), QJsonArray());
        o.insert(QStringLiteral("can_see_hidden_post"), false);
    }
    return o;
}

QJsonObject siteConstants()
{
    const auto flag = [](int id, const char *key, const char *name, const char *description, bool isFlag,
                         bool needsMessage, QJsonArray appliesTo, int position) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name_key"), QLatin1String(key)},
                           {QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("description"), QLatin1String(description)},
                           {QStringLiteral("short_description"), QLatin1String(description)},
                           {QStringLiteral("is_flag"), isFlag},
                           {QStringLiteral("require_message"), needsMessage},
                           {QStringLiteral("enabled"), true},
                           {QStringLiteral("applies_to"), appliesTo},
                           {QStringLiteral("is_used"), false},
                           {QStringLiteral("position"), position},
                           {QStringLiteral("auto_action_type"), false},
                           {QStringLiteral("system"), true}};
    };
    const QJsonArray both{QStringLiteral("Post"), QStringLiteral("Topic")};
    const QJsonArray postOnly{QStringLiteral("Post")};
    QJsonArray postActionTypes{
        flag(2, "like", "Like", "Like this post", false, false, postOnly, 0),
        flag(3, "off_topic", "It's Off-Topic", "This post is not relevant to the current discussion.", true, false, postOnly, 1),
        flag(4, "inappropriate", "It's Inappropriate", "This post contains content that a reasonable person would consider offensive or abusive.", true, false, both, 2),
        flag(8, "spam", "It's Spam", "This post is an advertisement or vandalism.", true, false, both, 3),
        flag(10, "illegal", "It's Illegal", "This post requires staff attention because it may be illegal.", true, true, both, 4),
        flag(6, "notify_user", "Send a message", "Message the author directly about this post.", true, true, postOnly, 5),
        flag(7, "notify_moderators", "Something Else", "This post requires staff attention for another reason.", true, true, both, 6),
    };
    QJsonArray topicFlagTypes{
        flag(4, "inappropriate", "It's Inappropriate", "This topic contains content that a reasonable person would consider offensive or abusive.", true, false, both, 2),
        flag(8, "spam", "It's Spam", "This topic is an advertisement or vandalism.", true, false, both, 3),
        flag(10, "illegal", "It's Illegal", "This topic requires staff attention because it may be illegal.", true, true, both, 4),
        flag(7, "notify_moderators", "Something Else", "This topic requires staff attention for another reason.", true, true, both, 6),
    };

    // Discourse's Notification.types.
    const std::pair<const char *, int> notificationTypes[] = {
        {"mentioned", 1}, {"replied", 2}, {"quoted", 3}, {"edited", 4}, {"liked", 5},
        {"private_message", 6}, {"invited_to_private_message", 7}, {"invitee_accepted", 8}, {"posted", 9},
        {"moved_post", 10}, {"linked", 11}, {"granted_badge", 12}, {"invited_to_topic", 13}, {"custom", 14},
        {"group_mentioned", 15}, {"group_message_summary", 16}, {"watching_first_post", 17},
        {"topic_reminder", 18}, {"liked_consolidated", 19}, {"post_approved", 20},
        {"code_review_commit_approved", 21}, {"membership_request_accepted", 22},
        {"membership_request_consolidated", 23}, {"bookmark_reminder", 24}, {"reaction", 25},
        {"votes_released", 26}, {"event_reminder", 27}, {"event_invitation", 28}, {"chat_mention", 29},
        {"chat_message", 30}, {"chat_invitation", 31}, {"chat_group_mention", 32}, {"chat_quoted", 33},
        {"assigned", 34}, {"question_answer_user_commented", 35}, {"watching_category_or_tag", 36},
        {"new_features", 37}, {"admin_problems", 38}, {"linked_consolidated", 39},
        {"chat_watched_thread", 40}, {"following", 800}, {"following_created_topic", 801},
        {"following_replied", 802}, {"circles_activity", 900},
    };
    QJsonObject notifications;
    for (const auto &[name, id] : notificationTypes)
        notifications.insert(QLatin1String(name), id);

    const auto group = [](int id, const char *name) {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("flair_url"), QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("flair_bg_color"), QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("flair_color"), QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("automatic"), true}};
    };
    const auto strings = [](std::initializer_list<const char *> items) {
        QJsonArray a;
        for (const char *s : items)
            a.append(QLatin1String(s));
        return a;
    };
    const auto archetype = [](const char *id, const char *name) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("options"), QJsonArray()}};
    };

    return QJsonObject{
        {QStringLiteral("default_archetype"), QStringLiteral("regular")},
        {QStringLiteral("notification_types"), notifications},
        {QStringLiteral("post_types"), QJsonObject{{QStringLiteral("regular"), 1}, {QStringLiteral("moderator_action"), 2},
                                                   {QStringLiteral("small_action"), 3}, {QStringLiteral("whisper"), 4}}},
        {QStringLiteral("trust_levels"), QJsonObject{{QStringLiteral("newuser"), 0}, {QStringLiteral("basic"), 1},
                                                     {QStringLiteral("member"), 2}, {QStringLiteral("regular"), 3},
                                                     {QStringLiteral("leader"), 4}}},
        {QStringLiteral("groups"), QJsonArray{group(1, "admins"), group(2, "moderators"), group(3, "staff"),
                                              group(10, "trust_level_0"), group(11, "trust_level_1"),
                                              group(12, "trust_level_2"), group(13, "trust_level_3"),
                                              group(14, "trust_level_4")}},
        {QStringLiteral("filters"), strings({"latest", "unread", "new", "unseen", "top", "read", "posted", "bookmarks", "hot"})},
        {QStringLiteral("homepage_choices"), strings({"latest", "top", "categories"})},
        {QStringLiteral("periods"), strings({"all", "yearly", "quarterly", "monthly", "weekly", "daily"})},
        {QStringLiteral("top_menu_items"), strings({"latest", "new", "unread", "top", "categories"})},
        {QStringLiteral("anonymous_top_menu_items"), strings({"latest", "top", "categories"})},
        // Discourse always has an "Uncategorized" category; this server does not, so no real id.
        {QStringLiteral("uncategorized_category_id"), 0},
        {QStringLiteral("user_field_max_length"), 2048},
        {QStringLiteral("post_action_types"), postActionTypes},
        {QStringLiteral("topic_flag_types"), topicFlagTypes},
        {QStringLiteral("can_create_tag"), false},
        {QStringLiteral("can_tag_topics"), false},
        {QStringLiteral("can_tag_pms"), false},
        {QStringLiteral("tags_filter_regexp"), QStringLiteral("[/\\?#\\[\\]@!\\$&'\\(\\)\\*\\+,;=\\.%\\\\`^\\s|\\{\\}\"<>]+")},
        {QStringLiteral("topic_featured_link_allowed_category_ids"), QJsonArray()},
        {QStringLiteral("user_themes"), QJsonArray{QJsonObject{{QStringLiteral("theme_id"), 1},
                                                               {QStringLiteral("name"), QStringLiteral("Default")},
                                                               {QStringLiteral("default"), true},
                                                               {QStringLiteral("color_scheme_id"), QJsonValue(QJsonValue::Null)}}}},
        {QStringLiteral("user_color_schemes"), QJsonArray()},
        {QStringLiteral("default_light_color_scheme"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("default_dark_color_scheme"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("censored_regexp"), QJsonArray()},
        {QStringLiteral("custom_emoji_translation"), QJsonObject()},
        {QStringLiteral("watched_words_replace"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("watched_words_link"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("archetypes"), QJsonArray{archetype("regular", "Regular Topic"), archetype("banner", "Banner")}},
        {QStringLiteral("user_fields"), QJsonArray()},
        {QStringLiteral("auth_providers"), QJsonArray()},
        {QStringLiteral("full_name_required_for_signup"), false},
        {QStringLiteral("full_name_visible_in_signup"), true},
        {QStringLiteral("email_configured"), false},
        {QStringLiteral("denied_emojis"), QJsonArray()},
    };
}

} // namespace Serializers
