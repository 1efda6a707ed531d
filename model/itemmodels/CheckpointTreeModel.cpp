#include "model/itemmodels/CheckpointTreeModel.h"

#include "model/checkpoint/Summary.h"
#include "model/jobs/DisposeLater.h"

#include <QLocale>

#include <functional>

namespace ckpt {

struct CheckpointTreeModel::Node {
    Node *parent = nullptr;
    int row = 0;
    PathPart part;
    ValuePtr value;
    NodeKind kind = NodeKind::Scalar;
    bool isRoot = false; // the single row of a root without children
    bool populated = false;
    bool cycle = false; // the value encloses itself: shown as a leaf
    std::vector<std::unique_ptr<Node>> children;
    // The grouped view: the dict's grouping, held by it and by every module row below.
    std::shared_ptr<const ModuleGrouping> grouping;
    const ModuleRow *module = nullptr; // a module row of `grouping`
    QString label; // an entry under a module: its last dotted component
};

CheckpointTreeModel::CheckpointTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

CheckpointTreeModel::~CheckpointTreeModel() = default;

void CheckpointTreeModel::setCheckpoint(CheckpointPtr ckpt, const TreeTotals &totals)
{
    beginResetModel();
    auto old = std::make_tuple(std::exchange(m_ckpt, std::move(ckpt)), std::exchange(m_totals, totals),
        std::shared_ptr<Node>(std::exchange(m_root, std::make_unique<Node>())));
    endResetModel();
    // The old rows, file and totals are let go on a worker (100k keys take a while to free),
    // once no view holds an index into them.
    disposeLater(std::move(old));
}

void CheckpointTreeModel::setGroupByModule(bool on)
{
    if (on == m_groupByModule)
        return;
    beginResetModel();
    m_groupByModule = on;
    m_root = std::make_unique<Node>();
    endResetModel();
}

void CheckpointTreeModel::setTotals(const TreeTotals &totals)
{
    m_totals = totals;
    // Only populated rows can be visible; tell views about those.
    std::vector<Node *> pending { m_root.get() };
    while (!pending.empty()) {
        Node *n = pending.back();
        pending.pop_back();
        if (!n->populated || n->children.empty())
            continue;
        const QModelIndex parentIndex = n == m_root.get() ? QModelIndex() : createIndex(n->row, 0, n);
        Q_EMIT dataChanged(
            index(0, ParametersColumn, parentIndex), index(int(n->children.size()) - 1, BytesColumn, parentIndex));
        for (auto &c : n->children)
            pending.push_back(c.get());
    }
}

CheckpointTreeModel::Node *CheckpointTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void CheckpointTreeModel::populate(Node *node) const
{
    if (node->populated)
        return;
    node->populated = true;
    if (!m_ckpt)
        return;
    auto add = [&](ChildRef &&ref, bool isRoot) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->isRoot = isRoot;
        child->value = std::move(ref.value);
        child->part = std::move(ref.part);
        if (child->value) {
            const QString parentKey = node == m_root.get() ? QString() : node->part.key;
            child->kind = nodeKindOf(*m_ckpt, *child->value, child->part.toString(), parentKey);
        }
        node->children.push_back(std::move(child));
    };
    // A module's rows: modules, and the dict's entries by their last component.
    auto addRows = [&](const std::shared_ptr<const ModuleGrouping> &g, const std::vector<ModuleRow> &rows) {
        for (const ModuleRow &r : rows) {
            if (!r.isModule()) {
                add(ChildRef(g->refs[size_t(r.child)]), false);
                node->children.back()->label = r.name();
                continue;
            }
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = int(node->children.size());
            child->part = PathPart::ofKey(r.name());
            child->kind = NodeKind::Object;
            child->grouping = g;
            child->module = &r;
            node->children.push_back(std::move(child));
        }
    };
    auto grouped = [&](std::vector<ChildRef> &&refs) -> std::shared_ptr<const ModuleGrouping> {
        if (!m_groupByModule || !groupsByModule(refs))
            return nullptr;
        auto g = std::make_shared<ModuleGrouping>();
        g->rows = moduleRows(*m_ckpt, refs);
        g->refs = std::move(refs);
        return g;
    };
    if (node->module) {
        addRows(node->grouping, node->module->rows);
        return;
    }
    if (node == m_root.get() && m_groupByModule && m_totals.rootGrouping()) {
        // Grouped on the worker: the root's 100k children need not be listed here again.
        node->grouping = m_totals.rootGrouping();
        addRows(node->grouping, node->grouping->rows);
        for (TopRow &side : sideTreeRows(*m_ckpt))
            add(std::move(side.ref), false);
        return;
    }
    if (node == m_root.get()) {
        std::vector<TopRow> top = topLevelRows(*m_ckpt);
        const size_t groupable = groupableTopRows(*m_ckpt, top);
        size_t from = 0;
        // Totals that are ready and hold no grouping found none.
        const std::shared_ptr<const ModuleGrouping> g
            = !m_groupByModule || m_totals.isReady() ? nullptr : groupTopRows(*m_ckpt, top);
        if (g) {
            node->grouping = g;
            addRows(g, g->rows);
            from = groupable; // the side trees follow
        }
        for (size_t i = from; i < top.size(); ++i)
            add(std::move(top[i].ref), top[i].isRoot);
        return;
    }
    if (!node->value || childCount(*node->value) == 0)
        return;
    // A container inside itself (a hostile or odd pickle) would make an endless tree.
    for (const Node *a = node->parent; a && a != m_root.get(); a = a->parent) {
        if (a->value && a->value == node->value) {
            node->cycle = true;
            return;
        }
    }
    std::vector<ChildRef> refs = childrenOf(*node->value);
    if (auto g = m_groupByModule && groupsByModule(refs) ? grouped(std::vector<ChildRef>(refs)) : nullptr) {
        node->grouping = g;
        addRows(g, g->rows);
        return;
    }
    node->children.reserve(refs.size());
    for (ChildRef &r : refs)
        add(std::move(r), false);
}

QModelIndex CheckpointTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    Node *p = nodeAt(parent);
    populate(p);
    if (row >= int(p->children.size()))
        return QModelIndex();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CheckpointTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    Node *p = nodeAt(child)->parent;
    if (!p || p == m_root.get())
        return QModelIndex();
    return createIndex(p->row, 0, p);
}

int CheckpointTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node *n = nodeAt(parent);
    populate(n);
    return int(n->children.size());
}

int CheckpointTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CheckpointTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags CheckpointTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

Path CheckpointTreeModel::pathAt(const QModelIndex &index) const
{
    Path path;
    for (const Node *n = nodeAt(index); n && n != m_root.get(); n = n->parent)
        if (!n->isRoot && !n->module)
            path.insert(path.begin(), n->part);
    return path;
}

// A module's path is its dict's and its dotted prefix: "model_state_dict/encoder.layer.0".
QString CheckpointTreeModel::pathText(const QModelIndex &index) const
{
    const QString path = pathToString(pathAt(index));
    const Node *n = nodeAt(index);
    if (!n->module)
        return path;
    return path.isEmpty() ? n->module->prefix() : path + QLatin1Char('/') + n->module->prefix();
}

QStringList CheckpointTreeModel::leafPaths(const QModelIndex &index) const
{
    if (!nodeAt(index)->module)
        return { pathText(index) };
    QStringList out;
    const int rows = rowCount(index);
    for (int i = 0; i < rows; ++i)
        out += leafPaths(this->index(i, 0, index));
    return out;
}

std::vector<int> CheckpointTreeModel::rowPath(const QModelIndex &index) const
{
    std::vector<int> rows;
    for (const Node *n = nodeAt(index); n && n != m_root.get(); n = n->parent)
        rows.insert(rows.begin(), n->row);
    return rows;
}

const Value *CheckpointTreeModel::valueAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->value.get() : nullptr;
}

QModelIndex CheckpointTreeModel::indexForPath(const QString &slashPath) const
{
    const QStringList parts = slashPath.split(QLatin1Char('/'));
    QModelIndex current;
    populate(m_root.get());
    // The root object's row has an empty path: paths start below it.
    if (!m_root->children.empty() && m_root->children.front()->isRoot)
        current = createIndex(0, 0, m_root->children.front().get());
    if (slashPath.isEmpty())
        return current;
    // A key below a module row: into the module whose prefix it starts with.
    std::function<Node *(Node *, const QString &)> find = [&](Node *n, const QString &key) -> Node * {
        populate(n);
        for (const auto &c : n->children) {
            if (c->module) {
                if (key.size() > c->module->prefixLength && key.at(c->module->prefixLength) == QLatin1Char('.')
                    && key.startsWith(c->module->prefixView()))
                    if (Node *f = find(c.get(), key))
                        return f;
            } else if (c->part.toString() == key) {
                return c.get();
            }
        }
        return nullptr;
    };
    int at = 0;
    while (at < parts.size()) {
        Node *n = nodeAt(current);
        Node *found = nullptr;
        // Longest key first: "a/b" as one key wins over "a" then "b".
        for (int take = int(parts.size()) - at; take >= 1 && !found; --take) {
            found = find(n, QStringList(parts.mid(at, take)).join(QLatin1Char('/')));
            if (found)
                at += take;
        }
        if (!found)
            return QModelIndex();
        current = createIndex(found->row, 0, found);
    }
    return current;
}

QString CheckpointTreeModel::keyText(const Node &node) const
{
    if (node.isRoot)
        return tr("(root)");
    if (!node.label.isEmpty())
        return node.label;
    const Value *p = node.parent ? node.parent->value.get() : nullptr;
    const bool sequence
        = p && (p->kind == Value::Kind::List || p->kind == Value::Kind::Tuple || p->kind == Value::Kind::Set);
    return sequence ? QStringLiteral("[%1]").arg(node.part.index) : node.part.toString();
}

bool CheckpointTreeModel::hasTotals(const Node &node) const
{
    if (node.module)
        return true;
    if (!node.value)
        return false;
    if (node.value->kind == Value::Kind::Tensor || node.value->holdsTensor())
        return true;
    // Containers without tensors below (hyper-parameters, histories) show no numbers.
    return node.value->isContainer() && (!m_totals.isReady() || m_totals.of(node.value.get()).tensors > 0);
}

qint64 CheckpointTreeModel::totalParameters(const Node &node) const
{
    if (node.module)
        return node.module->parameters;
    const Value &v = *node.value;
    if (v.kind == Value::Kind::Tensor || v.holdsTensor())
        return v.tensorIndex >= 0 && v.tensorIndex < int(m_ckpt->tensors.size())
            ? qMax<qint64>(0, m_ckpt->tensors[size_t(v.tensorIndex)].numel())
            : 0;
    return m_totals.of(&v).parameters;
}

qint64 CheckpointTreeModel::totalTensors(const Node &node) const
{
    if (node.module)
        return node.module->tensors;
    const Value &v = *node.value;
    return v.kind == Value::Kind::Tensor || v.holdsTensor() ? 1 : m_totals.of(&v).tensors;
}

qint64 CheckpointTreeModel::totalBytes(const Node &node) const
{
    if (node.module)
        return node.module->bytes;
    const Value &v = *node.value;
    if (v.kind == Value::Kind::Tensor || v.holdsTensor())
        return v.tensorIndex >= 0 && v.tensorIndex < int(m_ckpt->tensors.size())
            ? qMax<qint64>(0, m_ckpt->tensors[size_t(v.tensorIndex)].nbytes())
            : 0;
    return m_totals.of(&v).bytes;
}

QVariant CheckpointTreeModel::displayData(const Node &node, int column) const
{
    if (node.module) {
        switch (column) {
        case KeyColumn:
            return keyText(node);
        case KindColumn:
            return tr("module · %n tensor(s)", nullptr, int(node.module->tensors));
        case ParametersColumn:
            return formatCount(node.module->parameters);
        case BytesColumn:
            return formatBytes(node.module->bytes);
        }
        return QVariant();
    }
    if (!node.value)
        return column == KeyColumn ? QVariant(keyText(node)) : QVariant();
    const Value &v = *node.value;
    const TensorInfo *t = v.holdsTensor() && v.tensorIndex < int(m_ckpt->tensors.size())
        ? &m_ckpt->tensors[size_t(v.tensorIndex)]
        : nullptr;
    const bool pending = !t && v.kind != Value::Kind::Tensor && !m_totals.isReady();
    switch (column) {
    case KeyColumn:
        return keyText(node);
    case KindColumn:
        return kindText(*m_ckpt, v, node.kind);
    case ShapeColumn:
        return shapeText(*m_ckpt, v);
    case DTypeColumn:
        return t ? dtypeName(t->dtype) : v.kind == Value::Kind::NumpyArray ? v.className : QString();
    case DeviceColumn:
        return t ? deviceOf(*m_ckpt, *t) : QString();
    case ParametersColumn:
        return !hasTotals(node) ? QString() : pending ? QStringLiteral("…") : formatCount(totalParameters(node));
    case BytesColumn:
        return !hasTotals(node) ? QString() : pending ? QStringLiteral("…") : formatBytes(totalBytes(node));
    case ValueColumn:
        if (node.cycle)
            return tr("(encloses itself: not expanded)");
        if (v.kind == Value::Kind::Float) // a short, readable number; Details shows every digit
            return QString::number(v.real, 'g', 7);
        return v.isContainer() || v.kind == Value::Kind::Tensor || t ? QString() : v.scalarText();
    }
    return QVariant();
}

QVariant CheckpointTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_ckpt)
        return QVariant();
    const Node &node = *nodeAt(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, column);
    case Qt::DecorationRole:
        return column == KeyColumn ? QVariant(iconFor(node.kind)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == ParametersColumn || column == BytesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (column == KeyColumn)
            return pathText(index);
        if (column == ParametersColumn && hasTotals(node))
            return tr("%1 elements").arg(QLocale().toString(totalParameters(node)));
        if (column == BytesColumn && hasTotals(node))
            return tr("%1 bytes").arg(QLocale().toString(totalBytes(node)));
        if (column == ValueColumn || column == KindColumn || column == ShapeColumn) {
            // Cut to the column's width on screen: the whole text here.
            const QString text = displayData(node, column).toString();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return QVariant();
    case NodeKindRole:
        return int(node.kind);
    case PathRole:
        return pathText(index);
    case KeyRole:
        return node.isRoot ? QString() : node.module ? node.module->prefix() : node.part.toString();
    case IsModuleRole:
        return node.module != nullptr;
    case LeafPathsRole:
        return leafPaths(index);
    case TensorIndexRole:
        return node.value && node.value->holdsTensor() ? node.value->tensorIndex : -1;
    case ParametersRole:
        return hasTotals(node) ? QVariant(totalParameters(node)) : QVariant();
    case BytesRole:
        return hasTotals(node) ? QVariant(totalBytes(node)) : QVariant();
    case TensorsRole:
        return hasTotals(node) ? QVariant(totalTensors(node)) : QVariant();
    case SortRole:
        if (column == KeyColumn && node.part.isIndex)
            return node.part.index;
        if (column == ParametersColumn)
            return hasTotals(node) ? totalParameters(node) : qint64(-1);
        if (column == BytesColumn)
            return hasTotals(node) ? totalBytes(node) : qint64(-1);
        return displayData(node, column);
    }
    return QVariant();
}

QVariant CheckpointTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole && (section == ParametersColumn || section == BytesColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case KindColumn:
        return tr("Kind or class");
    case ShapeColumn:
        return tr("Shape");
    case DTypeColumn:
        return tr("DType");
    case DeviceColumn:
        return tr("Device");
    case ParametersColumn:
        return tr("Parameters");
    case BytesColumn:
        return tr("Bytes");
    case ValueColumn:
        return tr("Value");
    }
    return QVariant();
}

QHash<int, QByteArray> CheckpointTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(PathRole, "path");
    names.insert(TensorIndexRole, "tensorIndex");
    names.insert(ParametersRole, "parameters");
    names.insert(BytesRole, "bytes");
    names.insert(KeyRole, "key");
    names.insert(IsModuleRole, "isModule");
    names.insert(TensorsRole, "tensors");
    names.insert(LeafPathsRole, "leafPaths");
    return names;
}

void CheckpointTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QIcon CheckpointTreeModel::iconFor(NodeKind kind)
{
    static const char *const names[] = { "tensor", "parameter", "buffer", "dict", "list", "object", "scalar" };
    static QIcon cache[7];
    const int i = int(kind);
    if (cache[i].isNull())
        cache[i] = QIcon(QStringLiteral(":/icons/kind-%1.svg").arg(QLatin1String(names[i])));
    return cache[i];
}

} // namespace ckpt
