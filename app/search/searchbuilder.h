#pragma once

#include "lib/search/searchquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Aivizor {

// The query language as a form, for people who do not know it: who, where, when, order.
// setQuery() fills the fields from a typed query without emitting; editing a field emits
// queryEdited() with the whole query.
class SearchBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBuilder(QWidget *parent = nullptr);

    // Communities offered under "Where": display names and slugs ("parent:child" for subcommunities).
    void setCommunities(const QList<std::pair<QString, QString>> &namesAndSlugs);

    SearchQuery query() const;
    void setQuery(const SearchQuery &query);

    QLineEdit *wordsEdit() const { return m_words; }
    QLineEdit *phraseEdit() const { return m_phrase; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *communityBox() const { return m_community; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QCheckBox *titleOnlyBox() const { return m_titleOnly; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *orderBox() const { return m_order; }
    QCheckBox *afterBox() const { return m_useAfter; }
    QDateEdit *afterEdit() const { return m_after; }
    QCheckBox *beforeBox() const { return m_useBefore; }
    QDateEdit *beforeEdit() const { return m_before; }

signals:
    void queryEdited(const SearchQuery &query);

private:
    void emitEdited();
    void selectCommunity(const QString &slug);

    QLineEdit *m_words = nullptr;
    QLineEdit *m_phrase = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_community = nullptr;
    QLineEdit *m_tags = nullptr;
    QCheckBox *m_titleOnly = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_useAfter = nullptr;
    QDateEdit *m_after = nullptr;
    QCheckBox *m_useBefore = nullptr;
    QDateEdit *m_before = nullptr;
    bool m_filling = false; // setQuery() is writing the fields
};

} // namespace Aivizor
