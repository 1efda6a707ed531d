#include "widgets/merge/MergeDialog.h"

#include "model/convert/WriterRegistry.h"
#include "model/jobs/JobRunner.h"
#include "widgets/common/FileDialog.h"
#include "widgets/common/FileFilters.h"
#include "widgets/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace ckpt {

namespace {
enum Column { FileColumn, WeightColumn };

// "plain/epoch_4.pt": the folder says which run, the tooltip has the whole path (Trainer
// runs repeat the file name: checkpoint-4/model.safetensors).
QString shownName(const QString &file)
{
    const QFileInfo info(file);
    return QDir::toNativeSeparators(info.dir().dirName() + QLatin1Char('/') + info.fileName());
}

QDoubleSpinBox *weightBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-1000, 1000);
    box->setDecimals(3);
    box->setSingleStep(0.1);
    box->setValue(1.0);
    box->setFrame(false);
    return box;
}
} // namespace

MergeDialog::MergeDialog(QWidget *parent)
    : QDialog(parent), m_previewJobs(new JobRunner(this)), m_mergeJobs(new JobRunner(this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    auto *layout = new QVBoxLayout(this);

    m_inputs = new QTableWidget(0, 2, this);
    m_inputs->setObjectName(QStringLiteral("mergeInputs"));
    m_inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inputs->verticalHeader()->setDefaultSectionSize(m_inputs->fontMetrics().height() + 10);
    m_inputs->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_inputs->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    m_inputs->setMinimumHeight(140);
    layout->addWidget(m_inputs, 1);

    auto *rowButtons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("mergeAdd"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("mergeRemove"));
    m_up = new QPushButton(this);
    m_up->setObjectName(QStringLiteral("mergeUp"));
    m_down = new QPushButton(this);
    m_down->setObjectName(QStringLiteral("mergeDown"));
    for (QPushButton *b : { m_add, m_remove, m_up, m_down })
        rowButtons->addWidget(b);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("mergeMethod"));
    m_method->addItem(QString(), int(MergeMethod::Average));
    m_method->addItem(QString(), int(MergeMethod::AddDifference));
    m_methodLabel = new QLabel(this);
    form->addRow(m_methodLabel, m_method);
    m_alphaLabel = new QLabel(this);
    m_alpha = new QDoubleSpinBox(this);
    m_alpha->setObjectName(QStringLiteral("mergeAlpha"));
    m_alpha->setRange(-100, 100);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.1);
    m_alpha->setValue(1.0);
    form->addRow(m_alphaLabel, m_alpha);
    auto *outputRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("mergeOutput"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("mergeBrowse"));
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);
    m_outputLabel = new QLabel(this);
    form->addRow(m_outputLabel, outputRow);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("mergeDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->hide();
    layout->addWidget(m_details);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeRun"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("mergeCancel"));
    m_open = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("mergeOpenResult"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    // The preflight reads every input's structure (not its tensors): run it once typing
    // and clicking settle.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &MergeDialog::preview);
    connect(m_add, &QPushButton::clicked, this, &MergeDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &MergeDialog::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_inputs, &QTableWidget::itemSelectionChanged, this, &MergeDialog::updateControls);
    // The method, alpha and weights do not change what the inputs hold: judged again at once.
    connect(m_method, &QComboBox::currentIndexChanged, this, &MergeDialog::showPreview);
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this, &MergeDialog::showPreview);
    connect(m_output, &QLineEdit::textChanged, this, &MergeDialog::updateControls);
    connect(m_browse, &QPushButton::clicked, this, &MergeDialog::browse);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::startMerge);
    connect(m_cancel, &QPushButton::clicked, m_mergeJobs, &JobRunner::requestStop);
    connect(m_mergeJobs, &JobRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_lastOutput); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(640, 520);
    schedulePreview();
}

void MergeDialog::setInputs(const QStringList &files)
{
    m_inputs->setRowCount(0);
    for (const QString &f : files)
        addRow(f);
    if (!files.isEmpty()) {
        const QFileInfo first(files.first());
        m_output->setText(first.dir().filePath(
            first.completeBaseName() + QStringLiteral("_merged") + writerForFileName(first.fileName()).suffix()));
        m_confirmedOutput.clear();
    }
    schedulePreview();
}

QStringList MergeDialog::inputs() const
{
    QStringList out;
    for (int r = 0; r < m_inputs->rowCount(); ++r)
        out << m_inputs->item(r, FileColumn)->data(Qt::UserRole).toString();
    return out;
}

bool MergeDialog::isBusy() const
{
    return m_previewJobs->isBusy() || m_mergeJobs->isBusy() || m_previewTimer->isActive();
}

void MergeDialog::addRow(const QString &file)
{
    const int row = m_inputs->rowCount();
    m_inputs->insertRow(row);
    auto *item = new QTableWidgetItem(shownName(file));
    item->setData(Qt::UserRole, file);
    item->setToolTip(QDir::toNativeSeparators(file));
    m_inputs->setItem(row, FileColumn, item);
    auto *weight = weightBox(m_inputs);
    weight->setObjectName(QStringLiteral("mergeWeight%1").arg(row));
    connect(weight, &QDoubleSpinBox::valueChanged, this, &MergeDialog::showPreview);
    m_inputs->setCellWidget(row, WeightColumn, weight);
}

void MergeDialog::addFiles()
{
    const QString dir = m_inputs->rowCount() ? QFileInfo(inputs().constLast()).absolutePath() : QString();
    const QStringList files
        = FileDialog::openFiles(this, tr("Add checkpoints to merge"), dir, FileFilters::openSeries());
    if (files.isEmpty())
        return;
    const bool first = m_inputs->rowCount() == 0;
    if (first) {
        setInputs(files);
        return;
    }
    for (const QString &f : files)
        addRow(f);
    schedulePreview();
}

void MergeDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_inputs->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_inputs->removeRow(r);
    schedulePreview();
}

void MergeDialog::moveSelected(int delta)
{
    const int from = m_inputs->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_inputs->rowCount())
        return;
    // Cell widgets do not move with takeItem: swap the values instead.
    auto *a = m_inputs->item(from, FileColumn);
    auto *b = m_inputs->item(to, FileColumn);
    const QString fa = a->data(Qt::UserRole).toString(), fb = b->data(Qt::UserRole).toString();
    for (auto [item, file] : { std::pair { a, fb }, std::pair { b, fa } }) {
        item->setText(shownName(file));
        item->setToolTip(QDir::toNativeSeparators(file));
        item->setData(Qt::UserRole, file);
    }
    auto *wa = static_cast<QDoubleSpinBox *>(m_inputs->cellWidget(from, WeightColumn));
    auto *wb = static_cast<QDoubleSpinBox *>(m_inputs->cellWidget(to, WeightColumn));
    const double va = wa->value();
    wa->setValue(wb->value());
    wb->setValue(va);
    m_inputs->selectRow(to);
    schedulePreview();
}

void MergeDialog::browse()
{
    const QString path = FileDialog::saveFile(this, tr("Save merged checkpoint"), m_output->text(),
        FileFilters::saveConverted(writerForFileName(m_output->text())));
    if (path.isEmpty())
        return;
    m_output->setText(path);
    m_confirmedOutput = QFileInfo::exists(path) ? path : QString();
}

MergeOptions MergeDialog::options() const
{
    MergeOptions o;
    o.inputs = inputs();
    o.method = MergeMethod(m_method->currentData().toInt());
    o.alpha = m_alpha->value();
    if (o.method == MergeMethod::Average) {
        bool uniform = true;
        std::vector<double> w;
        for (int r = 0; r < m_inputs->rowCount(); ++r) {
            w.push_back(static_cast<QDoubleSpinBox *>(m_inputs->cellWidget(r, WeightColumn))->value());
            uniform = uniform && w.back() == w.front();
        }
        if (!uniform)
            o.weights = w;
    }
    o.write.output = m_output->text();
    o.write.writer = &writerForFileName(o.write.output);
    return o;
}

void MergeDialog::schedulePreview()
{
    m_previewOk = false;
    m_previewTimer->start();
    updateControls();
}

void MergeDialog::preview()
{
    MergeOptions o = options();
    if (o.inputs.size() < 2) {
        m_previewJobs->cancel();
        m_preflight = MergeReport();
        showPreview();
        return;
    }
    // What the inputs hold, independent of the method and weights (checked in showPreview).
    o.method = MergeMethod::Average;
    o.weights.clear();
    say([] { return tr("Checking the inputs…"); });
    m_previewJobs->start([o](const JobControl &) { return preflightMerge(o); },
        [this](const MergeReport &r) {
            m_preflight = r;
            showPreview();
        });
    updateControls();
}

QString MergeDialog::describe(const MergeReport &r, const MergeOptions &o)
{
    const QStringList &files = o.inputs;
    QString what;
    if (o.method == MergeMethod::AddDifference) {
        what = tr("%1 + %2 × (%3 − %4)")
                   .arg(QFileInfo(files.value(0)).fileName(), QLocale().toString(o.alpha),
                       QFileInfo(files.value(1)).fileName(), QFileInfo(files.value(2)).fileName());
    } else if (o.weights.empty()) {
        what = tr("The uniform average of %n checkpoints", nullptr, int(files.size()));
    } else {
        double sum = 0;
        for (double w : o.weights)
            sum += w;
        QStringList shares;
        for (double w : o.weights)
            shares << QLocale().toString(w / sum, 'g', 3);
        what = tr("The weighted average of %n checkpoints (weights %1 after normalising)", nullptr, int(files.size()))
                   .arg(shares.join(QStringLiteral(", ")));
    }
    return tr("%1: %n floating tensors combined in float64 and stored in their dtype", nullptr, r.merged).arg(what)
        + (r.copied ? tr(", %n taken from the first input (integer and bool)", nullptr, r.copied) : QString())
        + tr("; %1 written.").arg(QLocale().formattedDataSize(r.resultBytes, 1, QLocale::DataSizeSIFormat));
}

void MergeDialog::showPreview()
{
    if (m_previewJobs->isBusy() || m_previewTimer->isActive())
        return; // the preflight of the current inputs comes, and shows itself
    const MergeReport r = m_preflight;
    const MergeOptions o = options();
    const Phrase request = mergeRequestProblem(o);
    m_previewOk = o.inputs.size() >= 2 && r.ok() && request.isEmpty();
    if (o.inputs.size() < 2) {
        say(hint, [] { return QStringList(); });
    } else if (!request.isEmpty()) {
        say([request] { return tr("Cannot merge: %1").arg(request.text()); }, [] { return QStringList(); });
    } else if (!r.ok()) {
        say(
            [r] {
                return r.errorFile.isEmpty()
                    ? tr("Cannot merge: %1").arg(r.error.text())
                    : tr("Cannot merge: %1: %2").arg(QFileInfo(r.errorFile).fileName(), r.error.text());
            },
            [r] { return textOf(r.offendingKeys); });
    } else {
        say([r, o] { return describe(r, o); },
            [r, files = o.inputs] {
                QStringList details;
                for (int i = 0; i < r.stateDicts.size(); ++i)
                    details
                        << tr("%1: state_dict %2").arg(QFileInfo(files.value(i)).fileName(), r.stateDicts[i].text());
                return details;
            });
    }
    updateControls();
    Q_EMIT previewed();
}

void MergeDialog::startMerge()
{
    if (m_mergeJobs->isBusy() || !m_previewOk)
        return;
    MergeOptions o = options();
    if (QFileInfo::exists(o.write.output) && o.write.output != m_confirmedOutput
        && MessageBox::question(this, tr("Replace File"),
               tr("%1 already exists. Replace it with the merged checkpoint?")
                   .arg(QFileInfo(o.write.output).fileName()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        say([output = o.write.output] { return tr("Not written: %1 exists and was kept.").arg(output); });
        return;
    }
    m_confirmedOutput.clear();
    m_lastOutput.clear();
    m_progress->setValue(0);
    m_progress->show();
    say([output = o.write.output] { return tr("Merging into %1…").arg(output); });
    m_mergeJobs->start(
        [o](const JobControl &control) mutable {
            o.write.cancel = control.stopFlag();
            o.write.progress = control.progressSink();
            return mergeCheckpoints(o);
        },
        [this](const MergeReport &r) { finished(r); });
    updateControls();
}

void MergeDialog::finished(const MergeReport &r)
{
    m_progress->hide();
    if (r.ok()) {
        m_lastOutput = r.written.output;
        say([output = r.written.output, bytes = r.written.bytesWritten, sidecar = r.written.sidecar] {
            QString text = tr("Wrote %1 (%2), verified on reload.")
                               .arg(output, QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat));
            if (!sidecar.isEmpty())
                text += QLatin1Char(' ') + tr("The recipe is in %1.").arg(QFileInfo(sidecar).fileName());
            return text;
        });
    } else {
        say([error = r.error] { return tr("Not written: %1").arg(error.text()); },
            [keys = r.offendingKeys] { return textOf(keys); });
    }
    updateControls();
    Q_EMIT merged(r.ok());
}

void MergeDialog::updateControls()
{
    const bool running = m_mergeJobs->isBusy();
    const bool addDifference = MergeMethod(m_method->currentData().toInt()) == MergeMethod::AddDifference;
    m_alpha->setEnabled(!running && addDifference);
    m_alphaLabel->setEnabled(m_alpha->isEnabled());
    m_inputs->setColumnHidden(WeightColumn, addDifference);
    const bool selected = m_inputs->selectionModel()->hasSelection();
    m_add->setEnabled(!running);
    m_remove->setEnabled(!running && selected);
    m_up->setEnabled(!running && m_inputs->currentRow() > 0);
    m_down->setEnabled(!running && selected && m_inputs->currentRow() + 1 < m_inputs->rowCount());
    m_merge->setEnabled(!running && m_previewOk && !m_previewJobs->isBusy() && !m_previewTimer->isActive()
        && !m_output->text().isEmpty());
    m_cancel->setVisible(running);
    m_open->setEnabled(!running && !m_lastOutput.isEmpty());
}

void MergeDialog::retranslate()
{
    setWindowTitle(tr("Merge Checkpoints"));
    m_inputs->setHorizontalHeaderLabels({ tr("Checkpoint"), tr("Weight") });
    m_add->setText(tr("Add Files…"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Move Up"));
    m_down->setText(tr("Move Down"));
    m_up->setToolTip(tr("The first checkpoint gives the result its dtypes and its integer tensors; in a difference "
                        "it is A"));
    m_method->setItemText(0, tr("Average (model soup, SWA)"));
    m_method->setItemText(1, tr("Add difference: A + alpha × (B − C)"));
    m_methodLabel->setText(tr("Method:"));
    m_alphaLabel->setText(tr("Alpha:"));
    m_outputLabel->setText(tr("Output:"));
    m_browse->setText(tr("Browse…"));
    m_merge->setText(tr("Merge"));
    m_cancel->setText(tr("Cancel"));
    m_open->setText(tr("Open Result"));
    showSaid();
}

void MergeDialog::say(std::function<QString()> summary, std::function<QStringList()> details)
{
    m_said = std::move(summary);
    m_saidDetails = std::move(details);
    showSaid();
}

void MergeDialog::showSaid()
{
    m_summary->setText(m_said ? m_said() : hint());
    if (!m_saidDetails)
        return;
    const QStringList details = m_saidDetails();
    m_details->setPlainText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
}

QString MergeDialog::hint()
{
    return tr("Add two or more checkpoints of the same model: files, or rows selected in Runs.");
}

void MergeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace ckpt
