// The responsiveness monitor behind `ckpt-inspector --responsiveness`: it sees the first
// paint, a stall of the event loop as long as the loop was really blocked and in the
// phase it began in, leaves uncounted phases out of the longest stall, and the app's
// flag writes the report after a real session.
#include "tests/TestPaths.h"

#include "widgets/mainwindow/ResponsivenessMonitor.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

using namespace ckpt;

namespace {
QJsonObject readReport(const QString &path)
{
    return testpaths::readJson(path);
}

// Blocks the event loop for `ms` once it runs again.
void blockLater(int ms)
{
    QTimer::singleShot(0, [ms] { QThread::msleep(ulong(ms)); });
}
} // namespace

class TestResponsiveness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stallsArePhasedAndMeasured()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        QWidget window;
        window.resize(300, 200);
        ResponsivenessMonitor monitor(&window, path);
        window.show();
        QTest::qWait(100);

        monitor.mark(QStringLiteral("busy"));
        blockLater(200);
        QTest::qWait(300);
        monitor.mark(QStringLiteral("instrumentation"), false);
        blockLater(400);
        QTest::qWait(500);
        monitor.mark(QStringLiteral("calm"));
        QTest::qWait(100);
        QVERIFY(monitor.writeReport());

        const QJsonObject r = readReport(path);
        QVERIFY(r.value(QStringLiteral("first_paint_ms")).toDouble() > 0);
        QVERIFY(r.value(QStringLiteral("process_start_known")).toBool());
        // The 200 ms block is the longest counted stall, in the phase it began in; the
        // 400 ms one is reported by phase only.
        const double longest = r.value(QStringLiteral("longest_stall_ms")).toDouble();
        QVERIFY2(longest >= 190, qPrintable(QString::number(longest)));
        QCOMPARE(r.value(QStringLiteral("longest_stall_phase")).toString(), QStringLiteral("busy"));
        const QJsonObject byPhase = r.value(QStringLiteral("longest_stall_by_phase")).toObject();
        QVERIFY(byPhase.value(QStringLiteral("instrumentation")).toDouble() >= 390);
        bool listed = false;
        for (const QJsonValue &s : r.value(QStringLiteral("stalls_over_50ms")).toArray()) {
            QVERIFY(s.toObject().value(QStringLiteral("phase")).toString() != QLatin1String("instrumentation"));
            listed |= s.toObject().value(QStringLiteral("phase")).toString() == QLatin1String("busy");
        }
        QVERIFY(listed);
        QCOMPARE(r.value(QStringLiteral("phases")).toArray().size(), 4); // start, busy, instrumentation, calm
    }

    void theAppWritesItsReport()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("r.json"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        app.setProcessEnvironment(env);
        app.start(QDir(testpaths::binDir()).filePath(QStringLiteral("ckpt-inspector")),
            { QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("s.png")), QStringLiteral("--responsiveness"),
                report, testpaths::fixture(QStringLiteral("state_dict.pt")) });
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QJsonObject r = readReport(report);
        const double firstPaint = r.value(QStringLiteral("first_paint_ms")).toDouble();
        const double loaded = r.value(QStringLiteral("loaded_ms")).toDouble();
        QVERIFY(firstPaint > 0);
        QVERIFY(loaded > 0);
        QVERIFY(r.value(QStringLiteral("total_ms")).toDouble() >= loaded);
        QStringList phases;
        for (const QJsonValue &p : r.value(QStringLiteral("phases")).toArray())
            phases << p.toObject().value(QStringLiteral("phase")).toString();
        QCOMPARE(phases,
            QStringList({ QStringLiteral("start"), QStringLiteral("open"), QStringLiteral("loaded"),
                QStringLiteral("screenshot") }));
    }
};

QTEST_MAIN(TestResponsiveness)
#include "test_responsiveness.moc"
