#include "model/pickle/Cycles.h"

#include <unordered_map>

namespace ckpt {

namespace {
// The i-th child slot of a value (items, appended, entry keys and values, state), or null.
ValuePtr *childSlot(Value &v, size_t i)
{
    if (i < v.items.size())
        return &v.items[i];
    i -= v.items.size();
    if (const size_t appended = v.appended().size(); i < appended)
        return &v.extra().appended[i];
    else
        i -= appended;
    if (i < 2 * v.entries.size())
        return i % 2 ? &v.entries[i / 2].second : &v.entries[i / 2].first;
    i -= 2 * v.entries.size();
    return i == 0 && v.state() ? &v.extra().state : nullptr; // no state: no slot made for it
}

ValuePtr recursiveReference()
{
    auto v = Value::make(Value::Kind::Object);
    v->className = QStringLiteral("<recursive reference>");
    return v;
}
} // namespace

int breakCycles(const std::vector<ValuePtr> &roots)
{
    enum : char { OnPath = 1, Done = 2 };
    std::unordered_map<const Value *, char> state;
    std::vector<std::pair<Value *, size_t>> path;
    int replaced = 0;
    for (const ValuePtr &root : roots) {
        if (!root || state.count(root.get()))
            continue;
        state[root.get()] = OnPath;
        path.emplace_back(root.get(), 0);
        while (!path.empty()) {
            auto &[node, next] = path.back();
            ValuePtr *slot = childSlot(*node, next++);
            if (!slot) {
                state[node] = Done;
                path.pop_back();
                continue;
            }
            Value *child = slot->get();
            if (!child)
                continue;
            auto it = state.find(child);
            if (it == state.end()) {
                state[child] = OnPath;
                path.emplace_back(child, 0);
            } else if (it->second == OnPath) {
                *slot = recursiveReference();
                ++replaced;
            }
        }
    }
    return replaced;
}

} // namespace ckpt
