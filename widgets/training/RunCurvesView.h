#pragma once

#include "model/training/TrainingScalars.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QSlider;

namespace ckpt {

// Scalars across the checkpoints of one run (checkpoint_epoch_1.pt … _50.pt): reads only
// their metadata on a worker thread and plots every common scalar against epoch or step,
// optionally smoothed. A click on a point names (and emits) the file it came from.
class RunCurvesView : public QWidget {
    Q_OBJECT
public:
    explicit RunCurvesView(QWidget *parent = nullptr);
    ~RunCurvesView() override;

    void openFiles(const QStringList &files);
    void openFolder(const QString &folder);
    const std::vector<RunPoint> &run() const { return m_run; }
    // Files are being read; loaded() follows.
    bool isLoading() const { return m_loading; }
    const std::vector<MetricCurve> &curves() const { return m_curves; }
    QCustomPlot *plot() const { return m_plot; }
    QListWidget *metricList() const { return m_metrics; }
    void setSmoothing(double weight);

Q_SIGNALS:
    void loaded();
    void fileActivated(const QString &file);

private:
    void start(const QString &message, std::function<std::vector<RunPoint>(const std::atomic_bool *)> scan);
    void rebuild();
    void replot();
    QFutureWatcher<std::vector<RunPoint>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::vector<RunPoint> m_run;
    std::vector<MetricCurve> m_curves;
    QComboBox *m_axis;
    QSlider *m_smooth;
    QListWidget *m_metrics;
    QCustomPlot *m_plot;
    QLabel *m_status;
    bool m_loading = false;
};

} // namespace ckpt
