#pragma once

#include "model/convert/EditPlan.h"
#include "model/itemmodels/TreeRows.h"
#include "model/itemmodels/TreeTotals.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace ckpt {

class JobRunner;

// The tree's current row, as the docks need it.
struct NodeSelection {
    const Value *value = nullptr; // a node of shownCheckpoint(), alive while that is shown
    QString path; // slash path in the shown tree ("" for a root object)
    NodeKind kind = NodeKind::Scalar;
    int tensorIndex = -1; // into the file's tensors (a preview keeps the file's indexes)
    SubtreeTotals totals; // of a container (or of `module`)
    // A module row of the grouped view: no node of the file (value stays null), its keys'
    // dotted prefix ("layers.0") and their totals.
    QString module;
    bool isEmpty() const { return value == nullptr; }
};

// Where the curves across the checkpoints of a run come from: files, or a folder.
struct RunSeries {
    QStringList files;
    QString folder;
    // One folder, or several files.
    static RunSeries fromPaths(const QStringList &paths);
    bool isEmpty() const { return files.isEmpty() && folder.isEmpty(); }
    // One of the files, or anywhere inside the folder (Trainer's checkpoint-N/ too).
    bool contains(const QString &file) const;
    bool operator==(const RunSeries &o) const { return files == o.files && folder == o.folder; }
};

// What the window is about: the opened file and its Checkpoint, the selection, the
// conversion plan with its undo stack and preview, the comparison partner and the run
// series. Views hold no state of their own about these: they listen to the signals,
// one per change, and ask. Qt Core/Gui only.
//
// Opening another file resets each piece when the new file has been read (a cancelled
// or failed-to-start read changes nothing): the selection, the plan, its undo history
// and the preview are cleared, the comparison partner is dropped, and the series stays
// only if the new file belongs to it. reload() (the same file, changed on disk) keeps
// them all and re-targets them: the plan is applied to the new content, the partner is
// compared again, the selected path is selected again.
class CheckpointDocument : public QObject {
    Q_OBJECT
public:
    explicit CheckpointDocument(QObject *parent = nullptr);
    ~CheckpointDocument() override;

    // --- The file. Read on a worker; a newer open() or cancelLoad() drops a running read.
    void open(const QString &path);
    void reload();
    void cancelLoad();
    // Back to no file: the load stopped, the checkpoint, selection, plan, partner and
    // series dropped (their signals, then checkpointChanged() with checkpoint() null, then closed()).
    void close();
    bool isLoading() const;
    QString loadingPath() const { return m_loadingPath; }
    QString filePath() const { return m_path; } // of checkpoint(); empty before a load
    CheckpointPtr checkpoint() const { return m_ckpt; }
    const TreeTotals &totals() const { return m_totals; }

    // --- What the tree shows: the file, or the plan's result while the preview is on.
    CheckpointPtr shownCheckpoint() const;
    const TreeTotals &shownTotals() const;
    bool isPreviewShown() const;

    // --- The tree's current row. Emptied whenever the shown tree changes; the path
    // survives a reload or a preview toggle so the tree can select it again.
    const NodeSelection &selection() const { return m_selection; }
    void setSelection(const NodeSelection &selection);
    std::optional<QString> takePathToRestore();

    // --- The conversion plan: ordered steps, undoable, applied to the file on a worker
    // after every change (metadata only: no tensor bytes are read).
    const EditPlan &plan() const { return m_plan; }
    // The plan applied to the file; isPlanApplied() is false while it is being recomputed,
    // already when planChanged() and checkpointChanged() are emitted.
    const EditResult &planResult() const { return m_planResult; }
    bool isPlanApplied() const;
    QUndoStack *undoStack() const { return m_undo; }
    void pushStep(const EditOp &op);
    void removeStep(int row);
    bool previewInTree() const { return m_previewInTree; }
    void setPreviewInTree(bool on);

    // --- The file the open checkpoint is compared with ("" for none). Setting it, even
    // to the same file, asks for a comparison.
    QString partnerFile() const { return m_partner; }
    void setPartnerFile(const QString &path);

    // --- The run whose curves are plotted. Setting it, even to the same run, reads it again.
    const RunSeries &series() const { return m_series; }
    void setSeries(const RunSeries &series);

Q_SIGNALS:
    void loadStarted(const QString &path);
    void loadCancelled();
    // checkpoint() is a newly read file (or the same one read again); emitted after the
    // other pieces were reset or re-targeted and their own signals went out.
    void checkpointChanged();
    // A read ended and its result is the document's (ok: read without error).
    void loadFinished(bool ok);
    void shownCheckpointChanged();
    void selectionChanged();
    void planChanged(); // steps added, removed or cleared
    void planApplied(); // planResult() is the current plan's
    void previewInTreeChanged(bool on);
    void partnerChanged(const QString &path);
    void seriesChanged();
    void closed();

private:
    friend class PlanStepCommand;
    struct Loaded;
    void startLoad(const QString &path, bool reload);
    void adopt(Loaded &&loaded);
    void insertStep(int row, const EditOp &op);
    void eraseStep(int row);
    void applyPlanLater();
    void updateShown();

    JobRunner *m_loads;
    JobRunner *m_planJobs;
    QString m_loadingPath;
    QString m_path;
    CheckpointPtr m_ckpt;
    TreeTotals m_totals;

    NodeSelection m_selection;
    std::optional<QString> m_restorePath;

    EditPlan m_plan;
    EditResult m_planResult;
    TreeTotals m_planTotals;
    size_t m_planResultSteps = 0; // steps of the plan m_planResult was computed for
    QUndoStack *m_undo;
    bool m_previewInTree = false;
    CheckpointPtr m_shown; // what shownCheckpoint() said last

    QString m_partner;
    RunSeries m_series;
};

} // namespace ckpt
