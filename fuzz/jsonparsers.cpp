// Every Discourse JSON parser of lib/parse on one document. Whatever the bytes, a parser either
// succeeds or names an error, never both (ParseResult is never half-filled), and gives the same
// answer twice.
#include "fuzzsupport.h"

#include "lib/parse/communityparser.h"
#include "lib/parse/notificationparser.h"
#include "lib/parse/postparser.h"
#include "lib/parse/searchparser.h"
#include "lib/parse/topiclistparser.h"
#include "lib/parse/topicparser.h"
#include "lib/parse/userparser.h"

#include <QJsonDocument>

using namespace Aivizor;

namespace {

template<typename T>
void check(const char *parser, const ParseResult<T> &first, const ParseResult<T> &second)
{
    FUZZ_CHECK(first.ok() == first.error.isEmpty(), QString::fromLatin1(parser) + QStringLiteral(": ") + first.error);
    FUZZ_CHECK(first.ok() == second.ok() && first.error == second.error, QString::fromLatin1(parser));
}

#define PARSE_TWICE(parser) check(#parser, parser(doc), parser(doc))

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(FuzzSupport::bytes(data, size));
    if (doc.isNull())
        return -1; // not JSON: nothing of ours runs, keep it out of the corpus

    PARSE_TWICE(parseSiteCommunities);
    PARSE_TWICE(parseCategoryList);
    PARSE_TWICE(parseNotifications);
    PARSE_TWICE(parseBusMessages);
    PARSE_TWICE(parseSinglePost);
    PARSE_TWICE(parsePostChunk);
    PARSE_TWICE(parseLatestPosts);
    PARSE_TWICE(parseSearchResult);
    PARSE_TWICE(parseTopicList);
    PARSE_TWICE(parseCurrentUser);
    PARSE_TWICE(parseUserProfile);

    const ParseResult<Topic> topic = parseTopic(doc);
    check("parseTopic", topic, parseTopic(doc));
    // Without post_stream.stream the stream is taken from the posts, so it is never shorter.
    if (topic.ok())
        FUZZ_CHECK(topic.value->stream.size() >= qMin<qsizetype>(1, topic.value->posts.size()),
                   QStringLiteral("a topic with posts but an empty stream"));
    return 0;
}
