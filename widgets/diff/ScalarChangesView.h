#pragma once

#include "model/diff/Diff.h"

#include <QTreeWidget>

namespace ckpt {

// The scalar leaves that differ between A and B (epoch, loss, lr ...) in plain view:
// key, A's value, B's value; a side without the key says so.
class ScalarChangesView : public QTreeWidget {
    Q_OBJECT
public:
    explicit ScalarChangesView(QWidget *parent = nullptr);
    void setScalars(const std::vector<ScalarDiff> &scalars);
    int changedCount() const { return m_changed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::vector<ScalarDiff> m_scalars;
    int m_changed = 0;
};

} // namespace ckpt
