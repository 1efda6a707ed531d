#pragma once

#include "model/diff/Diff.h"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace ckpt {

class CheckpointDocument;
class DiffChart;
class DiffFilterProxy;
class DiffModel;
class JobRunner;

// Compares the document's checkpoint (A) with its comparison partner (B): a table of
// keys with status and metrics, a rel-L2-per-tensor chart, an "only different" filter.
// B is opened and compared on a worker, again whenever A or B changes; a newer request
// or Cancel drops the older one.
class CompareDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CompareDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    void cancel();
    bool isBusy() const;

    DiffModel *model() const { return m_model; }
    DiffFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DiffChart *chart() const { return m_chart; }

Q_SIGNALS:
    // A row was chosen: select A's tensor at this slash-joined path in the tree.
    void keyActivated(const QString &pathA);
    void finished(); // a comparison's result (or error) is shown
    void idle(); // nothing is being computed any more

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome {
        DiffResult result;
        QString error;
    };
    void start();
    void onFinished(Outcome out);
    void stopped(); // no comparison running: progress hidden, summary shown
    void retranslate();
    void showSummary();

    CheckpointDocument *m_doc;
    DiffModel *m_model;
    DiffFilterProxy *m_proxy;
    QTableView *m_table;
    DiffChart *m_chart;
    QLabel *m_files;
    QLabel *m_summary;
    QCheckBox *m_onlyDifferent;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    JobRunner *m_jobs; // opens B and compares
    QString m_error;
};

} // namespace ckpt
