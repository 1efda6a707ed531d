#include "widgets/convert/ConvertDock.h"

#include "model/convert/EditPlanParse.h"
#include "model/convert/WriterRegistry.h"
#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/TreeRows.h"
#include "model/itemmodels/TreeTotals.h"
#include "model/jobs/JobRunner.h"
#include "widgets/common/FileDialog.h"
#include "widgets/common/FileFilters.h"
#include "widgets/common/MessageBox.h"
#include "widgets/common/ShardSizeBox.h"
#include "widgets/convert/CastWarnings.h"
#include "widgets/convert/ConvertReportText.h"
#include "widgets/convert/PackageFields.h"
#include "widgets/convert/StepFormText.h"
#include "widgets/preferences/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ckpt {

namespace {
QString bytesText(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

// The plan list asks for little height: the scrolling body is laid out at its preferred
// height (it wraps text), and the steps list is what grows into the room there is.
class PlanList : public QListWidget {
public:
    using QListWidget::QListWidget;
    QSize sizeHint() const override { return QSize(QListWidget::sizeHint().width(), 80); }
};
} // namespace

ConvertDock::ConvertDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_doc(doc), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("ConvertDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    m_planLabel = new QLabel(body);
    m_planLabel->setObjectName(QStringLiteral("convertPlanLabel"));
    m_planLabel->setWordWrap(true);
    layout->addWidget(m_planLabel);
    m_planList = new PlanList(body);
    m_planList->setObjectName(QStringLiteral("convertPlanList"));
    m_planList->setWordWrap(true);
    m_planList->setMinimumHeight(60);
    layout->addWidget(m_planList, 1);

    m_opKind = new QComboBox(body);
    m_opKind->setObjectName(QStringLiteral("convertStepKind"));
    for (StepForm f : kStepForms)
        m_opKind->addItem(QString(), int(f)); // named in retranslateUi()
    m_opArg = new QLineEdit(body);
    m_opArg->setObjectName(QStringLiteral("convertStepText"));
    m_opChoice = new QComboBox(body);
    m_opChoice->setObjectName(QStringLiteral("convertStepChoice"));
    m_opChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opChoice->setMinimumContentsLength(10);
    m_opChoice->hide();
    m_addOp = new QPushButton(body);
    m_addOp->setObjectName(QStringLiteral("convertAddStep"));
    m_removeOp = new QPushButton(body);
    m_removeOp->setObjectName(QStringLiteral("convertRemoveStep"));
    // The kind on a line of its own, as wide as the dock: the longer names (German's
    // "Gleitkomma-Tensoren umwandeln") are read whole; its argument and Add below.
    m_opKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opKind->setMinimumContentsLength(10);
    layout->addWidget(m_opKind);
    auto *opRow = new QHBoxLayout;
    opRow->addWidget(m_opArg, 1);
    opRow->addWidget(m_opChoice, 1);
    opRow->addWidget(m_addOp);
    layout->addLayout(opRow);

    auto *undoRow = new QHBoxLayout;
    m_undo = new QPushButton(body);
    m_undo->setObjectName(QStringLiteral("convertUndo"));
    m_redo = new QPushButton(body);
    m_redo->setObjectName(QStringLiteral("convertRedo"));
    undoRow->addWidget(m_removeOp);
    undoRow->addWidget(m_undo);
    undoRow->addWidget(m_redo);
    undoRow->addStretch(1);
    layout->addLayout(undoRow);
    m_previewToggle = new QCheckBox(body);
    m_previewToggle->setObjectName(QStringLiteral("convertPreviewToggle"));
    QUndoStack *stack = m_doc->undoStack();
    connect(m_previewToggle, &QCheckBox::toggled, m_doc, &CheckpointDocument::setPreviewInTree);
    connect(m_doc, &CheckpointDocument::previewInTreeChanged, m_previewToggle, &QCheckBox::setChecked);
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QWidget::setEnabled);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);

    m_sizes = new QLabel(body);
    m_sizes->setObjectName(QStringLiteral("convertSizes"));
    m_sizes->setWordWrap(true);
    // Beside the sizes, which wrap: the step buttons' line stays narrow enough in German.
    auto *sizesRow = new QHBoxLayout;
    sizesRow->addWidget(m_sizes, 1);
    sizesRow->addWidget(m_previewToggle, 0, Qt::AlignTop);
    layout->addLayout(sizesRow);
    m_castWarnings = new CastWarnings(m_doc, body);
    layout->addWidget(m_castWarnings);

    m_form = new QFormLayout;
    // Labels above their fields when the dock is too narrow for both on one line (German).
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_format = new QComboBox(body);
    m_format->setObjectName(QStringLiteral("convertFormat"));
    for (const FormatWriter *w : formatWriters())
        m_format->addItem(QString(), w->name()); // named in retranslateUi()
    auto *outRow = new QHBoxLayout;
    m_output = new QLineEdit(body);
    m_output->setObjectName(QStringLiteral("convertOutput"));
    m_browse = new QPushButton(body);
    m_browse->setObjectName(QStringLiteral("convertBrowse"));
    outRow->addWidget(m_output, 1);
    outRow->addWidget(m_browse);
    m_shardSize = new ShardSizeBox(body);
    m_shardSize->setObjectName(QStringLiteral("convertShardSize"));
    m_verify = new QCheckBox(body);
    m_verify->setObjectName(QStringLiteral("convertVerify"));
    auto label = [body](const char *name, QWidget *buddy) {
        auto *l = new QLabel(body);
        l->setObjectName(QLatin1String(name));
        l->setBuddy(buddy);
        return l;
    };
    m_formatLabel = label("convertFormatLabel", m_format);
    m_outputLabel = label("convertOutputLabel", m_output);
    m_shardSizeLabel = label("convertShardSizeLabel", m_shardSize);
    m_form->addRow(m_formatLabel, m_format);
    m_form->addRow(m_outputLabel, outRow);
    m_form->addRow(m_shardSizeLabel, m_shardSize);
    m_form->addRow(QString(), m_verify);
    layout->addLayout(m_form);
    m_package = new PackageFields(body);
    layout->addWidget(m_package);

    auto *runRow = new QHBoxLayout;
    m_convert = new QPushButton(body);
    m_convert->setObjectName(QStringLiteral("convertRun"));
    m_cancel = new QPushButton(body);
    m_cancel->setObjectName(QStringLiteral("convertCancel"));
    m_openResult = new QPushButton(body);
    m_openResult->setObjectName(QStringLiteral("convertOpenResult"));
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 1000);
    // Narrower than its text would have it: beside German's longer buttons in the dock.
    m_progress->setMinimumWidth(24);
    runRow->addWidget(m_convert);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_openResult);
    layout->addLayout(runRow);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("convertStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_status->hide();
    // Scrolls rather than holding the window above its smallest size (800x500).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("convertScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(m_opKind, &QComboBox::currentIndexChanged, this, &ConvertDock::updateStepInput);
    connect(m_addOp, &QPushButton::clicked, this, &ConvertDock::addFromForm);
    connect(m_opArg, &QLineEdit::returnPressed, this, &ConvertDock::addFromForm);
    connect(m_removeOp, &QPushButton::clicked, this, &ConvertDock::removeSelected);
    connect(m_browse, &QPushButton::clicked, this, &ConvertDock::browse);
    connect(m_convert, &QPushButton::clicked, this, &ConvertDock::startConvert);
    // The writer removes its temporary file and reports; the target stays as it was.
    connect(m_cancel, &QPushButton::clicked, m_jobs, &JobRunner::requestStop);
    connect(m_jobs, &JobRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_openResult, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_lastOutput); });
    connect(m_output, &QLineEdit::textChanged, this, &ConvertDock::updateButtons);
    connect(m_output, &QLineEdit::editingFinished, this, &ConvertDock::formatFromOutput);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_package->setVisible(writer().name() == QLatin1String("package"));
        m_shardSize->setEnabled(writer().writesShards());
        const bool wasFolder = std::exchange(m_folderOutput, writer().writesFolder());
        const QString path = m_output->text();
        if (path.isEmpty() || m_renaming)
            return;
        const QFileInfo info(path);
        m_output->setText(
            info.dir().filePath((wasFolder ? info.fileName() : info.completeBaseName()) + writer().suffix()));
    });
    connect(m_doc, &CheckpointDocument::checkpointChanged, this, &ConvertDock::onCheckpointChanged);
    connect(m_doc, &CheckpointDocument::planChanged, this, &ConvertDock::refreshPlan);
    connect(m_doc, &CheckpointDocument::planApplied, this, &ConvertDock::refreshPlan);
    retranslateUi(); // also the step field's hint, the plan and the status
    applyPreferences();
    m_package->setVisible(writer().name() == QLatin1String("package"));
    m_shardSize->setEnabled(writer().writesShards());
    connect(Preferences::instance(), &Preferences::changed, this, &ConvertDock::applyPreferences);
}

void ConvertDock::retranslateUi()
{
    setWindowTitle(tr("Convert"));
    m_planLabel->setText(tr("Edit plan (applied in order, previewed before anything is written):"));
    for (int i = 0; i < m_opKind->count(); ++i)
        m_opKind->setItemText(i, stepFormName(StepForm(m_opKind->itemData(i).toInt())));
    m_addOp->setText(tr("Add"));
    m_removeOp->setText(tr("Remove"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_previewToggle->setText(tr("Preview in Tree"));
    m_previewToggle->setToolTip(tr("Show the checkpoint as the plan would write it in the main tree"));
    if (m_treeLabel)
        m_treeLabel->setText(tr("Selected rows:"));
    for (int i = 0; i < m_format->count(); ++i)
        if (const FormatWriter *w = findWriter(m_format->itemData(i).toString()))
            m_format->setItemText(i, w->displayName());
    m_formatLabel->setText(tr("Save as:"));
    m_outputLabel->setText(tr("File:"));
    m_shardSizeLabel->setText(tr("Shards:"));
    m_browse->setText(tr("Browse…"));
    m_verify->setText(tr("Verify with a reload"));
    m_verify->setToolTip(tr("Re-open the written file and compare every tensor's SHA-256"));
    m_convert->setText(tr("Convert"));
    m_cancel->setText(tr("Cancel"));
    m_openResult->setText(tr("Open converted file"));
    // The step field's hint and the choices' texts, the choice made kept.
    const QString chosen = stepText();
    updateStepInput();
    if (const int i = m_opChoice->findData(chosen); i >= 0)
        m_opChoice->setCurrentIndex(i);
    else if (m_opChoice->isEditable())
        m_opChoice->setEditText(chosen);
    refreshPlan(); // the steps and their notes are Phrases
    if (m_statusText)
        m_status->setText(m_statusText());
}

// The preferred format, cast, shard size and verification, until changed here.
void ConvertDock::applyPreferences()
{
    const Preferences::Values p = Preferences::instance()->values();
    const int format = m_format->findData(p.saveFormat);
    m_format->setCurrentIndex(format >= 0 ? format : 0);
    m_shardSize->setSizeText(p.shardSize);
    m_verify->setChecked(p.verifyAfterWriting);
    fillChoices(); // the preferred cast first
}

void ConvertDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ConvertDock::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
    m_status->show();
}

// Hidden while empty: its line is room the steps list can have.
void ConvertDock::clearStatus()
{
    m_statusText = nullptr;
    m_status->clear();
    m_status->hide();
}

bool ConvertDock::isBusy() const
{
    return m_jobs->isBusy();
}

void ConvertDock::onCheckpointChanged()
{
    const CheckpointPtr ckpt = m_doc->checkpoint();
    const QString file = ckpt ? ckpt->file : QString(); // none once closed
    if (file != m_sourceFile) { // a reload keeps the name typed for this file
        m_sourceFile = file;
        const QFileInfo info(file);
        m_output->setText(file.isEmpty()
                ? QString()
                : info.dir().filePath(info.completeBaseName() + QStringLiteral("_converted") + writer().suffix()));
        m_lastOutput.clear();
        clearStatus();
    }
    fillChoices();
    m_package->setCheckpoint(ckpt);
    refreshPlan();
}

void ConvertDock::setTreeActions(const QList<QAction *> &actions)
{
    QWidget *body = m_planList->parentWidget();
    delete m_treeRow;
    m_treeRow = new QWidget(body);
    m_treeRow->setObjectName(QStringLiteral("convertTreeActions"));
    auto *row = new QHBoxLayout(m_treeRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_treeLabel = new QLabel(tr("Selected rows:"), m_treeRow);
    m_treeLabel->setObjectName(QStringLiteral("convertTreeActionsLabel"));
    row->addWidget(m_treeLabel);
    for (QAction *a : actions) {
        auto *button = new QToolButton(m_treeRow);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(a->objectName() + QStringLiteral("Button"));
        row->addWidget(button);
    }
    row->addStretch(1);
    // Under the step field: what the tree's selection can add to the plan.
    auto *layout = static_cast<QVBoxLayout *>(body->layout());
    layout->insertWidget(layout->indexOf(m_opKind) + 2, m_treeRow);
}

void ConvertDock::updateStepInput()
{
    const auto kind = StepForm(m_opKind->currentData().toInt());
    const bool choice = kind == StepForm::Cast || kind == StepForm::MapDevice;
    m_opArg->setPlaceholderText(stepFormHint(kind));
    m_opArg->setToolTip(stepFormHint(kind));
    m_opArg->setEnabled(kind != StepForm::DropTrainingState && kind != StepForm::WeightsOnlySafe);
    m_opArg->setVisible(!choice);
    m_opChoice->setVisible(choice);
    fillChoices();
}

// Casts offer the dtypes a cast writes, saying which the file holds; device maps offer
// the devices (typed "cuda:1=cuda:0" maps one device).
void ConvertDock::fillChoices()
{
    const auto kind = StepForm(m_opKind->currentData().toInt());
    const CheckpointPtr ckpt = m_doc->checkpoint();
    const TensorKinds kinds = ckpt ? tensorKindsOf(*ckpt, m_doc->totals()) : TensorKinds();
    const QMap<QString, int> &dtypes = kinds.dtypes, &devices = kinds.devices;
    m_opChoice->clear();
    if (kind == StepForm::Cast) {
        m_opChoice->setEditable(false);
        for (const QString &d : { QStringLiteral("float16"), QStringLiteral("bfloat16"), QStringLiteral("float32") })
            m_opChoice->addItem(
                dtypes.contains(d) ? tr("%1 (the file holds %n)", nullptr, dtypes.value(d)).arg(d) : d, d);
        m_opChoice->setCurrentIndex(std::max(0, m_opChoice->findData(Preferences::instance()->values().castDType)));
        QStringList held;
        for (auto it = dtypes.begin(); it != dtypes.end(); ++it)
            held << tr("%1 × %2").arg(it.key()).arg(it.value());
        m_opChoice->setToolTip(tr("Floating tensors are cast; the file holds %1").arg(held.join(QStringLiteral(", "))));
    } else if (kind == StepForm::MapDevice) {
        m_opChoice->setEditable(true);
        m_opChoice->setInsertPolicy(QComboBox::NoInsert);
        m_opChoice->addItem(QStringLiteral("cpu"), QStringLiteral("cpu"));
        for (auto it = devices.begin(); it != devices.end(); ++it)
            if (it.key() != QLatin1String("cpu"))
                m_opChoice->addItem(QStringLiteral("%1=cpu").arg(it.key()), QStringLiteral("%1=cpu").arg(it.key()));
        QStringList held;
        for (auto it = devices.begin(); it != devices.end(); ++it)
            held << tr("%1 × %2").arg(it.key()).arg(it.value());
        m_opChoice->setToolTip(tr("Every storage to cpu, or one device's (SRC=cpu); or type a device (cuda:0) or "
                                  "SRC=DST (cuda:1=cuda:0). The file holds %1")
                                   .arg(held.join(QStringLiteral(", "))));
    }
}

QString ConvertDock::stepText() const
{
    const auto kind = StepForm(m_opKind->currentData().toInt());
    if (kind != StepForm::Cast && kind != StepForm::MapDevice)
        return m_opArg->text();
    const int i = m_opChoice->currentIndex();
    // An editable choice: a picked item gives its value, anything else is as typed.
    if (i >= 0 && m_opChoice->currentText() == m_opChoice->itemText(i))
        return m_opChoice->itemData(i).toString();
    return m_opChoice->currentText();
}

void ConvertDock::formatFromOutput()
{
    const QString suffix = QFileInfo(m_output->text()).suffix().toLower();
    if (suffix.isEmpty())
        return;
    auto accepts = [&suffix](const FormatWriter &w) {
        for (const QString &f : w.nameFilters())
            if (f.toLower() == QStringLiteral("*.") + suffix)
                return true;
        return false;
    };
    if (accepts(writer()))
        return; // .pt for torch or the package: the choice stands
    for (int i = 0; i < m_format->count(); ++i) {
        const FormatWriter *w = findWriter(m_format->itemData(i).toString());
        if (w && accepts(*w)) {
            const QScopedValueRollback<bool> keep(m_renaming, true);
            m_format->setCurrentIndex(i);
            return;
        }
    }
}

void ConvertDock::addFromForm()
{
    const auto kind = StepForm(m_opKind->currentData().toInt());
    const ParsedStep step = parseStep(kind, stepText());
    if (!step.op) {
        setStatus([kind, error = step.error] { return tr("%1: %2.").arg(stepFormName(kind), error.text()); });
        return;
    }
    m_doc->pushStep(*step.op);
    m_opArg->clear();
    clearStatus();
}

void ConvertDock::removeSelected()
{
    m_doc->removeStep(m_planList->currentRow());
}

void ConvertDock::refreshPlan()
{
    m_planList->clear();
    const EditPlan &plan = m_doc->plan();
    if (!m_doc->checkpoint()) {
        m_sizes->setText(tr("Open a checkpoint to convert it."));
        updateButtons();
        return;
    }
    // Steps show at once; what each did follows when the document has applied the plan.
    const EditResult &r = m_doc->planResult();
    const bool applied = m_doc->isPlanApplied() && r.stepNotes.size() == plan.ops.size();
    for (size_t i = 0; i < plan.ops.size(); ++i) {
        QString line = QStringLiteral("%1. %2").arg(i + 1).arg(plan.ops[i].describe().text());
        auto *item = new QListWidgetItem(m_planList);
        if (applied) {
            const qint64 before = i == 0 ? r.bytesBefore : r.bytesAfterStep[i - 1];
            const qint64 saved = before - r.bytesAfterStep[i];
            line += QStringLiteral(" — ") + r.stepNotes[i].text();
            if (saved > 0)
                line += tr(" (saves %1)").arg(bytesText(saved));
            if (r.stepFailed[i])
                item->setForeground(Qt::red);
        }
        item->setText(line);
    }
    if (applied)
        m_sizes->setText(tr("Tensors: %1 before, %2 after.").arg(bytesText(r.bytesBefore), bytesText(r.bytesAfter()))
            + (r.ok() ? QString() : QLatin1Char(' ') + r.error.text()));
    else
        m_sizes->setText(tr("Applying the plan…"));
    updateButtons();
}

void ConvertDock::browse()
{
    const QString path = FileDialog::saveFile(
        this, tr("Save converted checkpoint"), m_output->text(), FileFilters::saveConverted(writer()));
    if (path.isEmpty())
        return;
    m_output->setText(path);
    formatFromOutput();
    // The save dialog has asked before choosing an existing file.
    m_confirmedOutput = QFileInfo::exists(path) ? path : QString();
}

void ConvertDock::updateButtons()
{
    const bool running = m_jobs->isBusy();
    const bool ready = m_doc->checkpoint() && m_doc->isPlanApplied() && m_doc->planResult().ok();
    m_convert->setEnabled(!running && ready && !m_output->text().isEmpty());
    m_cancel->setEnabled(running);
    m_openResult->setEnabled(!running && !m_lastOutput.isEmpty());
    m_addOp->setEnabled(!running && m_doc->checkpoint());
}

void ConvertDock::startConvert()
{
    const CheckpointPtr source = m_doc->checkpoint();
    if (!source || m_jobs->isBusy())
        return;
    if (!m_doc->isPlanApplied()) {
        // The plan is being re-applied in the background: write once it is, rather than
        // ignore the click.
        setStatus([] { return tr("Writing starts once the plan is applied…"); });
        connect(m_doc, &CheckpointDocument::planApplied, this, &ConvertDock::startConvert,
            Qt::ConnectionType(Qt::SingleShotConnection | Qt::UniqueConnection));
        return;
    }
    const QString output = m_output->text();
    if (QFileInfo::exists(output) && output != m_confirmedOutput
        && MessageBox::question(this, tr("Replace File"),
               tr("%1 already exists. Replace it with the converted checkpoint?").arg(QFileInfo(output).fileName()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        setStatus([output] { return tr("Not written: %1 exists and was kept.").arg(output); });
        return;
    }
    ConvertOptions options;
    options.output = output;
    options.writer = &writer();
    if (options.writer->writesShards()) {
        Phrase why;
        if (!m_shardSize->bytes(&options.maxShardSize, &why)) {
            setStatus([why] { return tr("Not written: %1.").arg(why.text()); });
            return;
        }
    }
    m_confirmedOutput.clear(); // asked once, for this conversion
    options.verifyBytes = m_verify->isChecked();
    if (options.writer->name() == QLatin1String("package"))
        m_package->apply(options);
    const EditResult edit = m_doc->planResult();
    m_progress->setValue(0);
    m_lastOutput.clear();
    setStatus([output = options.output] { return tr("Writing %1…").arg(output); });
    m_jobs->start(
        [source, edit, options](const JobControl &control) mutable {
            options.cancel = control.stopFlag();
            options.progress = control.progressSink();
            return convertCheckpoint(source, edit, options);
        },
        [this, writer = options.writer](ConvertReport r) { finished(std::move(r), *writer); });
    updateButtons();
}

const FormatWriter &ConvertDock::writer() const
{
    const FormatWriter *w = findWriter(m_format->currentData().toString());
    return w ? *w : defaultWriter();
}

void ConvertDock::finished(ConvertReport r, const FormatWriter &writer)
{
    m_lastOutput = r.ok ? r.output : QString();
    m_progress->setValue(r.ok ? 1000 : 0);
    m_reportTensors = qsizetype(r.manifest.size());
    r.manifest.clear(); // every tensor's hash: not shown
    m_report = std::move(r);
    m_reportWriter = &writer;
    setStatus([this] { return convertReportText(m_report, *m_reportWriter, m_reportTensors); });
    updateButtons();
    Q_EMIT converted(m_report.ok);
}

} // namespace ckpt
