#include "app/composer/composerwidget.h"

#include "lib/text/englishplural.h"

#include "app/composer/markdownediting.h"

#include "app/reader/threadhtml.h"

#include "lib/models/communitytreemodel.h"
#include "lib/render/markdownpreview.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Aivizor {

namespace {

// Small texts render well under a frame; they skip the debounce entirely.
constexpr int SmallTextChars = 4000;

} // namespace

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Composer"));

    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(QStringLiteral("composerTarget"));
    m_targetLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_targetLabel->font();
    bold.setBold(true);
    m_targetLabel->setFont(bold);

    m_topicFields = new QWidget(this);
    m_title = new QLineEdit(m_topicFields);
    m_title->setObjectName(QStringLiteral("composerTitle"));
    m_title->setPlaceholderText(tr("Title of the new topic"));
    m_title->setAccessibleName(tr("Title"));
    m_community = new QComboBox(m_topicFields);
    m_community->setObjectName(QStringLiteral("composerCommunity"));
    m_community->setAccessibleName(tr("Community"));
    m_tags = new QLineEdit(m_topicFields);
    m_tags->setObjectName(QStringLiteral("composerTags"));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_tags->setAccessibleName(tr("Tags"));
    auto *fields = new QFormLayout(m_topicFields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addRow(tr("&Title:"), m_title);
    auto *row = new QHBoxLayout;
    row->addWidget(m_community, 1);
    row->addWidget(new QLabel(tr("T&ags:"), m_topicFields));
    row->addWidget(m_tags, 1);
    static_cast<QLabel *>(row->itemAt(1)->widget())->setBuddy(m_tags);
    // addRow(QString, QLayout *) makes a label without a buddy, which shows the '&' literally.
    auto *communityLabel = new QLabel(tr("&Community:"), m_topicFields);
    communityLabel->setBuddy(m_community);
    fields->addRow(communityLabel, row);
    m_topicFields->hide();

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setAccessibleName(tr("Reply text (Markdown)"));
    m_editor->setPlaceholderText(tr("Write your reply in Markdown. Ctrl+Enter sends, Esc hides."));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("composerPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_preview->setFocusPolicy(Qt::ClickFocus);
    m_preview->document()->setUndoRedoEnabled(false);
    m_preview->document()->setDocumentMargin(10);
    m_previewHtml = std::make_unique<IncrementalHtmlDocument>(m_preview->document());

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("composerSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_editor);
    m_split->addWidget(m_preview);

    buildToolBar();

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("composerNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    m_cancelWait = new QPushButton(tr("Cancel Sending"), this);
    m_cancelWait->setObjectName(QStringLiteral("composerCancelWait"));
    m_cancelWait->hide();
    m_hide = new QPushButton(tr("Hide"), this);
    m_hide->setToolTip(tr("Hide the composer; the draft is kept (Esc)"));
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    buttons->addStretch(1); // the buttons keep their size while the note is hidden
    buttons->addWidget(m_cancelWait);
    buttons->addWidget(m_hide);
    buttons->addWidget(m_send);

    // A long topic title must not squeeze the toolbar: the label gives way (full text in its tooltip).
    m_targetLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_targetLabel);
    layout->addWidget(m_topicFields);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_split, 1);
    layout->addLayout(buttons);

    m_previewTimer.setSingleShot(true);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposerWidget::renderPreview);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ComposerWidget::updateCountdown);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        schedulePreview();
        if (!m_settingContent)
            emit contentChanged();
    });
    auto changed = [this] {
        if (!m_settingContent)
            emit contentChanged();
    };
    connect(m_title, &QLineEdit::textEdited, this, changed);
    connect(m_tags, &QLineEdit::textEdited, this, changed);
    connect(m_community, qOverload<int>(&QComboBox::activated), this, changed);
    connect(m_send, &QPushButton::clicked, this, &ComposerWidget::sendRequested);
    connect(m_hide, &QPushButton::clicked, this, &ComposerWidget::hideRequested);
    connect(m_cancelWait, &QPushButton::clicked, this, &ComposerWidget::cancelWaitRequested);

    applyPalette();
    setTarget(tr("Reply to the topic"));
    renderPreview();
}

void ComposerWidget::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("composerToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    auto add = [this](const QString &text, const QString &tip, const QKeySequence &key, auto apply) {
        QAction *action = m_toolBar->addAction(text);
        action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        connect(action, &QAction::triggered, this, [this, apply] {
            QTextCursor cursor = m_editor->textCursor();
            apply(cursor);
            m_editor->setTextCursor(cursor);
            m_editor->setFocus(Qt::OtherFocusReason);
        });
        return action;
    };
    QFont boldFont = font();
    boldFont.setBold(true);
    add(tr("B"), tr("Bold"), QKeySequence::Bold, [](QTextCursor &c) { MarkdownEditing::bold(c); })
        ->setFont(boldFont);
    QFont italicFont = font();
    italicFont.setItalic(true);
    add(tr("I"), tr("Italic"), QKeySequence::Italic, [](QTextCursor &c) { MarkdownEditing::italic(c); })
        ->setFont(italicFont);
    add(tr("Link"), tr("Insert a link"), QKeySequence(Qt::CTRL | Qt::Key_K), [this](QTextCursor &c) {
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Insert Link"), tr("Address:"), QLineEdit::Normal,
                                                  QStringLiteral("https://"), &ok);
        if (ok && !url.trimmed().isEmpty())
            MarkdownEditing::link(c, url.trimmed());
    });
    add(tr("Quote"), tr("Quote the selected lines"), {}, [](QTextCursor &c) { MarkdownEditing::quote(c); });
    add(tr("Code"), tr("Format as code"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [](QTextCursor &c) { MarkdownEditing::code(c); });
    add(tr("List"), tr("Bulleted list"), {}, [](QTextCursor &c) { MarkdownEditing::bulletList(c); });
    m_toolBar->addSeparator();
    m_popOut = new QToolButton(m_toolBar);
    m_popOut->setObjectName(QStringLiteral("composerPopOut"));
    m_popOut->setText(tr("Pop Out"));
    m_popOut->setToolTip(tr("Move the composer into its own window, or back under the reader"));
    m_toolBar->addWidget(m_popOut);
    connect(m_popOut, &QToolButton::clicked, this, &ComposerWidget::popOutRequested);
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            if (m_send->isEnabled())
                emit sendRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            emit hideRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        renderPreview();
    }
}

void ComposerWidget::applyPalette()
{
    m_palette = ReaderPalette::fromPalette(palette());
    m_preview->document()->setDefaultStyleSheet(m_palette.styleSheet());
    m_previewHtml->invalidate(); // formats already imported used the old style sheet
}

void ComposerWidget::setForumBase(const QUrl &base)
{
    m_forumBase = base;
    renderPreview();
}

void ComposerWidget::setCommunityModel(CommunityTreeModel *communities)
{
    if (m_communities)
        m_communities->disconnect(this);
    m_communities = communities;
    if (communities)
        connect(communities, &CommunityTreeModel::loaded, this, &ComposerWidget::fillCommunities);
    fillCommunities();
}

void ComposerWidget::fillCommunities()
{
    const int current = communityId();
    m_community->clear();
    m_community->addItem(tr("(default community)"), 0);
    if (!m_communities)
        return;
    // Depth-first from the model so sub-communities sit under their parent, indented.
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < m_communities->rowCount(parent); ++r) {
            const QModelIndex index = m_communities->index(r, 0, parent);
            m_community->addItem(QString(depth * 4, QLatin1Char(' ')) + index.data(Qt::DisplayRole).toString(),
                                 m_communities->communityId(index));
            walk(index, depth + 1);
        }
    };
    walk(QModelIndex(), 0);
    setCommunityId(current);
}

void ComposerWidget::setMode(Mode mode)
{
    m_mode = mode;
    m_topicFields->setVisible(mode == Mode::NewTopic);
    m_editor->setAccessibleName(mode == Mode::NewTopic ? tr("Topic text (Markdown)") : tr("Reply text (Markdown)"));
    if (mode == Mode::NewTopic)
        setTarget(tr("New topic"));
}

void ComposerWidget::setTarget(const QString &description)
{
    m_targetLabel->setText(description);
    m_targetLabel->setToolTip(description);
}

QString ComposerWidget::text() const
{
    return m_editor->toPlainText();
}

void ComposerWidget::setText(const QString &text)
{
    m_settingContent = true;
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    m_settingContent = false;
}

QString ComposerWidget::title() const
{
    return m_title->text().trimmed();
}

void ComposerWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

int ComposerWidget::communityId() const
{
    return m_community->currentIndex() >= 0 ? m_community->currentData().toInt() : 0;
}

void ComposerWidget::setCommunityId(int id)
{
    const int index = m_community->findData(id);
    m_community->setCurrentIndex(qMax(0, index));
}

QStringList ComposerWidget::tags() const
{
    QStringList tags;
    const QStringList parts = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

void ComposerWidget::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QStringLiteral(", ")));
}

void ComposerWidget::insertBlock(const QString &markdown)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.clearSelection();
    QString text = markdown;
    if (!cursor.atBlockStart())
        text.prepend(QStringLiteral("\n\n"));
    cursor.insertText(text);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    focusEditor();
}

void ComposerWidget::clearContent()
{
    m_settingContent = true;
    m_editor->clear();
    m_title->clear();
    m_tags->clear();
    m_community->setCurrentIndex(0);
    m_settingContent = false;
    clearNote();
}

void ComposerWidget::focusEditor()
{
    if (m_mode == Mode::NewTopic && m_title->text().isEmpty())
        m_title->setFocus(Qt::OtherFocusReason);
    else
        m_editor->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::setSending(bool sending)
{
    m_sending = sending;
    m_send->setEnabled(!sending);
    m_send->setText(sending ? tr("Sending…") : tr("Send"));
}

void ComposerWidget::setQueued(const QString &note)
{
    m_sending = true;
    m_send->setEnabled(false);
    m_send->setText(tr("In the Outbox"));
    showNote(note, true);
    m_cancelWait->show();
}

void ComposerWidget::showRejection(const QString &message, const QStringList &serverMessages)
{
    m_countdown.stop();
    m_cancelWait->hide();
    QString text = serverMessages.isEmpty() ? message : serverMessages.join(QLatin1Char('\n'));
    showNote(tr("Not sent: %1").arg(text), true);
}

void ComposerWidget::showRateLimit(const QDateTime &retryAtUtc)
{
    m_retryAt = retryAtUtc;
    m_cancelWait->show();
    updateCountdown();
    m_countdown.start();
}

void ComposerWidget::updateCountdown()
{
    const qint64 seconds = qMax<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(m_retryAt) + 999) / 1000);
    showNote(englishPlural(tr("The forum asks to wait: sending again in %n second(s).", nullptr, int(seconds)),
                           int(seconds)),
             true);
    m_cancelWait->show();
    if (seconds == 0)
        m_countdown.stop();
}

void ComposerWidget::showNote(const QString &text, bool warning)
{
    m_note->setText(text);
    m_note->setAccessibleName(text);
    QPalette pal = palette();
    if (warning)
        pal.setColor(QPalette::WindowText, m_palette.isDark() ? QColor(0xff, 0x9e, 0x80) : QColor(0xb0, 0x20, 0x10));
    m_note->setPalette(pal);
    m_note->show();
    if (!m_countdown.isActive())
        m_cancelWait->hide();
}

void ComposerWidget::clearNote()
{
    m_countdown.stop();
    m_note->clear();
    m_note->hide();
    m_cancelWait->hide();
}

QString ComposerWidget::noteText() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

void ComposerWidget::schedulePreview()
{
    if (m_editor->document()->characterCount() < SmallTextChars || m_lastRenderMs < FastRenderMs) {
        // Zero-delay: a burst of queued key events still coalesces into one render.
        m_previewTimer.start(0);
        return;
    }
    m_previewTimer.start(qMax<int>(MinDebounceMs, int(2 * m_lastRenderMs)));
}

void ComposerWidget::renderPreview()
{
    m_previewTimer.stop();
    QElapsedTimer timer;
    timer.start();
    QScrollBar *bar = m_preview->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4 && bar->maximum() > 0;
    const int scroll = bar->value();
    const QString text = m_editor->toPlainText();
    QString html;
    if (text.trimmed().isEmpty())
        html = QStringLiteral("<p class=\"empty\">%1</p>").arg(tr("The preview appears here.").toHtmlEscaped());
    else
        html = ThreadHtml::framedBlocks(MarkdownPreview::toSafeHtml(text, m_forumBase), m_palette);
    m_previewHtml->setHtml(html);
    // Lay out now (only the changed range after a partial update) so the cost is measured here
    // and the scroll position can be restored.
    m_preview->document()->documentLayout()->documentSize();
    bar->setValue(atEnd ? bar->maximum() : scroll);
    m_lastRenderMs = timer.elapsed();
    emit previewUpdated();
}

} // namespace Aivizor
