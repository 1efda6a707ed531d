#pragma once

#include "model/convert/CastPreview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ckpt {

class CheckpointDocument;
class JobRunner;

// Beside the conversion plan, when it casts: what each cast does to the values, as
// previewCasts() counts them (the same castElements() the writers use), most harmful first:
// values that overflow to inf, non-zero values that become 0, the largest rounding error.
// "Keep These in Their dtype" adds a step that leaves the harmed tensors as they are.
// Computed on a worker once the document has applied the plan.
class CastWarnings : public QWidget {
    Q_OBJECT
public:
    explicit CastWarnings(CheckpointDocument *doc, QWidget *parent = nullptr);

    bool isBusy() const;
    const std::vector<CastRisk> &risks() const { return m_risks; }
    QTreeWidget *table() const { return m_table; }

Q_SIGNALS:
    void computed(); // the risks of the current plan are shown (or the panel is hidden)

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void show(std::vector<CastRisk> risks);
    void keepHarmed();
    void retranslate();

    CheckpointDocument *m_doc;
    JobRunner *m_jobs;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QPushButton *m_keep;
    std::vector<CastRisk> m_risks;
};

} // namespace ckpt
