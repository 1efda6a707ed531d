#include "model/itemmodels/CheckpointTreeModel.h"

#include "model/checkpoint/Summary.h"

#include <QLocale>

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
};

CheckpointTreeModel::CheckpointTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

CheckpointTreeModel::~CheckpointTreeModel() = default;

void CheckpointTreeModel::setCheckpoint(CheckpointPtr ckpt, const TreeTotals &totals)
{
    beginResetModel();
    m_ckpt = std::move(ckpt);
    m_totals = totals;
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
    if (node == m_root.get()) {
        for (TopRow &r : topLevelRows(*m_ckpt))
            add(std::move(r.ref), r.isRoot);
        return;
    }
    if (!node->value || childCount(*node->value) == 0)
        return;
    // A container inside itself (a hostile or odd pickle) would make an endless tree.
    for (const Node *a = node->parent; a && a != m_root.get(); a = a->parent) {
        if (a->value == node->value) {
            node->cycle = true;
            return;
        }
    }
    std::vector<ChildRef> refs = childrenOf(*node->value);
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
        if (!n->isRoot)
            path.insert(path.begin(), n->part);
    return path;
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
    int at = 0;
    while (at < parts.size()) {
        Node *n = nodeAt(current);
        populate(n);
        QModelIndex found;
        // Longest key first: "a/b" as one key wins over "a" then "b".
        for (int take = int(parts.size()) - at; take >= 1 && !found.isValid(); --take) {
            const QString key = QStringList(parts.mid(at, take)).join(QLatin1Char('/'));
            for (const auto &c : n->children) {
                if (c->part.toString() == key) {
                    found = createIndex(c->row, 0, c.get());
                    at += take;
                    break;
                }
            }
        }
        if (!found.isValid())
            return QModelIndex();
        current = found;
    }
    return current;
}

QString CheckpointTreeModel::keyText(const Node &node) const
{
    if (node.isRoot)
        return tr("(root)");
    const Value *p = node.parent ? node.parent->value.get() : nullptr;
    const bool sequence
        = p && (p->kind == Value::Kind::List || p->kind == Value::Kind::Tuple || p->kind == Value::Kind::Set);
    return sequence ? QStringLiteral("[%1]").arg(node.part.index) : node.part.toString();
}

bool CheckpointTreeModel::hasTotals(const Node &node) const
{
    if (!node.value)
        return false;
    if (node.value->kind == Value::Kind::Tensor)
        return true;
    // Containers without tensors below (hyper-parameters, histories) show no numbers.
    return node.value->isContainer() && (!m_totals.isReady() || m_totals.of(node.value.get()).tensors > 0);
}

qint64 CheckpointTreeModel::totalParameters(const Node &node) const
{
    const Value &v = *node.value;
    if (v.kind == Value::Kind::Tensor)
        return v.tensorIndex >= 0 && v.tensorIndex < int(m_ckpt->tensors.size())
            ? qMax<qint64>(0, m_ckpt->tensors[size_t(v.tensorIndex)].numel())
            : 0;
    return m_totals.of(&v).parameters;
}

qint64 CheckpointTreeModel::totalBytes(const Node &node) const
{
    const Value &v = *node.value;
    if (v.kind == Value::Kind::Tensor)
        return v.tensorIndex >= 0 && v.tensorIndex < int(m_ckpt->tensors.size())
            ? qMax<qint64>(0, m_ckpt->tensors[size_t(v.tensorIndex)].nbytes())
            : 0;
    return m_totals.of(&v).bytes;
}

QVariant CheckpointTreeModel::displayData(const Node &node, int column) const
{
    if (!node.value)
        return column == KeyColumn ? QVariant(keyText(node)) : QVariant();
    const Value &v = *node.value;
    const TensorInfo *t
        = v.kind == Value::Kind::Tensor && v.tensorIndex >= 0 && v.tensorIndex < int(m_ckpt->tensors.size())
        ? &m_ckpt->tensors[size_t(v.tensorIndex)]
        : nullptr;
    const bool pending = v.kind != Value::Kind::Tensor && !m_totals.isReady();
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
        return v.isContainer() || v.kind == Value::Kind::Tensor ? QString() : v.scalarText();
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
            return pathToString(pathAt(index));
        if (column == ParametersColumn && node.value && hasTotals(node))
            return tr("%1 elements").arg(QLocale().toString(totalParameters(node)));
        if (column == BytesColumn && node.value && hasTotals(node))
            return tr("%1 bytes").arg(QLocale().toString(totalBytes(node)));
        return QVariant();
    case NodeKindRole:
        return int(node.kind);
    case PathRole:
        return pathToString(pathAt(index));
    case KeyRole:
        return node.isRoot ? QString() : node.part.toString();
    case TensorIndexRole:
        return node.value && node.value->kind == Value::Kind::Tensor ? node.value->tensorIndex : -1;
    case ParametersRole:
        return node.value && hasTotals(node) ? QVariant(totalParameters(node)) : QVariant();
    case BytesRole:
        return node.value && hasTotals(node) ? QVariant(totalBytes(node)) : QVariant();
    case SortRole:
        if (column == KeyColumn && node.part.isIndex)
            return node.part.index;
        if (column == ParametersColumn)
            return node.value && hasTotals(node) ? totalParameters(node) : qint64(-1);
        if (column == BytesColumn)
            return node.value && hasTotals(node) ? totalBytes(node) : qint64(-1);
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
