#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace Aivizor {

// A fixed set of element or attribute names with a cheap lookup: a post has hundreds of tags, and
// QHash's seeded string hash costs more than the rest of handling a tag.
template<typename T>
class HtmlNameMap
{
public:
    // The value for name, created default-initialized when missing (for building the map).
    T &operator[](const QString &name)
    {
        std::vector<Entry> &bucket = m_buckets[indexOf(name)];
        for (Entry &e : bucket) {
            if (e.name == name)
                return e.value;
        }
        bucket.push_back({name, T()});
        return bucket.back().value;
    }

    const T *find(QStringView name) const
    {
        for (const Entry &e : m_buckets[indexOf(name)]) {
            if (e.name == name)
                return &e.value;
        }
        return nullptr;
    }

    T value(QStringView name, const T &fallback = T()) const
    {
        const T *found = find(name);
        return found ? *found : fallback;
    }

private:
    struct Entry
    {
        QString name;
        T value;
    };
    static constexpr size_t BucketCount = 256;

    static size_t indexOf(QStringView name)
    {
        quint32 h = 2166136261u; // FNV-1a
        for (QChar c : name) {
            h ^= c.unicode();
            h *= 16777619u;
        }
        return h & (BucketCount - 1);
    }

    std::array<std::vector<Entry>, BucketCount> m_buckets;
};

namespace HtmlNames {

// The lower-case form of an element or attribute name. Names that posts commonly use come back as
// shared copies of one string, so parsing a post does not allocate a string per tag or attribute.
QString lowerCase(QStringView name);

} // namespace HtmlNames

} // namespace Aivizor
