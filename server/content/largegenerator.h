#pragma once

#include <QString>

class Database;

// Fills the database with a synthetic community for benchmarks: one community of 100,000
// topics and one topic of 10,000 posts, all text drawn from a small word list.
// Idempotent: a second run reports the ids generated the first time.
class LargeGenerator
{
public:
    LargeGenerator(Database &db) : m_db(db) {}

    bool generate(QString *error);
    int communityId() const { return m_communityId; }
    int bigTopicId() const { return m_bigTopicId; }

    static constexpr int kTopicCount = 100000;
    static constexpr int kBigTopicPosts = 10000;

private:
    Database &m_db;
    int m_communityId = 0;
    int m_bigTopicId = 0;
};
