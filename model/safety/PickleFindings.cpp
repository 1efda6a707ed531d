#include "model/safety/PickleFindings.h"

#include "model/checkpoint/WeightsOnly.h"
#include "model/safety/Safety.h"

#include <QSet>

namespace ckpt {

namespace {
// Findings kept per file: a pickle of a million distinct GLOBALs must not become a
// million findings. Past the limit reading stops (exit 2 unless a payload was seen).
constexpr qsizetype kMaxFindings = 20000;

} // namespace

void recordPickleFindings(
    Checkpoint &ckpt, const Unpickler &vm, const Phrase &where, bool parsedOk, bool readByTorchLoad)
{
    QSet<QString> known; // globals already recorded for this stream
    for (const Finding &f : ckpt.findings)
        if (f.where == where)
            known.insert(f.global);
    bool dangerousSeen = false;
    QString outsideAllowList; // the first global that is not allowed, for a parse error after it
    for (const GlobalRef &g : vm.globals()) {
        Finding f;
        f.global = g.module + QLatin1Char('.') + g.name;
        f.where = where;
        f.readByTorchLoad = readByTorchLoad;
        if (known.contains(f.global))
            continue;
        known.insert(f.global);
        f.verdict = g.module == QLatin1String("unknown") ? Verdict::Dangerous : gradeGlobal(g.module, g.name);
        f.detail = g.module == QLatin1String("unknown")
            ? Phrase::translate("ckpt::Safety", "STACK_GLOBAL with arguments that are not strings hides its target")
            : explainGlobal(g.module, g.name);
        if (g.how != QLatin1String("GLOBAL"))
            f.detail = Phrase::translate("ckpt::Safety", "%1 (via %2 at byte %3)",
                "a reason, then the opcode and "
                "where it names the global")
                           .arg(f.detail, g.how)
                           .arg(g.offset);
        dangerousSeen |= f.verdict == Verdict::Dangerous;
        if (f.verdict != Verdict::Allowed && outsideAllowList.isEmpty())
            outsideAllowList = f.global;
        if (qsizetype(ckpt.findings.size()) >= kMaxFindings && f.verdict != Verdict::Dangerous) {
            if (ckpt.error.isEmpty())
                ckpt.error = QStringLiteral("more than %1 findings; the rest were not listed").arg(kMaxFindings);
            continue;
        }
        ckpt.findings.push_back(f);
    }
    auto structural = [&](const Phrase &detail) {
        Finding f;
        f.verdict = Verdict::Invalid;
        f.where = where;
        f.detail = detail;
        f.readByTorchLoad = readByTorchLoad;
        ckpt.findings.push_back(f);
    };
    for (const Phrase &odd : vm.oddities())
        structural(odd);
    if (vm.strayStackItems() > 0)
        structural(Phrase::translate(
            "ckpt::Safety", "%n item(s) left on the stack after STOP", nullptr, int(vm.strayStackItems())));
    if (!parsedOk && dangerousSeen)
        structural(Phrase::translate("ckpt::Safety", "the pickle breaks after a dangerous global: %1").arg(vm.error()));
    else if (!parsedOk && !outsideAllowList.isEmpty()) {
        // Python imports and calls a global as it reaches it: whatever it was, it ran before the
        // stream broke, and a break is where a payload hides from scanners.
        Finding f;
        f.global = outsideAllowList;
        f.verdict = Verdict::Dangerous;
        f.where = where;
        f.readByTorchLoad = readByTorchLoad;
        f.detail = Phrase::translate("ckpt::Safety",
            "the pickle breaks after importing %1, a global outside the allow-list: torch.load would "
            "have called it before failing (%2)")
                       .arg(outsideAllowList, vm.error());
        ckpt.findings.push_back(f);
    }
    for (const QString &op : vm.nonWeightsOnlyOpcodes())
        if (readByTorchLoad && !ckpt.nonWeightsOnlyOpcodes.contains(op))
            ckpt.nonWeightsOnlyOpcodes << op;
    // 2.x reads BINFLOAT, 1.13's weights_only does not: a fact weightsOnlyVerdict() reads.
    if (readByTorchLoad && vm.usedOpcodes().test(quint8('G')))
        noteOpcodeTorch113Refuses(ckpt, QStringLiteral("BINFLOAT"));
}

ValuePtr scanPickle(Checkpoint &ckpt, const QByteArray &bytes, const QString &where, qint64 *end, bool readByTorchLoad)
{
    PlainHooks hooks;
    Unpickler vm(bytes, &hooks);
    ValuePtr v = vm.run();
    recordPickleFindings(ckpt, vm, where, bool(v), readByTorchLoad);
    if (end)
        *end = vm.endOffset();
    if (!v)
        ckpt.warnings << Phrase::translate("ckpt::Safety", "%1: %2", "where a pickle is, then why it stops")
                             .arg(where)
                             .arg(vm.error());
    return v;
}

namespace {
bool onlyPadding(const QByteArray &bytes, qint64 from)
{
    for (qint64 i = from; i < bytes.size(); ++i)
        switch (bytes[i]) {
        case ' ':
        case '\t':
        case '\r':
        case '\n':
        case '\0':
            break;
        default:
            return false;
        }
    return true;
}
constexpr int kMaxStacked = 1000; // pickles per byte range; each needs at least 2 bytes anyway
} // namespace

ValuePtr scanPickles(Checkpoint &ckpt, const QByteArray &bytes, qint64 start, const Phrase &where, Phrase *error,
    std::vector<ValuePtr> *all, const Unpickler::Limits *limits)
{
    ValuePtr first;
    qint64 pos = start;
    int n = 1;
    for (; pos < bytes.size() && n <= kMaxStacked; ++n) {
        if (n > 1 && onlyPadding(bytes, pos))
            break;
        PlainHooks hooks;
        Unpickler vm(bytes, &hooks);
        if (limits)
            vm.setLimits(*limits);
        ValuePtr v = vm.run(pos);
        const Phrase name
            = n == 1 ? where : Phrase::translate("ckpt::Safety", "%1, pickle %2 at byte %3").arg(where).arg(n).arg(pos);
        recordPickleFindings(ckpt, vm, name, bool(v), false);
        if (!v && n > 1) {
            ckpt.findings.push_back({ QString(), Verdict::Invalid, name,
                Phrase::translate("ckpt::Safety", "%1 bytes after STOP that do not form a pickle (%2)")
                    .arg(bytes.size() - pos)
                    .arg(vm.error()),
                false });
            break;
        }
        if (!v) {
            if (error)
                *error = Phrase::translate("ckpt::Safety", "%1: %2", "where a pickle is, then why it stops")
                             .arg(where, vm.error());
            return vm.partialResult();
        }
        if (n == 1)
            first = v;
        if (all)
            all->push_back(v);
        pos = vm.endOffset();
    }
    if (n > kMaxStacked && pos < bytes.size() && !onlyPadding(bytes, pos)) {
        // Not a clean bill of health: say the rest was not read.
        const Phrase why
            = Phrase::translate("ckpt::Safety", "%1: more than %2 stacked pickles; the rest was not scanned")
                  .arg(where)
                  .arg(kMaxStacked);
        ckpt.findings.push_back({ QString(), Verdict::Invalid, where, why, false });
        if (ckpt.error.isEmpty())
            ckpt.error = why.english();
    }
    if (!first && error && error->isEmpty())
        *error = QStringLiteral("%1: no pickle").arg(where.english());
    return first;
}

void scanAfterStop(Checkpoint &ckpt, const QByteArray &bytes, qint64 from, const Phrase &where, const Phrase &position)
{
    if (from <= 0 || from >= bytes.size() || onlyPadding(bytes, from))
        return;
    ckpt.findings.push_back({ QString(), Verdict::Invalid, where,
        Phrase::translate("ckpt::Safety", "%1 bytes after %2, which torch.load ignores (scanned for pickles)")
            .arg(bytes.size() - from)
            .arg(position),
        false });
    scanPickles(ckpt, bytes, from, Phrase::translate("ckpt::Safety", "%1 after %2").arg(where, position), nullptr);
}

void scanWhatTorchLoadUnpickles(Checkpoint &ckpt, const QByteArray &bytes)
{
    PlainHooks hooks;
    Unpickler vm(bytes, &hooks);
    const bool parsed = bool(vm.run());
    if (vm.globals().empty())
        return; // not a pickle that imports anything: torch.load fails before running code
    const Phrase where = Phrase::translate("ckpt::Safety", "the file from byte 0, as torch.load unpickles it");
    ckpt.findings.push_back({ QString(), Verdict::Invalid, where,
        Phrase::translate(
            "ckpt::Safety", "read as %1, but its bytes are also a pickle that torch.load would unpickle (a polyglot)")
            .arg(formatName(ckpt.format)),
        true });
    recordPickleFindings(ckpt, vm, where, parsed, true);
}

} // namespace ckpt
