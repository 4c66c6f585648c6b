#pragma once

#include "app/search/searchresultdelegate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Aivizor {

class ApiError;
class ForumClient;
class LocalSearch;
class SearchBuilder;
class SearchResultModel;

// The forum's search: a query field in Discourse's language, a collapsible builder that stays in
// step with it, and the results, which page in as the list scrolls. Enter runs the query;
// activating a result emits resultActivated(topicId, postNumber); Escape asks to close.
// A scope choice beside the field sends the query to the forum or to the saved copy on this
// computer (LocalSearch); with the forum unreachable the saved copy answers whatever the choice,
// and the pane says that the results come from it.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Forum, ThisComputer };

    explicit SearchPanel(QWidget *parent = nullptr);

    void setClient(ForumClient *client);
    void setLocalSearch(LocalSearch *search);
    // The forum answers (ForumSession's connection state is not Offline).
    void setForumReachable(bool reachable);
    Scope scope() const;
    void setScope(Scope scope);
    void setCommunityLookup(SearchResultDelegate::CommunityLookup lookup);
    // The builder's community choices (names and slugs).
    void setCommunities(const QList<std::pair<QString, QString>> &namesAndSlugs);

    // Runs `query` (also shown in the field and the builder).
    void search(const QString &query);
    // Focuses the field with its text selected.
    void focusQuery();

    QLineEdit *queryEdit() const { return m_field; }
    QToolButton *builderButton() const { return m_builderButton; }
    QComboBox *scopeBox() const { return m_scope; }
    SearchBuilder *builder() const { return m_builder; }
    QListView *resultsView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }
    SearchResultDelegate *delegate() const { return m_delegate; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void resultActivated(int topicId, int postNumber);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void runFieldQuery();
    void onFieldEdited(const QString &text);
    void updateStatus();
    void onError(const ApiError &error);
    // Points the model at the forum or the saved copy; a query shown is run again there.
    void updateSource();

    QLineEdit *m_field = nullptr;
    QToolButton *m_builderButton = nullptr;
    QComboBox *m_scope = nullptr;
    SearchBuilder *m_builder = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    SearchResultModel *m_model = nullptr;
    SearchResultDelegate *m_delegate = nullptr;
    QString m_errorText;
    bool m_forumReachable = true;
};

} // namespace Aivizor
