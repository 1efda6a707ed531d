#include "model/check/ScriptModules.h"

#include "model/io/ZipDirectory.h"

#include <QHash>
#include <QRegularExpression>

#include <unordered_set>

namespace ckpt {

namespace {
using K = Value::Kind;
constexpr int kMaxDepth = 256;
constexpr qint64 kMaxCodeRecord = qint64(64) << 20;

// What a class's source in code/ declares.
struct ClassDecl {
    bool found = false;
    bool isModule = false;
    QStringList parameters, buffers;
};

// Reads and parses code/ records on demand, one per module file.
class CodeIndex {
public:
    explicit CodeIndex(const Checkpoint &c)
    {
        Phrase error;
        if (ByteSourcePtr src = ByteSource::open(c.file, &error); src && m_zip.read(src))
            m_ok = true;
    }

    // "__torch__.torch.nn.modules.linear.Linear" is class Linear in
    // code/__torch__/torch/nn/modules/linear.py.
    ClassDecl decl(const QString &qualified)
    {
        const int dot = qualified.lastIndexOf(QLatin1Char('.'));
        if (!m_ok || dot <= 0)
            return {};
        const QString file = QStringLiteral("code/") + qualified.left(dot).replace(QLatin1Char('.'), QLatin1Char('/'))
            + QStringLiteral(".py");
        const QString name = qualified.mid(dot + 1);
        auto it = m_files.find(file);
        if (it == m_files.end())
            it = m_files.insert(file, parse(file));
        return it->value(name);
    }

private:
    QHash<QString, ClassDecl> parse(const QString &file) const
    {
        QHash<QString, ClassDecl> out;
        const ZipEntry *e = m_zip.find(file);
        QByteArray bytes;
        Phrase error;
        if (!e || e->uncompressedSize > kMaxCodeRecord || !m_zip.readEntry(*e, &bytes, &error))
            return out;
        static const QRegularExpression classLine(QStringLiteral("^class (\\w+)\\((\\w*)\\):"));
        static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
        ClassDecl *current = nullptr;
        for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
            if (const QRegularExpressionMatch m = classLine.match(line); m.hasMatch()) {
                current = &out[m.captured(1)];
                current->found = true;
                current->isModule = m.captured(2) == QLatin1String("Module");
                continue;
            }
            if (!line.startsWith(QLatin1Char(' ')))
                current = nullptr;
            if (!current)
                continue;
            const QString t = line.trimmed();
            QStringList *list = t.startsWith(QLatin1String("__parameters__ = ")) ? &current->parameters
                : t.startsWith(QLatin1String("__buffers__ = "))                  ? &current->buffers
                                                                                 : nullptr;
            if (!list)
                continue;
            for (auto it = quoted.globalMatch(t); it.hasNext();)
                *list << it.next().captured(1);
        }
        return out;
    }

    ZipDirectory m_zip;
    bool m_ok = false;
    QHash<QString, QHash<QString, ClassDecl>> m_files;
};

bool isTensor(const ValuePtr &v)
{
    return v && v->kind == K::Tensor;
}

const std::vector<std::pair<ValuePtr, ValuePtr>> *attributes(const Value &object)
{
    if (object.kind != K::Object || !object.state() || object.state()->kind != K::Dict)
        return nullptr;
    return &object.state()->entries;
}

class Walker {
public:
    Walker(const Checkpoint &c, std::vector<ScriptModule> *out) : m_code(c), m_out(out) { }

    void visit(const ValuePtr &object, const QString &prefix, int depth)
    {
        if (depth > kMaxDepth || !m_onPath.insert(object.get()).second)
            return;
        ScriptModule m;
        m.prefix = prefix;
        m.className = object->className;
        const ClassDecl d = m_code.decl(object->className);
        const auto *attrs = attributes(*object);
        auto take = [&](const QStringList &names, std::vector<std::pair<QString, ValuePtr>> &into) {
            for (const QString &n : names)
                if (const ValuePtr v = object->child(n); isTensor(v))
                    into.emplace_back(n, v);
        };
        if (d.found) {
            take(d.parameters, m.parameters);
            take(d.buffers, m.buffers);
        } else if (attrs) {
            // No source in the archive: every tensor attribute counts as a parameter.
            for (const auto &kv : *attrs)
                if (kv.first->kind == K::String && isTensor(kv.second))
                    m.parameters.emplace_back(kv.first->text, kv.second);
        }
        std::vector<std::pair<QString, ValuePtr>> subs;
        if (attrs)
            for (const auto &kv : *attrs)
                if (kv.first->kind == K::String && isModule(kv.second)) {
                    m.children << kv.first->text;
                    subs.emplace_back(kv.first->text, kv.second);
                }
        m_out->push_back(std::move(m));
        for (const auto &[name, child] : subs)
            visit(child, prefix + name + QLatin1Char('.'), depth + 1);
        m_onPath.erase(object.get());
    }

    bool isModule(const ValuePtr &v)
    {
        if (!v || v->kind != K::Object)
            return false;
        const ClassDecl d = m_code.decl(v->className);
        if (d.found)
            return d.isModule;
        // Without source: a module is the object that carries nn.Module's `training` flag.
        const ValuePtr training = v->child(QStringLiteral("training"));
        return training && training->kind == K::Bool;
    }

private:
    CodeIndex m_code;
    std::vector<ScriptModule> *m_out;
    std::unordered_set<const Value *> m_onPath;
};
} // namespace

QString scriptClassShortName(const QString &qualified)
{
    return qualified.mid(qualified.lastIndexOf(QLatin1Char('.')) + 1);
}

bool readScriptModules(const Checkpoint &c, std::vector<ScriptModule> *out, QString *error)
{
    out->clear();
    Walker walker(c, out);
    if (!c.root || !walker.isModule(c.root)) {
        *error = QStringLiteral("the TorchScript archive's root is not a module");
        return false;
    }
    walker.visit(c.root, QString(), 0);
    return true;
}

} // namespace ckpt
