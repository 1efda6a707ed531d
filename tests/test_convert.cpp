// Unit tests of issue 5's core pieces (edit plan, pickler, casts, safe output file) and
// the Convert dock. PyTorch checks of written files live in tests/convert/ (CTest runs them).
#include "model/backend/TorchBackend.h"
#include "model/convert/Converter.h"
#include "model/convert/EditPlanParse.h"
#include "model/convert/TorchPickler.h"
#include "model/convert/TreeEdit.h"
#include "model/convert/WriterRegistry.h"
#include "model/document/CheckpointDocument.h"
#include "model/formats/CheckpointReader.h"
#include "model/io/OutputFile.h"
#include "model/pickle/Unpickler.h"
#include "model/tensor/Cast.h"
#include "widgets/convert/ConvertDock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace ckpt;

class TestConvert : public QObject {
    Q_OBJECT
    QString fx(const char *name) const
    {
        return QDir(qEnvironmentVariable("CKPT_FIXTURE_DIR", QStringLiteral("/work/fx"))).filePath(QLatin1String(name));
    }

private Q_SLOTS:
    void halfRounding()
    {
        QCOMPARE(floatToHalfBits(1.0f), quint16(0x3c00));
        QCOMPARE(floatToHalfBits(65504.0f), quint16(0x7bff));
        QCOMPARE(floatToHalfBits(65520.0f), quint16(0x7c00)); // ties to even: overflows to inf
        QCOMPARE(floatToHalfBits(-0.0f), quint16(0x8000));
        QCOMPARE(floatToHalfBits(std::ldexp(1.0f, -24)), quint16(0x0001)); // smallest subnormal
        QCOMPARE(floatToHalfBits(std::ldexp(1.0f, -25)), quint16(0x0000)); // tie -> even (0)
        QCOMPARE(floatToHalfBits(1.0f + std::ldexp(1.0f, -11)), quint16(0x3c00)); // tie -> even
        QCOMPARE(floatToBFloat16Bits(1.00390625f), quint16(0x3f80)); // tie -> even
        QCOMPARE(floatToBFloat16Bits(NAN), quint16(0xffff));
        for (quint32 h = 0; h < 0x7c00; ++h) // every finite half survives the round trip
            QCOMPARE(floatToHalfBits(halfBitsToFloat(quint16(h))), quint16(h));
    }

    void globsAndTrainingKeys()
    {
        QVERIFY(
            pathMatches(QStringLiteral("model_state_dict/fc2.weight"), QStringLiteral("fc2.*"), EditOp::Syntax::Glob));
        QVERIFY(pathMatches(QStringLiteral("model_state_dict/fc2.weight"), QStringLiteral("model_state_dict/fc2.*"),
            EditOp::Syntax::Glob));
        QVERIFY(!pathMatches(
            QStringLiteral("model_state_dict/fc2.weight"), QStringLiteral("other/fc2.*"), EditOp::Syntax::Glob));
        QVERIFY(pathMatches(QStringLiteral("optimizer_state_dict"), QStringLiteral("^optim"), EditOp::Syntax::Regex));
        QVERIFY(isTrainingStateKey(QStringLiteral("optimizer_states")));
        QVERIFY(isTrainingStateKey(QStringLiteral("lr_schedulers")));
        QVERIFY(!isTrainingStateKey(QStringLiteral("model_state_dict")));
    }

    void planOnTrainingCheckpoint()
    {
        CheckpointPtr src = openCheckpoint(fx("train_adam.pt"));
        QVERIFY(src->ok());
        EditPlan plan;
        plan.ops = { EditOp::dropTrainingState(), EditOp::extract(QStringLiteral("model_state_dict")),
            EditOp::addPrefix(QStringLiteral("module.")), EditOp::cast(DType::Float16) };
        const EditResult r = applyPlan(src, plan);
        QVERIFY2(r.ok(), qPrintable(r.error.english()));
        QVERIFY(r.bytesAfterStep[0] < r.bytesBefore); // optimizer state dropped
        QVERIFY(r.bytesAfter() < r.bytesAfterStep[2]); // the cast halves floats
        QVERIFY(nodeAt(r.view->root, QStringLiteral("module.fc1.weight")));
        const ValuePtr meta = r.view->root->state()->child(QStringLiteral("_metadata"));
        QVERIFY(meta && meta->child(QStringLiteral("module"))); // "" became "module"
        // The source is untouched.
        QVERIFY(src->root->child(QStringLiteral("optimizer_state_dict")));
        QVERIFY(!applyPlan(src, EditPlan { { EditOp::extract(QStringLiteral("nope")) } }).ok());
    }

    void picklerRoundTrip()
    {
        CheckpointPtr src = openCheckpoint(fx("mixed_objects.pt"));
        QVERIFY(src->ok());
        TorchPickler p(*src);
        QVERIFY2(p.dump(src->root), qPrintable(p.error().english()));
        PlainHooks hooks;
        Unpickler u(p.bytes(), &hooks);
        QVERIFY2(u.run(), qPrintable(u.error().english()));
        QVERIFY(u.nonWeightsOnlyOpcodes().isEmpty()); // only the protocol-2 subset torch.save uses
        QVERIFY(p.globals().contains(QStringLiteral("argparse.Namespace")));
    }

    void refusesSourceAndBadFolder()
    {
        CheckpointPtr src = openCheckpoint(fx("state_dict.pt"));
        ConvertOptions o;
        o.output = src->file;
        ConvertReport r = convertCheckpoint(src, applyPlan(src, {}), o);
        QVERIFY(!r.ok && r.error.english().contains(QLatin1String("source")));
        o.output = QStringLiteral("/nonexistent-folder/x.pt");
        r = convertCheckpoint(src, applyPlan(src, {}), o);
        QVERIFY(!r.ok && r.error.english().contains(QLatin1String("does not exist")));
    }

    void safetensorsWithoutLibTorch()
    {
        QTemporaryDir dir;
        CheckpointPtr src = openCheckpoint(fx("views.pt"));
        ConvertOptions o;
        o.output = dir.filePath(QStringLiteral("v.safetensors"));
        o.writer = findWriter(QStringLiteral("safetensors"));
        o.verifyBytes = true;
        const ConvertReport r = convertCheckpoint(src, applyPlan(src, {}), o);
        QVERIFY2(r.ok, qPrintable(r.error.english()));
        QVERIFY(r.bytesVerified);
        QCOMPARE(openCheckpoint(o.output)->format, Format::Safetensors);
        QVERIFY(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).size() == 1); // no temp left
    }

    // Torch output and every cast are our own code: LibTorch (~0.8 s, ~170 MB) stays unloaded.
    void torchWithoutLibTorch()
    {
        QTemporaryDir dir;
        QString from = fx("state_dict.pt");
        for (DType t : { DType::Float16, DType::Float32, DType::BFloat16, DType::Float32 }) {
            CheckpointPtr src = openCheckpoint(from);
            ConvertOptions o;
            o.output = dir.filePath(QStringLiteral("step.%1.pt").arg(dtypeName(t)));
            o.verifyBytes = true;
            const ConvertReport r = convertCheckpoint(src, applyPlan(src, { { EditOp::cast(t) } }), o);
            QVERIFY2(r.ok, qPrintable(r.error.english()));
            QVERIFY(r.bytesVerified);
            CheckpointPtr back = openCheckpoint(o.output);
            QVERIFY(std::any_of(back->facts.begin(), back->facts.end(), [&t](const QPair<Phrase, Phrase> &f) {
                return f.first.english() == QLatin1String("archive folder")
                    && f.second.english() == QStringLiteral("step.%1/").arg(dtypeName(t));
            }));
            from = o.output;
        }
        QVERIFY(!torchBackendLoaded());
    }

    // A DCP folder cancelled midway (the dock's Cancel, Ctrl-C) leaves neither the folder
    // nor its temporary sibling; the same write uncancelled reads back as DCP.
    void dcpWriteCancelledLeavesNothing()
    {
        QTemporaryDir dir;
        CheckpointPtr src = openCheckpoint(fx("many_keys.pt"));
        QVERIFY(src->ok());
        std::atomic_bool stop { false };
        int calls = 0;
        ConvertOptions o;
        o.writer = findWriter(QStringLiteral("dcp"));
        QVERIFY(o.writer && o.writer->writesFolder());
        o.output = dir.filePath(QStringLiteral("out"));
        o.cancel = &stop;
        o.progress = [&](qint64, qint64) {
            if (++calls == 3)
                stop = true;
        };
        ConvertReport r = convertCheckpoint(src, applyPlan(src, {}), o);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.english(), QStringLiteral("cancelled"));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        stop = false;
        calls = -1000000;
        r = convertCheckpoint(src, applyPlan(src, {}), o);
        QVERIFY2(r.ok, qPrintable(r.error.english()));
        QCOMPARE(openCheckpoint(o.output)->format, Format::Dcp);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("out") });
    }

    // The dock lists the document's plan with what each step saves, and a step typed in
    // its field goes through the core parser.
    void dockShowsTheDocumentsPlan()
    {
        CheckpointDocument doc;
        ConvertDock dock(&doc);
        QSignalSpy loaded(&doc, &CheckpointDocument::loadFinished);
        doc.open(fx("train_adam.pt"));
        QTRY_COMPARE(loaded.count(), 1);
        auto *list = dock.findChild<QListWidget *>(QStringLiteral("convertPlanList"));
        doc.pushStep(EditOp::dropTrainingState());
        doc.pushStep(EditOp::cast(DType::BFloat16));
        QCOMPARE(list->count(), 2); // at once, before the plan is applied
        QTRY_VERIFY(doc.isPlanApplied());
        QVERIFY(list->item(0)->text().contains(QLatin1String("saves")));
        QVERIFY(doc.planResult().view->root->child(QStringLiteral("optimizer_state_dict")) == nullptr);
        doc.undoStack()->undo();
        QCOMPARE(list->count(), 1);

        auto *kind = dock.findChild<QComboBox *>(QStringLiteral("convertStepKind"));
        auto *text = dock.findChild<QLineEdit *>(QStringLiteral("convertStepText"));
        auto *choice = dock.findChild<QComboBox *>(QStringLiteral("convertStepChoice"));
        auto *add = dock.findChild<QPushButton *>(QStringLiteral("convertAddStep"));
        // A device is picked or typed: a typed one that is none is refused, and said why.
        kind->setCurrentIndex(kind->findData(int(StepForm::MapDevice)));
        QVERIFY(choice->isEditable());
        choice->setEditText(QStringLiteral("not a device"));
        add->click();
        QCOMPARE(doc.plan().ops.size(), size_t(1));
        QVERIFY2(dock.findChild<QLabel *>(QStringLiteral("convertStatus"))->text().contains(QLatin1String("device")),
            qPrintable(dock.findChild<QLabel *>(QStringLiteral("convertStatus"))->text()));
        // A cast offers only the dtypes it writes.
        kind->setCurrentIndex(kind->findData(int(StepForm::Cast)));
        QCOMPARE(choice->count(), 3);
        QVERIFY(choice->findData(QStringLiteral("int8")) < 0);
        choice->setCurrentIndex(choice->findData(QStringLiteral("bfloat16")));
        add->click();
        QCOMPARE(doc.plan().ops.size(), size_t(2));
        QCOMPARE(doc.plan().ops.back().dtype, DType::BFloat16);
        // Patterns are typed; the field empties once the step is in.
        kind->setCurrentIndex(kind->findData(int(StepForm::DropGlob)));
        text->setText(QStringLiteral("fc2.*"));
        add->click();
        QCOMPARE(doc.plan().ops.size(), size_t(3));
        QVERIFY(text->text().isEmpty());
        const QString shots = qEnvironmentVariable("CKPT_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dock.resize(520, 560);
            dock.show();
            QVERIFY(dock.grab().save(QDir(shots).filePath(QStringLiteral("convert_dock.png"))));
        }
    }
};

QTEST_MAIN(TestConvert)
#include "test_convert.moc"
