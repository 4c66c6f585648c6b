#include "fakeforum.h"
#include "lib/models/communitytreemodel.h"
#include "lib/net/forumclient.h"
#include "lib/net/transport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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

private:
    void reloadAndWait();
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

QTEST_GUILESS_MAIN(TestCommunityTreeModel)
#include "tst_communitytreemodel.moc"
