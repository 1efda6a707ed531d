// Key alignment and classification of a diff; scalar leaves; the "strip a prefix?" hint.
#include "model/diff/Diff.h"

#include "model/checkpoint/TreeWalk.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <unordered_set>

namespace ckpt {
namespace {

QString stripped(const QString &key, const QString &both, const QString &side)
{
    QString k = key;
    if (!side.isEmpty() && k.startsWith(side))
        k = k.mid(side.size());
    if (!both.isEmpty() && k.startsWith(both))
        k = k.mid(both.size());
    return k;
}

// Keys of one side in first-seen order; a key that repeats after stripping keeps its first tensor.
struct SideKeys {
    std::vector<std::pair<QString, int>> ordered; // key, tensor index
    QHash<QString, int> index; // key -> tensor index
};

SideKeys sideKeys(const Checkpoint &c, const QString &both, const QString &side, const QRegularExpression *re)
{
    SideKeys s;
    for (size_t i = 0; i < c.tensors.size(); ++i) {
        const TensorInfo &t = c.tensors[i];
        if (!t.reached)
            continue; // rebuild arguments (per-channel scales) are not keys
        const QString key = stripped(pathToString(t.path), both, side);
        if (re) {
            const QRegularExpressionMatch m = re->match(key);
            if (!m.hasMatch() || m.capturedLength() != key.size())
                continue;
        }
        if (s.index.contains(key))
            continue;
        s.index.insert(key, int(i));
        s.ordered.emplace_back(key, int(i));
    }
    return s;
}

// Prefixes up to a '.' or '/' boundary that many keys share: the candidates for the hint.
QStringList prefixCandidates(const std::vector<std::pair<QString, int>> &keys)
{
    QHash<QString, int> counts;
    for (const auto &k : keys) {
        int from = 0, found = 0;
        while (found < 3) {
            const int dot = k.first.indexOf(QLatin1Char('.'), from);
            const int slash = k.first.indexOf(QLatin1Char('/'), from);
            const int cut = dot < 0 ? slash : slash < 0 ? dot : std::min(dot, slash);
            if (cut < 0)
                break;
            counts[k.first.left(cut + 1)] += 1;
            from = cut + 1;
            ++found;
        }
    }
    QStringList out = counts.keys();
    std::sort(out.begin(), out.end(),
        [&](const QString &x, const QString &y) { return counts[x] != counts[y] ? counts[x] > counts[y] : x < y; });
    return out.mid(0, 40);
}

int matchesAfterStrip(const SideKeys &from, const QString &prefix, const SideKeys &other)
{
    int n = 0;
    for (const auto &k : from.ordered)
        if (k.first.startsWith(prefix) && other.index.contains(k.first.mid(prefix.size())))
            ++n;
    return n;
}

QString prefixHint(const SideKeys &a, const SideKeys &b)
{
    int best = 0;
    QString hint;
    for (const QString &p : prefixCandidates(a.ordered)) {
        const int n = matchesAfterStrip(a, p, b);
        if (n > best) {
            best = n;
            hint = QStringLiteral("no keys match; --strip-prefix-a '%1' would match %2 of %3")
                       .arg(p)
                       .arg(n)
                       .arg(b.ordered.size());
        }
    }
    for (const QString &p : prefixCandidates(b.ordered)) {
        const int n = matchesAfterStrip(b, p, a);
        if (n > best) {
            best = n;
            hint = QStringLiteral("no keys match; --strip-prefix-b '%1' would match %2 of %3")
                       .arg(p)
                       .arg(n)
                       .arg(a.ordered.size());
        }
    }
    return hint;
}

void collectScalars(const ValuePtr &v, Path &path, int depth, std::unordered_set<const Value *> &seen,
    std::vector<std::pair<QString, QString>> *out, int maxLeaves)
{
    if (!v || depth > 64 || int(out->size()) >= maxLeaves)
        return;
    switch (v->kind) {
    case Value::Kind::Bool:
    case Value::Kind::Int:
    case Value::Kind::BigInt:
    case Value::Kind::Float:
    case Value::Kind::String:
    case Value::Kind::NumpyScalar:
        if (!path.empty())
            out->emplace_back(pathToString(path), v->scalarText());
        return;
    default:
        break;
    }
    if (!v->isContainer() || !seen.insert(v.get()).second)
        return;
    for (const ChildRef &child : childrenOf(*v)) {
        path.push_back(child.part);
        collectScalars(child.value, path, depth + 1, seen, out, maxLeaves);
        path.pop_back();
    }
}

} // namespace

QString diffStatusName(DiffStatus s)
{
    switch (s) {
    case DiffStatus::Same:
        return QStringLiteral("same");
    case DiffStatus::Changed:
        return QStringLiteral("changed");
    case DiffStatus::OnlyA:
        return QStringLiteral("only_a");
    case DiffStatus::OnlyB:
        return QStringLiteral("only_b");
    case DiffStatus::ShapeMismatch:
        return QStringLiteral("shape_mismatch");
    case DiffStatus::DtypeMismatch:
        return QStringLiteral("dtype_mismatch");
    case DiffStatus::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString shapeString(const std::vector<qint64> &shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

DiffSummary DiffResult::summary() const
{
    DiffSummary s;
    for (const TensorDiff &t : tensors) {
        switch (t.status) {
        case DiffStatus::Same:
            ++s.same;
            break;
        case DiffStatus::Changed:
            ++s.changed;
            break;
        case DiffStatus::OnlyA:
            ++s.onlyA;
            break;
        case DiffStatus::OnlyB:
            ++s.onlyB;
            break;
        case DiffStatus::ShapeMismatch:
            ++s.shapeMismatch;
            break;
        case DiffStatus::DtypeMismatch:
            ++s.dtypeMismatch;
            break;
        case DiffStatus::Error:
            ++s.error;
            break;
        }
    }
    for (const ScalarDiff &d : scalars)
        s.scalarsChanged += d.status != DiffStatus::Same;
    return s;
}

bool DiffResult::tensorsIdentical() const
{
    return !cancelled && std::all_of(tensors.begin(), tensors.end(), [](const TensorDiff &t) {
        return t.status == DiffStatus::Same;
    });
}

std::vector<std::pair<QString, QString>> scalarLeaves(const Checkpoint &c, int maxLeaves)
{
    std::vector<std::pair<QString, QString>> out;
    std::unordered_set<const Value *> seen;
    Path path;
    collectScalars(c.root, path, 0, seen, &out, maxLeaves);
    return out;
}

DiffResult alignCheckpoints(const Checkpoint &a, const Checkpoint &b, const DiffOptions &o)
{
    DiffResult r;
    r.fileA = a.file;
    r.fileB = b.file;
    QRegularExpression re;
    if (!o.match.isEmpty())
        re.setPattern(
            QRegularExpression::wildcardToRegularExpression(o.match, QRegularExpression::UnanchoredWildcardConversion));
    const QRegularExpression *rep = o.match.isEmpty() ? nullptr : &re;
    const SideKeys ka = sideKeys(a, o.stripPrefix, o.stripPrefixA, rep);
    const SideKeys kb = sideKeys(b, o.stripPrefix, o.stripPrefixB, rep);

    int matched = 0;
    for (const auto &[key, ia] : ka.ordered) {
        TensorDiff d;
        d.key = key;
        d.indexA = ia;
        d.indexB = kb.index.value(key, -1);
        r.tensors.push_back(d);
        matched += d.indexB >= 0;
    }
    for (const auto &[key, ib] : kb.ordered) {
        if (ka.index.contains(key))
            continue;
        TensorDiff d;
        d.key = key;
        d.indexB = ib;
        r.tensors.push_back(d);
    }
    for (TensorDiff &d : r.tensors) {
        const TensorInfo *ta = d.indexA >= 0 ? &a.tensors[size_t(d.indexA)] : nullptr;
        const TensorInfo *tb = d.indexB >= 0 ? &b.tensors[size_t(d.indexB)] : nullptr;
        if (ta) {
            d.pathA = pathToString(ta->path);
            d.dtypeA = ta->dtype;
            d.shapeA = ta->shape;
        }
        if (tb) {
            d.pathB = pathToString(tb->path);
            d.dtypeB = tb->dtype;
            d.shapeB = tb->shape;
        }
        if (!tb)
            d.status = DiffStatus::OnlyA;
        else if (!ta)
            d.status = DiffStatus::OnlyB;
        else if (ta->shape != tb->shape)
            d.status = DiffStatus::ShapeMismatch;
        else if (ta->dtype != tb->dtype)
            d.status = DiffStatus::DtypeMismatch;
        else
            d.status = DiffStatus::Changed; // until the values say otherwise
    }
    if (matched == 0 && !ka.ordered.empty() && !kb.ordered.empty())
        r.hint = prefixHint(ka, kb);

    // Scalars: aligned with the same prefix rules, A's order then B-only keys.
    const auto la = scalarLeaves(a), lb = scalarLeaves(b);
    QHash<QString, QString> mb;
    std::vector<QString> orderB;
    for (const auto &[k, v] : lb) {
        const QString key = stripped(k, o.stripPrefix, o.stripPrefixB);
        if (!mb.contains(key))
            orderB.push_back(key);
        mb.insert(key, v);
    }
    QSet<QString> seenA;
    for (const auto &[k, v] : la) {
        const QString key = stripped(k, o.stripPrefix, o.stripPrefixA);
        if (seenA.contains(key))
            continue;
        seenA.insert(key);
        ScalarDiff s { key, v, mb.value(key), DiffStatus::OnlyA };
        if (mb.contains(key))
            s.status = s.a == s.b ? DiffStatus::Same : DiffStatus::Changed;
        r.scalars.push_back(s);
    }
    for (const QString &key : orderB)
        if (!seenA.contains(key))
            r.scalars.push_back(ScalarDiff { key, QString(), mb.value(key), DiffStatus::OnlyB });
    return r;
}

DiffResult diffCheckpoints(
    const Checkpoint &a, const Checkpoint &b, const DiffOptions &options, const DiffControl &control)
{
    DiffResult r = alignCheckpoints(a, b, options);
    compareValues(a, b, &r, options, control);
    return r;
}

} // namespace ckpt
