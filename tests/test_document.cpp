// CheckpointDocument: what each change signals, what opening another file resets and
// what a reload keeps, the plan's undo history and preview, the series rule. Fixtures
// written by PyTorch; the document reads them on its worker.
#include "tests/TestPaths.h"

#include "model/document/CheckpointDocument.h"
#include "model/jobs/JobRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace ckpt;

namespace {
QString fixture(const char *name)
{
    return testpaths::fixture(QLatin1String(name));
}

// Opens `path` and waits for the document to hold it.
bool openAndWait(CheckpointDocument &doc, const QString &path, bool reload = false)
{
    QSignalSpy done(&doc, &CheckpointDocument::loadFinished);
    if (reload)
        doc.reload();
    else
        doc.open(path);
    return done.wait(60000) || done.count() == 1;
}

// Names of the signals emitted, in order.
struct SignalLog {
    QStringList names;
    explicit SignalLog(CheckpointDocument &doc)
    {
        auto log = [this](const char *name) { return [this, name] { names << QLatin1String(name); }; };
        QObject::connect(&doc, &CheckpointDocument::selectionChanged, &doc, log("selection"));
        QObject::connect(&doc, &CheckpointDocument::planChanged, &doc, log("plan"));
        QObject::connect(&doc, &CheckpointDocument::previewInTreeChanged, &doc, log("preview"));
        QObject::connect(&doc, &CheckpointDocument::partnerChanged, &doc, log("partner"));
        QObject::connect(&doc, &CheckpointDocument::seriesChanged, &doc, log("series"));
        QObject::connect(&doc, &CheckpointDocument::checkpointChanged, &doc, log("checkpoint"));
        QObject::connect(&doc, &CheckpointDocument::shownCheckpointChanged, &doc, log("shown"));
        QObject::connect(&doc, &CheckpointDocument::loadFinished, &doc, log("loaded"));
    }
};

// A selection as the tree makes it: the top-level row `key` of the shown tree.
NodeSelection selectTop(const CheckpointDocument &doc, const QString &key)
{
    NodeSelection s;
    const CheckpointPtr shown = doc.shownCheckpoint();
    s.value = shown->root->child(key).get();
    s.path = key;
    s.kind = NodeKind::Dict;
    return s;
}
} // namespace

class TestDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openSignalsAndHoldsTheFile()
    {
        CheckpointDocument doc;
        SignalLog log(doc);
        QSignalSpy started(&doc, &CheckpointDocument::loadStarted);
        doc.open(fixture("train_adam.pt"));
        QVERIFY(doc.isLoading());
        QCOMPARE(started.count(), 1);
        QVERIFY(!doc.checkpoint()); // nothing changes until the read ends
        QTRY_VERIFY_WITH_TIMEOUT(log.names.contains(QStringLiteral("loaded")), 60000);
        QCOMPARE(log.names,
            (QStringList { QStringLiteral("checkpoint"), QStringLiteral("shown"), QStringLiteral("loaded") }));
        QCOMPARE(doc.filePath(), QFileInfo(fixture("train_adam.pt")).absoluteFilePath());
        QVERIFY(doc.checkpoint()->ok());
        QCOMPARE(doc.shownCheckpoint(), doc.checkpoint());
        QVERIFY(doc.totals().isReady());
        QVERIFY(!doc.isLoading());
    }

    void cancelledReadChangesNothing()
    {
        CheckpointDocument doc;
        QVERIFY(openAndWait(doc, fixture("state_dict.pt")));
        const CheckpointPtr first = doc.checkpoint();
        doc.setPartnerFile(fixture("train_adam.pt"));
        QSignalSpy cancelled(&doc, &CheckpointDocument::loadCancelled);
        QSignalSpy changed(&doc, &CheckpointDocument::checkpointChanged);
        doc.open(fixture("many_keys.pt"));
        doc.cancelLoad();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!doc.isLoading());
        QThreadPool *pool = JobRunner::pool();
        pool->waitForDone(); // the read finished in the background...
        QCoreApplication::sendPostedEvents();
        QCOMPARE(changed.count(), 0); // ...and was dropped
        QCOMPARE(doc.checkpoint(), first);
        QCOMPARE(doc.partnerFile(), QFileInfo(fixture("train_adam.pt")).absoluteFilePath());
    }

    // A view that asks isPlanApplied() when it hears of a new plan or file must hear "not
    // yet", even when the previous apply finished long ago: the Convert button once stayed
    // enabled on the old result, then a later refresh disabled it under the user's click.
    void planIsNotAppliedWhenItsChangeIsHeard()
    {
        CheckpointDocument doc;
        QVERIFY(openAndWait(doc, fixture("train_adam.pt")));
        QTRY_VERIFY(doc.isPlanApplied());
        QList<bool> appliedWhenHeard;
        auto record = [&] { appliedWhenHeard << doc.isPlanApplied(); };
        connect(&doc, &CheckpointDocument::planChanged, this, record);
        connect(&doc, &CheckpointDocument::checkpointChanged, this, record);
        doc.pushStep(EditOp::dropTrainingState());
        QTRY_VERIFY(doc.isPlanApplied());
        doc.undoStack()->undo(); // the step erased
        QTRY_VERIFY(doc.isPlanApplied());
        QSignalSpy loaded(&doc, &CheckpointDocument::loadFinished);
        doc.reload();
        QTRY_VERIFY(loaded.count() == 1);
        QCOMPARE(appliedWhenHeard, QList<bool>({ false, false, false }));
        QTRY_VERIFY(doc.isPlanApplied());
    }

    void planStepsUndoAndPreview()
    {
        CheckpointDocument doc;
        QVERIFY(openAndWait(doc, fixture("train_adam.pt")));
        QSignalSpy planChanged(&doc, &CheckpointDocument::planChanged);
        QSignalSpy applied(&doc, &CheckpointDocument::planApplied);
        QSignalSpy shown(&doc, &CheckpointDocument::shownCheckpointChanged);

        doc.pushStep(EditOp::dropTrainingState());
        doc.pushStep(EditOp::cast(DType::Float16));
        QCOMPARE(planChanged.count(), 2);
        QCOMPARE(doc.plan().ops.size(), size_t(2));
        QCOMPARE(doc.undoStack()->count(), 2);
        QTRY_VERIFY(doc.isPlanApplied() && applied.count() >= 1);
        QCOMPARE(doc.planResult().stepNotes.size(), size_t(2));
        QVERIFY(doc.planResult().bytesAfter() < doc.planResult().bytesBefore);
        QCOMPARE(shown.count(), 0); // the preview is off: the tree keeps the file

        doc.setPreviewInTree(true);
        QCOMPARE(shown.count(), 1);
        QVERIFY(doc.isPreviewShown());
        QVERIFY(doc.shownCheckpoint() != doc.checkpoint());
        QVERIFY(!doc.shownCheckpoint()->root->child(QStringLiteral("optimizer_state_dict")));
        QVERIFY(doc.shownTotals().isReady());

        // Undo to an empty plan: the tree shows the file at once.
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().ops.size(), size_t(1));
        QCOMPARE(doc.plan().ops.front().kind, EditOp::Kind::DropTrainingState);
        doc.undoStack()->undo();
        QVERIFY(doc.plan().ops.empty());
        QCOMPARE(doc.shownCheckpoint(), doc.checkpoint());
        doc.undoStack()->redo();
        QCOMPARE(doc.plan().ops.size(), size_t(1));
        QTRY_VERIFY(doc.isPreviewShown());

        // Removing a step is undone into the same place.
        doc.pushStep(EditOp::stripPrefix(QStringLiteral("model.")));
        doc.removeStep(0);
        QCOMPARE(doc.plan().ops.front().kind, EditOp::Kind::StripPrefix);
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().ops.size(), size_t(2));
        QCOMPARE(doc.plan().ops.front().kind, EditOp::Kind::DropTrainingState);
        doc.removeStep(7); // no such step: nothing to undo
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void openingAnotherFileResetsEveryPiece()
    {
        CheckpointDocument doc;
        const QString first = fixture("series/checkpoint_epoch_1.pt");
        QVERIFY(openAndWait(doc, first));
        doc.pushStep(EditOp::dropTrainingState());
        doc.setPreviewInTree(true);
        doc.setPartnerFile(fixture("series/checkpoint_epoch_6.pt"));
        doc.setSeries(RunSeries::fromPaths({ fixture("series") }));
        QTRY_VERIFY(doc.isPreviewShown());
        doc.setSelection(selectTop(doc, QStringLiteral("model_state_dict")));

        SignalLog log(doc);
        QVERIFY(openAndWait(doc, fixture("state_dict.pt")));
        QCOMPARE(log.names,
            (QStringList { QStringLiteral("selection"), QStringLiteral("plan"), QStringLiteral("preview"),
                QStringLiteral("partner"), QStringLiteral("series"), QStringLiteral("checkpoint"),
                QStringLiteral("shown"), QStringLiteral("loaded") }));
        QVERIFY(doc.selection().isEmpty());
        QVERIFY(!doc.takePathToRestore());
        QVERIFY(doc.plan().ops.empty());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.previewInTree());
        QCOMPARE(doc.shownCheckpoint(), doc.checkpoint());
        QVERIFY(doc.partnerFile().isEmpty());
        QVERIFY(doc.series().isEmpty()); // state_dict.pt is not in the series folder
        QTRY_VERIFY(doc.isPlanApplied());
        QCOMPARE(doc.planResult().view->file, doc.checkpoint()->file); // applied to the new file
    }

    void aFileOfTheSeriesKeepsIt()
    {
        CheckpointDocument doc;
        QVERIFY(openAndWait(doc, fixture("series/checkpoint_epoch_1.pt")));
        const RunSeries run = RunSeries::fromPaths({ fixture("series") });
        doc.setSeries(run);
        QSignalSpy series(&doc, &CheckpointDocument::seriesChanged);
        QVERIFY(openAndWait(doc, fixture("series/checkpoint_epoch_3.pt")));
        QCOMPARE(series.count(), 0);
        QVERIFY(doc.series() == run);

        // A series of files: kept for one of them, dropped for any other.
        doc.setSeries(
            RunSeries::fromPaths({ fixture("series/checkpoint_epoch_2.pt"), fixture("series/checkpoint_epoch_3.pt") }));
        QVERIFY(openAndWait(doc, fixture("series/checkpoint_epoch_2.pt")));
        QCOMPARE(doc.series().files.size(), 2);
        QVERIFY(openAndWait(doc, fixture("series/checkpoint_epoch_4.pt")));
        QVERIFY(doc.series().isEmpty());
    }

    void seriesMembership()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("checkpoint-500")));
        RunSeries folder = RunSeries::fromPaths({ dir.path() });
        QCOMPARE(folder.folder, QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY(folder.contains(dir.filePath(QStringLiteral("last.pt"))));
        QVERIFY(folder.contains(dir.filePath(QStringLiteral("checkpoint-500/pytorch_model.bin"))));
        QVERIFY(!folder.contains(dir.path() + QStringLiteral("-other/last.pt"))); // a sibling sharing the prefix
        const RunSeries files = RunSeries::fromPaths({ dir.filePath(QStringLiteral("a.pt")) });
        QVERIFY(files.folder.isEmpty());
        QVERIFY(files.contains(dir.filePath(QStringLiteral("a.pt"))));
        QVERIFY(!files.contains(dir.filePath(QStringLiteral("b.pt"))));
        QVERIFY(RunSeries().isEmpty());
    }

    void reloadKeepsAndRetargets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.pt"));
        QVERIFY(QFile::copy(fixture("train_adam.pt"), path));
        CheckpointDocument doc;
        QVERIFY(openAndWait(doc, path));
        doc.pushStep(EditOp::drop({ QStringLiteral("optimizer_state_dict") }));
        doc.setPreviewInTree(true);
        doc.setPartnerFile(fixture("train_sgd.pt"));
        QTRY_VERIFY(doc.isPreviewShown());
        doc.setSelection(selectTop(doc, QStringLiteral("model_state_dict")));
        const CheckpointPtr before = doc.checkpoint();

        // The file changes on disk (a trainer wrote the next epoch) and is read again.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(fixture("train_sgd.pt"), path));
        SignalLog log(doc);
        QVERIFY(openAndWait(doc, QString(), true));
        QVERIFY(doc.checkpoint() != before);
        QVERIFY(!log.names.contains(QStringLiteral("plan")));
        QVERIFY(!log.names.contains(QStringLiteral("partner")));
        QCOMPARE(doc.plan().ops.size(), size_t(1));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.previewInTree());
        QCOMPARE(doc.partnerFile(), QFileInfo(fixture("train_sgd.pt")).absoluteFilePath());
        QVERIFY(doc.selection().isEmpty()); // the node belonged to the old tree...
        QCOMPARE(
            doc.takePathToRestore(), std::optional<QString>(QStringLiteral("model_state_dict"))); // ...its path not
        QTRY_VERIFY(doc.isPreviewShown()); // the plan, applied to the new content
        QCOMPARE(doc.planResult().view->file, path);
        QVERIFY(doc.planResult().view.get() != nullptr);
        QVERIFY(doc.shownCheckpoint()->root->child(QStringLiteral("model_state_dict")));
        QVERIFY(!doc.shownCheckpoint()->root->child(QStringLiteral("optimizer_state_dict")));
    }

    void selectionSurvivesAPreviewToggleAsAPath()
    {
        CheckpointDocument doc;
        QVERIFY(openAndWait(doc, fixture("train_adam.pt")));
        doc.pushStep(EditOp::dropTrainingState());
        QTRY_VERIFY(doc.isPlanApplied());
        doc.setSelection(selectTop(doc, QStringLiteral("model_state_dict")));
        QSignalSpy selection(&doc, &CheckpointDocument::selectionChanged);
        doc.setPreviewInTree(true);
        QCOMPARE(selection.count(), 1);
        QVERIFY(doc.selection().isEmpty());
        QCOMPARE(doc.takePathToRestore(), std::optional<QString>(QStringLiteral("model_state_dict")));
        QVERIFY(!doc.takePathToRestore()); // taken once
    }

    void partnerAndSeriesAskAgainWhenSetAgain()
    {
        CheckpointDocument doc;
        QSignalSpy partner(&doc, &CheckpointDocument::partnerChanged);
        QSignalSpy series(&doc, &CheckpointDocument::seriesChanged);
        doc.setPartnerFile(fixture("state_dict.pt"));
        doc.setPartnerFile(fixture("state_dict.pt"));
        QCOMPARE(partner.count(), 2);
        QCOMPARE(partner.last().at(0).toString(), QFileInfo(fixture("state_dict.pt")).absoluteFilePath());
        doc.setSeries(RunSeries::fromPaths({ fixture("series") }));
        doc.setSeries(RunSeries::fromPaths({ fixture("series") }));
        QCOMPARE(series.count(), 2);
        doc.setPartnerFile(QString());
        QVERIFY(doc.partnerFile().isEmpty());
    }
};

QTEST_MAIN(TestDocument)
#include "test_document.moc"
