#pragma once

#include "model/diff/Diff.h"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace ckpt {

class DiffChart;
class DiffFilterProxy;
class DiffModel;
class JobRunner;

// Compares the open checkpoint (A) with another file (B): a table of keys with status
// and metrics, a rel-L2-per-tensor chart, an "only different" filter. B is opened and
// compared on a worker; a newer request or Cancel drops the older one.
class CompareDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CompareDock(QWidget *parent = nullptr);

    // The open checkpoint changed: compare it again if B is set.
    void setCheckpoint(const CheckpointPtr &a);
    void compareWith(const QString &fileB);
    void cancel();
    bool isBusy() const;
    QString otherFile() const { return m_fileB; }

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

    CheckpointPtr m_a;
    QString m_fileB;
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
