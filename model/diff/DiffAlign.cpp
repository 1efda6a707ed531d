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

// A key and where its last path component starts: a nested state_dict's keys are
// "model_state_dict/module.fc.weight", and a prefix such as "module." is stripped there.
struct Key {
    QString text;
    qsizetype last = 0;
};

// Strips `prefix` from the key's start or, failing that, from its last component.
Key stripOne(const Key &k, const QString &prefix)
{
    if (prefix.isEmpty())
        return k;
    if (k.text.startsWith(prefix))
        return Key { k.text.mid(prefix.size()), std::max<qsizetype>(0, k.last - prefix.size()) };
    if (k.last > 0 && QStringView(k.text).mid(k.last).startsWith(prefix))
        return Key { k.text.left(k.last) + k.text.mid(k.last + prefix.size()), k.last };
    return k;
}

QString stripped(const Key &key, const QString &both, const QString &side)
{
    return stripOne(stripOne(key, side), both).text;
}

// Where the last component of a slash-joined path starts (0 when it has one component).
qsizetype lastComponent(const QString &path)
{
    return path.lastIndexOf(QLatin1Char('/')) + 1;
}

// Keys of one side in first-seen order; a key that repeats after stripping keeps its first tensor.
struct SideKeys {
    std::vector<std::pair<Key, int>> ordered; // key (stripped), tensor index
    QHash<QString, int> index; // key -> tensor index
};

SideKeys sideKeys(
    const Checkpoint &c, const QString &root, const QString &both, const QString &side, const QRegularExpression *re)
{
    SideKeys s;
    const QString under = root.isEmpty() ? QString() : root + QLatin1Char('/');
    for (size_t i = 0; i < c.tensors.size(); ++i) {
        const TensorInfo &t = c.tensors[i];
        if (!t.reached)
            continue; // rebuild arguments (per-channel scales) are not keys
        QString path = pathToString(t.path);
        qsizetype last = t.path.size() > 1 ? path.size() - t.path.back().toString().size() : 0;
        if (!under.isEmpty()) {
            if (!path.startsWith(under))
                continue;
            path = path.mid(under.size());
            last = std::max<qsizetype>(0, last - under.size());
        }
        const Key key = stripOne(stripOne(Key { path, last }, side), both);
        if (re) {
            const QRegularExpressionMatch m = re->match(key.text);
            if (!m.hasMatch() || m.capturedLength() != key.text.size())
                continue;
        }
        if (s.index.contains(key.text))
            continue;
        s.index.insert(key.text, int(i));
        s.ordered.emplace_back(key, int(i));
    }
    return s;
}

// Prefixes up to a '.' or '/' boundary that many keys share, at the start of the key and
// at the start of its last component: the candidates for the hint.
QStringList prefixCandidates(const std::vector<const Key *> &keys)
{
    QHash<QString, int> counts;
    for (const Key *k : keys) {
        qsizetype from = 0;
        for (int found = 0; found < 3; ++found) {
            const qsizetype dot = k->text.indexOf(QLatin1Char('.'), from);
            const qsizetype slash = k->text.indexOf(QLatin1Char('/'), from);
            const qsizetype cut = dot < 0 ? slash : slash < 0 ? dot : std::min(dot, slash);
            if (cut < 0)
                break;
            counts[k->text.left(cut + 1)] += 1;
            from = cut + 1;
        }
        if (k->last > 0) {
            from = k->last;
            for (int found = 0; found < 2; ++found) {
                const qsizetype dot = k->text.indexOf(QLatin1Char('.'), from);
                if (dot < 0)
                    break;
                counts[k->text.mid(k->last, dot + 1 - k->last)] += 1;
                from = dot + 1;
            }
        }
    }
    QStringList out = counts.keys();
    std::sort(out.begin(), out.end(),
        [&](const QString &x, const QString &y) { return counts[x] != counts[y] ? counts[x] > counts[y] : x < y; });
    return out.mid(0, 40);
}

int matchesAfterStrip(const std::vector<const Key *> &from, const QString &prefix, const SideKeys &other)
{
    int n = 0;
    for (const Key *k : from) {
        const Key s = stripOne(*k, prefix);
        if (s.text.size() != k->text.size() && other.index.contains(s.text))
            ++n;
    }
    return n;
}

// Keys of `side` the other side does not have.
std::vector<const Key *> unmatchedKeys(const SideKeys &side, const SideKeys &other)
{
    std::vector<const Key *> out;
    for (const auto &k : side.ordered)
        if (!other.index.contains(k.first.text))
            out.push_back(&k.first);
    return out;
}

// A prefix that, stripped from one side, would match most of the keys only one side has.
QString prefixHint(const SideKeys &a, const SideKeys &b, int matched)
{
    const std::vector<const Key *> onlyA = unmatchedKeys(a, b), onlyB = unmatchedKeys(b, a);
    if (onlyA.empty() || onlyB.empty())
        return QString();
    int best = 0;
    QString option, prefix;
    for (const QString &p : prefixCandidates(onlyA))
        if (const int n = matchesAfterStrip(onlyA, p, b); n > best) {
            best = n;
            option = QStringLiteral("--strip-prefix-a");
            prefix = p;
        }
    for (const QString &p : prefixCandidates(onlyB))
        if (const int n = matchesAfterStrip(onlyB, p, a); n > best) {
            best = n;
            option = QStringLiteral("--strip-prefix-b");
            prefix = p;
        }
    // A few look-alike names are no hint: at least half of what one side lacks.
    if (best == 0 || 2 * qsizetype(best) < qsizetype(std::min(onlyA.size(), onlyB.size())))
        return QString();
    const qsizetype otherSize = option.endsWith(QLatin1Char('a')) ? b.ordered.size() : a.ordered.size();
    if (matched == 0)
        return QStringLiteral("no keys match; %1 '%2' would match %3 of %4")
            .arg(option, prefix)
            .arg(best)
            .arg(otherSize);
    return QStringLiteral("%1 keys only in A, %2 only in B; %3 '%4' would match %5 more")
        .arg(onlyA.size())
        .arg(onlyB.size())
        .arg(option, prefix)
        .arg(best);
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

bool tensorWithinTolerance(const TensorDiff &d)
{
    switch (d.status) {
    case DiffStatus::Same: // bit-identical: only NaN (never close) can fail
        return d.metrics.notClose == 0;
    case DiffStatus::Changed:
        return d.metrics.valid && d.metrics.toleranceChecked && d.metrics.notClose == 0;
    default:
        return false;
    }
}

bool DiffResult::withinTolerance() const
{
    return !cancelled && std::all_of(tensors.begin(), tensors.end(), tensorWithinTolerance);
}

DiffResult alignCheckpoints(const Checkpoint &a, const Checkpoint &b, const DiffOptions &o)
{
    DiffResult r;
    r.fileA = a.file;
    r.fileB = b.file;
    r.tolerance = o.tolerance;
    QRegularExpression re;
    if (!o.match.isEmpty())
        re.setPattern(
            QRegularExpression::wildcardToRegularExpression(o.match, QRegularExpression::UnanchoredWildcardConversion));
    const QRegularExpression *rep = o.match.isEmpty() ? nullptr : &re;
    const SideKeys ka = sideKeys(a, o.rootA, o.stripPrefix, o.stripPrefixA, rep);
    const SideKeys kb = sideKeys(b, o.rootB, o.stripPrefix, o.stripPrefixB, rep);

    int matched = 0;
    for (const auto &[key, ia] : ka.ordered) {
        TensorDiff d;
        d.key = key.text;
        d.indexA = ia;
        d.indexB = kb.index.value(key.text, -1);
        r.tensors.push_back(d);
        matched += d.indexB >= 0;
    }
    for (const auto &[key, ib] : kb.ordered) {
        if (ka.index.contains(key.text))
            continue;
        TensorDiff d;
        d.key = key.text;
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
    r.hint = prefixHint(ka, kb, matched);

    // Scalars: aligned with the same prefix rules, A's order then B-only keys.
    const auto la = scalarLeaves(a), lb = scalarLeaves(b);
    QHash<QString, QString> mb;
    std::vector<QString> orderB;
    for (const auto &[k, v] : lb) {
        const QString key = stripped(Key { k, lastComponent(k) }, o.stripPrefix, o.stripPrefixB);
        if (!mb.contains(key))
            orderB.push_back(key);
        mb.insert(key, v);
    }
    QSet<QString> seenA;
    for (const auto &[k, v] : la) {
        const QString key = stripped(Key { k, lastComponent(k) }, o.stripPrefix, o.stripPrefixA);
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
