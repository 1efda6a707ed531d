#include "widgets/training/RunCurvesView.h"

#include "model/jobs/JobRunner.h"
#include "widgets/common/PlotStyle.h"
#include "widgets/common/Qcp.h"
#include "widgets/common/ThemeColors.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ckpt {
namespace {
constexpr int kCurveRole = Qt::UserRole + 1;

bool lossLike(const QString &name)
{
    const QString key = name.section(QLatin1Char('/'), -1).toLower();
    return key.contains(QLatin1String("loss")) || key.contains(QLatin1String("acc"))
        || key.contains(QLatin1String("score"));
}
} // namespace

RunCurvesView::RunCurvesView(QWidget *parent)
    : QWidget(parent), m_jobs(new JobRunner(this)), m_axis(new QComboBox(this)),
      m_smooth(new QSlider(Qt::Horizontal, this)), m_metrics(new QListWidget(this)), m_plot(new QCustomPlot(this)),
      m_status(new QLabel(this)), m_axisLabel(new QLabel(this)), m_smoothLabel(new QLabel(this)),
      m_title(new QCPTextElement(m_plot))
{
    for (RunAxis axis : { RunAxis::Auto, RunAxis::Epoch, RunAxis::Step, RunAxis::FileOrder })
        m_axis->addItem(QString(), int(axis));
    m_smooth->setRange(0, 99);
    m_status->setWordWrap(true);
    m_smooth->setMaximumWidth(220);
    m_metrics->setTextElideMode(Qt::ElideMiddle); // "optimizer_state_dict/…/lr", whole in the tooltip
    m_metrics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_plot->legend->setVisible(true);
    // Below the axes, one row: the legend never covers a curve.
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    // Above the axes: which run this is (two runs' plots look alike).
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    m_plot->setMinimumHeight(180);
    followPalette(m_plot, [this] { replot(); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_axisLabel);
    controls->addWidget(m_axis);
    controls->addWidget(m_smoothLabel);
    controls->addWidget(m_smooth, 1);
    controls->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_metrics);
    split->addWidget(m_plot);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    m_axisLabel->setBuddy(m_axis);
    m_smoothLabel->setBuddy(m_smooth);
    retranslateUi();
    m_status->setText(tr("Open several checkpoints of one run, or a folder of them."));
    connect(m_axis, &QComboBox::currentIndexChanged, this, &RunCurvesView::rebuild);
    connect(m_smooth, &QSlider::valueChanged, this, &RunCurvesView::replot);
    connect(m_metrics, &QListWidget::itemChanged, this, &RunCurvesView::replot);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = hoverText(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    connect(m_plot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *p, int dataIndex, QMouseEvent *) {
        const int curve = p->property("curve").toInt();
        if (curve < 0 || size_t(curve) >= m_curves.size() || dataIndex < 0
            || size_t(dataIndex) >= m_curves[size_t(curve)].points.size())
            return;
        const MetricPoint &pt = m_curves[size_t(curve)].points[size_t(dataIndex)];
        const RunPoint &point = m_run[size_t(pt.run)];
        m_status->setText(pointText(curve, dataIndex));
        if (!point.logEntry) // a trainer_state.json log entry has no checkpoint to open
            Q_EMIT fileActivated(point.file);
    });
}

QString RunCurvesView::pointText(int curve, int dataIndex) const
{
    if (curve < 0 || size_t(curve) >= m_curves.size() || dataIndex < 0
        || size_t(dataIndex) >= m_curves[size_t(curve)].points.size())
        return QString();
    const MetricCurve &c = m_curves[size_t(curve)];
    const MetricPoint &pt = c.points[size_t(dataIndex)];
    // Points on top of each other (best.pt recording epoch 5's loss beside epoch_5.pt) are
    // one dot on the plot: name every file it stands for.
    QStringList files;
    for (const MetricPoint &other : c.points)
        if (other.x == pt.x && other.y == pt.y)
            files << QFileInfo(m_run[size_t(other.run)].file).fileName();
    return tr("%1 = %2 at %3 in %4").arg(c.name).arg(pt.y).arg(pt.x).arg(files.join(QStringLiteral(", ")));
}

QString RunCurvesView::hoverText(const QPointF &pos) const
{
    // The nearest point of any curve within a few pixels: its value and its file.
    double nearest = 8;
    QString text;
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        QCPGraph *graph = m_plot->graph(g);
        QVariant details;
        const double d = graph->selectTest(pos, false, &details);
        const QCPDataSelection sel = details.value<QCPDataSelection>();
        if (d >= 0 && d < nearest && !sel.isEmpty()) {
            nearest = d;
            text = pointText(graph->property("curve").toInt(), sel.dataRange().begin());
        }
    }
    return text;
}

bool RunCurvesView::isLoading() const
{
    return m_jobs->isBusy();
}

void RunCurvesView::clear()
{
    m_jobs->cancel();
    m_run.clear();
    m_folder.clear();
    m_fileCount = -1;
    rebuild(); // an empty plot and metric list
    m_status->setText(tr("Open several checkpoints of one run, or a folder of them."));
}

void RunCurvesView::retranslateUi()
{
    m_axis->setItemText(0, tr("Auto"));
    m_axis->setItemText(1, tr("Epoch"));
    m_axis->setItemText(2, tr("Step"));
    m_axis->setItemText(3, tr("File order"));
    m_smooth->setToolTip(tr("Smoothing (TensorBoard's exponential moving average)"));
    m_axisLabel->setText(tr("X axis:"));
    m_smoothLabel->setText(tr("Smoothing:"));
}

void RunCurvesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_run.empty() && !isLoading())
            m_status->setText(tr("Open several checkpoints of one run, or a folder of them."));
        else if (!isLoading())
            rebuild(); // the status line, axis and curve names
    }
    QWidget::changeEvent(event);
}

QString RunCurvesView::sourceTitle() const
{
    if (m_folder.isEmpty())
        return QString();
    const QString name = QFileInfo(m_folder).fileName().isEmpty() ? m_folder : QFileInfo(m_folder).fileName();
    return m_fileCount < 0 ? tr("Run: %1").arg(name) : tr("%n file(s) in %1", nullptr, m_fileCount).arg(name);
}

void RunCurvesView::openFolder(const QString &folder)
{
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_fileCount = -1;
    start(tr("Reading the checkpoints in %1…").arg(QFileInfo(folder).fileName()),
        [folder](const std::atomic_bool *cancel) { return scanRunFolder(folder, cancel); });
}

void RunCurvesView::openFiles(const QStringList &files)
{
    // The folder they share (files of one run sit together; else the nearest common one).
    QString common = files.isEmpty() ? QString() : QFileInfo(files.front()).absolutePath();
    for (const QString &f : files)
        while (!common.isEmpty() && !QFileInfo(f).absoluteFilePath().startsWith(common + QLatin1Char('/'))
            && common != QStringLiteral("/"))
            common = QFileInfo(common).path();
    m_folder = common;
    m_fileCount = int(files.size());
    start(tr("Reading the metadata of %n file(s)…", nullptr, int(files.size())),
        [files](const std::atomic_bool *cancel) { return scanRun(files, cancel); });
}

void RunCurvesView::start(const QString &message, std::function<std::vector<RunPoint>(const std::atomic_bool *)> scan)
{
    m_status->setText(message);
    m_jobs->start([scan](const JobControl &control) { return scan(control.stopFlag()); },
        [this](std::vector<RunPoint> run) {
            m_run = std::move(run);
            rebuild();
            Q_EMIT loaded();
        });
}

void RunCurvesView::setSmoothing(double weight)
{
    m_smooth->setValue(int(std::lround(weight * 100)));
}

void RunCurvesView::rebuild()
{
    RunAxis used = RunAxis::FileOrder;
    m_curves = runCurves(m_run, RunAxis(m_axis->currentData().toInt()), &used);
    const QSignalBlocker block(m_metrics);
    m_metrics->clear();
    bool anyChecked = false;
    for (size_t i = 0; i < m_curves.size(); ++i) {
        auto *item = new QListWidgetItem(m_curves[i].name, m_metrics);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setData(kCurveRole, int(i));
        item->setToolTip(m_curves[i].name);
        const bool on = lossLike(m_curves[i].name) && !m_curves[i].name.contains(QLatin1Char('/'));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        anyChecked |= on;
    }
    if (!anyChecked && m_metrics->count())
        m_metrics->item(0)->setCheckState(Qt::Checked);
    const QString axisName = used == RunAxis::Epoch ? tr("epoch") : used == RunAxis::Step ? tr("step") : tr("file");
    m_plot->xAxis->setLabel(axisName);
    if (used == RunAxis::FileOrder) { // the files' names on their positions, not 0, 1, 2
        auto ticks = QSharedPointer<QCPAxisTickerText>::create();
        const int every = std::max(1, int(m_run.size()) / 20);
        const QFontMetrics metrics(m_plot->xAxis->tickLabelFont());
        int widest = 0;
        for (size_t r = 0; r < m_run.size(); r += size_t(every)) {
            const QString name = QFileInfo(m_run[r].file).fileName();
            ticks->addTick(double(r), name);
            widest = std::max(widest, metrics.horizontalAdvance(name));
        }
        m_plot->xAxis->setTicker(ticks);
        m_plot->xAxis->setTickLabelRotation(30);
        // Labels run down and to the right of their tick: room for the last one's.
        m_plot->axisRect()->setMinimumMargins(QMargins(0, 0, int(widest * 0.87) + metrics.height(), 0));
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        m_plot->xAxis->setTickLabelRotation(0);
        m_plot->axisRect()->setMinimumMargins(QMargins());
    }
    int errors = 0, logged = 0;
    for (const RunPoint &p : m_run) {
        errors += p.error.isEmpty() ? 0 : 1;
        logged += p.logEntry && p.error.isEmpty() ? 1 : 0;
    }
    const int checkpoints = int(m_run.size()) - logged;
    QStringList parts;
    if (checkpoints || !logged)
        parts << tr("Checkpoints: %1").arg(checkpoints);
    if (logged)
        parts << tr("trainer_state.json log entries: %1").arg(logged);
    parts << tr("scalars in two or more: %1").arg(m_curves.size());
    if (errors)
        parts << tr("unreadable: %1").arg(errors);
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_title->setText(sourceTitle());
    m_plot->setToolTip(m_folder);
    replot();
}

void RunCurvesView::replot()
{
    m_title->setTextColor(m_plot->palette().color(QPalette::WindowText));
    m_plot->clearGraphs();
    const double weight = m_smooth->value() / 100.0;
    int shown = 0;
    for (int row = 0; row < m_metrics->count(); ++row) {
        const QListWidgetItem *item = m_metrics->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const MetricCurve &c = m_curves[size_t(item->data(kCurveRole).toInt())];
        QVector<double> x, y;
        std::vector<double> raw;
        for (const MetricPoint &p : c.points) {
            x << p.x;
            raw.push_back(p.y);
        }
        const QColor color = seriesColor(shown++, m_plot->palette());
        QCPGraph *g = m_plot->addGraph();
        g->setName(c.name);
        g->setProperty("curve", item->data(kCurveRole).toInt());
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        if (weight > 0) { // faint raw points, bold smoothed line (as TensorBoard draws it)
            QColor faint = color;
            faint.setAlpha(90);
            g->setPen(QPen(faint, 1));
            for (double v : raw)
                y << v;
            g->setData(x, y, true);
            QCPGraph *s = m_plot->addGraph();
            s->setName(c.name + tr(" (smoothed)"));
            s->setProperty("curve", item->data(kCurveRole).toInt());
            s->setPen(QPen(color, 2));
            QVector<double> sy;
            for (double v : smoothEma(raw, weight))
                sy << v;
            s->setData(x, sy, true);
        } else {
            g->setPen(QPen(color, 2));
            for (double v : raw)
                y << v;
            g->setData(x, y, true);
        }
    }
    m_plot->rescaleAxes();
    // Room around the data: points on the frame are hard to see and to click.
    m_plot->xAxis->scaleRange(1.06);
    m_plot->yAxis->scaleRange(1.12);
    m_plot->replot();
}

} // namespace ckpt
