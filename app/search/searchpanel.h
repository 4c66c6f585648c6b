#pragma once

#include "app/search/searchresultdelegate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Aivizor {

class ApiError;
class ForumClient;
class SearchBuilder;
class SearchResultModel;

// The forum's search: a query field in Discourse's language, a collapsible builder that stays in
// step with it, and the results, which page in as the list scrolls. Enter runs the query;
// activating a result emits resultActivated(topicId, postNumber); Escape asks to close.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    void setClient(ForumClient *client);
    void setCommunityLookup(SearchResultDelegate::CommunityLookup lookup);
    // The builder's community choices (names and slugs).
    void setCommunities(const QList<std::pair<QString, QString>> &namesAndSlugs);

    // Runs `query` (also shown in the field and the builder).
    void search(const QString &query);
    // Focuses the field with its text selected.
    void focusQuery();

    QLineEdit *queryEdit() const { return m_field; }
    QToolButton *builderButton() const { return m_builderButton; }
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

    QLineEdit *m_field = nullptr;
    QToolButton *m_builderButton = nullptr;
    SearchBuilder *m_builder = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    SearchResultModel *m_model = nullptr;
    SearchResultDelegate *m_delegate = nullptr;
    QString m_errorText;
};

} // namespace Aivizor
