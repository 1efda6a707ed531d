#include "widgets/common/PlotStyle.h"

#include "widgets/common/Qcp.h"

#include <QEvent>

namespace ckpt {

namespace {

void applyPalette(QCustomPlot *plot)
{
    const QPalette p = plot->palette();
    const QColor text = p.color(QPalette::WindowText), base = p.color(QPalette::Base);
    QColor grid = p.color(QPalette::Mid), subGrid = grid;
    subGrid.setAlpha(80);
    plot->setBackground(base);
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
            axis->grid()->setSubGridPen(QPen(subGrid, 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(grid));
        }
    plot->legend->setBrush(p.color(QPalette::Base));
    plot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    plot->legend->setTextColor(text);
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *label = qobject_cast<QCPItemText *>(plot->item(i)))
            label->setColor(text);
}

class PaletteFollower : public QObject {
public:
    PaletteFollower(QCustomPlot *plot, std::function<void()> recolour)
        : QObject(plot), m_plot(plot), m_recolour(std::move(recolour))
    {
        plot->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        applyPalette(m_plot);
        if (m_recolour)
            m_recolour();
        m_plot->replot();
    }
    QCustomPlot *m_plot;
    std::function<void()> m_recolour;
};

} // namespace

void followPalette(QCustomPlot *plot, std::function<void()> recolour)
{
    new PaletteFollower(plot, std::move(recolour));
}

} // namespace ckpt
