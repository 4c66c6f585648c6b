#pragma once

#include <QPointer>
#include <QWidget>

class QSplitter;

namespace Aivizor {

class ComposerWidget;
class ReaderView;

// The reader with the composer docked under it in a vertical splitter. The composer can move into
// a window of its own and back; closing that window docks it again and hides it (the draft stays).
class DiscussionPane : public QWidget
{
    Q_OBJECT
public:
    // Takes the reader into its splitter.
    explicit DiscussionPane(ReaderView *reader, QWidget *parent = nullptr);
    ~DiscussionPane() override;

    ComposerWidget *composer() const { return m_composer; }
    QSplitter *splitter() const { return m_splitter; }
    bool isPoppedOut() const { return m_window != nullptr; }
    bool isComposerVisible() const;

public slots:
    void showComposer();
    void hideComposer();
    void togglePopOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dock();

    ReaderView *m_reader;
    ComposerWidget *m_composer;
    QSplitter *m_splitter;
    QPointer<QWidget> m_window;
};

} // namespace Aivizor
