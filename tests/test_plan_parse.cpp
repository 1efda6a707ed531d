// The one parser of edit steps: what `ckpt convert`'s options and the Convert dock's
// field accept, what they refuse and the words they use, the order convert applies its
// options in, and the CLI saying the same.
#include "tests/TestPaths.h"

#include "model/convert/EditPlanParse.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ckpt;

Q_DECLARE_METATYPE(ckpt::StepForm)
Q_DECLARE_METATYPE(ckpt::EditOp::Kind)

class TestPlanParse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<StepForm>("form");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // a part of it; empty: accepted
        QTest::addColumn<QString>("described"); // EditOp::describe() of what was made

        QTest::newRow("device: every storage")
            << StepForm::MapDevice << QStringLiteral("cpu") << QString() << QStringLiteral("map every device -> cpu");
        QTest::newRow("device: one to another") << StepForm::MapDevice << QStringLiteral("cuda:1=cuda:0") << QString()
                                                << QStringLiteral("map cuda:1 -> cuda:0");
        QTest::newRow("device: spaces around =") << StepForm::MapDevice << QStringLiteral(" cuda:1 = cpu ") << QString()
                                                 << QStringLiteral("map cuda:1 -> cpu");
        QTest::newRow("device: mps") << StepForm::MapDevice << QStringLiteral("mps") << QString()
                                     << QStringLiteral("map every device -> mps");
        QTest::newRow("device: typo") << StepForm::MapDevice << QStringLiteral("cdua:0")
                                      << QStringLiteral("'cdua:0' is not a device") << QString();
        QTest::newRow("device: cpu has no index")
            << StepForm::MapDevice << QStringLiteral("cpu:0") << QStringLiteral("'cpu:0' is not a device") << QString();
        QTest::newRow("device: bad source") << StepForm::MapDevice << QStringLiteral("gpu1=cpu")
                                            << QStringLiteral("'gpu1' is not a device") << QString();
        QTest::newRow("device: half a pair") << StepForm::MapDevice << QStringLiteral("cuda:1=")
                                             << QStringLiteral("wants SRC=DST, got 'cuda:1='") << QString();
        QTest::newRow("device: empty") << StepForm::MapDevice << QString()
                                       << QStringLiteral("wants a device such as cpu or cuda:0") << QString();

        QTest::newRow("drop: globs split on spaces")
            << StepForm::DropGlob << QStringLiteral("fc2.*  optimizer_state_dict") << QString()
            << QStringLiteral("drop fc2.*, optimizer_state_dict");
        QTest::newRow("drop: nothing") << StepForm::DropGlob << QStringLiteral("   ")
                                       << QStringLiteral("wants one or more glob patterns") << QString();
        QTest::newRow("keep: glob") << StepForm::KeepGlob << QStringLiteral("model_state_dict/*") << QString()
                                    << QStringLiteral("keep only model_state_dict/*");
        QTest::newRow("regex") << StepForm::DropRegex << QStringLiteral("^optim(izer)?") << QString()
                               << QStringLiteral("drop regex ^optim(izer)?");
        QTest::newRow("regex: with a space kept whole")
            << StepForm::DropRegex << QStringLiteral("a b") << QString() << QStringLiteral("drop regex a b");
        QTest::newRow("regex: invalid") << StepForm::DropRegex << QStringLiteral("fc(")
                                        << QStringLiteral("'fc(' is not a regular expression") << QString();

        QTest::newRow("strip") << StepForm::StripPrefix << QStringLiteral("module.") << QString()
                               << QStringLiteral("strip key prefix 'module.'");
        QTest::newRow("strip: empty") << StepForm::StripPrefix << QString() << QStringLiteral("wants a prefix")
                                      << QString();
        QTest::newRow("add") << StepForm::AddPrefix << QStringLiteral("model.") << QString()
                             << QStringLiteral("add key prefix 'model.'");
        QTest::newRow("rename") << StepForm::Rename << QStringLiteral("model_state_dict/fc.weight=head.weight")
                                << QString() << QStringLiteral("rename model_state_dict/fc.weight -> head.weight");
        QTest::newRow("rename: no key") << StepForm::Rename << QStringLiteral("fc.weight")
                                        << QStringLiteral("wants PATH=KEY, got 'fc.weight'") << QString();
        QTest::newRow("rename: no path") << StepForm::Rename << QStringLiteral("=head")
                                         << QStringLiteral("wants PATH=KEY, got '=head'") << QString();
        QTest::newRow("extract") << StepForm::Extract << QStringLiteral("model_state_dict") << QString()
                                 << QStringLiteral("extract model_state_dict as the new root");
        QTest::newRow("extract: empty") << StepForm::Extract << QString()
                                        << QStringLiteral("wants the path of a subtree") << QString();

        QTest::newRow("cast: float16") << StepForm::Cast << QStringLiteral("float16") << QString()
                                       << QStringLiteral("cast floating tensors to float16");
        QTest::newRow("cast: half") << StepForm::Cast << QStringLiteral("half") << QString()
                                    << QStringLiteral("cast floating tensors to float16");
        QTest::newRow("cast: bf16") << StepForm::Cast << QStringLiteral("bf16") << QString()
                                    << QStringLiteral("cast floating tensors to bfloat16");
        QTest::newRow("cast: torch.float32") << StepForm::Cast << QStringLiteral("torch.float32") << QString()
                                             << QStringLiteral("cast floating tensors to float32");
        QTest::newRow("cast: not a float")
            << StepForm::Cast << QStringLiteral("int8")
            << QStringLiteral("wants float16, bfloat16 or float32, not 'int8'") << QString();
        QTest::newRow("cast: float64 is not written")
            << StepForm::Cast << QStringLiteral("float64") << QStringLiteral("not 'float64'") << QString();
        QTest::newRow("keep dtype: globs split on spaces")
            << StepForm::KeepDType << QStringLiteral("*norm*  *embed*") << QString()
            << QStringLiteral("keep the dtype of *norm*, *embed*");
        QTest::newRow("keep dtype: nothing")
            << StepForm::KeepDType << QString() << QStringLiteral("wants one or more glob patterns") << QString();
        QTest::newRow("drop training state")
            << StepForm::DropTrainingState << QString() << QString() << QStringLiteral("drop training state");
        QTest::newRow("weights-only safe")
            << StepForm::WeightsOnlySafe << QString() << QString() << QStringLiteral("make weights-only loadable");
    }

    void steps()
    {
        QFETCH(StepForm, form);
        QFETCH(QString, text);
        QFETCH(QString, error);
        QFETCH(QString, described);
        const ParsedStep step = parseStep(form, text);
        if (error.isEmpty()) {
            QVERIFY2(step.op, qPrintable(step.error.english()));
            QCOMPARE(step.op->describe().english(), described);
        } else {
            QVERIFY(!step.op);
            QVERIFY2(step.error.english().contains(error), qPrintable(step.error.english()));
        }
    }

    void globsAreKeptAsTyped()
    {
        // The CLI passes one pattern per --drop: a space inside it stays.
        const ParsedStep one = parsePatternStep(StepForm::DropGlob, { QStringLiteral("layer 1.*") });
        QVERIFY(one.op);
        QCOMPARE(one.op->patterns, QStringList { QStringLiteral("layer 1.*") });
        QCOMPARE(one.op->syntax, EditOp::Syntax::Glob);
        QCOMPARE(splitPatterns(QStringLiteral(" a\tb  c ")),
            (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    }

    void planGlobsMatchPaths_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("* crosses /") << QStringLiteral("model*bias") << QStringLiteral("model_state_dict/fc1.bias")
                                     << true;
        QTest::newRow("no / : the last part")
            << QStringLiteral("fc?.weight") << QStringLiteral("model_state_dict/fc2.weight") << true;
        QTest::newRow("a dot is a dot") << QStringLiteral("fc1.weight") << QStringLiteral("model_state_dict/fc1xweight")
                                        << false;
        QTest::newRow("case counts") << QStringLiteral("FC1.*") << QStringLiteral("model_state_dict/fc1.weight")
                                     << false;
        QTest::newRow("class") << QStringLiteral("fc[12].bias") << QStringLiteral("m/fc2.bias") << true;
        QTest::newRow("negated class") << QStringLiteral("fc[!12].bias") << QStringLiteral("m/fc2.bias") << false;
        QTest::newRow("with / : the whole path") << QStringLiteral("m/fc*") << QStringLiteral("x/m/fc1") << false;
        QTest::newRow("unclosed [ is a [") << QStringLiteral("a[b") << QStringLiteral("a[b") << true;
    }

    void planGlobsMatchPaths()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(pathMatches(path, pattern, EditOp::Syntax::Glob), matches);
        QCOMPARE(PathMatcher({ pattern }, EditOp::Syntax::Glob).matches(path), matches);
    }

    void convertAppliesOptionsInItsOrder()
    {
        ConvertEditOptions o;
        o.dtype = QStringLiteral("bf16");
        o.device = QStringLiteral("cpu");
        o.mapLocations = { QStringLiteral("cuda:1=cuda:0") };
        o.renames = { QStringLiteral("a=b") };
        o.addPrefix = QStringLiteral("m.");
        o.stripPrefix = QStringLiteral("module.");
        o.extract = QStringLiteral("state_dict");
        o.dropTrainingState = true;
        o.drop = { QStringLiteral("x.*"), QStringLiteral("y") };
        o.keep = { QStringLiteral("*") };
        o.keepDType = { QStringLiteral("*norm*") };
        o.weightsOnlySafe = true;
        const ParsedPlan p = planFromConvertOptions(o);
        QVERIFY2(p.ok(), qPrintable(p.error.english()));
        QList<EditOp::Kind> kinds;
        for (const EditOp &op : p.plan.ops)
            kinds << op.kind;
        using K = EditOp::Kind;
        QCOMPARE(kinds,
            (QList<K> { K::Keep, K::Drop, K::DropTrainingState, K::Extract, K::StripPrefix, K::AddPrefix, K::Rename,
                K::RemapDevice, K::RemapDevice, K::Cast, K::KeepDType, K::WeightsOnlySafe }));
        QCOMPARE(p.plan.ops[1].patterns, (QStringList { QStringLiteral("x.*"), QStringLiteral("y") }));
        QCOMPARE(p.plan.ops[7].from, QStringLiteral("cuda:1"));
        QCOMPARE(p.plan.ops[8].from, QString());
        QCOMPARE(p.plan.ops[9].dtype, DType::BFloat16);
        QVERIFY(planFromConvertOptions(ConvertEditOptions()).plan.ops.empty());
    }

    void convertErrorsNameTheOption_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("dtype") << QStringLiteral("dtype") << QStringLiteral("int8")
                               << QStringLiteral("--dtype wants float16, bfloat16 or float32, not 'int8'");
        QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("cdua")
                                << QStringLiteral("--device 'cdua' is not a device");
        QTest::newRow("device with a pair")
            << QStringLiteral("device") << QStringLiteral("cuda:1=cpu") << QStringLiteral("--device wants one device");
        QTest::newRow("map-location without =") << QStringLiteral("map-location") << QStringLiteral("cpu")
                                                << QStringLiteral("--map-location wants SRC=DST");
        QTest::newRow("rename") << QStringLiteral("rename") << QStringLiteral("fc")
                                << QStringLiteral("--rename wants PATH=KEY, got 'fc'");
        QTest::newRow("extract empty") << QStringLiteral("extract") << QString()
                                       << QStringLiteral("--extract wants the path of a subtree");
    }

    void convertErrorsNameTheOption()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, error);
        ConvertEditOptions o;
        if (option == QLatin1String("dtype"))
            o.dtype = value;
        else if (option == QLatin1String("device"))
            o.device = value;
        else if (option == QLatin1String("map-location"))
            o.mapLocations = { value };
        else if (option == QLatin1String("rename"))
            o.renames = { value };
        else if (option == QLatin1String("extract"))
            o.extract = value;
        const ParsedPlan p = planFromConvertOptions(o);
        QVERIFY(!p.ok());
        QVERIFY2(p.error.english().startsWith(error), qPrintable(p.error.english()));

        // The CLI refuses with the same words, exit 2, and writes nothing.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.pt"));
        QProcess ckpt;
        ckpt.start(testpaths::binDir() + QStringLiteral("/ckpt"),
            { QStringLiteral("convert"), testpaths::fixture(QStringLiteral("state_dict.pt")), out,
                QStringLiteral("--") + option, value });
        QVERIFY(ckpt.waitForFinished(60000));
        QCOMPARE(ckpt.exitCode(), 2);
        const QString err = QString::fromUtf8(ckpt.readAllStandardError()).trimmed();
        QVERIFY2(err.contains(error), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestPlanParse)
#include "test_plan_parse.moc"
