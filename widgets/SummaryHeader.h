#pragma once

#include "Checkpoint.h"

#include <QFrame>

class QLabel;

namespace ckpt {

// The strip above the tree: file, format and its facts, tensor count, parameters,
// bytes per dtype and per device, and a safety badge.
class SummaryHeader : public QFrame {
    Q_OBJECT
public:
    explicit SummaryHeader(QWidget *parent = nullptr);
    void setCheckpoint(CheckpointPtr ckpt);
    void setLoading(const QString &path);
    QString badgeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    CheckpointPtr m_ckpt;
    QString m_loadingPath;
    QLabel *m_title;
    QLabel *m_totals;
    QLabel *m_breakdown;
    QLabel *m_facts;
    QLabel *m_badge;
};

} // namespace ckpt
