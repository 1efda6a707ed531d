// GUI tests of the statistics and training views: the plotted data is what the core
// computed (and what PyTorch expects), exports work, and screenshots are written for review.
#include "tests/TestPaths.h"

#include "model/document/CheckpointDocument.h"
#include "model/formats/CheckpointReader.h"
#include "model/stats/StatsRunner.h"
#include "widgets/runs/RunsDock.h"
#include "widgets/stats/HistogramPlot.h"
#include "widgets/stats/ModelStatsView.h"
#include "widgets/stats/TensorStatsPanel.h"
#include "widgets/training/RunCurvesView.h"
#include "widgets/training/TrainingDock.h"

#include "widgets/common/Qcp.h"
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ckpt;

namespace {
// Screenshots go to $CKPT_SCREENSHOT_DIR when set (for a human to look at).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CKPT_SCREENSHOT_DIR");
    QTest::qWait(50); // let the layouts catch up with the last setText()
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QJsonObject expectedStats(const QString &file, const QString &key)
{
    const QJsonObject e = testpaths::readJson(testpaths::fixture(file + QStringLiteral(".expected.json")));
    for (const QJsonValue &t : e.value(QStringLiteral("tensors")).toArray())
        if (t.toObject().value(QStringLiteral("path")).toArray() == QJsonArray { key })
            return t.toObject().value(QStringLiteral("stats")).toObject();
    return {};
}
} // namespace

class TestStatsGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void histogramShowsPyTorchCounts()
    {
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("state_dict.pt")));
        const std::vector<int> idx = statsTensorIndexes(*c, QStringLiteral("fc1.weight"));
        QCOMPARE(idx.size(), size_t(1));
        TensorStatsPanel panel;
        panel.resize(640, 480);
        panel.show();
        QSignalSpy shown(&panel, &TensorStatsPanel::statsShown);
        panel.setTensor(c, idx[0]);
        QVERIFY(shown.count() || shown.wait(30000));

        const QJsonObject e = expectedStats(QStringLiteral("state_dict.pt"), QStringLiteral("fc1.weight"));
        const QJsonArray counts
            = e.value(QStringLiteral("histogram")).toObject().value(QStringLiteral("counts")).toArray();
        const QJsonArray edges
            = e.value(QStringLiteral("histogram")).toObject().value(QStringLiteral("edges")).toArray();
        QCPBarsDataContainer *data = panel.plot()->bars()->data().data();
        QCOMPARE(data->size(), counts.size());
        for (int i = 0; i < counts.size(); ++i) {
            QCOMPARE(data->at(i)->value, counts[i].toDouble());
            QCOMPARE(data->at(i)->key, (edges[i].toDouble() + edges[i + 1].toDouble()) / 2);
        }
        const QList<double> marks = panel.plot()->markPositions();
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks.first(), e.value(QStringLiteral("min")).toDouble());
        QCOMPARE(marks.last(), e.value(QStringLiteral("max")).toDouble());
        screenshot(&panel, QStringLiteral("histogram"));

        // Fewer bins: computed once more, then cached.
        shown.clear();
        panel.setBins(16);
        QVERIFY(shown.count() || shown.wait(30000));
        QCOMPARE(panel.plot()->bars()->data()->size(), 16);
        double total = 0;
        for (auto it = panel.plot()->bars()->data()->constBegin(); it != panel.plot()->bars()->data()->constEnd(); ++it)
            total += it->value;
        QCOMPARE(qint64(total), panel.stats().finite);
        shown.clear();
        panel.setBins(64);
        QCOMPARE(shown.count(), 1); // from the cache, synchronously

        panel.setLogCounts(true);
        QCOMPARE(panel.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        screenshot(&panel, QStringLiteral("histogram-log"));

        QTemporaryDir dir;
        for (const char *suffix : { "png", "svg", "pdf" }) {
            const QString path = dir.filePath(QStringLiteral("h.") + QLatin1String(suffix));
            QVERIFY2(panel.plot()->exportTo(path), suffix);
            QVERIFY(QFileInfo(path).size() > 100);
        }
        QFile svg(dir.filePath(QStringLiteral("h.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void wholeModelTable()
    {
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("dtypes.pt")));
        ModelStatsView view;
        view.resize(800, 600);
        view.show();
        view.setCheckpoint(c);
        QSignalSpy done(&view, &ModelStatsView::computed);
        view.compute();
        QVERIFY(done.count() || done.wait(30000));
        QAbstractItemModel *m = view.model();
        QCOMPARE(m->rowCount(), int(statsTensorIndexes(*c).size()));
        bool flagged = false;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString name = m->index(r, ModelStatsTable::ColTensor).data().toString();
            const QString flags = m->index(r, ModelStatsTable::ColFlags).data().toString();
            QCOMPARE(!flags.isEmpty(), name == QLatin1String("float32_special"));
            flagged |= !flags.isEmpty();
            if (name == QLatin1String("int8"))
                QCOMPARE(m->index(r, ModelStatsTable::ColAbsMax).data(Qt::DisplayRole).toDouble(), 113.0);
        }
        QVERIFY(flagged);
        QCOMPARE(view.chart()->graph(0)->dataCount(), m->rowCount());
        screenshot(&view, QStringLiteral("whole-model"));
    }

    void trainingDockScalarsAndSeries()
    {
        CheckpointDocument doc;
        TrainingDock dock(&doc);
        dock.resize(800, 600);
        dock.show();
        QSignalSpy scanned(&dock, &TrainingDock::scanned);
        doc.open(testpaths::fixture(QStringLiteral("series/checkpoint_epoch_6.pt")));
        QVERIFY(scanned.wait(30000));
        QStringList names;
        for (int r = 0; r < dock.scalarTable()->rowCount(); ++r)
            names << dock.scalarTable()->item(r, 0)->text();
        for (const char *n : { "epoch", "train_loss", "val_loss", "lr" })
            QVERIFY2(names.contains(QLatin1String(n)), n);
        QCOMPARE(dock.seriesPlot()->graphCount(), 2); // history/train_loss, history/val_loss
        QCOMPARE(dock.seriesPlot()->graph(0)->dataCount(), 6);
        screenshot(&dock, QStringLiteral("training-checkpoint"));

        // The run's curves are the Runs dock's.
        RunsDock runs(&doc);
        runs.resize(900, 600);
        runs.show();
        RunCurvesView *curves = runs.curves();
        QSignalSpy loaded(curves, &RunCurvesView::loaded);
        doc.setSeries(RunSeries::fromPaths({ testpaths::fixture(QStringLiteral("series")) }));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(curves->run().size(), size_t(6));
        QCPGraph *val = nullptr;
        for (int g = 0; g < curves->plot()->graphCount(); ++g)
            if (curves->plot()->graph(g)->name() == QLatin1String("val_loss"))
                val = curves->plot()->graph(g);
        QVERIFY(val);
        QCOMPARE(val->dataCount(), 6);
        for (int i = 0; i < 6; ++i) {
            const QString file = QStringLiteral("series/checkpoint_epoch_%1.pt").arg(i + 1);
            const QJsonObject e = testpaths::readJson(testpaths::fixture(file + QStringLiteral(".expected.json")));
            double want = 0;
            for (const QJsonValue &s : e.value(QStringLiteral("scalars")).toArray())
                if (s.toObject().value(QStringLiteral("path")).toArray() == QJsonArray { QStringLiteral("val_loss") })
                    want = s.toObject().value(QStringLiteral("value")).toDouble();
            QCOMPARE(val->data()->at(i)->key, double(i + 1));
            QCOMPARE(val->data()->at(i)->value, want);
        }
        curves->setSmoothing(0.6);
        QVERIFY(curves->plot()->graphCount() > 2); // raw + smoothed per metric
        screenshot(&runs, QStringLiteral("training-run"));
    }
};

QTEST_MAIN(TestStatsGui)
#include "test_stats_gui.moc"
