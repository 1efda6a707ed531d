#include "model/pickle/Value.h"

#include <QLocale>

namespace ckpt {

const Value::Extra &Value::noExtra()
{
    static const Extra none;
    return none;
}

Value::~Value()
{
    // Leaves (nearly every value) have nothing to hand over.
    if (items.empty() && entries.empty() && !m_extra)
        return;
    // Children are released by recursion while it is shallow (a tensor's argument tuple,
    // a state_dict of tensors: most trees are a few levels deep); past kMaxDepth levels, by
    // the loop below, so that a hostile 100k-deep nesting cannot overflow the stack.
    constexpr int kMaxDepth = 64;
    static thread_local int depth = 0;
    if (depth < kMaxDepth) {
        ++depth;
        items.clear();
        entries.clear();
        m_extra.reset();
        --depth;
        return;
    }
    std::vector<ValuePtr> pending;
    auto adopt = [&pending](Value &v) {
        for (ValuePtr &c : v.items)
            pending.push_back(std::move(c));
        if (v.m_extra) {
            for (ValuePtr &c : v.m_extra->appended)
                pending.push_back(std::move(c));
            if (v.m_extra->state)
                pending.push_back(std::move(v.m_extra->state));
            v.m_extra->appended.clear();
        }
        for (auto &kv : v.entries) {
            pending.push_back(std::move(kv.first));
            pending.push_back(std::move(kv.second));
        }
        v.items.clear();
        v.entries.clear();
    };
    adopt(*this);
    while (!pending.empty()) {
        ValuePtr p = std::move(pending.back());
        pending.pop_back();
        if (p && p.use_count() == 1)
            adopt(*p); // p now has no children, so its destructor below does not recurse
    }
}

QString Value::scalarText() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Bool:
        return boolean ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::Int:
        return QString::number(integer);
    case Kind::BigInt:
        return text;
    case Kind::Float:
        return QString::number(real, 'g', QLocale::FloatingPointShortest);
    case Kind::String: {
        QString s = text;
        if (s.size() > 200)
            s = s.left(200) + QStringLiteral("…");
        return QLatin1Char('\'') + s.replace(QLatin1Char('\n'), QStringLiteral("\\n")) + QLatin1Char('\'');
    }
    case Kind::Bytes:
        return QStringLiteral("<%1 bytes>").arg(bytes().size());
    case Kind::Dtype:
        return QStringLiteral("torch.") + text;
    case Kind::Device:
        return QStringLiteral("device('%1')").arg(text);
    case Kind::Layout:
        return QStringLiteral("torch.") + text;
    case Kind::NumpyScalar:
        return text;
    case Kind::Global:
        return className;
    default:
        return QString();
    }
}

QString Value::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
    case Kind::BigInt:
        return QStringLiteral("int");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::String:
        return QStringLiteral("str");
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Tuple:
        return QStringLiteral("tuple");
    case Kind::Set:
        return className.isEmpty() ? QStringLiteral("set") : className.section(QLatin1Char('.'), -1);
    case Kind::Dict:
        return className.isEmpty() ? QStringLiteral("dict") : className.section(QLatin1Char('.'), -1);
    case Kind::Tensor:
        return QStringLiteral("tensor");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Global:
        return QStringLiteral("global");
    case Kind::Object:
        return className;
    case Kind::Dtype:
        return QStringLiteral("dtype");
    case Kind::Device:
        return QStringLiteral("device");
    case Kind::Layout:
        return QStringLiteral("layout");
    case Kind::NumpyScalar:
        return QStringLiteral("numpy.") + className;
    case Kind::NumpyArray:
        return QStringLiteral("numpy.ndarray");
    case Kind::Mark:
        return QStringLiteral("mark");
    }
    return QString();
}

ValuePtr Value::child(const QString &key) const
{
    const auto *list = &entries;
    if (kind == Kind::Object && entries.empty() && state() && state()->kind == Kind::Dict)
        list = &state()->entries;
    for (const auto &kv : *list)
        if (kv.first && kv.first->kind == Kind::String && kv.first->text == key)
            return kv.second;
    return nullptr;
}

} // namespace ckpt
