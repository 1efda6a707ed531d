#include "PickleFindings.h"

#include <QSet>

namespace ckpt {

void recordPickleFindings(Checkpoint &ckpt, const Unpickler &vm, const QString &where, bool parsedOk,
                          bool readByTorchLoad)
{
    QSet<QString> known;
    for (const Finding &f : ckpt.findings)
        known.insert(f.global + QLatin1Char('\n') + f.where);
    bool dangerousSeen = false;
    for (const GlobalRef &g : vm.globals()) {
        Finding f;
        f.global = g.module + QLatin1Char('.') + g.name;
        f.where = where;
        f.readByTorchLoad = readByTorchLoad;
        if (known.contains(f.global + QLatin1Char('\n') + where))
            continue;
        known.insert(f.global + QLatin1Char('\n') + where);
        f.verdict = g.module == QLatin1String("unknown") ? Verdict::Dangerous : gradeGlobal(g.module, g.name);
        f.detail = g.module == QLatin1String("unknown")
            ? QStringLiteral("STACK_GLOBAL with arguments that are not strings hides its target")
            : explainGlobal(g.module, g.name);
        if (g.how != QLatin1String("GLOBAL"))
            f.detail += QStringLiteral(" (via %1 at byte %2)").arg(g.how).arg(g.offset);
        dangerousSeen |= f.verdict == Verdict::Dangerous;
        ckpt.findings.push_back(f);
    }
    auto structural = [&](const QString &detail) {
        Finding f;
        f.verdict = Verdict::Invalid;
        f.where = where;
        f.detail = detail;
        f.readByTorchLoad = readByTorchLoad;
        ckpt.findings.push_back(f);
    };
    for (const QString &odd : vm.oddities())
        structural(odd);
    if (vm.strayStackItems() > 0)
        structural(QStringLiteral("%1 item(s) left on the stack after STOP").arg(vm.strayStackItems()));
    if (!parsedOk && dangerousSeen)
        structural(QStringLiteral("the pickle breaks after a dangerous global: %1").arg(vm.error()));
    for (const QString &op : vm.nonWeightsOnlyOpcodes())
        if (readByTorchLoad && !ckpt.nonWeightsOnlyOpcodes.contains(op))
            ckpt.nonWeightsOnlyOpcodes << op;
}

ValuePtr scanPickle(Checkpoint &ckpt, const QByteArray &bytes, const QString &where, qint64 *end,
                    bool readByTorchLoad)
{
    PlainHooks hooks;
    Unpickler vm(bytes, &hooks);
    ValuePtr v = vm.run();
    recordPickleFindings(ckpt, vm, where, bool(v), readByTorchLoad);
    if (end)
        *end = vm.endOffset();
    if (!v)
        ckpt.warnings << QStringLiteral("%1: %2").arg(where, vm.error());
    return v;
}

} // namespace ckpt
