// Training metadata: scalars and series by name, across the series fixtures written by a
// real training loop, without ever loading LibTorch.
#include "tests/TestPaths.h"

#include "model/backend/TorchBackend.h"
#include "model/formats/CheckpointReader.h"
#include "model/training/TrainingScalars.h"

#include <QtEndian>
#include <QtTest>

#include <algorithm>

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
// A Hugging Face Trainer log as trainer_state.json writes it (Python's json: bare NaN),
// logging every step, evaluating at steps 2 and 4, with the end-of-training summary.
QByteArray trainerState(int lastStep)
{
    QByteArray log;
    for (int step = 1; step <= lastStep; ++step) {
        log += "    {\n      \"epoch\": " + QByteArray::number(step * 0.5)
            + ",\n      \"grad_norm\": " + (step == 3 ? QByteArray("NaN") : QByteArray::number(1.0 / step))
            + ",\n      \"learning_rate\": " + QByteArray::number(5e-5 - step * 1e-5) + ",\n      \"loss\": "
            + QByteArray::number(2.0 - step * 0.25) + ",\n      \"step\": " + QByteArray::number(step) + "\n    },\n";
        if (step % 2 == 0)
            log += "    {\"epoch\": " + QByteArray::number(step * 0.5)
                + ", \"eval_loss\": " + QByteArray::number(2.5 - step * 0.25)
                + ", \"eval_runtime\": 0.12, \"step\": " + QByteArray::number(step) + "},\n";
    }
    log += "    {\"epoch\": " + QByteArray::number(lastStep * 0.5) + ", \"step\": " + QByteArray::number(lastStep)
        + ", \"total_flos\": 1234.0, \"train_loss\": 1.4, \"train_runtime\": Infinity}\n";
    return "{\n  \"best_metric\": null,\n  \"best_model_checkpoint\": \"out/NaN-Infinity\",\n  \"epoch\": "
        + QByteArray::number(lastStep * 0.5) + ",\n  \"global_step\": " + QByteArray::number(lastStep)
        + ",\n  \"log_history\": [\n" + log + "  ],\n  \"max_steps\": 4\n}\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The smallest safetensors file: one F32 tensor of two elements.
QByteArray tinySafetensors()
{
    QByteArray header = R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    while (header.size() % 8)
        header += ' ';
    QByteArray size(8, '\0');
    qToLittleEndian<quint64>(quint64(header.size()), size.data());
    return size + header + QByteArray(8, '\0');
}

const TrainingSeries *seriesNamed(const TrainingInfo &info, const QString &name)
{
    for (const TrainingSeries &s : info.series)
        if (s.name == name)
            return &s;
    return nullptr;
}
} // namespace

class TestTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyNames()
    {
        for (const char *k : { "epoch", "step", "global_step", "loss", "train_loss", "val_loss", "acc", "accuracy",
                 "lr", "best_acc", "best_model_score", "current_score", "losses" })
            QVERIFY2(isTrainingKey(QString::fromLatin1(k)), k);
        for (const char *k : { "weight", "bias", "state_dict", "momentum", "running_mean" })
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
        QCOMPARE(loss->value, expectedScalar(file, { QStringLiteral("train_loss") }));
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
        for (const TrainingScalar &s : info.scalars) // no per-parameter optimizer "step"
            QVERIFY2(!s.name.contains(QStringLiteral("/state/")), qPrintable(s.name));
    }

    void numpyScalars()
    {
        const CheckpointPtr c = openCheckpoint(testpaths::fixture(QStringLiteral("mixed_objects.pt")));
        const TrainingInfo info = scanTraining(*c);
        Q_UNUSED(info); // the fixture may have no metric names: the scan must simply not fail
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
            QCOMPARE(p.run, int(i)); // each point links to its file
            const QString rel = QStringLiteral("series/checkpoint_epoch_%1.pt").arg(i + 1);
            QCOMPARE(p.y, expectedScalar(rel, { QStringLiteral("val_loss") }));
        }
        // Reading a run never needs LibTorch.
        QVERIFY(!torchBackendLoaded());
    }

    // Hugging Face's trainer_state.json (written here, no PyTorch needed): log_history's
    // per-step dicts become series against step, and curves of a run folder.
    void trainerStateLogHistory()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(writeFile(out + QStringLiteral("/checkpoint-2/trainer_state.json"), trainerState(2)));
        QVERIFY(writeFile(out + QStringLiteral("/checkpoint-10/trainer_state.json"), trainerState(4)));
        QVERIFY(writeFile(out + QStringLiteral("/checkpoint-10/model.safetensors"), tinySafetensors()));
        QVERIFY(writeFile(out + QStringLiteral("/checkpoint-10/training_args.bin"), QByteArray("not a checkpoint")));
        const QString state = out + QStringLiteral("/checkpoint-10/trainer_state.json");

        // The latest checkpoint-N by number, not by name.
        QCOMPARE(trainerStateIn(out), state);
        QCOMPARE(trainerStateIn(out + QStringLiteral("/checkpoint-2")),
            out + QStringLiteral("/checkpoint-2/trainer_state.json"));
        QVERIFY(trainerStateIn(dir.path()).isEmpty());

        TrainingInfo info;
        Phrase error;
        QVERIFY2(readTrainerState(state, &info, &error), qPrintable(error.english()));
        QCOMPARE(info.step(), 4.0);
        QCOMPARE(info.epoch(), 2.0);
        QVERIFY(!info.find(QStringLiteral("best_metric"))); // null: not a number
        const TrainingSeries *loss = seriesNamed(info, QStringLiteral("log_history/loss"));
        QVERIFY(loss);
        QCOMPARE(loss->steps, (std::vector<double> { 1, 2, 3, 4 }));
        QCOMPARE(loss->values, (std::vector<double> { 1.75, 1.5, 1.25, 1.0 }));
        const TrainingSeries *grad = seriesNamed(info, QStringLiteral("log_history/grad_norm"));
        QVERIFY(grad && grad->values.size() == 4 && std::isnan(grad->values[2]));
        const TrainingSeries *eval = seriesNamed(info, QStringLiteral("log_history/eval_loss"));
        QVERIFY(eval);
        QCOMPARE(eval->steps, (std::vector<double> { 2, 4 }));
        QCOMPARE(eval->values, (std::vector<double> { 2.0, 1.5 }));
        QVERIFY(seriesNamed(info, QStringLiteral("log_history/learning_rate")));
        QVERIFY(!seriesNamed(info, QStringLiteral("log_history/train_loss"))); // logged once
        QVERIFY(!seriesNamed(info, QStringLiteral("log_history/epoch"))); // an axis, not a metric

        // A checkpoint in checkpoint-N/ carries its folder's log.
        const CheckpointPtr model = openCheckpoint(out + QStringLiteral("/checkpoint-10/model.safetensors"));
        QVERIFY2(model->ok(), qPrintable(model->error.english()));
        const TrainingInfo withLog = scanTraining(*model);
        QCOMPARE(withLog.step(), 4.0);
        QVERIFY(seriesNamed(withLog, QStringLiteral("log_history/loss")));

        // The output folder as a run: one point per log entry, epochs on the x axis.
        for (const QString &folder : { out, out + QStringLiteral("/checkpoint-10") }) {
            const std::vector<RunPoint> run = scanRunFolder(folder);
            QCOMPARE(run.size(), size_t(4 + 2 + 1)); // its parts (model, args) are not a run
            QVERIFY(
                std::all_of(run.begin(), run.end(), [&](const RunPoint &p) { return p.logEntry && p.file == state; }));
            RunAxis used;
            const std::vector<MetricCurve> curves = runCurves(run, RunAxis::Auto, &used);
            QCOMPARE(used, RunAxis::Epoch);
            const auto curve = [&](const char *name) {
                return std::find_if(
                    curves.begin(), curves.end(), [&](const MetricCurve &c) { return c.name == QLatin1String(name); });
            };
            QVERIFY(curve("loss") != curves.end());
            QCOMPARE(curve("loss")->points.size(), size_t(4));
            QCOMPARE(curve("loss")->points.back().x, 2.0);
            QCOMPARE(curve("eval_loss")->points.size(), size_t(2));
            QVERIFY(curve("step") != curves.end()); // step against epoch
        }

        // Unreadable logs say why, and a run keeps going.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad/trainer_state.json")), QByteArray("{\"log_history\": [")));
        QVERIFY(!readTrainerState(dir.filePath(QStringLiteral("bad/trainer_state.json")), &info, &error));
        QVERIFY(!error.isEmpty());
        const std::vector<RunPoint> bad = scanRun({ dir.filePath(QStringLiteral("bad/trainer_state.json")) });
        QCOMPARE(bad.size(), size_t(1));
        QVERIFY(!bad[0].error.isEmpty());
        QVERIFY(!torchBackendLoaded());
    }

    void smoothing()
    {
        const std::vector<double> flat = smoothEma({ 2, 2, 2, 2 }, 0.9);
        for (double v : flat)
            QCOMPARE(v, 2.0); // debiased: a constant stays constant from the first point
        const std::vector<double> s = smoothEma({ 0, 10 }, 0.5);
        QCOMPARE(s[0], 0.0);
        QVERIFY(s[1] > 0 && s[1] < 10);
        QCOMPARE(smoothEma({ 1, 2, 3 }, 0.0), (std::vector<double> { 1, 2, 3 }));
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
