#include "model/check/Fixes.h"

#include "model/checkpoint/PathGlob.h"

#include "model/check/KeyMapping.h"
#include "model/diff/Diff.h"

namespace ckpt {

namespace {
Phrase shortList(const Phrases &items, int shown = 4)
{
    return someOf(items, shown);
}

Phrase shortList(const QStringList &keys, int shown = 4)
{
    return someOf(verbatim(keys), shown);
}

// A prefix in quotes, with what it usually means: "'module.' (DataParallel / DistributedDataParallel)".
Phrase quotedPrefix(const QString &p)
{
    const QString quoted = QLatin1Char('\'') + p + QLatin1Char('\'');
    if (p == QLatin1String("module."))
        return Phrase::translate("ckpt::Check", "%1 (DataParallel / DistributedDataParallel)").arg(quoted);
    if (p == QLatin1String("_orig_mod."))
        return Phrase::translate("ckpt::Check", "%1 (torch.compile)").arg(quoted);
    if (p == QLatin1String("model."))
        return Phrase::translate("ckpt::Check", "%1 (a wrapper's attribute, as in Lightning)").arg(quoted);
    return quoted;
}

// ckpt['model_state_dict'], ckpt[0] ...
QString pythonIndex(const Path &path)
{
    QString s = QStringLiteral("ckpt");
    for (const PathPart &p : path)
        s += p.isIndex ? QStringLiteral("[%1]").arg(p.index) : QStringLiteral("['%1']").arg(p.key);
    return s;
}

// _metadata keys are module paths without the trailing dot ("" is the root), renamed as
// ckpt convert's strip/add renames them (model/convert/ApplyPlan.cpp).
QString metadataKey(const QString &k, const PrefixChange &c)
{
    QString out = k;
    if (!c.strip.isEmpty()) {
        if (out == c.strip.chopped(c.strip.endsWith(QLatin1Char('.')) ? 1 : 0))
            out.clear();
        else if (out.startsWith(c.strip))
            out = out.mid(c.strip.size());
    }
    if (!c.add.isEmpty())
        out = out.isEmpty() ? c.add.chopped(c.add.endsWith(QLatin1Char('.')) ? 1 : 0) : c.add + out;
    return out;
}

// --drop patterns for `drop` (keys of the state_dict at `base`): a whole module's keys
// as one "prefix.*" when every key under it goes, else the key itself.
QStringList dropPatterns(const QStringList &drop, const QStringList &all, const QString &base)
{
    QHash<QString, int> total, dropped;
    auto count = [](const QStringList &keys, QHash<QString, int> &into) {
        for (const QString &k : keys)
            for (qsizetype dot = k.indexOf(QLatin1Char('.')); dot >= 0; dot = k.indexOf(QLatin1Char('.'), dot + 1))
                ++into[k.left(dot + 1)];
    };
    count(all, total);
    count(drop, dropped);
    QStringList out;
    QSet<QString> seen;
    for (const QString &k : drop) {
        QString pattern = base + globEscape(k);
        for (qsizetype dot = k.indexOf(QLatin1Char('.')); dot >= 0; dot = k.indexOf(QLatin1Char('.'), dot + 1)) {
            const QString p = k.left(dot + 1);
            if (total.value(p) >= 2 && total.value(p) == dropped.value(p)) {
                pattern = base + globEscape(p) + QLatin1Char('*');
                break;
            }
        }
        if (!seen.contains(pattern)) {
            seen.insert(pattern);
            out << pattern;
        }
    }
    return out;
}

CheckFix prefixFix(const PrefixChange &c, int changed)
{
    CheckFix f;
    if (!c.strip.isEmpty() && !c.add.isEmpty()) {
        f.kind = FixKind::ReplacePrefix;
        f.description = Phrase::translate(
            "ckpt::Check", "replace the key prefix %1 with %2 (%n keys then match the model)", nullptr, changed)
                            .arg(quotedPrefix(c.strip), quotedPrefix(c.add));
    } else if (!c.strip.isEmpty()) {
        f.kind = FixKind::StripPrefix;
        f.description = Phrase::translate(
            "ckpt::Check", "strip the key prefix %1 (%n keys then match the model)", nullptr, changed)
                            .arg(quotedPrefix(c.strip));
    } else {
        f.kind = FixKind::AddPrefix;
        f.description = Phrase::translate(
            "ckpt::Check", "add the key prefix %1: the model's keys have it (%n keys then match)", nullptr, changed)
                            .arg(quotedPrefix(c.add));
    }
    if (!c.strip.isEmpty())
        f.convertArgs << QStringLiteral("--strip-prefix") << c.strip;
    if (!c.add.isEmpty())
        f.convertArgs << QStringLiteral("--add-prefix") << c.add;
    return f;
}
} // namespace

QString fixKindName(FixKind k)
{
    switch (k) {
    case FixKind::Extract:
        return QStringLiteral("extract");
    case FixKind::StripPrefix:
        return QStringLiteral("strip_prefix");
    case FixKind::AddPrefix:
        return QStringLiteral("add_prefix");
    case FixKind::ReplacePrefix:
        return QStringLiteral("replace_prefix");
    case FixKind::Rename:
        return QStringLiteral("rename");
    case FixKind::DropUnexpected:
        return QStringLiteral("drop_unexpected");
    case FixKind::DropMismatched:
        return QStringLiteral("drop_mismatched");
    }
    return QString();
}

QStringList FixPlan::convertArgs() const
{
    QStringList args;
    for (const CheckFix &f : fixes)
        args += f.convertArgs;
    return args;
}

FixPlan proposeFixes(const StateDict &sd, const LoadInput &in, const LoadReport &report, const ModelSpec &model)
{
    FixPlan fp;
    if (!report.raises.isEmpty())
        return fp;
    const QString nested = pathToString(sd.path);
    const QString base = sd.path.empty() ? QString() : nested + QLatin1Char('/');
    if (!sd.path.empty()) {
        CheckFix f;
        f.kind = FixKind::Extract;
        f.description
            = Phrase::translate("ckpt::Check", "the state_dict is %1: extract it as the file's root (or load %2)")
                  .arg(sd.describe(), pythonIndex(sd.path));
        f.convertArgs << QStringLiteral("--extract") << nested;
        fp.fixes.push_back(f);
    }
    if (report.loadsStrict()) {
        if (!sd.path.empty())
            fp.plan.ops.push_back(EditOp::extract(nested));
        return fp;
    }

    const PrefixChange change = bestPrefixChange(in.entries, model);
    LoadInput t = in; // the keys as they will be after the prefix change and the renames
    QHash<QString, QString> original; // changed key -> key in the file
    for (LoadEntry &e : t.entries) {
        const QString k = change.apply(e.key);
        original.insert(k, e.key);
        e.key = k;
    }
    if (!change.isIdentity()) {
        t.versions.clear();
        for (auto it = in.versions.cbegin(); it != in.versions.cend(); ++it)
            t.versions.insert(metadataKey(it.key(), change), it.value());
        int matched = 0;
        for (const LoadEntry &e : t.entries)
            matched += model.keyIndex(e.key) >= 0;
        fp.fixes.push_back(prefixFix(change, matched));
    }
    LoadReport r = simulateLoad(t, model);

    std::vector<EditOp> renames;
    const auto found = findRenames(t.entries, r.unexpected, r.missing, model);
    if (!found.empty()) {
        QHash<QString, QString> renamed;
        for (const SubtreeRename &s : found) {
            CheckFix f;
            f.kind = FixKind::Rename;
            QStringList targets;
            for (const auto &[from, to] : s.keys) {
                if (from.contains(QLatin1Char('=')))
                    continue; // --rename PATH=KEY cannot say it
                f.convertArgs << QStringLiteral("--rename") << from + QLatin1Char('=') + to;
                f.keys << original.value(from);
                renames.push_back(EditOp::rename(from, to));
                renamed.insert(from, to);
                targets << to;
            }
            if (f.keys.isEmpty())
                continue;
            f.description = Phrase::translate("ckpt::Check", "rename '%1' to '%2': %3 -> %4 (same shapes)")
                                .arg(s.from, s.to, shortList(f.keys), shortList(targets));
            fp.fixes.push_back(f);
        }
        for (LoadEntry &e : t.entries)
            if (const auto it = renamed.constFind(e.key); it != renamed.constEnd()) {
                original.insert(it.value(), original.value(e.key));
                e.key = it.value();
            }
        r = simulateLoad(t, model);
    }

    QStringList all;
    for (const LoadEntry &e : in.entries)
        all << e.key;
    QStringList patterns;
    const bool unrelated = r.loaded == 0 && r.sizeMismatch.empty() && r.notTensor.isEmpty();
    if (unrelated && !r.unexpected.isEmpty())
        fp.notes << Phrase::translate("ckpt::Check",
            "no key of the checkpoint names one of the model's, even after the fixes above: it does not look like a "
            "checkpoint of this model, so dropping its keys is not offered");
    if (!r.unexpected.isEmpty() && !unrelated) {
        CheckFix f;
        f.kind = FixKind::DropUnexpected;
        for (const QString &k : r.unexpected)
            f.keys << original.value(k, k);
        f.description = Phrase::translate(
            "ckpt::Check", "drop %n key(s) the model does not have: %1", nullptr, int(f.keys.size()))
                            .arg(shortList(f.keys));
        for (const QString &p : dropPatterns(f.keys, all, base))
            f.convertArgs << QStringLiteral("--drop") << p;
        patterns += dropPatterns(f.keys, all, base);
        fp.fixes.push_back(f);
    }
    if (!r.sizeMismatch.empty() || !r.notTensor.isEmpty()) {
        CheckFix f;
        f.kind = FixKind::DropMismatched;
        Phrases shapes;
        QStringList modelKeys;
        for (const SizeMismatch &m : r.sizeMismatch) {
            f.keys << original.value(m.key, m.key);
            modelKeys << m.key;
            shapes << Phrase::translate("ckpt::Check", "%1 %2 in the checkpoint, %3 in the model")
                          .arg(m.key, shapeString(m.checkpoint), shapeString(m.model));
        }
        for (const QString &k : r.notTensor) {
            f.keys << original.value(k, k);
            modelKeys << k;
            shapes << Phrase::translate("ckpt::Check", "%1 is not a tensor").arg(k);
        }
        f.description = Phrase::translate("ckpt::Check",
            "drop what does not fit the model (%1), then load with strict=False: the model keeps its own "
            "initialisation of %2")
                            .arg(shortList(shapes, 3), shortList(modelKeys));
        for (const QString &p : dropPatterns(f.keys, all, base))
            f.convertArgs << QStringLiteral("--drop") << p;
        patterns += dropPatterns(f.keys, all, base);
        fp.fixes.push_back(f);
    }

    if (!patterns.isEmpty())
        fp.plan.ops.push_back(EditOp::drop(patterns));
    if (!sd.path.empty())
        fp.plan.ops.push_back(EditOp::extract(nested));
    if (!change.strip.isEmpty())
        fp.plan.ops.push_back(EditOp::stripPrefix(change.strip));
    if (!change.add.isEmpty())
        fp.plan.ops.push_back(EditOp::addPrefix(change.add));
    fp.plan.ops.insert(fp.plan.ops.end(), renames.begin(), renames.end());
    return fp;
}

} // namespace ckpt
