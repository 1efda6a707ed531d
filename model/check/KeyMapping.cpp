#include "model/check/KeyMapping.h"

#include <algorithm>

namespace ckpt {

namespace {
constexpr int kPrefixDepth = 3; // prefixes of up to three names: "module.", "model.backbone.x."
constexpr int kTopPrefixes = 8; // candidates per side
constexpr int kSample = 1024; // keys scored per candidate before the full count
constexpr int kMaxPartners = 8; // a key shape shared by more model keys than this says nothing

// The prefixes of `key` that end at one of its first dots: "a.", "a.b.", "a.b.c.".
template <typename F> void forPrefixes(const QString &key, F &&f)
{
    qsizetype from = 0;
    for (int d = 0; d < kPrefixDepth; ++d) {
        const qsizetype dot = key.indexOf(QLatin1Char('.'), from);
        if (dot < 0)
            return;
        f(QStringView(key).left(dot + 1));
        from = dot + 1;
    }
}

// The prefixes most keys share (at least two keys, unless there is only one). Counted by
// view into the keys, and only the few wanted are sorted: 100k keys have ~50k prefixes.
QStringList topPrefixes(const QStringList &keys)
{
    QHash<QStringView, int> counts;
    for (const QString &k : keys)
        forPrefixes(k, [&](QStringView p) { ++counts[p]; });
    std::vector<std::pair<int, QStringView>> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() >= 2 || keys.size() == 1)
            ranked.emplace_back(it.value(), it.key());
    const auto top = ranked.begin() + std::min<qsizetype>(kTopPrefixes, qsizetype(ranked.size()));
    std::partial_sort(ranked.begin(), top, ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first                ? a.first > b.first
            : a.second.size() != b.second.size() ? a.second.size() < b.second.size()
                                                 : a.second < b.second;
    });
    QStringList out;
    for (auto it = ranked.begin(); it != top; ++it)
        out << it->second.toString();
    return out;
}

// Does the entry, renamed to `key`, land on a model key of its shape?
bool fits(const LoadEntry &e, const QString &key, const ModelSpec &model)
{
    const int i = model.keyIndex(key);
    return i >= 0 && e.isTensor && model.keys[size_t(i)].shape == e.shape;
}

int score(const PrefixChange &c, const std::vector<const LoadEntry *> &entries, const ModelSpec &model)
{
    int n = 0;
    for (const LoadEntry *e : entries)
        n += fits(*e, c.apply(e->key), model);
    return n;
}

// Full score, or -1 when two keys would become one (the written dict would repeat a key).
int fullScore(const PrefixChange &c, const std::vector<LoadEntry> &entries, const ModelSpec &model)
{
    if (c.strip.isEmpty() && c.add.isEmpty()) { // the keys as they are: a dict's, so distinct
        int n = 0;
        for (const LoadEntry &e : entries)
            n += fits(e, e.key, model);
        return n;
    }
    QSet<QString> targets;
    targets.reserve(qsizetype(entries.size()));
    int n = 0;
    for (const LoadEntry &e : entries) {
        const QString t = c.apply(e.key);
        if (targets.contains(t))
            return -1;
        targets.insert(t);
        n += fits(e, t, model);
    }
    return n;
}

QStringList split(const QString &key)
{
    return key.split(QLatin1Char('.'));
}

// The key with part `i` blanked: keys that differ only there share it.
QString signature(const QStringList &parts, int i)
{
    QStringList s = parts;
    s[i] = QStringLiteral("\x1e");
    return QString::number(i) + QLatin1Char('\x1f') + s.join(QLatin1Char('.'));
}

QString joinParts(const QStringList &parts, int from, int to)
{
    return parts.mid(from, to - from).join(QLatin1Char('.'));
}
} // namespace

PrefixChange bestPrefixChange(const std::vector<LoadEntry> &entries, const ModelSpec &model)
{
    QStringList unmatched;
    QSet<QString> present;
    present.reserve(qsizetype(entries.size()));
    for (const LoadEntry &e : entries) {
        present.insert(e.key);
        if (model.keyIndex(e.key) < 0)
            unmatched << e.key;
    }
    QStringList missing;
    for (const ModelKey &k : model.keys)
        if (!present.contains(k.key))
            missing << k.key;
    if (unmatched.isEmpty() || missing.isEmpty())
        return {}; // every key is the model's, or the model has every key: no change helps
    QStringList strips = topPrefixes(unmatched), adds = topPrefixes(missing);
    strips.prepend(QString());
    adds.prepend(QString());

    std::vector<const LoadEntry *> sample;
    const size_t step = std::max<size_t>(1, entries.size() / kSample);
    for (size_t i = 0; i < entries.size(); i += step)
        sample.push_back(&entries[i]);
    struct Candidate {
        PrefixChange change;
        int sampleScore;
    };
    std::vector<Candidate> candidates;
    for (const QString &s : strips)
        for (const QString &a : adds)
            if (s != a)
                candidates.push_back({ { s, a }, score({ s, a }, sample, model) });
    // Best first; on a tie the simpler change (one prefix, then the shorter).
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        if (x.sampleScore != y.sampleScore)
            return x.sampleScore > y.sampleScore;
        const int nx = !x.change.strip.isEmpty() + !x.change.add.isEmpty();
        const int ny = !y.change.strip.isEmpty() + !y.change.add.isEmpty();
        if (nx != ny)
            return nx < ny;
        return x.change.strip.size() + x.change.add.size() < y.change.strip.size() + y.change.add.size();
    });
    PrefixChange best;
    const int needed = int(std::min(entries.size(), model.keys.size()) + 1) / 2;
    int bestScore = std::max(fullScore({}, entries, model), needed - 1);
    const int perfect = int(std::min(entries.size(), model.keys.size()));
    for (size_t i = 0; i < candidates.size() && i < 3 && bestScore < perfect; ++i) {
        if (candidates[i].sampleScore == 0)
            break; // sorted: no later candidate fits a sampled key either
        const int n = fullScore(candidates[i].change, entries, model);
        if (n > bestScore) {
            bestScore = n;
            best = candidates[i].change;
        }
    }
    return best;
}

std::vector<SubtreeRename> findRenames(const std::vector<LoadEntry> &entries, const QStringList &unexpected,
    const QStringList &missing, const ModelSpec &model)
{
    std::vector<SubtreeRename> out;
    if (unexpected.isEmpty() || missing.isEmpty())
        return out;
    QHash<QString, const LoadEntry *> byKey;
    for (const LoadEntry &e : entries)
        byKey.insert(e.key, &e);
    QHash<QString, QStringList> partners; // signature -> missing keys with it
    for (const QString &m : missing) {
        const QStringList parts = split(m);
        for (int i = 0; i < parts.size(); ++i) {
            QStringList &list = partners[signature(parts, i)];
            if (list.size() <= kMaxPartners)
                list << m;
        }
    }
    // Votes for (subtree, old name, new name), from keys that differ in that one name.
    QHash<QString, int> votes;
    QHash<QString, std::pair<QString, QString>> ruleOf;
    for (const QString &u : unexpected) {
        const QStringList parts = split(u);
        for (int i = 0; i < parts.size(); ++i) {
            const QStringList list = partners.value(signature(parts, i));
            if (list.size() > kMaxPartners)
                continue;
            for (const QString &m : list) {
                const QStringList mp = split(m);
                const QString head = joinParts(parts, 0, i);
                const QString from = head.isEmpty() ? parts[i] : head + QLatin1Char('.') + parts[i];
                const QString to = head.isEmpty() ? mp[i] : head + QLatin1Char('.') + mp[i];
                const QString rule = from + QLatin1Char('\x1f') + to;
                ++votes[rule];
                ruleOf.insert(rule, { from, to });
            }
        }
    }
    QStringList rules = votes.keys();
    std::sort(rules.begin(), rules.end(), [&](const QString &a, const QString &b) {
        return votes.value(a) != votes.value(b) ? votes.value(a) > votes.value(b) : a < b;
    });
    QSet<QString> claimed, supplied;
    const QSet<QString> missingSet(missing.begin(), missing.end());
    for (const QString &rule : rules) {
        const auto [from, to] = ruleOf.value(rule);
        SubtreeRename r { from, to, {} };
        bool ok = true;
        for (const QString &u : unexpected) {
            if (claimed.contains(u) || !(u == from || u.startsWith(from + QLatin1Char('.'))))
                continue;
            const QString target = to + u.mid(from.size());
            const LoadEntry *e = byKey.value(u);
            const int mk = model.keyIndex(target);
            if (!missingSet.contains(target) || supplied.contains(target) || !e || !e->isTensor || mk < 0
                || model.keys[size_t(mk)].shape != e->shape) {
                ok = false;
                break;
            }
            r.keys.emplace_back(u, target);
        }
        if (!ok || r.keys.empty())
            continue;
        for (const auto &[u, target] : r.keys) {
            claimed.insert(u);
            supplied.insert(target);
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace ckpt
