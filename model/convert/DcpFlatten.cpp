#include "model/convert/DcpFlatten.h"

#include <QHash>

namespace ckpt {

namespace {
using K = Value::Kind;
constexpr int kMaxDepth = 2000;

bool isTensor(const Value &v)
{
    return v.kind == K::Tensor && v.tensorIndex >= 0;
}

// traverse_state_dict's _is_terminal with _keep_visiting_tensors: a list is one leaf when
// no entry is a dict, a tensor, or a list that is not itself a leaf.
bool isTerminal(const Value &v, int depth)
{
    if (v.kind == K::Dict)
        return false;
    if (v.kind != K::List)
        return true;
    if (depth > kMaxDepth)
        return true; // flatten() reports the depth
    for (const ValuePtr &e : v.items)
        if (e->kind == K::Dict || isTensor(*e) || (e->kind == K::List && !isTerminal(*e, depth + 1)))
            return false;
    return true;
}

// Python's str(key) for the keys a state dict has; nothing for the others.
bool keyText(const Value &k, QString *text)
{
    switch (k.kind) {
    case K::String:
        *text = k.text;
        return true;
    case K::Int:
        *text = QString::number(k.integer);
        return true;
    case K::BigInt:
        *text = k.text;
        return true;
    case K::Bool:
        *text = k.boolean ? QStringLiteral("True") : QStringLiteral("False");
        return true;
    case K::None:
        *text = QStringLiteral("None");
        return true;
    default:
        return false;
    }
}

struct Flattener {
    std::vector<DcpLeaf> *out;
    QStringList *emptyDicts;
    Phrase *error;
    QHash<QString, QString> seen; // fqn -> the path that made it, to name a clash

    static QString shown(const std::vector<ValuePtr> &path)
    {
        QStringList parts;
        for (const ValuePtr &p : path)
            parts << (p->kind == K::Int ? QString::number(p->integer) : p->text);
        return parts.join(QLatin1Char('/'));
    }

    bool walk(const ValuePtr &v, std::vector<ValuePtr> &path, int depth)
    {
        if (depth > kMaxDepth) {
            *error = Phrase::translate("ckpt::Convert", "the state is nested more than %1 deep at %2")
                         .arg(kMaxDepth)
                         .arg(shown(path));
            return false;
        }
        if (v->kind == K::Dict) {
            if (v->entries.empty() && !path.empty())
                *emptyDicts << shown(path);
            for (const auto &[key, child] : v->entries) {
                QString text;
                if (!keyText(*key, &text)) {
                    *error = path.empty()
                        ? Phrase::translate("ckpt::Convert",
                            "a %1 key at the root: DCP names items by str(key), written only for string, int, bool "
                            "and None keys")
                              .arg(key->kindName())
                        : Phrase::translate("ckpt::Convert",
                            "a %1 key at %2: DCP names items by str(key), written only for string, int, bool and None "
                            "keys")
                              .arg(key->kindName(), shown(path));
                    return false;
                }
                path.push_back(Value::fromString(text));
                if (!walk(child, path, depth + 1))
                    return false;
                path.pop_back();
            }
            return true;
        }
        if (!isTerminal(*v, depth)) {
            for (size_t i = 0; i < v->items.size(); ++i) {
                path.push_back(Value::fromInt(qint64(i)));
                if (!walk(v->items[i], path, depth + 1))
                    return false;
                path.pop_back();
            }
            return true;
        }
        QStringList parts;
        for (const ValuePtr &p : path)
            parts << (p->kind == K::Int ? QString::number(p->integer) : p->text);
        const QString fqn = parts.join(QLatin1Char('.'));
        if (seen.contains(fqn)) {
            // DCP's flatten_state_dict refuses this too ("duplicated flatten key").
            *error = Phrase::translate(
                "ckpt::Convert", "%1 and %2 would both be stored as '%3' (DCP joins a path with '.')")
                         .arg(seen.value(fqn), shown(path), fqn);
            return false;
        }
        seen.insert(fqn, shown(path));
        out->push_back({ fqn, path, v });
        return true;
    }
};
} // namespace

bool flattenForDcp(const ValuePtr &root, std::vector<DcpLeaf> *out, QStringList *emptyDicts, Phrase *error)
{
    out->clear();
    if (!root || root->kind != K::Dict) {
        *error = Phrase::translate(
            "ckpt::Convert", "DCP saves a dict of state; this checkpoint's root is a %1 (--extract a dict in it)")
                     .arg(root ? root->kindName() : QStringLiteral("nothing"));
        return false;
    }
    Flattener f { out, emptyDicts, error, {} };
    std::vector<ValuePtr> path;
    return f.walk(root, path, 0);
}

} // namespace ckpt
