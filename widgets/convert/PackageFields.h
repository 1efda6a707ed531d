#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace ckpt {

struct ConvertOptions;

// The inference package's own fields in the Convert dock: class names, model config and
// preprocessing, each typed as JSON or picked from the subtrees of the open checkpoint
// that can serve (a `model_config` dict, a list of names). Left empty, the package finds
// them in the file by their usual names (see ConvertOptions).
class PackageFields : public QGroupBox {
    Q_OBJECT
public:
    explicit PackageFields(QWidget *parent = nullptr);

    // Offers the checkpoint's candidate subtrees; clears what was typed for another file.
    // While the fields are hidden (another format, or the dock closed) that waits until they
    // are shown: finding the candidates walks the whole object tree (5 ms at 100k keys).
    void setCheckpoint(const CheckpointPtr &ckpt);
    // The fields as ConvertOptions takes them.
    void apply(ConvertOptions &options) const;

    // Paths of the subtrees that can be a dict field (no tensors below) or class names (a
    // list of strings, or a dict of them), in tree order, at most a few levels deep.
    static QStringList dictCandidates(const Checkpoint &ckpt);
    static QStringList listCandidates(const Checkpoint &ckpt);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillChoices();

    QComboBox *m_classNames, *m_config, *m_preprocessing;
    QLabel *m_labels[3];
    QString m_file;
    CheckpointPtr m_pending; // given while hidden, offered once shown
    bool m_stale = false;
};

} // namespace ckpt
