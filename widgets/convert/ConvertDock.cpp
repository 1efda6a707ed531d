#include "widgets/convert/ConvertDock.h"

#include "model/jobs/JobRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ckpt {

namespace {
enum OpForm { MapDevice, DropGlob, DropRegex, KeepGlob, Strip, Add, Rename, Extract, Cast, DropTraining };

QString bytesText(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

class OpCommand : public QUndoCommand {
public:
    OpCommand(ConvertDock *dock, int row, const EditOp &op, bool add)
        : QUndoCommand(
            add ? ConvertDock::tr("Add “%1”").arg(op.describe()) : ConvertDock::tr("Remove “%1”").arg(op.describe())),
          m_dock(dock), m_row(row), m_op(op), m_add(add)
    {
    }
    void redo() override { m_add ? m_dock->insertOp(m_row, m_op) : m_dock->removeOp(m_row); }
    void undo() override { m_add ? m_dock->removeOp(m_row) : m_dock->insertOp(m_row, m_op); }

private:
    ConvertDock *m_dock;
    int m_row;
    EditOp m_op;
    bool m_add;
};
} // namespace

ConvertDock::ConvertDock(QWidget *parent)
    : QDockWidget(tr("Convert"), parent), m_undo(new QUndoStack(this)), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("ConvertDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    layout->addWidget(new QLabel(tr("Edit plan (applied in order, previewed before anything is written):"), body));
    m_planList = new QListWidget(body);
    m_planList->setWordWrap(true);
    layout->addWidget(m_planList, 1);

    auto *opRow = new QHBoxLayout;
    m_opKind = new QComboBox(body);
    m_opKind->addItems({ tr("Map devices"), tr("Drop (glob)"), tr("Drop (regex)"), tr("Keep only (glob)"),
        tr("Strip key prefix"), tr("Add key prefix"), tr("Rename (path=new key)"), tr("Extract subtree"),
        tr("Cast floating tensors"), tr("Drop training state") });
    m_opArg = new QLineEdit(body);
    m_addOp = new QPushButton(tr("Add"), body);
    m_removeOp = new QPushButton(tr("Remove"), body);
    opRow->addWidget(m_opKind);
    opRow->addWidget(m_opArg, 1);
    opRow->addWidget(m_addOp);
    opRow->addWidget(m_removeOp);
    layout->addLayout(opRow);

    auto *undoRow = new QHBoxLayout;
    auto *undo = new QPushButton(tr("Undo"), body);
    auto *redo = new QPushButton(tr("Redo"), body);
    undoRow->addWidget(undo);
    undoRow->addWidget(redo);
    undoRow->addStretch(1);
    m_previewToggle = new QCheckBox(tr("Preview in Tree"), body);
    m_previewToggle->setObjectName(QStringLiteral("convertPreviewToggle"));
    m_previewToggle->setToolTip(tr("Show the checkpoint as the plan would write it in the main tree"));
    undoRow->addWidget(m_previewToggle);
    layout->addLayout(undoRow);
    connect(m_previewToggle, &QCheckBox::toggled, this, &ConvertDock::previewInTreeToggled);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);

    m_sizes = new QLabel(body);
    m_sizes->setWordWrap(true);
    layout->addWidget(m_sizes);

    auto *form = new QFormLayout;
    m_format = new QComboBox(body);
    m_format->addItem(tr("Torch checkpoint (.pt)"), int(OutputFormat::Torch));
    m_format->addItem(tr("safetensors (tensors only)"), int(OutputFormat::Safetensors));
    m_format->addItem(tr("Inference package (.pt + _metadata.json)"), int(OutputFormat::Package));
    form->addRow(tr("Save as:"), m_format);
    auto *outRow = new QHBoxLayout;
    m_output = new QLineEdit(body);
    auto *browseButton = new QPushButton(tr("Browse…"), body);
    outRow->addWidget(m_output, 1);
    outRow->addWidget(browseButton);
    form->addRow(tr("File:"), outRow);
    m_verify = new QCheckBox(tr("Verify with a reload (compare every tensor's SHA-256)"), body);
    form->addRow(QString(), m_verify);
    layout->addLayout(form);

    auto *runRow = new QHBoxLayout;
    m_convert = new QPushButton(tr("Convert"), body);
    m_cancel = new QPushButton(tr("Cancel"), body);
    m_openResult = new QPushButton(tr("Open converted file"), body);
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 1000);
    runRow->addWidget(m_convert);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_openResult);
    layout->addLayout(runRow);
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    setWidget(body);

    connect(m_opKind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        static const char *const hints[] = { "cpu   or   cuda:1=cuda:0", "fc2.*", "^optimizer", "model_state_dict/*",
            "module.", "model.", "model_state_dict/fc.weight=classifier.weight", "model_state_dict",
            "float16 | bfloat16 | float32", "" };
        m_opArg->setPlaceholderText(QString::fromLatin1(hints[kind]));
        m_opArg->setEnabled(kind != DropTraining);
    });
    m_opKind->setCurrentIndex(DropTraining);
    m_opKind->setCurrentIndex(MapDevice);
    connect(m_addOp, &QPushButton::clicked, this, &ConvertDock::addFromForm);
    connect(m_opArg, &QLineEdit::returnPressed, this, &ConvertDock::addFromForm);
    connect(m_removeOp, &QPushButton::clicked, this, &ConvertDock::removeSelected);
    connect(browseButton, &QPushButton::clicked, this, &ConvertDock::browse);
    connect(m_convert, &QPushButton::clicked, this, &ConvertDock::startConvert);
    // The writer removes its temporary file and reports; the target stays as it was.
    connect(m_cancel, &QPushButton::clicked, m_jobs, &JobRunner::requestStop);
    connect(m_jobs, &JobRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_openResult, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_lastOutput); });
    connect(m_output, &QLineEdit::textChanged, this, &ConvertDock::updateButtons);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const auto f = OutputFormat(m_format->currentData().toInt());
        const QString path = m_output->text();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            const QString ext = f == OutputFormat::Safetensors ? QStringLiteral(".safetensors") : QStringLiteral(".pt");
            m_output->setText(info.dir().filePath(info.completeBaseName() + ext));
        }
    });
    refreshPlan();
}

void ConvertDock::setCheckpoint(const CheckpointPtr &ckpt)
{
    m_source = ckpt;
    m_lastOutput.clear();
    if (ckpt) {
        const QFileInfo info(ckpt->file);
        m_output->setText(info.dir().filePath(info.completeBaseName() + QStringLiteral("_converted.pt")));
    }
    m_status->clear();
    refreshPlan();
}

bool ConvertDock::previewInTree() const
{
    return m_previewToggle->isChecked();
}

void ConvertDock::setPreviewInTree(bool on)
{
    m_previewToggle->setChecked(on);
}

void ConvertDock::insertOp(int row, const EditOp &op)
{
    m_plan.ops.insert(m_plan.ops.begin() + std::clamp(row, 0, int(m_plan.ops.size())), op);
    refreshPlan();
}

void ConvertDock::removeOp(int row)
{
    if (row >= 0 && row < int(m_plan.ops.size()))
        m_plan.ops.erase(m_plan.ops.begin() + row);
    refreshPlan();
}

void ConvertDock::pushOp(const EditOp &op)
{
    m_undo->push(new OpCommand(this, int(m_plan.ops.size()), op, true));
}

void ConvertDock::addFromForm()
{
    const QString arg = m_opArg->text().trimmed();
    const int kind = m_opKind->currentIndex();
    if (arg.isEmpty() && kind != DropTraining) {
        m_status->setText(tr("Type what the step needs first (see the hint in the field)."));
        return;
    }
    EditOp op;
    const int eq = arg.indexOf(QLatin1Char('='));
    switch (kind) {
    case MapDevice:
        op = eq > 0 ? EditOp::remapDevice(arg.left(eq), arg.mid(eq + 1)) : EditOp::remapDevice(QString(), arg);
        break;
    case DropGlob:
        op = EditOp::drop(arg.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        break;
    case DropRegex:
        op = EditOp::drop({ arg }, EditOp::Syntax::Regex);
        break;
    case KeepGlob:
        op = EditOp::keep(arg.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        break;
    case Strip:
        op = EditOp::stripPrefix(arg);
        break;
    case Add:
        op = EditOp::addPrefix(arg);
        break;
    case Rename:
        if (eq <= 0) {
            m_status->setText(tr("Rename wants PATH=NEW_KEY."));
            return;
        }
        op = EditOp::rename(arg.left(eq), arg.mid(eq + 1));
        break;
    case Extract:
        op = EditOp::extract(arg);
        break;
    case Cast: {
        const DType t = dtypeFromName(arg);
        if (t != DType::Float16 && t != DType::BFloat16 && t != DType::Float32) {
            m_status->setText(tr("Cast to float16, bfloat16 or float32."));
            return;
        }
        op = EditOp::cast(t);
        break;
    }
    default:
        op = EditOp::dropTrainingState();
        break;
    }
    pushOp(op);
    m_opArg->clear();
}

void ConvertDock::removeSelected()
{
    const int row = m_planList->currentRow();
    if (row >= 0 && row < int(m_plan.ops.size()))
        m_undo->push(new OpCommand(this, row, m_plan.ops[size_t(row)], false));
}

void ConvertDock::refreshPlan()
{
    m_planList->clear();
    if (!m_source) {
        m_preview = EditResult();
        m_sizes->setText(tr("Open a checkpoint to convert it."));
        updateButtons();
        return;
    }
    // Applying a plan touches metadata only: cheap enough for the GUI thread.
    m_preview = applyPlan(m_source, m_plan);
    for (size_t i = 0; i < m_plan.ops.size(); ++i) {
        const qint64 before = i == 0 ? m_preview.bytesBefore : m_preview.bytesAfterStep[i - 1];
        const qint64 saved = before - m_preview.bytesAfterStep[i];
        QString line = QStringLiteral("%1. %2 — %3").arg(i + 1).arg(m_plan.ops[i].describe(), m_preview.stepNotes[i]);
        if (saved > 0)
            line += tr(" (saves %1)").arg(bytesText(saved));
        auto *item = new QListWidgetItem(line, m_planList);
        if (m_preview.stepNotes[i].startsWith(QLatin1String("error: ")))
            item->setForeground(Qt::red);
    }
    m_sizes->setText(
        tr("Tensors: %1 before, %2 after.").arg(bytesText(m_preview.bytesBefore), bytesText(m_preview.bytesAfter()))
        + (m_preview.ok() ? QString() : QLatin1Char(' ') + m_preview.error));
    updateButtons();
    Q_EMIT previewChanged(m_preview.view);
}

void ConvertDock::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save converted checkpoint"), m_output->text());
    if (!path.isEmpty())
        m_output->setText(path);
}

void ConvertDock::updateButtons()
{
    const bool running = m_jobs->isBusy();
    m_convert->setEnabled(!running && m_source && m_preview.ok() && !m_output->text().isEmpty());
    m_cancel->setEnabled(running);
    m_openResult->setEnabled(!running && !m_lastOutput.isEmpty());
    m_addOp->setEnabled(!running && m_source);
}

void ConvertDock::startConvert()
{
    if (!m_source || m_jobs->isBusy())
        return;
    ConvertOptions options;
    options.output = m_output->text();
    options.format = OutputFormat(m_format->currentData().toInt());
    options.verifyBytes = m_verify->isChecked();
    const CheckpointPtr source = m_source;
    const EditResult edit = m_preview;
    m_progress->setValue(0);
    m_lastOutput.clear();
    m_status->setText(tr("Writing %1…").arg(options.output));
    m_jobs->start(
        [source, edit, options](const JobControl &control) mutable {
            options.cancel = control.stopFlag();
            options.progress = control.progressSink();
            return convertCheckpoint(source, edit, options);
        },
        [this](const ConvertReport &r) { finished(r); });
    updateButtons();
}

void ConvertDock::finished(const ConvertReport &r)
{
    QStringList lines;
    if (r.ok) {
        m_lastOutput = r.output;
        m_progress->setValue(1000);
        lines << tr("Wrote %1 (%2, %3 tensors), %4.")
                     .arg(r.output, bytesText(r.bytesWritten))
                     .arg(r.manifest.size())
                     .arg(r.bytesVerified ? tr("verified byte for byte") : tr("verified on reload"));
        if (!r.sidecar.isEmpty())
            lines << tr("Wrote %1.").arg(r.sidecar);
        if (!r.globalsNeedingCode.isEmpty())
            lines << tr("Loading it needs torch.load(weights_only=False) for: %1")
                         .arg(r.globalsNeedingCode.join(QStringLiteral(", ")));
        else if (OutputFormat(m_format->currentData().toInt()) != OutputFormat::Safetensors)
            lines << tr("Loads with torch.load(weights_only=True).");
    } else {
        m_progress->setValue(0);
        lines << tr("Not written: %1. The target was left as it was.").arg(r.error);
    }
    for (const QString &n : r.notes)
        lines << n;
    m_status->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

} // namespace ckpt
