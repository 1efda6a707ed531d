#include "model/itemmodels/TreeFilter.h"

#include "model/checkpoint/PathGlob.h"
#include "model/itemmodels/TreeRows.h"

#include <unordered_set>

namespace ckpt {

bool FilterResult::accepts(const std::vector<int> &parentRows, int row) const
{
    const Node *n = &root;
    for (int r : parentRows) {
        if (n->matched)
            return true;
        const auto it = n->children.find(r);
        if (it == n->children.end())
            return false;
        n = it->second.get();
    }
    return n->matched || n->children.count(row) > 0;
}

namespace {
struct FilterWalk {
    const Checkpoint &ckpt;
    const FilterSpec &spec;
    const std::atomic_bool *cancel;
    QRegularExpression regex;
    bool onPath = false;
    FilterResult &out;
    std::unordered_set<const Value *> seen;
    static constexpr int kMaxDepth = 2000;

    bool textMatches(const QString &key, const QString &path) const
    {
        if (spec.text.isEmpty())
            return true;
        const QString &subject = onPath ? path : key;
        if (spec.mode == FilterSpec::Mode::Substring)
            return subject.contains(spec.text, Qt::CaseInsensitive);
        return regex.match(subject).hasMatch();
    }

    bool matches(const Value &v, const QString &key, const QString &path) const
    {
        if (!spec.dtype.isEmpty() || !spec.device.isEmpty()) {
            if (!v.holdsTensor() || v.tensorIndex >= int(ckpt.tensors.size()))
                return false;
            const TensorInfo &t = ckpt.tensors[size_t(v.tensorIndex)];
            if (!spec.dtype.isEmpty() && dtypeName(t.dtype) != spec.dtype)
                return false;
            if (!spec.device.isEmpty() && deviceOf(ckpt, t) != spec.device)
                return false;
        }
        return textMatches(key, path);
    }

    // Returns the trie node for this row if it or anything below it matched.
    // `shared`: held by more than this walk's row (an object's __args__, made for the walk, is
    // not, and a later one may reuse its address: it is never remembered as seen).
    std::unique_ptr<FilterResult::Node> walk(
        const Value &v, const QString &key, const QString &path, int depth, bool shared)
    {
        std::unique_ptr<FilterResult::Node> node;
        if (matches(v, key, path)) {
            node = std::make_unique<FilterResult::Node>();
            node->matched = true;
            ++out.matches;
        }
        if (depth >= kMaxDepth || childCount(v) == 0 || (shared && !seen.insert(&v).second))
            return node;
        if (cancel && cancel->load()) {
            out.complete = false;
            return node;
        }
        const std::vector<ChildRef> refs = childrenOf(v);
        if (spec.groupByModule && groupsByModule(refs)) {
            walkRows(moduleRows(ckpt, refs), refs, path, depth, node);
            return node;
        }
        int row = 0;
        for (const ChildRef &c : refs) {
            if (auto kid = walkChild(c, path, depth))
                add(node, row, std::move(kid));
            ++row;
        }
        return node;
    }

    std::unique_ptr<FilterResult::Node> walkChild(const ChildRef &c, const QString &path, int depth)
    {
        if (!c.value)
            return nullptr;
        const QString childKey = c.part.toString();
        return walk(*c.value, childKey, path.isEmpty() ? childKey : path + QLatin1Char('/') + childKey, depth + 1,
            c.value.use_count() > 1);
    }

    static void add(std::unique_ptr<FilterResult::Node> &node, int row, std::unique_ptr<FilterResult::Node> kid)
    {
        if (!node)
            node = std::make_unique<FilterResult::Node>();
        node->children.emplace(row, std::move(kid));
    }

    // The module rows of a grouped state_dict: a module is kept when an entry below it is.
    void walkRows(const std::vector<ModuleRow> &rows, const std::vector<ChildRef> &refs, const QString &path, int depth,
        std::unique_ptr<FilterResult::Node> &node)
    {
        int row = 0;
        for (const ModuleRow &r : rows) {
            std::unique_ptr<FilterResult::Node> kid;
            if (r.isModule())
                walkRows(r.rows, refs, path, depth, kid);
            else
                kid = walkChild(refs[size_t(r.child)], path, depth);
            if (kid)
                add(node, row, std::move(kid));
            ++row;
        }
    }
};
} // namespace

std::shared_ptr<const FilterResult> runFilter(
    const Checkpoint &ckpt, const FilterSpec &spec, const std::atomic_bool *cancel)
{
    auto result = std::make_shared<FilterResult>();
    FilterWalk w { ckpt, spec, cancel, {}, spec.text.contains(QLatin1Char('/')), *result, {} };
    if (spec.mode == FilterSpec::Mode::Regex) {
        w.regex = QRegularExpression(spec.text, QRegularExpression::CaseInsensitiveOption);
        if (!w.regex.isValid()) {
            result->error = w.regex.errorString();
            return result;
        }
    } else if (spec.mode == FilterSpec::Mode::Glob) {
        w.regex = globToRegex(spec.text, Qt::CaseInsensitive);
    }
    const std::vector<TopRow> tops = topLevelRows(ckpt);
    int row = 0;
    size_t from = 0;
    if (const size_t groupable = spec.groupByModule ? groupableTopRows(ckpt, tops) : 0) {
        std::vector<ChildRef> refs;
        for (size_t i = 0; i < groupable; ++i)
            refs.push_back(tops[i].ref);
        if (groupsByModule(refs)) {
            const std::vector<ModuleRow> rows = moduleRows(ckpt, refs);
            std::unique_ptr<FilterResult::Node> top;
            w.walkRows(rows, refs, QString(), 0, top);
            if (top)
                result->root.children = std::move(top->children);
            row = int(rows.size());
            from = groupable;
        }
    }
    for (size_t i = from; i < tops.size(); ++i) {
        const TopRow &top = tops[i];
        const QString key = top.isRoot ? QString() : top.ref.part.toString();
        if (top.ref.value) {
            if (auto kid = w.walk(*top.ref.value, key, key, 1, top.ref.value.use_count() > 1))
                result->root.children.emplace(row, std::move(kid));
        }
        ++row;
    }
    return result;
}

} // namespace ckpt
