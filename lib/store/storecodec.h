#pragma once

#include "lib/domain/post.h"
#include "lib/domain/topic.h"
#include "lib/domain/topicpage.h"
#include "lib/render/htmlsanitizer.h"

#include <QByteArray>
#include <QList>

namespace Aivizor {

// The compact binary form of the domain values the store keeps as blobs. Decoding is strict and
// bounded: a damaged blob (wrong format byte, truncated, absurd counts) makes decode return false,
// it never crashes or allocates more than the blob could hold.
//
// Feed pages are kept as these decoded rows rather than the server's JSON: decoding a 30-row page
// takes a fraction of re-parsing its JSON with lib/parse (storebench prints both).
class StoreCodec
{
public:
    static QByteArray encodeTopicPage(const TopicPage &page);
    static bool decodeTopicPage(const QByteArray &blob, TopicPage *page);

    // Everything of a Topic but its posts and stream.
    static QByteArray encodeTopicHeader(const Topic &topic);
    static bool decodeTopicHeader(const QByteArray &blob, Topic *topic);

    static QByteArray encodeStream(const QList<int> &postIds);
    static bool decodeStream(const QByteArray &blob, QList<int> *postIds);

    // The fields of a Post that have no column of their own (all but id, topicId, postNumber, cooked).
    static QByteArray encodePostDetails(const Post &post);
    static bool decodePostDetails(const QByteArray &blob, Post *post);

    static QByteArray encodeImages(const QList<SanitizedImage> &images);
    static bool decodeImages(const QByteArray &blob, QList<SanitizedImage> *images);
};

} // namespace Aivizor
