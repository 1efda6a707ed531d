#pragma once

#include "model/training/TrainingScalars.h"

#include <QWidget>

#include <atomic>
#include <functional>

class QComboBox;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QListWidget;
class QSlider;

namespace ckpt {

class JobRunner;

// Scalars across the checkpoints of one run (checkpoint_epoch_1.pt … _50.pt): reads only
// their metadata on a worker thread and plots every common scalar against epoch or step,
// optionally smoothed. Hovering a point shows its value and file; a click names (and
// emits) the file it came from.
class RunCurvesView : public QWidget {
    Q_OBJECT
public:
    explicit RunCurvesView(QWidget *parent = nullptr);

    void openFiles(const QStringList &files);
    void openFolder(const QString &folder);
    // No series: stops reading and empties the plot.
    void clear();
    const std::vector<RunPoint> &run() const { return m_run; }
    // Files are being read; loaded() follows.
    bool isLoading() const;
    const std::vector<MetricCurve> &curves() const { return m_curves; }
    QCustomPlot *plot() const { return m_plot; }
    QListWidget *metricList() const { return m_metrics; }
    // What the plot's title names: the folder plotted, or the files and their folder.
    QString sourceTitle() const;
    void setSmoothing(double weight);
    // "val_loss = 0.31 at 3 in epoch_3.pt": what a hover over (or a click on) a point says.
    QString pointText(int curve, int dataIndex) const;
    // The nearest point's text within a few pixels of `pos` (plot coordinates), or "".
    QString hoverText(const QPointF &pos) const;

Q_SIGNALS:
    void loaded();
    void fileActivated(const QString &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void start(const QString &message, std::function<std::vector<RunPoint>(const std::atomic_bool *)> scan);
    void rebuild();
    void replot();
    JobRunner *m_jobs;
    std::vector<RunPoint> m_run;
    std::vector<MetricCurve> m_curves;
    QComboBox *m_axis;
    QSlider *m_smooth;
    QListWidget *m_metrics;
    QCustomPlot *m_plot;
    QLabel *m_status;
    QLabel *m_axisLabel, *m_smoothLabel;
    QCPTextElement *m_title;
    QString m_folder; // the run's folder (for files: the folder that holds them)
    int m_fileCount = -1; // files opened one by one; -1 for a folder
};

} // namespace ckpt
