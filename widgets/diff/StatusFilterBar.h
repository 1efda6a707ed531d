#pragma once

#include "model/diff/Diff.h"

#include <QWidget>

class QToolButton;

namespace ckpt {

// One toggle per status of a comparison (same, changed, only in A ...) with its count:
// the merged tree shows the statuses whose toggle is on.
class StatusFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit StatusFilterBar(QWidget *parent = nullptr);
    void setSummary(const DiffSummary &summary);
    uint mask() const; // bit 1 << int(DiffStatus) per status shown
    QToolButton *button(DiffStatus s) const { return m_buttons[size_t(s)]; }
    int count(DiffStatus s) const { return m_counts[size_t(s)]; }

Q_SIGNALS:
    void maskChanged(uint mask);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::vector<QToolButton *> m_buttons; // by DiffStatus
    std::vector<int> m_counts;
};

} // namespace ckpt
