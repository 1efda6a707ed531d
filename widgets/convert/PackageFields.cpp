#include "widgets/convert/PackageFields.h"

#include "model/checkpoint/TreeWalk.h"
#include "model/convert/ConvertOptions.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <functional>
#include <utility>

namespace ckpt {

namespace {
using K = Value::Kind;
constexpr int kMaxDepth = 3;
constexpr int kMaxCandidates = 200;

bool holdsTensor(const Value &v, int depth)
{
    if (v.kind == K::Tensor || v.kind == K::NumpyArray)
        return true;
    if (depth > 8 || !v.isContainer())
        return false;
    bool found = false;
    forEachChild(v, [&](const PathPart &, const ValuePtr &c) { found = found || (c && holdsTensor(*c, depth + 1)); });
    return found;
}

bool isNameList(const Value &v)
{
    if (v.kind == K::List || v.kind == K::Tuple) {
        for (const ValuePtr &i : v.items)
            if (!i || i->kind != K::String)
                return false;
        return !v.items.empty();
    }
    if (v.kind == K::Dict) { // idx_to_class
        for (const auto &kv : v.entries)
            if (!kv.second || kv.second->kind != K::String || kv.first->kind != K::Int)
                return false;
        return !v.entries.empty();
    }
    return false;
}

// Depth-first in tree order: the subtrees `want` accepts, by slash path.
QStringList candidates(const Checkpoint &ckpt, const std::function<bool(const Value &)> &want)
{
    QStringList out;
    std::function<void(const Value &, const QString &, int)> walk
        = [&](const Value &v, const QString &path, int depth) {
              if (out.size() >= kMaxCandidates || depth > kMaxDepth)
                  return;
              if (!path.isEmpty() && want(v)) {
                  out << path;
                  return;
              }
              if (v.kind != K::Dict && v.kind != K::Object)
                  return;
              forEachChild(v, [&](const PathPart &part, const ValuePtr &c) {
                  if (c && c->isContainer())
                      walk(*c, path.isEmpty() ? part.toString() : path + QLatin1Char('/') + part.toString(), depth + 1);
              });
          };
    if (ckpt.root)
        walk(*ckpt.root, QString(), 0);
    return out;
}
} // namespace

QStringList PackageFields::dictCandidates(const Checkpoint &ckpt)
{
    return candidates(ckpt, [](const Value &v) {
        return (v.kind == K::Dict || v.kind == K::Object) && childrenOf(v).size() > 0 && !isNameList(v)
            && !holdsTensor(v, 0);
    });
}

QStringList PackageFields::listCandidates(const Checkpoint &ckpt)
{
    return candidates(ckpt, isNameList);
}

PackageFields::PackageFields(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("convertPackageFields"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto make = [this](const char *name) {
        auto *box = new QComboBox(this);
        box->setObjectName(QLatin1String(name));
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        return box;
    };
    m_classNames = make("packageClassNames");
    m_config = make("packageConfig");
    m_preprocessing = make("packagePreprocessing");
    QComboBox *const boxes[] = { m_classNames, m_config, m_preprocessing };
    for (int i = 0; i < 3; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(boxes[i]);
        form->addRow(m_labels[i], boxes[i]);
    }
    retranslate();
}

void PackageFields::retranslate()
{
    setTitle(tr("Inference package"));
    m_labels[0]->setText(tr("C&lass names:"));
    m_labels[1]->setText(tr("Model &config:"));
    m_labels[2]->setText(tr("Pre&processing:"));
    m_classNames->lineEdit()->setPlaceholderText(tr("cat, dog, bird   or   [\"cat\", \"dog\"]   or a path"));
    m_classNames->setToolTip(tr("Names typed with commas, a JSON list, or a list in the checkpoint. Empty: "
                                "class_names, classes, labels or idx_to_class from the file"));
    m_config->lineEdit()->setPlaceholderText(tr("{\"hidden\": 256}   or a path"));
    m_config->setToolTip(tr("A JSON object, or a dict in the checkpoint. Empty: model_config, config, "
                            "hyper_parameters, hparams or args from the file"));
    m_preprocessing->lineEdit()->setPlaceholderText(tr("{\"mean\": [0.5], \"std\": [0.5]}   or a path"));
    m_preprocessing->setToolTip(tr("A JSON object, or a dict in the checkpoint. Empty: preprocessing from the file, "
                                   "or its mean, std and input size"));
}

void PackageFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void PackageFields::setCheckpoint(const CheckpointPtr &ckpt)
{
    m_pending = ckpt;
    m_stale = true;
    if (isVisible())
        fillChoices();
}

void PackageFields::showEvent(QShowEvent *event)
{
    if (m_stale)
        fillChoices();
    QGroupBox::showEvent(event);
}

void PackageFields::fillChoices()
{
    const CheckpointPtr ckpt = std::exchange(m_pending, nullptr);
    m_stale = false;
    const QString file = ckpt ? ckpt->file : QString();
    const bool sameFile = file == m_file;
    m_file = file;
    const QStringList dicts = ckpt ? dictCandidates(*ckpt) : QStringList();
    const QStringList lists = ckpt ? listCandidates(*ckpt) : QStringList();
    auto fill = [sameFile](QComboBox *box, const QStringList &items) {
        const QString typed = sameFile ? box->currentText() : QString();
        box->clear();
        box->addItems(items);
        box->setEditText(typed); // nothing chosen until picked: the file's own, found by name
    };
    fill(m_classNames, lists);
    fill(m_config, dicts);
    fill(m_preprocessing, dicts);
}

void PackageFields::apply(ConvertOptions &options) const
{
    if (m_stale && (m_pending ? m_pending->file : QString()) != m_file) {
        options.classNames = options.config = options.preprocessing = QString(); // as filling would leave them
        return;
    }
    options.classNames = m_classNames->currentText().trimmed();
    options.config = m_config->currentText().trimmed();
    options.preprocessing = m_preprocessing->currentText().trimmed();
}

} // namespace ckpt
