#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QFrame>

class QLabel;

namespace ckpt {

class CheckpointDocument;

// The strip above the tree: file, format and its facts, tensor count, parameters,
// bytes per dtype and per device, and a safety badge; the document's file, or the one
// being read, and the conversion preview's totals while the tree shows it.
class SummaryHeader : public QFrame {
    Q_OBJECT
public:
    explicit SummaryHeader(CheckpointDocument *doc, QWidget *parent = nullptr);
    QString badgeText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setCheckpoint(CheckpointPtr ckpt);
    void setLoading(const QString &path);
    // The tree below shows this conversion preview (null: the file): say so, and give
    // its totals beside the file's.
    void setPreview(CheckpointPtr view);
    void refresh();

    CheckpointDocument *m_doc; // its totals carry the summary and LoRA reading, worked out off this thread
    CheckpointPtr m_ckpt;
    QString m_loadingPath;
    CheckpointPtr m_preview;
    QLabel *m_title;
    QLabel *m_totals;
    QLabel *m_breakdown;
    QLabel *m_facts;
    QLabel *m_lora; // what a LoRA adapter holds: its modules' ranks, alphas and scales
    QString m_loraText, m_loraTip; // of m_ckpt, worked out when it is set
    QLabel *m_badge;
};

} // namespace ckpt
