#include "model/safety/WeightsOnlyDoctor.h"

#include "model/checkpoint/Checkpoint.h"
#include "model/checkpoint/TreeWalk.h"
#include "model/checkpoint/WeightsOnlyAllowList.h"
#include "model/safety/Safety.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <unordered_set>

// The vetted pure-data list: classes whose pickled form holds nothing but data, so allowing
// them in torch.load(weights_only=True) runs no code of the file's choosing, and so the
// rewrite can turn them into plain values. Names as the pickle writes them (Python 3 spelling).
// Sources: argparse (stdlib), numpy/core/multiarray.py and numpy/_core/multiarray.py
// (scalar, _reconstruct; numpy 1.x and 2.x), pathlib (stdlib), lightning_fabric
// utilities/data.py and pytorch_lightning utilities/parsing.py (AttributeDict, a dict
// subclass), omegaconf dictconfig.py / listconfig.py / base.py / nodes.py.

namespace ckpt {

namespace {
const char *const kNamespace = QT_TRANSLATE_NOOP(
    "ckpt::WeightsOnlyDoctor", "the training script's command-line arguments (argparse.Namespace): plain data");
const char *const kNumpyScalar = QT_TRANSLATE_NOOP(
    "ckpt::WeightsOnlyDoctor", "one NumPy number (numpy.float64(0.5), numpy.int64(3) ...): plain data");
const char *const kNumpyDtype = QT_TRANSLATE_NOOP("ckpt::WeightsOnlyDoctor",
    "a NumPy dtype (float32, int64 ...), written with every NumPy number and array: plain data");
const char *const kNumpyArray
    = QT_TRANSLATE_NOOP("ckpt::WeightsOnlyDoctor", "rebuilds a NumPy array from its bytes: plain data");
const char *const kNumpyNdarray
    = QT_TRANSLATE_NOOP("ckpt::WeightsOnlyDoctor", "the NumPy array class, named by every pickled array: plain data");
const char *const kPath = QT_TRANSLATE_NOOP("ckpt::WeightsOnlyDoctor", "a file system path (pathlib): plain data");
const char *const kAttributeDict = QT_TRANSLATE_NOOP(
    "ckpt::WeightsOnlyDoctor", "Lightning's hyper-parameter dict (AttributeDict, a dict subclass): plain data");
const char *const kDefaultDict = QT_TRANSLATE_NOOP(
    "ckpt::WeightsOnlyDoctor", "a dict with a default factory (collections.defaultdict): plain data");
const char *const kOmegaConf
    = QT_TRANSLATE_NOOP("ckpt::WeightsOnlyDoctor", "an OmegaConf (Hydra) config container: plain data");

std::vector<PureDataGlobal> buildTable()
{
    using R = DataRewrite;
    std::vector<PureDataGlobal> t = {
        { "argparse.Namespace", kNamespace, R::ToDict },
        { "numpy.dtype", kNumpyDtype, R::Part },
        { "numpy.ndarray", kNumpyNdarray, R::Part },
        { "collections.defaultdict", kDefaultDict, R::ToDict },
    };
    // numpy 1.x pickles numpy.core.multiarray.X, numpy 2.x numpy._core.multiarray.X
    for (const char *s : { "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar" })
        t.push_back({ s, kNumpyScalar, R::ToNumber });
    for (const char *a : { "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct" })
        t.push_back({ a, kNumpyArray, R::ToTensor });
    for (const char *p : { "pathlib.PosixPath", "pathlib.WindowsPath", "pathlib.PurePosixPath",
             "pathlib.PureWindowsPath", "pathlib.Path", "pathlib.PurePath" })
        t.push_back({ p, kPath, R::ToString });
    for (const char *a :
        { "lightning_fabric.utilities.data.AttributeDict", "lightning.fabric.utilities.data.AttributeDict",
            "pytorch_lightning.utilities.parsing.AttributeDict", "lightning.pytorch.utilities.parsing.AttributeDict" })
        t.push_back({ a, kAttributeDict, R::ToDict });
    for (const char *o : { "omegaconf.dictconfig.DictConfig", "omegaconf.listconfig.ListConfig",
             "omegaconf.base.ContainerMetadata", "omegaconf.base.Metadata", "omegaconf.nodes.AnyNode",
             "omegaconf.nodes.StringNode", "omegaconf.nodes.IntegerNode", "omegaconf.nodes.FloatNode",
             "omegaconf.nodes.BooleanNode", "omegaconf.nodes.EnumNode", "omegaconf.nodes.PathNode" })
        t.push_back({ o, kOmegaConf, R::NotRewritten });
    return t;
}

Phrase sentence(const char *s)
{
    return Phrase::translate("ckpt::WeightsOnlyDoctor", s); // marked in the table above
}

// Python identifiers for the snippet's import lines.
struct SnippetName {
    QString import; // "import argparse"
    QString expr; // "argparse.Namespace"
};

void collectNumpyCodes(const Checkpoint &ckpt, QStringList *codes)
{
    std::unordered_set<const Value *> seen;
    std::vector<ValuePtr> stack;
    if (ckpt.root)
        stack.push_back(ckpt.root);
    while (!stack.empty()) {
        const ValuePtr v = stack.back();
        stack.pop_back();
        if (!v || (v.use_count() > 1 && !seen.insert(v.get()).second))
            continue;
        if (v->kind == Value::Kind::NumpyScalar && !v->className.isEmpty() && !codes->contains(v->className))
            *codes << v->className;
        if (v->kind == Value::Kind::NumpyArray && !v->text.isEmpty() && !codes->contains(v->text))
            *codes << v->text;
        if (v->kind == Value::Kind::Object && v->className == QLatin1String("numpy.dtype") && !v->items.empty()
            && v->items[0]->kind == Value::Kind::String && !codes->contains(v->items[0]->text))
            *codes << v->items[0]->text;
        forEachChild(*v, [&stack](const PathPart &, const ValuePtr &c) { stack.push_back(c); });
        if (v->state())
            stack.push_back(v->state());
    }
    codes->sort();
}
} // namespace

QString refusedClassName(RefusedClass c)
{
    switch (c) {
    case RefusedClass::Data:
        return QStringLiteral("data");
    case RefusedClass::Code:
        return QStringLiteral("code");
    case RefusedClass::Dangerous:
        return QStringLiteral("dangerous");
    }
    return QString();
}

QString releaseKey(TorchRelease r)
{
    switch (r) {
    case TorchRelease::Torch1_13:
        return QStringLiteral("1.13");
    case TorchRelease::Torch2_0To2_5:
        return QStringLiteral("2.0-2.5");
    case TorchRelease::Torch2_6Plus:
        return QStringLiteral("2.6+");
    }
    return QString();
}

const std::vector<PureDataGlobal> &pureDataGlobals()
{
    static const std::vector<PureDataGlobal> table = buildTable();
    return table;
}

const PureDataGlobal *findPureDataGlobal(const QString &global)
{
    static const QHash<QString, const PureDataGlobal *> byName = [] {
        QHash<QString, const PureDataGlobal *> h;
        for (const PureDataGlobal &g : pureDataGlobals())
            h.insert(QString::fromLatin1(g.global), &g);
        return h;
    }();
    return byName.value(global, nullptr);
}

RefusedGlobal classifyRefusedGlobal(const QString &global, Verdict verdict)
{
    RefusedGlobal r;
    r.global = global;
    const qsizetype dot = global.lastIndexOf(QLatin1Char('.'));
    const QString module = dot > 0 ? global.left(dot) : global, name = dot > 0 ? global.mid(dot + 1) : QString();
    if (verdict == Verdict::Dangerous) {
        r.cls = RefusedClass::Dangerous;
        r.why = explainGlobal(module, name);
        return r;
    }
    if (const PureDataGlobal *d = findPureDataGlobal(global)) {
        r.cls = RefusedClass::Data;
        r.why = sentence(d->sentence);
        return r;
    }
    QString m = module, n = name;
    mapPython2Name(&m, &n);
    if (verdict == Verdict::Allowed || possiblyAllowedIn(m + QLatin1Char('.') + n) != 0) {
        // In some release's allow-list, not in this one's (1.13 lacks _codecs.encode, torch.device ...).
        r.cls = RefusedClass::Data;
        r.why = Phrase::translate(
            "ckpt::WeightsOnlyDoctor", "in newer PyTorch's weights_only allow-list (1.13's lacks it): plain data");
        if (global == QLatin1String("_codecs.encode"))
            r.why = Phrase::translate("ckpt::WeightsOnlyDoctor",
                "bytes, as Python 3 pickles them (_codecs.encode): in newer PyTorch's weights_only allow-list, 1.13's "
                "lacks it");
        return r;
    }
    r.cls = RefusedClass::Code;
    if (global.startsWith(QLatin1String("__main__.")))
        r.why = Phrase::translate("ckpt::WeightsOnlyDoctor",
            "a class of the script that saved the file (__main__): a whole object such as a model, which needs its "
            "class's code to load");
    else if (global.startsWith(QLatin1String("torch.nn.modules.")))
        r.why = Phrase::translate("ckpt::WeightsOnlyDoctor",
            "a whole torch.nn module (the model object, not its state_dict): it needs its class's code to load");
    else if (global.startsWith(QLatin1String("__torch__.")))
        r.why = Phrase::translate(
            "ckpt::WeightsOnlyDoctor", "a TorchScript class: torch.jit.load builds it from the archive's code");
    else
        r.why = Phrase::translate("ckpt::WeightsOnlyDoctor",
            "a class or function of %1 that is not on the vetted list of plain-data classes: loading it needs its "
            "code (weights_only=False)")
                    .arg(module);
    return r;
}

QString allowSnippet(const std::vector<RefusedGlobal> &refused, const QString &file, const QStringList &numpyDtypeCodes)
{
    QStringList imports, items, notAllowed;
    bool numpy = false, numpyScalar = false, numpyReconstruct = false;
    for (const RefusedGlobal &g : refused) {
        if (g.cls != RefusedClass::Data) {
            notAllowed << QStringLiteral("%1 (%2)").arg(g.global, refusedClassName(g.cls));
            continue;
        }
        const QString &n = g.global;
        if (n.startsWith(QLatin1String("numpy.core.multiarray."))
            || n.startsWith(QLatin1String("numpy._core.multiarray."))) {
            // The name as this file writes it: numpy 2.x moved numpy.core to numpy._core, and
            // torch compares names, so the (object, "name in the file") form fits either numpy.
            const bool scalar = n.endsWith(QLatin1String(".scalar"));
            (scalar ? numpyScalar : numpyReconstruct) = true;
            items << QStringLiteral("(%1, \"%2\")")
                         .arg(scalar ? QStringLiteral("_np_scalar") : QStringLiteral("_np_reconstruct"), n);
            numpy = true;
            continue;
        }
        const qsizetype dot = n.lastIndexOf(QLatin1Char('.'));
        const QString module = n.left(dot);
        if (module == QLatin1String("numpy"))
            numpy = true;
        else if (!imports.contains(QStringLiteral("import ") + module))
            imports << QStringLiteral("import ") + module;
        items << n;
    }
    if (items.isEmpty() && notAllowed.isEmpty())
        return QString();
    QStringList lines;
    lines << QStringLiteral("# torch >= 2.6 (add_safe_globals since 2.4, the (object, name) form since 2.6);")
          << QStringLiteral(
                 "# 1.13 cannot allow globals: `ckpt convert IN OUT --weights-only-safe` writes a file it loads.");
    imports.sort();
    if (numpy)
        imports << QStringLiteral("import numpy");
    lines << imports << QStringLiteral("import torch");
    if (numpyScalar || numpyReconstruct) {
        lines << QString() << QStringLiteral("try:  # numpy 2.x");
        if (numpyScalar)
            lines << QStringLiteral("    from numpy._core.multiarray import scalar as _np_scalar");
        if (numpyReconstruct)
            lines << QStringLiteral("    from numpy._core.multiarray import _reconstruct as _np_reconstruct");
        lines << QStringLiteral("except ImportError:  # numpy 1.x");
        if (numpyScalar)
            lines << QStringLiteral("    from numpy.core.multiarray import scalar as _np_scalar");
        if (numpyReconstruct)
            lines << QStringLiteral("    from numpy.core.multiarray import _reconstruct as _np_reconstruct");
    }
    if (numpy) {
        // numpy >= 1.25: every dtype is an instance of its own class (numpy.dtypes.Float64DType),
        // which torch's weights_only checks when the dtype is rebuilt.
        for (const QString &code : numpyDtypeCodes)
            items << QStringLiteral("type(numpy.dtype(\"%1\"))").arg(code);
    }
    lines << QString();
    if (!notAllowed.isEmpty())
        lines << QStringLiteral("# Not allowed here: %1. The file still needs weights_only=False and the code for "
                                "them, or drop them: ckpt convert --weights-only-safe with --extract/--drop.")
                     .arg(notAllowed.join(QStringLiteral(", ")));
    if (items.isEmpty())
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const QString list = QStringLiteral("[\n    ") + items.join(QStringLiteral(",\n    ")) + QStringLiteral(",\n]");
    QString path = file;
    path.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    lines << QStringLiteral("SAFE = ") + list << QStringLiteral("# for every torch.load of this process:")
          << QStringLiteral("torch.serialization.add_safe_globals(SAFE)")
          << QStringLiteral("ckpt = torch.load(\"%1\", weights_only=True)").arg(path)
          << QStringLiteral("# or for this load only:")
          << QStringLiteral("with torch.serialization.safe_globals(SAFE):")
          << QStringLiteral("    ckpt = torch.load(\"%1\", weights_only=True)").arg(path);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

WeightsOnlyExplanation explainWeightsOnly(const Checkpoint &ckpt)
{
    WeightsOnlyExplanation e;
    e.verdicts = weightsOnlyVerdicts(ckpt);
    QHash<QString, Verdict> grade;
    for (const Finding &f : ckpt.findings)
        if (!f.global.isEmpty() && f.readByTorchLoad)
            grade.insert(f.global, std::max(grade.value(f.global, Verdict::Allowed), f.verdict));
    QHash<QString, size_t> inAll;
    for (size_t i = 0; i < kTorchReleases.size(); ++i) {
        for (const QString &g : e.verdicts[i].unsafeGlobals) {
            RefusedGlobal r = classifyRefusedGlobal(g, grade.value(g, Verdict::NeedsCode));
            r.refusedBy = releaseBit(kTorchReleases[i]);
            auto it = inAll.constFind(g);
            if (it == inAll.constEnd()) {
                inAll.insert(g, e.all.size());
                e.all.push_back(r);
            } else {
                e.all[*it].refusedBy |= r.refusedBy;
            }
            e.refused[i].push_back(std::move(r));
        }
    }
    for (const RefusedGlobal &r : e.all)
        for (size_t i = 0; i < kTorchReleases.size(); ++i)
            if (r.refusedBy & releaseBit(kTorchReleases[i]))
                for (RefusedGlobal &x : e.refused[i])
                    if (x.global == r.global)
                        x.refusedBy = r.refusedBy;
    std::sort(
        e.all.begin(), e.all.end(), [](const RefusedGlobal &a, const RefusedGlobal &b) { return a.global < b.global; });
    const size_t newest = kTorchReleases.size() - 1;
    const std::vector<RefusedGlobal> &now = e.refused[newest];
    e.onlyDataRefused = !now.empty()
        && std::all_of(now.begin(), now.end(), [](const RefusedGlobal &r) { return r.cls == RefusedClass::Data; });
    if (!now.empty()) {
        QStringList codes;
        collectNumpyCodes(ckpt, &codes);
        e.allowSnippet = allowSnippet(now, ckpt.file, codes);
    }
    return e;
}

} // namespace ckpt
