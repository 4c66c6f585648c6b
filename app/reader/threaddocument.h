#pragma once

#include "app/reader/postbodycache.h"
#include "app/reader/readerpalette.h"
#include "app/reader/threadhtml.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTextCursor>
#include <QUrl>

#include <functional>

class QTimer;

namespace Aivizor {

class ForumStore;

class CommunityTreeModel;
class ImageLoader;
class PostBrowser;
class PostListModel;

// The thread's QTextDocument, built from the PostListModel: one setHtml for a window of rows
// [firstRow, lastRow] (row 0, the first post, is always in the header), later rows appended at
// the end, a like link replaced in place. It follows the model's dataChanged/rowsInserted/
// rowsRemoved and asks for a rebuild (rebuildNeeded) when a change cannot be applied in place;
// whoever keeps the scroll position does the rebuild. Knows post positions only as cursors.
class ThreadDocument : public QObject
{
    Q_OBJECT
public:
    // What the like and reply links depend on, read at each build.
    struct Interaction
    {
        bool signedIn = false;
        QString username;
        bool canReply = false;
    };

    ThreadDocument(PostBrowser *browser, PostListModel *model, ImageLoader *images, QObject *parent = nullptr);

    void setForumBase(const QUrl &base) { m_forumBase = base; }
    // Where sanitized bodies are saved beside their posts (not owned).
    void setStore(ForumStore *store) { m_bodies.setStore(store); }
    void setPalette(const ReaderPalette &palette) { m_palette = palette; }
    void setCommunityModel(CommunityTreeModel *communities);
    void setInteraction(std::function<Interaction()> interaction) { m_interaction = std::move(interaction); }
    // The first post not read at the last visit (0: no divider); applies from the next build.
    void setNewSince(int postNumber) { m_newSince = postNumber; }
    int newSince() const { return m_newSince; }

    // Forgets the shown document; `topicId` is the topic whose model changes are followed next.
    void reset(int topicId);
    // A one-line message instead of a thread ("Loading…", an error).
    void showMessage(const QString &text);

    bool isBuilt() const { return m_built; }
    int firstRow() const { return m_firstRow; }
    int lastRow() const { return m_lastRow; }
    // Post number -> start of its header in the document, for the posts present.
    const QMap<int, QTextCursor> &postCursors() const { return m_postCursors; }

    // The header and the loaded rows from `firstReplyRow` on, in one setHtml.
    void build(int firstReplyRow);
    // The loaded rows after lastRow(), at the end; the rest of the document is untouched.
    void appendRows();
    // Adds arrived images to the document and refits them.
    void addImages(const QSet<QUrl> &urls);
    // Pictures from other hosts in the posts (off: links); a change rebuilds (rebuildNeeded).
    void setAllowRemoteImages(bool allow);
    // Pictures from other hosts the rendered posts hold back as links.
    int remoteImagesHeld();
    // "Show the rest" of a truncated post: its next part, through a rebuild (rebuildNeeded).
    void showMore(int postId);
    // Scales images to the viewport's width and emoji to the text size, from block `fromBlock` on.
    void fitImages(int fromBlock);

signals:
    // After build(): the document was replaced.
    void built();
    // After appendRows() added rows.
    void appended();
    // A model change the document cannot apply in place: rebuild from firstRow().
    // Asked once per burst of changes, from the event loop.
    void rebuildNeeded();

private:
    void requestRebuild();
    void onPostsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onPostsInserted(const QModelIndex &parent, int first, int last);
    void onPostsRemoved(const QModelIndex &parent, int first, int last);
    void replaceLikeLink(int postId, bool liked, int likeCount);
    void indexBlocks(int fromBlock);
    void configure(ThreadHtml &html);
    QList<ThreadHtml::Crumb> breadcrumb() const;
    QString authorOf(int postNumber) const;

    PostBrowser *m_browser;
    PostListModel *m_model;
    ImageLoader *m_images;
    QPointer<CommunityTreeModel> m_communities;
    std::function<Interaction()> m_interaction;
    QUrl m_forumBase;
    ReaderPalette m_palette;
    PostBodyCache m_bodies;
    QTimer *m_fitTimer = nullptr;

    int m_topicId = 0;
    int m_newSince = 0;
    bool m_built = false;
    bool m_rebuildPending = false;
    int m_firstRow = 1;          // rendered reply rows [m_firstRow, m_lastRow]; row 0 is the header
    int m_lastRow = 0;
    QMap<int, QTextCursor> m_postCursors;
};

} // namespace Aivizor
