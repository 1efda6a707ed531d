#pragma once

#include "model/compare/Comparison.h"
#include "model/compare/PairHistogram.h"

#include <QDockWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace ckpt {

class AlignmentBar;
class CheckpointDocument;
class DiffChart;
class DiffModel;
class DiffTreeFilterProxy;
class DiffTreeModel;
class HistogramPlot;
class JobRunner;
class LoadCheckPanel;
class ScalarChangesView;
class StatusFilterBar;

// Compares the document's checkpoint (A) with its comparison partner (B): the sides'
// alignment (root and prefix, each a control), the merged tree of keys grouped by
// module with a filter per status, and tabs for the load check ("Loads into A?" with
// Fix in Convert), the relative change per tensor, A's and B's histograms of the chosen
// key on the same bins, and the scalars that differ. B is opened, checked and compared
// on a worker, again whenever A, B, the alignment or (for the check) the plan changes; a
// newer request or Cancel drops the older one.
class CompareDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CompareDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    void cancel();
    bool isBusy() const;

    DiffModel *model() const { return m_model; } // the result, one row per key
    DiffTreeModel *treeModel() const { return m_tree; }
    DiffTreeFilterProxy *treeProxy() const { return m_treeProxy; }
    QTreeView *table() const { return m_view; }
    DiffChart *chart() const { return m_chart; }
    HistogramPlot *histogram() const { return m_histogram; }
    AlignmentBar *alignment() const { return m_align; }
    StatusFilterBar *statusFilter() const { return m_filter; }
    LoadCheckPanel *loadCheck() const { return m_check; }
    ScalarChangesView *scalars() const { return m_scalars; }
    QTabWidget *tabs() const { return m_tabs; }
    const Comparison &comparison() const { return m_last; }
    // Shows the tab of the histogram and chooses the key's row (the aligned key).
    bool showHistogramOf(const QString &key);

Q_SIGNALS:
    // A row was chosen: select A's tensor at this slash-joined path in the tree.
    void keyActivated(const QString &pathA);
    void finished(); // a comparison's result (or error) is shown
    void checked(); // a load check's result is shown (also after the plan changed)
    void histogramShown(); // the chosen key's histograms are drawn
    void idle(); // nothing is being computed any more
    // Fix in Convert when the checkpoint side is B: open B, compared with A.
    void openRequested(const QString &file, const QString &partner);
    void fixesQueued(); // steps were put into the conversion plan

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(); // the pair changed: align as the check proposes
    void run(bool diff);
    void onFinished(Comparison out, bool newDiff);
    void stopped(); // no comparison running: progress hidden, summary shown
    void retranslate();
    void showSummary();
    void fixInConvert();
    bool applyPendingFix(); // true: the fixes went into the plan
    void currentRowChanged();
    void updateHistogram();
    int currentTensorRow() const;

    CheckpointDocument *m_doc;
    DiffModel *m_model;
    DiffTreeModel *m_tree;
    DiffTreeFilterProxy *m_treeProxy;
    QTreeView *m_view;
    DiffChart *m_chart;
    QCheckBox *m_largestFirst;
    HistogramPlot *m_histogram;
    AlignmentBar *m_align;
    StatusFilterBar *m_filter;
    LoadCheckPanel *m_check;
    ScalarChangesView *m_scalars;
    QTabWidget *m_tabs;
    QLabel *m_files;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    JobRunner *m_jobs; // opens B, checks and compares
    JobRunner *m_histJobs;
    QString m_error;
    QString m_fileA; // the document's file the last time it changed
    Comparison m_last;
    bool m_autoAlign = true;
    struct PendingFix {
        QString file, partner;
        EditPlan plan;
    };
    std::optional<PendingFix> m_pendingFix;
};

} // namespace ckpt
