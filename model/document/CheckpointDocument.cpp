#include "model/document/CheckpointDocument.h"

#include "model/formats/CheckpointReader.h"
#include "model/jobs/DisposeLater.h"
#include "model/jobs/JobRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace ckpt {

RunSeries RunSeries::fromPaths(const QStringList &paths)
{
    RunSeries s;
    if (paths.size() == 1 && QFileInfo(paths.first()).isDir()) {
        s.folder = QFileInfo(paths.first()).absoluteFilePath();
        return s;
    }
    for (const QString &p : paths)
        s.files << QFileInfo(p).absoluteFilePath();
    return s;
}

bool RunSeries::contains(const QString &file) const
{
    const QString abs = QFileInfo(file).absoluteFilePath();
    if (files.contains(abs))
        return true;
    return !folder.isEmpty() && abs.startsWith(QDir(folder).absolutePath() + QLatin1Char('/'));
}

// One step added to or removed from the plan, as the undo stack replays it.
class PlanStepCommand : public QUndoCommand {
public:
    PlanStepCommand(CheckpointDocument *doc, int row, const EditOp &op, bool add)
        : QUndoCommand(add ? CheckpointDocument::tr("Add “%1”").arg(op.describe().text())
                           : CheckpointDocument::tr("Remove “%1”").arg(op.describe().text())),
          m_doc(doc), m_row(row), m_op(op), m_add(add)
    {
    }
    void redo() override { m_add ? m_doc->insertStep(m_row, m_op) : m_doc->eraseStep(m_row); }
    void undo() override { m_add ? m_doc->eraseStep(m_row) : m_doc->insertStep(m_row, m_op); }

private:
    CheckpointDocument *m_doc;
    int m_row;
    EditOp m_op;
    bool m_add;
};

struct CheckpointDocument::Loaded {
    QString path;
    CheckpointPtr ckpt; // never null; may carry an error
    TreeTotals totals;
    bool reload = false;
};

namespace {
struct PlanOutcome {
    EditResult result;
    TreeTotals totals; // of result.view, for the tree's preview
    size_t steps = 0; // of the plan it was computed for
};
} // namespace

CheckpointDocument::CheckpointDocument(QObject *parent)
    : QObject(parent), m_loads(new JobRunner(this)), m_planJobs(new JobRunner(this)), m_undo(new QUndoStack(this))
{
}

CheckpointDocument::~CheckpointDocument() = default;

void CheckpointDocument::open(const QString &path)
{
    startLoad(QFileInfo(path).absoluteFilePath(), false);
}

void CheckpointDocument::reload()
{
    if (!m_path.isEmpty())
        startLoad(m_path, true);
}

void CheckpointDocument::startLoad(const QString &path, bool reload)
{
    m_loadingPath = path;
    m_loads->start(
        [path, reload](const JobControl &control) {
            Loaded l;
            l.path = path;
            l.reload = reload;
            l.ckpt = openCheckpoint(path);
            if (!control.stopRequested())
                l.totals = TreeTotals::compute(*l.ckpt, control.stopFlag());
            return l;
        },
        [this](Loaded l) { adopt(std::move(l)); });
    Q_EMIT loadStarted(path);
}

void CheckpointDocument::cancelLoad()
{
    if (!m_loads->isBusy())
        return;
    m_loads->cancel();
    m_loadingPath.clear();
    Q_EMIT loadCancelled();
}

void CheckpointDocument::close()
{
    cancelLoad();
    if (!m_ckpt && m_path.isEmpty())
        return;
    m_planJobs->cancel();
    m_path.clear();
    disposeLater(std::make_tuple(std::exchange(m_ckpt, nullptr), std::exchange(m_totals, TreeTotals()),
        std::exchange(m_planResult, EditResult()), std::exchange(m_planTotals, TreeTotals())));
    m_planResultSteps = 0;
    m_restorePath.reset();
    if (!m_selection.isEmpty()) {
        m_selection = NodeSelection();
        Q_EMIT selectionChanged();
    }
    if (!m_plan.ops.empty()) {
        m_plan = EditPlan();
        Q_EMIT planChanged();
    }
    m_undo->clear();
    if (std::exchange(m_previewInTree, false))
        Q_EMIT previewInTreeChanged(false);
    if (!m_partner.isEmpty()) {
        m_partner.clear();
        Q_EMIT partnerChanged(QString());
    }
    if (!m_series.isEmpty()) {
        m_series = RunSeries();
        Q_EMIT seriesChanged();
    }
    Q_EMIT checkpointChanged();
    updateShown();
    Q_EMIT closed();
}

bool CheckpointDocument::isLoading() const
{
    return m_loads->isBusy();
}

void CheckpointDocument::adopt(Loaded &&l)
{
    const bool sameFile = l.reload && l.path == m_path;
    m_loadingPath.clear();
    m_path = l.path;
    // The last result belongs to the old content: never shown as this file's preview.
    disposeLater(std::make_tuple(std::exchange(m_ckpt, std::move(l.ckpt)), std::exchange(m_totals, std::move(l.totals)),
        std::exchange(m_planResult, EditResult()), std::exchange(m_planTotals, TreeTotals())));
    m_planResultSteps = 0;

    const bool hadSelection = !m_selection.isEmpty();
    if (sameFile && hadSelection)
        m_restorePath = m_selection.path;
    else if (!sameFile)
        m_restorePath.reset();
    m_selection = NodeSelection();

    bool planCleared = false, previewOff = false, partnerDropped = false, seriesDropped = false;
    if (!sameFile) {
        planCleared = !m_plan.ops.empty();
        m_plan = EditPlan();
        m_undo->clear();
        previewOff = std::exchange(m_previewInTree, false);
        partnerDropped = !m_partner.isEmpty();
        m_partner.clear();
        if (!m_series.isEmpty() && !m_series.contains(m_path)) {
            m_series = RunSeries();
            seriesDropped = true;
        }
    }
    // Started before anyone hears of the change, so isPlanApplied() is false for them (a
    // Convert button enabled on the previous result would write the wrong plan).
    applyPlanLater();
    if (hadSelection)
        Q_EMIT selectionChanged();
    if (planCleared)
        Q_EMIT planChanged();
    if (previewOff)
        Q_EMIT previewInTreeChanged(false);
    if (partnerDropped)
        Q_EMIT partnerChanged(QString());
    if (seriesDropped)
        Q_EMIT seriesChanged();
    Q_EMIT checkpointChanged();
    updateShown();
    Q_EMIT loadFinished(m_ckpt->ok());
}

CheckpointPtr CheckpointDocument::shownCheckpoint() const
{
    return isPreviewShown() ? CheckpointPtr(m_planResult.view) : m_ckpt;
}

const TreeTotals &CheckpointDocument::shownTotals() const
{
    return isPreviewShown() ? m_planTotals : m_totals;
}

bool CheckpointDocument::isPreviewShown() const
{
    // While a changed plan is being applied the last preview stays, so the tree does not
    // flash back to the file at every step.
    return m_previewInTree && m_ckpt && !m_plan.ops.empty() && m_planResultSteps > 0 && m_planResult.view;
}

void CheckpointDocument::updateShown()
{
    const CheckpointPtr now = shownCheckpoint();
    if (now == m_shown)
        return;
    m_shown = now;
    // The selected node belongs to the tree that is going: the path stays to select again.
    if (!m_selection.isEmpty()) {
        m_restorePath = m_selection.path;
        m_selection = NodeSelection();
        Q_EMIT selectionChanged();
    }
    Q_EMIT shownCheckpointChanged();
}

void CheckpointDocument::setSelection(const NodeSelection &selection)
{
    m_selection = selection;
    m_restorePath.reset();
    Q_EMIT selectionChanged();
}

std::optional<QString> CheckpointDocument::takePathToRestore()
{
    return std::exchange(m_restorePath, std::nullopt);
}

bool CheckpointDocument::isPlanApplied() const
{
    return !m_planJobs->isBusy();
}

void CheckpointDocument::pushStep(const EditOp &op)
{
    m_undo->push(new PlanStepCommand(this, int(m_plan.ops.size()), op, true));
}

void CheckpointDocument::removeStep(int row)
{
    if (row >= 0 && row < int(m_plan.ops.size()))
        m_undo->push(new PlanStepCommand(this, row, m_plan.ops[size_t(row)], false));
}

void CheckpointDocument::insertStep(int row, const EditOp &op)
{
    m_plan.ops.insert(m_plan.ops.begin() + std::clamp(row, 0, int(m_plan.ops.size())), op);
    applyPlanLater(); // first: planChanged's listeners see the plan as not applied yet
    Q_EMIT planChanged();
}

void CheckpointDocument::eraseStep(int row)
{
    if (row < 0 || row >= int(m_plan.ops.size()))
        return;
    m_plan.ops.erase(m_plan.ops.begin() + row);
    applyPlanLater(); // first: planChanged's listeners see the plan as not applied yet
    Q_EMIT planChanged();
    updateShown(); // an empty plan shows the file at once
}

void CheckpointDocument::applyPlanLater()
{
    const CheckpointPtr source = m_ckpt;
    if (!source) {
        m_planJobs->cancel();
        return;
    }
    const EditPlan plan = m_plan;
    m_planJobs->start(
        [source, plan](const JobControl &control) {
            PlanOutcome out;
            out.result = applyPlan(source, plan);
            out.steps = plan.ops.size();
            // An empty plan's result is never shown as a preview (isPreviewShown): its tree
            // needs no totals, and 100k keys' would cost the second core a second pass.
            if (out.result.view && !plan.ops.empty() && !control.stopRequested())
                out.totals = TreeTotals::compute(*out.result.view, control.stopFlag());
            return out;
        },
        [this](PlanOutcome out) {
            disposeLater(std::make_pair(std::exchange(m_planResult, std::move(out.result)),
                std::exchange(m_planTotals, std::move(out.totals))));
            m_planResultSteps = out.steps;
            Q_EMIT planApplied();
            updateShown();
        });
}

void CheckpointDocument::setPreviewInTree(bool on)
{
    if (on == m_previewInTree)
        return;
    m_previewInTree = on;
    Q_EMIT previewInTreeChanged(on);
    updateShown();
}

void CheckpointDocument::setPartnerFile(const QString &path)
{
    const QString abs = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_partner = abs;
    Q_EMIT partnerChanged(abs);
}

void CheckpointDocument::setSeries(const RunSeries &series)
{
    m_series = series;
    Q_EMIT seriesChanged();
}

} // namespace ckpt
