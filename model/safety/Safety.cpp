#include "model/safety/Safety.h"
#include "model/safety/SafetyTables.h"

#include "model/checkpoint/WeightsOnlyAllowList.h"

#include <QStringList>

// Grading of pickle globals (FORMATS.md C1-C6), in this order:
//  0. an empty module or name, or copyreg's EXT registry: the target is unknown -> Dangerous
//     (picklescan grades "unknown" the same); a name that is not a dotted Python identifier
//     -> Invalid (a malformed or tampered pickle: Python cannot import it).
//  1. Dangerous: the union of the picklescan, fickling and modelscan deny-lists (SafetyTables.cpp)
//     applied to every prefix of "module.name", so submodules (asyncio.unix_events) and dotted
//     names (torch.serialization + load as torch + serialization.load) are covered; plus three
//     rules of ours against attribute walking: a dunder in the name (`X.__init__.__globals__`),
//     a denied module reached through a dotted name (`torch._utils` + `os.system`), and a
//     reference to a module object itself (`torch` + `_utils`, the sys_module_override trick).
//  2. Allowed: PyTorch's weights_only allow-list (newer PyTorch, which also maps Python-2 names
//     such as __builtin__.set first).
//  3. NeedsCode: everything else.

namespace ckpt {
namespace {

using namespace safety;

enum class Why {
    Unresolved,
    BadName,
    DeniedName,
    DeniedModule,
    Internals,
    ThroughAttribute,
    ModuleObject,
    Allowed,
    NeedsCode,
};

struct Judgement {
    Verdict verdict = Verdict::NeedsCode;
    Why why = Why::NeedsCode;
    Threat threat = Threat::Unresolved;
    unsigned sources = 0;
    QString matched; // the deny-list entry or dunder that decided it
    QString mappedFull; // the Python 3 name when a Python-2 name was mapped
    TorchReleases allowedIn = 0; // releases whose weights_only allow-list holds it
};

bool isIdentifier(const QString &s)
{
    if (s.isEmpty() || !(s.front().isLetter() || s.front() == QLatin1Char('_')))
        return false;
    for (const QChar c : s)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    return true;
}

bool isDottedName(const QString &s)
{
    const QStringList parts = s.split(QLatin1Char('.'));
    for (const QString &p : parts)
        if (!isIdentifier(p))
            return false;
    return true;
}

bool isDunder(const QString &c)
{
    return c.size() > 4 && c.startsWith(QLatin1String("__")) && c.endsWith(QLatin1String("__"))
        && c != QLatin1String("__newobj__") && c != QLatin1String("__newobj_ex__"); // copyreg's
}

// Module objects a name may re-export (`torch.serialization` + `pickle`): ours, kept short so a
// project function called `test` or `code` is not flagged.
bool isReexportedDangerousModule(const QString &name)
{
    static const QStringList names = { QStringLiteral("os"), QStringLiteral("posix"), QStringLiteral("nt"),
        QStringLiteral("sys"), QStringLiteral("subprocess"), QStringLiteral("builtins"), QStringLiteral("importlib"),
        QStringLiteral("pickle"), QStringLiteral("_pickle"), QStringLiteral("cPickle"), QStringLiteral("runpy"),
        QStringLiteral("ctypes"), QStringLiteral("marshal"), QStringLiteral("pty"), QStringLiteral("shutil"),
        QStringLiteral("socket"), QStringLiteral("asyncio") };
    return names.contains(name);
}

QString join(const QStringList &parts, qsizetype from, qsizetype to)
{
    return parts.mid(from, to - from).join(QLatin1Char('.'));
}

Judgement dangerous(Why why, Threat threat, unsigned sources, const QString &matched)
{
    Judgement j;
    j.verdict = Verdict::Dangerous;
    j.why = why;
    j.threat = threat;
    j.sources = sources;
    j.matched = matched;
    return j;
}

// Steps 1a-1f for one spelling of the global; false if nothing on a deny-list matches.
bool denyCheck(const QString &module, const QString &name, Judgement *out)
{
    const QString full = module + QLatin1Char('.') + name;
    if (isInertException(full))
        return false;
    const QStringList comps = full.split(QLatin1Char('.'));
    const QStringList nameComps = name.split(QLatin1Char('.'));
    const qsizetype n = comps.size(), moduleLen = n - nameComps.size();

    // 1a. named gadgets: (module prefix, following component(s))
    for (qsizetype k = 1; k < n; ++k)
        for (qsizetype e = k + 1; e <= n; ++e)
            if (const DeniedName *d = findDeniedName(join(comps, 0, k), join(comps, k, e))) {
                *out = dangerous(Why::DeniedName, d->threat, d->sources, QString());
                return true;
            }
    // 1b. dunder attributes in the name
    for (const QString &c : nameComps)
        if (isDunder(c)) {
            *out = dangerous(Why::Internals, Threat::Internals, Ours, c);
            return true;
        }
    // 1c. whole modules, including parents and names that continue the module path
    for (qsizetype k = 1; k <= n; ++k) {
        const QString prefix = join(comps, 0, k);
        const DeniedModule *d = findDeniedModule(prefix);
        if (!d)
            continue;
        if (d->threat == Threat::Builtin && k == moduleLen && nameComps.size() == 1 && isSafeBuiltin(name))
            continue;
        bool exempt = false;
        for (qsizetype k2 = k + 1; k2 < n && !exempt; ++k2)
            exempt = isExemptPrefix(join(comps, 0, k2));
        if (exempt)
            continue;
        *out = dangerous(k == n ? Why::DeniedName : Why::DeniedModule, d->threat, d->sources, prefix);
        return true;
    }
    // 1d. a denied module reached by walking attributes of a dotted name
    if (nameComps.size() >= 2) {
        for (qsizetype j = 0; j < nameComps.size(); ++j)
            for (qsizetype k = j + 1; k <= nameComps.size(); ++k) {
                const QString sub = join(nameComps, j, k);
                const DeniedModule *d = findDeniedModule(sub);
                if (!d)
                    continue;
                Threat threat = d->threat;
                unsigned sources = d->sources;
                if (k < nameComps.size())
                    if (const DeniedName *dn = findDeniedName(sub, nameComps.at(k))) {
                        threat = dn->threat;
                        sources = dn->sources;
                    }
                *out = dangerous(Why::ThroughAttribute, threat, sources | Ours, sub);
                return true;
            }
    }
    // 1d'. a method that writes files or loads a library, reached through a class
    if (nameComps.size() >= 2 && isDangerousMethod(nameComps.last())) {
        *out = dangerous(Why::DeniedName, Threat::Files, Ours, QString());
        if (nameComps.last() == QLatin1String("load_library"))
            out->threat = Threat::Native;
        return true;
    }
    // 1e. a dangerous module re-exported under a plain name (`torch.serialization` + `pickle`)
    if (nameComps.size() == 1 && isReexportedDangerousModule(name)) {
        const DeniedModule *d = findDeniedModule(name);
        *out = dangerous(
            Why::ThroughAttribute, d ? d->threat : Threat::ModuleObject, (d ? d->sources : 0u) | Ours, name);
        return true;
    }
    // 1f. a module object itself (`torch` + `_utils`)
    if (isKnownModule(full)) {
        *out = dangerous(Why::ModuleObject, Threat::ModuleObject, Ours, full);
        return true;
    }
    return false;
}

Judgement judge(const QString &module, const QString &name)
{
    Judgement j;
    if (module.isEmpty() || name.isEmpty()
        || (module == QLatin1String("copyreg") && name.startsWith(QLatin1String("_extension_registry[")))) {
        return dangerous(Why::Unresolved, Threat::Unresolved, Picklescan, QString());
    }
    if (!isDottedName(module) || !isDottedName(name)) {
        j.verdict = Verdict::Invalid;
        j.why = Why::BadName;
        return j;
    }
    // Python 3 (and PyTorch's weights_only unpickler) load a Python-2 name under its new name; if
    // no mapping applies, the name is used as written.
    QString m = module, nm = name;
    const bool mapped = mapPython2Name(&m, &nm);
    Judgement d;
    if (denyCheck(m, nm, &d)) {
        if (mapped)
            d.mappedFull = m + QLatin1Char('.') + nm;
        return d;
    }
    if (mapped)
        j.mappedFull = m + QLatin1Char('.') + nm;
    j.allowedIn = weightsOnlyPossibleAcceptance(module, name);
    if (j.allowedIn != 0) {
        j.verdict = Verdict::Allowed;
        j.why = Why::Allowed;
    }
    return j;
}

Phrase needsCodeText(const Phrase &shown, const QString &full)
{
    if (full.startsWith(QLatin1String("__torch__.")))
        return Phrase::translate("ckpt::Safety",
            "%1 is a TorchScript class: torch.jit.load builds it from the archive's code/ folder; torch.load "
            "cannot")
            .arg(shown);
    if (full.startsWith(QLatin1String("torch.jit._pickle.")))
        return Phrase::translate("ckpt::Safety",
            "%1 is a TorchScript pickle helper that torch.jit.load reads; it is not in PyTorch's weights_only "
            "allow-list")
            .arg(shown);
    const QString canonical = canonicalTorchName(full);
    if (!canonical.isEmpty())
        return Phrase::translate("ckpt::Safety",
            "%1 is another spelling of %2, which PyTorch never writes; weights_only accepts only %2, so "
            "torch.load needs weights_only=False")
            .arg(shown, canonical);
    if (isTorchLayoutOrMemoryFormat(full))
        return Phrase::translate("ckpt::Safety",
            "%1 is not in PyTorch's weights_only allow-list: weights_only rejects torch layouts and memory "
            "formats as bare globals (torch.save writes layouts through torch.serialization._get_layout), so "
            "torch.load needs weights_only=False")
            .arg(shown);
    return Phrase::translate("ckpt::Safety",
        "%1 is not in PyTorch's weights_only allow-list: importing and calling `%2` is what "
        "torch.load(weights_only=False) would do")
        .arg(shown, full);
}

} // namespace

Verdict gradeGlobal(const QString &module, const QString &name)
{
    return judge(module, name).verdict;
}

Phrase explainGlobal(const QString &module, const QString &name)
{
    const Judgement j = judge(module, name);
    const QString written = module + QLatin1Char('.') + name;
    const QString full = j.mappedFull.isEmpty() ? written : j.mappedFull;
    const Phrase shown = j.mappedFull.isEmpty()
        ? Phrase(written)
        : Phrase::translate("ckpt::Safety", "%1 (%2 in Python 3)").arg(written, j.mappedFull);
    const Phrase listedBy = sourcesText(j.sources & ~unsigned(Ours));
    const QString ours = (j.sources & Ours) ? QStringLiteral("Checkpoint Inspector") : QString();
    const Phrase ourRule = Phrase::translate("ckpt::Safety", "(%1 rule)").arg(ours);
    auto byWhom = [&](const QString &what) {
        if (listedBy.isEmpty())
            return ourRule;
        return what.isEmpty() ? Phrase::translate("ckpt::Safety", "(deny-listed by %1)").arg(listedBy)
                              : Phrase::translate("ckpt::Safety", "(%1 is deny-listed by %2)").arg(what, listedBy);
    };
    // A sentence, then who lists it: "os.system runs a shell command (deny-listed by picklescan)".
    auto listed = [](const Phrase &sentence, const Phrase &who) {
        return Phrase::translate("ckpt::Safety", "%1 %2", "a reason, then who deny-lists it (in parentheses)")
            .arg(sentence, who);
    };
    switch (j.why) {
    case Why::Unresolved:
        if (module == QLatin1String("copyreg"))
            return Phrase::translate("ckpt::Safety",
                "%1 is a pickle EXT code: copyreg's registry in the loading program chooses the target, so "
                "it cannot be checked")
                .arg(written);
        return Phrase::translate("ckpt::Safety",
            "global `%1` has an empty module or name: its target cannot be known before loading, which "
            "scanners treat as dangerous")
            .arg(written);
    case Why::BadName:
        return Phrase::translate(
            "ckpt::Safety", "`%1` is not a valid Python name: the pickle is malformed or tampered with")
            .arg(written);
    case Why::DeniedName:
        return listed(threatSentence(j.threat, shown), byWhom(QString()));
    case Why::DeniedModule:
        if (j.threat == Threat::Builtin)
            return Phrase::translate("ckpt::Safety", "%1 %2; only plain-data builtins (set, int, ...) are safe")
                .arg(threatSentence(j.threat, shown), byWhom(j.matched));
        return listed(threatSentence(j.threat, shown), byWhom(j.matched));
    case Why::Internals:
        return Phrase::translate(
            "ckpt::Safety", "%1 walks Python internals through `%2`, a path to eval or any module (%3 rule)")
            .arg(shown, j.matched, ours);
    case Why::ThroughAttribute:
        return Phrase::translate("ckpt::Safety", "%1 reaches the module %2 through attribute access; %3 %4")
            .arg(shown, j.matched, threatSentence(j.threat, j.matched), byWhom(QString()));
    case Why::ModuleObject:
        return listed(threatSentence(j.threat, shown), ourRule);
    case Why::Allowed:
        if (!(j.allowedIn & releaseBit(TorchRelease::Torch1_13)))
            return Phrase::translate("ckpt::Safety",
                "%1 is in PyTorch's weights_only allow-list (PyTorch 2.x; 1.13's weights_only rejects it)")
                .arg(shown);
        if (!(j.allowedIn & releaseBit(TorchRelease::Torch2_6Plus)))
            return Phrase::translate("ckpt::Safety",
                "%1 is in PyTorch's weights_only allow-list of 1.13 (and maybe early 2.x); newer PyTorch "
                "rejects it")
                .arg(shown);
        return Phrase::translate("ckpt::Safety", "%1 is in PyTorch's weights_only allow-list").arg(shown);
    case Why::NeedsCode:
        break;
    }
    return needsCodeText(shown, full);
}

} // namespace ckpt
