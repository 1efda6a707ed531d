#include "model/compare/Alignment.h"

#include <QHash>

#include <algorithm>

namespace ckpt {

namespace {

// Tensor keys below `root`, relative to it.
QStringList keysBelow(const Checkpoint &c, const QString &root)
{
    const QString under = root.isEmpty() ? QString() : root + QLatin1Char('/');
    QStringList out;
    for (const TensorInfo &t : c.tensors) {
        if (!t.reached)
            continue;
        const QString path = pathToString(t.path);
        if (under.isEmpty() || path.startsWith(under))
            out << path.mid(under.size());
    }
    return out;
}

QStringList byCount(const QHash<QString, int> &counts, const QStringList &order)
{
    QStringList out = order;
    std::stable_sort(out.begin(), out.end(), [&](const QString &x, const QString &y) { return counts[x] > counts[y]; });
    return out;
}

} // namespace

AlignmentChoices alignmentChoices(const Checkpoint &c, const QString &root, int maxRoots, int maxDepth)
{
    AlignmentChoices out;
    QHash<QString, int> counts;
    QStringList order;
    for (const TensorInfo &t : c.tensors) {
        if (!t.reached)
            continue;
        Path prefix;
        for (size_t i = 0; i + 1 < t.path.size() && int(i) < maxDepth; ++i) {
            prefix.push_back(t.path[i]);
            const QString p = pathToString(prefix);
            if (!counts.contains(p))
                order << p;
            counts[p] += 1;
        }
    }
    out.roots << QString() << byCount(counts, order).mid(0, maxRoots);
    if (!root.isEmpty() && !out.roots.contains(root))
        out.roots << root;

    // Dotted prefixes of the keys (of their last component in a nested dict), up to two
    // levels: "module.", "module.model.". Offered when a tenth of the keys share one.
    QHash<QString, int> prefixes;
    QStringList prefixOrder;
    const QStringList keys = keysBelow(c, root);
    for (const QString &k : keys) {
        const qsizetype start = k.lastIndexOf(QLatin1Char('/')) + 1;
        qsizetype from = start;
        for (int level = 0; level < 2; ++level) {
            const qsizetype dot = k.indexOf(QLatin1Char('.'), from);
            if (dot < 0 || dot + 1 >= k.size())
                break;
            const QString p = k.mid(start, dot + 1 - start);
            if (!prefixes.contains(p))
                prefixOrder << p;
            prefixes[p] += 1;
            from = dot + 1;
        }
    }
    out.prefixes << QString();
    for (const QString &p : byCount(prefixes, prefixOrder))
        if (10 * qsizetype(prefixes[p]) >= keys.size() && out.prefixes.size() < 40)
            out.prefixes << p;
    return out;
}

void alignmentFromCheck(const CheckResult &check, SideAlignment *model, SideAlignment *checkpoint)
{
    *model = SideAlignment();
    *checkpoint = SideAlignment();
    if (!check.ok())
        return;
    if (check.model)
        model->root = pathToString(check.model->stateDictPath);
    checkpoint->root = pathToString(check.stateDict.path);
    // Both state_dicts at the same path: the whole files line up (their optimizer states too).
    if (model->root == checkpoint->root) {
        model->root.clear();
        checkpoint->root.clear();
    }
    for (const CheckFix &f : check.fixes.fixes) {
        if (f.kind != FixKind::StripPrefix && f.kind != FixKind::AddPrefix && f.kind != FixKind::ReplacePrefix)
            continue;
        for (qsizetype i = 0; i + 1 < f.convertArgs.size(); ++i) {
            if (f.convertArgs[i] == QLatin1String("--strip-prefix"))
                checkpoint->strip = f.convertArgs[i + 1];
            else if (f.convertArgs[i] == QLatin1String("--add-prefix"))
                model->strip = f.convertArgs[i + 1];
        }
    }
}

} // namespace ckpt
