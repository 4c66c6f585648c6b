#include "app/reader/findbar.h"

#include "lib/text/englishplural.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

namespace Aivizor {

namespace {
constexpr int MaxHighlights = 2000; // beyond this, highlighting costs more than it helps
}

FindBar::FindBar(QTextBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    setAccessibleName(tr("Find in topic"));
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find in topic"));
    m_edit->setAccessibleName(tr("Search text"));
    m_edit->setClearButtonEnabled(true);

    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close find bar"));
    m_status = new QLabel(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        refreshHighlights();
        // Searching from the top while typing keeps the first match in view.
        QTextCursor start(m_browser->document());
        m_browser->setTextCursor(start);
        find(false);
    });
    m_edit->installEventFilter(this);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    refreshHighlights();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void FindBar::findNext()
{
    find(false);
}

void FindBar::findPrevious()
{
    find(true);
}

void FindBar::close()
{
    hide();
    m_browser->setExtraSelections({});
    QTextCursor cursor = m_browser->textCursor();
    cursor.clearSelection();
    m_browser->setTextCursor(cursor);
    m_browser->setFocus(Qt::OtherFocusReason);
}

void FindBar::find(bool backward)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return;
    QTextDocument *doc = m_browser->document();
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = doc->find(needle, m_browser->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor from(doc);
        if (backward)
            from.movePosition(QTextCursor::End);
        found = doc->find(needle, from, flags);
    }
    if (!found.isNull()) {
        m_browser->setTextCursor(found);
        m_browser->ensureCursorVisible();
    }
    updateStatus();
}

void FindBar::refreshHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_edit->text();
    m_matchCount = 0;
    if (isVisible() && !needle.isEmpty()) {
        QTextCharFormat format;
        const QColor highlight = palette().color(QPalette::Highlight);
        format.setBackground(QColor(highlight.red(), highlight.green(), highlight.blue(), 90));
        QTextDocument *doc = m_browser->document();
        QTextCursor cursor(doc);
        while (true) {
            cursor = doc->find(needle, cursor);
            if (cursor.isNull())
                break;
            ++m_matchCount;
            if (selections.size() < MaxHighlights)
                selections.append({cursor, format});
        }
    }
    m_browser->setExtraSelections(selections);
    updateStatus();
}

void FindBar::updateStatus()
{
    if (m_edit->text().isEmpty())
        m_status->clear();
    else if (m_matchCount == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(englishPlural(tr("%n match(es)", nullptr, m_matchCount), m_matchCount));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // The line edit would swallow Enter as returnPressed without telling Shift+Enter apart.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Aivizor
