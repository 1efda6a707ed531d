#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QDockWidget>

class QLabel;
class QTreeView;

namespace ckpt {

class CheckpointDocument;
class FindingsModel;

// Every global the file references, graded, with a banner when anything is not
// allowed and whether stock torch.load(weights_only=True) would accept the file. Comes to
// the front for a dangerous file.
class SafetyDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SafetyDock(CheckpointDocument *doc, QWidget *parent = nullptr);
    void setCheckpoint(const CheckpointPtr &ckpt);
    FindingsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    CheckpointPtr m_ckpt;
    FindingsModel *m_model;
    QLabel *m_banner;
    QLabel *m_weightsOnly;
    QTreeView *m_view;
};

} // namespace ckpt
