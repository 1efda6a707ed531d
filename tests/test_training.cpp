// Training metadata: scalars and series by name, across the series fixtures written by a
// real training loop, without ever loading LibTorch.
#include "TestPaths.h"

#include "CheckpointReader.h"
#include "TorchBackend.h"
#include "stats/TrainingScalars.h"

#include <QtTest>

#include <cmath>

using namespace ckpt;

namespace {
// The expected JSON's scalar at `path` (["train_loss"]).
double expectedScalar(const QString &file, const QJsonArray &path)
{
    const QJsonObject e = testpaths::readJson(testpaths::fixture(file + QStringLiteral(".expected.json")));
    for (const QJsonValue &s : e.value(QStringLiteral("scalars")).toArray())
        if (s.toObject().value(QStringLiteral("path")).toArray() == path)
            return s.toObject().value(QStringLiteral("value")).toDouble();
    return std::nan("");
}
} // namespace

class TestTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyNames()
    {
        for (const char *k : {"epoch", "step", "global_step", "loss", "train_loss", "val_loss", "acc", "accuracy",
                              "lr", "best_acc", "best_model_score", "current_score", "losses"})
            QVERIFY2(isTrainingKey(QString::fromLatin1(k)), k);
        for (const char *k : {"weight", "bias", "state_dict", "momentum", "running_mean"})
            QVERIFY2(!isTrainingKey(QString::fromLatin1(k)), k);
    }

    void seriesCheckpoint()
    {
        const QString file = QStringLiteral("series/checkpoint_epoch_3.pt");
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(file));
        const TrainingInfo info = scanTraining(*c);
        QCOMPARE(info.epoch(), 3.0);
        const TrainingScalar *loss = info.find(QStringLiteral("train_loss"));
        QVERIFY(loss);
        QCOMPARE(loss->value, expectedScalar(file, {QStringLiteral("train_loss")}));
        QVERIFY(info.find(QStringLiteral("val_loss")));
        QVERIFY(info.find(QStringLiteral("lr")));
        QVERIFY(info.find(QStringLiteral("optimizer_state_dict/param_groups/0/lr")));
        bool history = false;
        for (const TrainingSeries &s : info.series)
            if (s.name == QLatin1String("history/train_loss")) {
                history = true;
                QCOMPARE(s.values.size(), size_t(3));
                QCOMPARE(s.values.back(), loss->value);
            }
        QVERIFY(history);
    }

    void zeroDimTensorsAndLightning()
    {
        // train_sgd.pt's loss is a 0-d tensor; Lightning's ModelCheckpoint scores are too.
        const CheckpointPtr sgd = openCheckpoint(testpaths::fixture(QStringLiteral("train_sgd.pt")));
        const TrainingScalar *loss = scanTraining(*sgd).find(QStringLiteral("loss"));
        QVERIFY(loss);
        QCOMPARE(loss->source, QStringLiteral("0-d tensor"));
        QVERIFY(std::isfinite(loss->value));

        const CheckpointPtr l = openCheckpoint(testpaths::fixture(QStringLiteral("lightning_like.ckpt")));
        const TrainingInfo info = scanTraining(*l);
        QCOMPARE(info.epoch(), 3.0);
        QCOMPARE(info.step(), 120.0);
        bool best = false, current = false;
        for (const TrainingScalar &s : info.scalars) {
            best |= s.key == QLatin1String("best_model_score");
            current |= s.key == QLatin1String("current_score");
        }
        QVERIFY(best);
        QVERIFY(current);
        for (const TrainingScalar &s : info.scalars)   // no per-parameter optimizer "step"
            QVERIFY2(!s.name.contains(QStringLiteral("/state/")), qPrintable(s.name));
    }

    void numpyScalars()
    {
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("mixed_objects.pt")));
        const TrainingInfo info = scanTraining(*c);
        Q_UNUSED(info);   // the fixture may have no metric names: the scan must simply not fail
        QVERIFY(c->ok());
    }

    void runAcrossCheckpoints()
    {
        const QStringList files = checkpointFilesIn(testpaths::fixture(QStringLiteral("series")));
        QCOMPARE(files.size(), 6);
        QVERIFY(files.first().endsWith(QStringLiteral("checkpoint_epoch_1.pt")));
        QVERIFY(files.last().endsWith(QStringLiteral("checkpoint_epoch_6.pt")));
        const std::vector<RunPoint> run = scanRun(files);
        RunAxis used;
        const std::vector<MetricCurve> curves = runCurves(run, RunAxis::Auto, &used);
        QCOMPARE(used, RunAxis::Epoch);
        const MetricCurve *val = nullptr;
        for (const MetricCurve &c : curves) {
            QVERIFY(c.name != QLatin1String("epoch"));
            if (c.name == QLatin1String("val_loss"))
                val = &c;
        }
        QVERIFY(val);
        QCOMPARE(val->points.size(), size_t(6));
        for (size_t i = 0; i < 6; ++i) {
            const MetricPoint &p = val->points[i];
            QCOMPARE(p.x, double(i + 1));
            QCOMPARE(p.run, int(i));   // each point links to its file
            const QString rel = QStringLiteral("series/checkpoint_epoch_%1.pt").arg(i + 1);
            QCOMPARE(p.y, expectedScalar(rel, {QStringLiteral("val_loss")}));
        }
        // Reading a run never needs LibTorch.
        QVERIFY(!torchBackendLoaded());
    }

    void smoothing()
    {
        const std::vector<double> flat = smoothEma({2, 2, 2, 2}, 0.9);
        for (double v : flat)
            QCOMPARE(v, 2.0);   // debiased: a constant stays constant from the first point
        const std::vector<double> s = smoothEma({0, 10}, 0.5);
        QCOMPARE(s[0], 0.0);
        QVERIFY(s[1] > 0 && s[1] < 10);
        QCOMPARE(smoothEma({1, 2, 3}, 0.0), (std::vector<double>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
