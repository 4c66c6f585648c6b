#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Aivizor {

// A Discourse category. Ids are the identity; slugs are cosmetic (they can be empty or encoded).
struct Community
{
    int id = 0;
    int parentId = 0;          // 0 for a top-level community
    QString name;
    QString slug;
    QString description;       // plain text (description_text)
    QColor color;              // from "color", hex without '#'
    QColor textColor;
    int position = 0;
    int topicCount = 0;
    int postCount = 0;
    bool readRestricted = false;
    QList<int> subcategoryIds; // as listed by /categories.json; /site.json leaves it empty
};

} // namespace Aivizor
