// A training run at a glance (issue 11): the rows, the best, identical weights and frozen
// tensors of run folders written by real PyTorch (tests/fixtures/make_run_fixtures.py),
// against what the generator computed from the files it wrote; `ckpt runs` end to end.
#include "tests/TestPaths.h"

#include "model/checkpoint/NaturalCompare.h"
#include "model/runs/RunJson.h"
#include "model/runs/RunReport.h"
#include "model/tensor/ContentHash.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ckpt;

namespace {

QJsonObject expectedCase(const QString &name)
{
    return testpaths::readJson(testpaths::fixture(QStringLiteral("runs/runs_expected.json")))
        .value(QStringLiteral("cases"))
        .toObject()
        .value(name)
        .toObject();
}

QString runFolder(const QString &name)
{
    return testpaths::fixture(QStringLiteral("runs/") + name);
}

std::vector<std::vector<QString>> groupsOf(const RunReport &r)
{
    std::vector<std::vector<QString>> out;
    for (const std::vector<int> &g : r.identical) {
        std::vector<QString> files;
        for (int i : g)
            files.push_back(r.checkpoints[size_t(i)].file);
        std::sort(files.begin(), files.end());
        out.push_back(files);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::vector<QString>> groupsOf(const QJsonArray &a)
{
    std::vector<std::vector<QString>> out;
    for (const QJsonValue &g : a) {
        std::vector<QString> files;
        for (const QJsonValue &f : g.toArray())
            files.push_back(f.toString());
        std::sort(files.begin(), files.end());
        out.push_back(files);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool sameNumber(const QJsonValue &expected, double actual)
{
    return expected.isNull() ? std::isnan(actual) : expected.toDouble() == actual;
}

struct Result {
    int code;
    QByteArray out, err;
};
Result ckptRuns(const QStringList &args)
{
    QProcess p;
    p.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt")), QStringList { QStringLiteral("runs") } + args);
    p.waitForFinished(120000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace

class TestRuns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *c : { "plain", "lightning", "trainer", "mixed", "nested" })
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    // Every row's epoch, step, expected metrics and size; the best; the identical groups;
    // the frozen tensors; a suspicious copy said in words.
    void cases()
    {
        QFETCH(QString, name);
        const QJsonObject e = expectedCase(name);
        QVERIFY2(!e.isEmpty(), "runs_expected.json missing: fixtures not built");
        const RunReport r = analyseRun(runFolder(name), RunOptions());
        QVERIFY2(r.ok(), qPrintable(r.error.english()));
        const QJsonArray rows = e.value(QStringLiteral("checkpoints")).toArray();
        QCOMPARE(int(r.checkpoints.size()), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject x = rows[i].toObject();
            const RunCheckpoint &c = r.checkpoints[size_t(i)];
            QCOMPARE(c.file, x.value(QStringLiteral("file")).toString());
            QVERIFY2(c.error.isEmpty(), qPrintable(c.file + QStringLiteral(": ") + c.error.english()));
            QVERIFY2(sameNumber(x.value(QStringLiteral("epoch")), c.epoch), qPrintable(c.file));
            QVERIFY2(sameNumber(x.value(QStringLiteral("step")), c.step), qPrintable(c.file));
            QCOMPARE(c.bytes, qint64(x.value(QStringLiteral("bytes")).toDouble()));
            const QJsonObject metrics = x.value(QStringLiteral("metrics")).toObject();
            for (auto it = metrics.begin(); it != metrics.end(); ++it) {
                const double *v = c.metric(it.key());
                QVERIFY2(v, qPrintable(c.file + QStringLiteral(": no metric ") + it.key()));
                QVERIFY2(*v == it.value().toDouble(), qPrintable(c.file + QStringLiteral(": ") + it.key()));
            }
        }
        const QJsonObject best = e.value(QStringLiteral("best")).toObject();
        QVERIFY(r.best.checkpoint >= 0);
        QCOMPARE(r.checkpoints[size_t(r.best.checkpoint)].file, best.value(QStringLiteral("file")).toString());
        QCOMPARE(r.best.metric, best.value(QStringLiteral("metric")).toString());
        QCOMPARE(metricModeName(r.best.mode), best.value(QStringLiteral("mode")).toString());
        QVERIFY2(r.best.why.english().contains(r.best.metric), qPrintable(r.best.why.english()));

        QVERIFY(r.hashed);
        QCOMPARE(groupsOf(r), groupsOf(e.value(QStringLiteral("identical_weights")).toArray()));
        const QJsonArray frozen = e.value(QStringLiteral("frozen")).toArray();
        QCOMPARE(int(r.frozen.size()), frozen.size());
        for (int i = 0; i < frozen.size(); ++i) {
            QStringList keys = r.frozen[size_t(i)].keys;
            keys.sort();
            QCOMPARE(keys, frozen[i].toObject().value(QStringLiteral("tensors")).toVariant().toStringList());
        }
        const QString warnings = englishOf(r.warnings).join(QLatin1Char('\n'));
        for (const QJsonValue &s : e.value(QStringLiteral("suspect")).toArray())
            QVERIFY2(warnings.contains(s.toString() + QStringLiteral(" has the same weights as "))
                    && warnings.contains(QStringLiteral("without a copy?")),
                qPrintable(warnings));
        if (e.contains(QStringLiteral("runs"))) {
            QStringList folders;
            for (const RunFolder &f : r.runs)
                folders << f.folder;
            QCOMPARE(folders, e.value(QStringLiteral("runs")).toVariant().toStringList());
        }
    }

    // The run's own monitor decides; the Trainer's metric gets its eval_ prefix; the
    // folder layouts are named.
    void monitorsAndLayouts()
    {
        const RunReport l = analyseRun(runFolder(QStringLiteral("lightning")), RunOptions());
        QCOMPARE(l.best.source, BestSource::LightningMonitor);
        QCOMPARE(l.runs.front().layout, RunLayout::Lightning);
        const RunReport t = analyseRun(runFolder(QStringLiteral("trainer")), RunOptions());
        QCOMPARE(t.best.source, BestSource::TrainerArguments);
        QCOMPARE(t.runs.front().layout, RunLayout::Trainer);
        QVERIFY2(
            t.best.why.english().contains(QStringLiteral("metric_for_best_model")), qPrintable(t.best.why.english()));
        const RunReport p = analyseRun(runFolder(QStringLiteral("plain")), RunOptions());
        QCOMPARE(p.best.source, BestSource::ValidationLoss);
        QCOMPARE(p.runs.front().layout, RunLayout::Plain);
    }

    // --metric/--mode when the run monitors none; ignored (with a warning) when it does.
    void metricOption()
    {
        RunOptions o;
        o.metric = QStringLiteral("val_acc");
        o.mode = MetricMode::Max;
        const RunReport r = analyseRun(runFolder(QStringLiteral("plain")), o);
        QCOMPARE(r.best.source, BestSource::Option);
        QString expected;
        double top = -1;
        for (const QJsonValue &row :
            expectedCase(QStringLiteral("plain")).value(QStringLiteral("checkpoints")).toArray()) {
            const QJsonObject m = row.toObject().value(QStringLiteral("metrics")).toObject();
            if (m.contains(QStringLiteral("val_acc")) && m.value(QStringLiteral("val_acc")).toDouble() > top) {
                top = m.value(QStringLiteral("val_acc")).toDouble();
                expected = row.toObject().value(QStringLiteral("file")).toString();
            }
        }
        QCOMPARE(r.checkpoints[size_t(r.best.checkpoint)].file, expected);

        o.metric = QStringLiteral("val_loss");
        o.mode = MetricMode::Min;
        const RunReport l = analyseRun(runFolder(QStringLiteral("lightning")), o);
        QCOMPARE(l.best.metric, QStringLiteral("val_acc"));
        QVERIFY(englishOf(l.warnings).join(QLatin1Char('\n')).contains(QStringLiteral("--metric val_loss not used")));
    }

    // epoch_2 before epoch_10 in every locale (QCollator's numeric mode is off under C,
    // which is what CI and scripts run with); the files' own epochs are equal here, so
    // only the names order them.
    void namesInNaturalOrderInTheCLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        QTemporaryDir dir;
        const QStringList names { QStringLiteral("epoch_10.pt"), QStringLiteral("epoch_2.pt"),
            QStringLiteral("epoch_1.pt"), QStringLiteral("epoch_02b.pt") };
        for (const QString &n : names)
            QVERIFY(QFile::copy(runFolder(QStringLiteral("plain")) + QStringLiteral("/epoch_1.pt"), dir.filePath(n)));
        const RunReport r = analyseRun(dir.path(), RunOptions());
        QStringList order;
        for (const RunCheckpoint &c : r.checkpoints)
            order << c.file;
        QLocale::setDefault(before);
        QCOMPARE(order,
            QStringList({ QStringLiteral("epoch_1.pt"), QStringLiteral("epoch_2.pt"), QStringLiteral("epoch_02b.pt"),
                QStringLiteral("epoch_10.pt") }));
        QVERIFY(naturalLess(u"a9", u"a10"));
        QVERIFY(!naturalLess(u"a10", u"a9"));
        QVERIFY(naturalLess(u"Layer2", u"layer10", Qt::CaseInsensitive));
        QCOMPARE(naturalCompare(u"x", u"x"), 0);
    }

    void noHash()
    {
        RunOptions o;
        o.hash = false;
        const RunReport r = analyseRun(runFolder(QStringLiteral("plain")), o);
        QVERIFY(!r.hashed);
        QVERIFY(r.identical.empty());
        QCOMPARE(int(r.checkpoints.size()), 7);
    }

    // The digest does not depend on how the bytes are cut, and tells a changed byte.
    void contentHashPieces()
    {
        QByteArray bytes(1000, Qt::Uninitialized);
        QRandomGenerator gen(7);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
        ContentHasher whole;
        whole.add(p, bytes.size());
        for (int cut : { 1, 7, 31, 32, 33, 500 }) {
            ContentHasher pieces;
            for (qint64 at = 0; at < bytes.size(); at += cut)
                pieces.add(p + at, std::min<qint64>(cut, bytes.size() - at));
            QVERIFY(pieces.result() == whole.result());
        }
        for (int at : { 0, 500, 999 }) {
            QByteArray other = bytes;
            other[at] = char(other[at] ^ 1);
            ContentHasher h;
            h.add(reinterpret_cast<const uchar *>(other.constData()), other.size());
            QVERIFY(h.result() != whole.result());
        }
        ContentHasher shorter;
        shorter.add(p, bytes.size() - 1);
        QVERIFY(shorter.result() != whole.result());
    }

    // The CLI: the JSON contract's fields, exit 0; one line and exit 2 for a bad folder.
    void cli()
    {
        const Result r = ckptRuns({ QStringLiteral("--json"), runFolder(QStringLiteral("plain")) });
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const QJsonArray rows = j.value(QStringLiteral("checkpoints")).toArray();
        QCOMPARE(rows.size(), 7);
        for (const QJsonValue &row : rows)
            for (const char *field : { "file", "epoch", "step", "metrics", "bytes" })
                QVERIFY2(row.toObject().contains(QLatin1String(field)), field);
        const QJsonObject best = j.value(QStringLiteral("best")).toObject();
        for (const char *field : { "metric", "mode", "file", "why" })
            QVERIFY2(best.contains(QLatin1String(field)), field);
        QCOMPARE(best.value(QStringLiteral("file")).toString(),
            expectedCase(QStringLiteral("plain"))
                .value(QStringLiteral("best"))
                .toObject()
                .value(QStringLiteral("file"))
                .toString());
        QCOMPARE(groupsOf(j.value(QStringLiteral("identical_weights")).toArray()),
            groupsOf(expectedCase(QStringLiteral("plain")).value(QStringLiteral("identical_weights")).toArray()));
        QVERIFY(j.value(QStringLiteral("warnings")).isArray());

        const Result text = ckptRuns({ runFolder(QStringLiteral("trainer")) });
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("best: checkpoint-"), text.out.constData());

        QTemporaryDir tmp;
        const QString missing = tmp.filePath(QStringLiteral("nothing"));
        const Result bad = ckptRuns({ missing });
        QCOMPARE(bad.code, 2);
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY2(bad.err.contains(missing.toUtf8()), bad.err.constData());
        QCOMPARE(ckptRuns({ QStringLiteral("--mode"), QStringLiteral("up"), QStringLiteral("--metric"),
                              QStringLiteral("x"), runFolder(QStringLiteral("plain")) })
                     .code,
            2);
        const Result empty = ckptRuns({ QStringLiteral("--json"), tmp.path() });
        QCOMPARE(empty.code, 0);
        QVERIFY(QJsonDocument::fromJson(empty.out).object().value(QStringLiteral("checkpoints")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRuns)
#include "test_runs.moc"
