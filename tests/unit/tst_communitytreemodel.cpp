#include "fakeforum.h"
#include "lib/models/communitytreemodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"
#include "lib/store/forumstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Aivizor;

namespace {
QJsonObject category(int id, const QString &name, int parent = 0, const QString &color = "0088CC")
{
    QJsonObject o{{"id", id}, {"name", name}, {"slug", name.toLower()}, {"color", color},
                  {"description_text", name + " talk"}, {"topic_count", id * 2}};
    if (parent)
        o.insert("parent_category_id", parent);
    return o;
}

// When the saved tree was fetched: long enough ago to be told apart from a fresh answer.
const QDateTime SavedAt(QDate(2026, 1, 5), QTime(8, 30), Qt::UTC);

QStringList childNames(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data().toString();
    return out;
}
} // namespace

class TestCommunityTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsTreeFromSite();
    void fallsBackToCategories();
    void refreshUpdatesInPlace();
    void orphansAndCyclesStayVisible();
    void errorWhenBothEndpointsFail();
    void savedTreeShowsAtOnceThenUpdatesInPlace();
    void savedTreeCoversAFailure_data();
    void savedTreeCoversAFailure();
    void nothingSavedIsAnError();

private:
    void reloadAndWait();
    void useStore();
    void saveSite();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ForumStore> m_store;
    FakeForum *m_forum = nullptr;
    Transport *m_transport = nullptr;
    ForumClient *m_client = nullptr;
    CommunityTreeModel *m_model = nullptr;
};

void TestCommunityTreeModel::init()
{
    m_forum = new FakeForum;
    QVERIFY(m_forum->isListening());
    m_forum->categories = {category(1, "Community"), category(2, "OpenAI", 1, "F1592A"),
                           category(3, "Deep", 2), category(4, "Meta")};
    m_transport = new Transport(m_forum->url());
    m_client = new ForumClient(m_transport);
    m_model = new CommunityTreeModel(m_client);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestCommunityTreeModel::cleanup()
{
    delete m_model;
    m_store.reset();
    m_dir.reset();
    delete m_client;
    delete m_transport;
    delete m_forum;
}

void TestCommunityTreeModel::reloadAndWait()
{
    QSignalSpy loaded(m_model, &CommunityTreeModel::loaded);
    m_model->reload();
    QVERIFY(m_model->isLoading());
    QVERIFY(loaded.wait(5000));
    QVERIFY(!m_model->isLoading());
}

void TestCommunityTreeModel::loadsTreeFromSite()
{
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    reloadAndWait();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(childNames(*m_model), (QStringList{"Community", "Meta"}));
    const QModelIndex community = m_model->indexForId(1);
    QCOMPARE(childNames(*m_model, community), QStringList{"OpenAI"});
    const QModelIndex openai = m_model->index(0, 0, community);
    QCOMPARE(openai.data(CommunityTreeModel::IdRole).toInt(), 2);
    QCOMPARE(openai.data(CommunityTreeModel::SlugRole).toString(), QStringLiteral("openai"));
    QCOMPARE(openai.data(CommunityTreeModel::ParentIdRole).toInt(), 1);
    QCOMPARE(openai.data(CommunityTreeModel::TopicCountRole).toInt(), 4);
    QCOMPARE(openai.data(Qt::DecorationRole).value<QColor>(), QColor(0xF1, 0x59, 0x2A));
    QCOMPARE(openai.data(CommunityTreeModel::ColorRole).value<QColor>(), QColor(0xF1, 0x59, 0x2A));
    QCOMPARE(openai.data(Qt::ToolTipRole).toString(), QStringLiteral("OpenAI talk"));
    QCOMPARE(openai.parent(), community);
    // Third level.
    const QModelIndex deep = m_model->indexForId(3);
    QCOMPARE(deep.parent(), openai);
    QCOMPARE(deep.data().toString(), QStringLiteral("Deep"));
    QCOMPARE(m_model->community(3).name, QStringLiteral("Deep"));
    QCOMPARE(m_model->communities().size(), 4);
    QCOMPARE(m_forum->requests, QStringList{"/site.json"});
}

void TestCommunityTreeModel::fallsBackToCategories()
{
    m_forum->failSite = true;
    reloadAndWait();
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(m_forum->requests.last(), QStringLiteral("/categories.json?include_subcategories=true"));
    QCOMPARE(m_model->indexForId(3).parent(), m_model->indexForId(2));
    QCOMPARE(m_model->indexForId(2).parent(), m_model->indexForId(1));
}

void TestCommunityTreeModel::refreshUpdatesInPlace()
{
    reloadAndWait();
    const QPersistentModelIndex meta = m_model->indexForId(4);
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    // Rename Meta, add a child under Community, move Deep to the top level... then drop OpenAI.
    m_forum->categories = {category(1, "Community"), category(2, "OpenAI", 1, "F1592A"),
                           category(5, "Anthropic", 1), category(3, "Deep"),
                           category(4, "Site feedback")};
    reloadAndWait();
    QCOMPARE(resets.size(), 0);
    QVERIFY(meta.isValid());
    QCOMPARE(meta.data().toString(), QStringLiteral("Site feedback"));
    QVERIFY(changed.size() >= 1);
    QCOMPARE(childNames(*m_model), (QStringList{"Community", "Deep", "Site feedback"}));
    QCOMPARE(childNames(*m_model, m_model->indexForId(1)), (QStringList{"OpenAI", "Anthropic"}));
    QVERIFY(inserted.size() >= 2);
    QVERIFY(removed.size() >= 1);

    m_forum->categories = {category(1, "Community"), category(5, "Anthropic", 1), category(3, "Deep"),
                           category(4, "Site feedback")};
    reloadAndWait();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(childNames(*m_model, m_model->indexForId(1)), QStringList{"Anthropic"});
    QVERIFY(!m_model->indexForId(2).isValid());
    QCOMPARE(meta.data(CommunityTreeModel::IdRole).toInt(), 4);
}

void TestCommunityTreeModel::orphansAndCyclesStayVisible()
{
    Community orphan;
    orphan.id = 10;
    orphan.name = "Orphan";
    orphan.parentId = 99; // not in the list
    Community a;
    a.id = 11;
    a.name = "A";
    a.parentId = 12;
    Community b;
    b.id = 12;
    b.name = "B";
    b.parentId = 11; // cycle with A
    m_model->setCommunities({orphan, a, b});
    QCOMPARE(m_model->communities().size(), 3);
    QVERIFY(!m_model->indexForId(10).parent().isValid());
    QVERIFY(m_model->indexForId(11).isValid());
    QVERIFY(m_model->indexForId(12).isValid());
}

void TestCommunityTreeModel::errorWhenBothEndpointsFail()
{
    Transport closed(QUrl("http://127.0.0.1:1"));
    ForumClient client(&closed);
    CommunityTreeModel model(&client);
    QSignalSpy errors(&model, &CommunityTreeModel::errorOccurred);
    model.reload();
    QVERIFY(errors.wait(5000));
    QCOMPARE(model.lastError().kind, ApiError::Kind::Network);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

void TestCommunityTreeModel::useStore()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ForumStore>();
    const StoreOpenReport report = m_store->open(m_dir->filePath("forum.sqlite"));
    QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
    m_model->setStore(m_store.get());
}

// The tree as the forum sends it now, saved by a model as fetched at SavedAt.
void TestCommunityTreeModel::saveSite()
{
    CommunityTreeModel earlier(m_client);
    earlier.setStore(m_store.get());
    QSignalSpy loaded(&earlier, &CommunityTreeModel::loaded);
    earlier.reload();
    QVERIFY(loaded.wait(5000));
    QVERIFY(m_store->flush());
    ApiResult<StoredSite> stored = m_store->site();
    QVERIFY(stored.ok());
    QCOMPARE(stored.value->communities.size(), 4);
    stored.value->fetchedAt = SavedAt;
    m_store->putSite(*stored.value);
    QVERIFY(m_store->flush());
    m_forum->requests.clear();
}

void TestCommunityTreeModel::savedTreeShowsAtOnceThenUpdatesInPlace()
{
    useStore();
    saveSite();
    if (QTest::currentTestFailed())
        return;
    // Since then Meta was renamed and Anthropic opened under Community.
    m_forum->categories = {category(1, "Community"), category(2, "OpenAI", 1, "F1592A"),
                           category(5, "Anthropic", 1), category(3, "Deep", 2), category(4, "Site feedback")};

    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_model, &CommunityTreeModel::loaded);
    QSignalSpy savedTime(m_model, &CommunityTreeModel::savedCopyTimeChanged);
    QSignalSpy errors(m_model, &CommunityTreeModel::errorOccurred);
    m_model->reload();
    // Painted from the store before the event loop runs.
    QCOMPARE(resets.size(), 1);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(childNames(*m_model), (QStringList{"Community", "Meta"}));
    QCOMPARE(childNames(*m_model, m_model->indexForId(1)), QStringList{"OpenAI"});
    QCOMPARE(m_model->indexForId(3).parent(), m_model->indexForId(2));
    QCOMPARE(m_model->indexForId(2).data(CommunityTreeModel::ColorRole).value<QColor>(), QColor(0xF1, 0x59, 0x2A));
    QCOMPARE(m_model->indexForId(2).data(Qt::ToolTipRole).toString(), QStringLiteral("OpenAI talk"));
    QCOMPARE(m_model->savedCopyTime(), SavedAt);
    QCOMPARE(savedTime.size(), 1);
    QVERIFY(m_model->isLoading());
    const QPersistentModelIndex meta = m_model->indexForId(4);
    const QPersistentModelIndex deep = m_model->indexForId(3);

    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    resets.clear();
    QVERIFY(loaded.wait(5000));
    QVERIFY(!m_model->isLoading());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(0).toModelIndex(), m_model->indexForId(1));
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), QModelIndex(meta));
    QCOMPARE(meta.data().toString(), QStringLiteral("Site feedback"));
    QVERIFY(deep.isValid());
    QCOMPARE(childNames(*m_model, m_model->indexForId(1)), (QStringList{"OpenAI", "Anthropic"}));
    QVERIFY(!m_model->savedCopyTime().isValid());
    QCOMPARE(savedTime.size(), 2);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_forum->requests, QStringList{"/site.json"});

    // The store has what the forum sent.
    QVERIFY(m_store->flush());
    const ApiResult<StoredSite> stored = m_store->site();
    QVERIFY(stored.ok());
    QStringList names;
    for (const Community &c : stored.value->communities)
        names << c.name;
    QCOMPARE(names, (QStringList{"Community", "OpenAI", "Anthropic", "Deep", "Site feedback"}));
    QCOMPARE(stored.value->communities.at(2).parentId, 1);
    QVERIFY(stored.value->fetchedAt > SavedAt);
}

void TestCommunityTreeModel::savedTreeCoversAFailure_data()
{
    FakeForum::addOutageRows();
}

void TestCommunityTreeModel::savedTreeCoversAFailure()
{
    QFETCH(FakeForum::Outage, outage);
    useStore();
    saveSite();
    if (QTest::currentTestFailed())
        return;
    m_forum->goDown(outage);
    QSignalSpy errors(m_model, &CommunityTreeModel::errorOccurred);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->reload();
    QCOMPARE(m_model->communities().size(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 5000);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_model->lastError().kind,
             outage == FakeForum::Outage::ServerError ? ApiError::Kind::ServerError : ApiError::Kind::Network);
    QCOMPARE(childNames(*m_model), (QStringList{"Community", "Meta"}));
    QCOMPARE(m_model->communities().size(), 4);
    QCOMPARE(m_model->savedCopyTime(), SavedAt);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(removed.size(), 0);
    if (outage == FakeForum::Outage::ServerError) // site.json, then categories.json
        QCOMPARE(m_forum->requests.size(), 2);

    // Back: the next reload() refreshes the saved tree in place.
    QVERIFY(m_forum->comeBack());
    m_forum->categories.append(category(6, "Lounge"));
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    reloadAndWait();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(childNames(*m_model), (QStringList{"Community", "Meta", "Lounge"}));
    QVERIFY(!m_model->savedCopyTime().isValid());
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(errors.size(), 0);
}

void TestCommunityTreeModel::nothingSavedIsAnError()
{
    useStore();
    m_forum->goDown(FakeForum::Outage::ServerError);
    QSignalSpy errors(m_model, &CommunityTreeModel::errorOccurred);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(errors.wait(5000));
    QCOMPARE(m_model->lastError().kind, ApiError::Kind::ServerError);
    QVERIFY(!m_model->savedCopyTime().isValid());
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCommunityTreeModel)
#include "tst_communitytreemodel.moc"
