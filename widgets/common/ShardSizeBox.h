#pragma once

#include "model/common/Phrase.h"

#include <QComboBox>

namespace ckpt {

// The size limit of Hugging Face shards, as `ckpt convert --max-shard-size` takes it: "One
// file" or a size typed or picked ("5GB" = 5,000,000,000 bytes, "500MB", "2GiB"). The
// Convert dock and Preferences both use it.
class ShardSizeBox : public QComboBox {
    Q_OBJECT
public:
    explicit ShardSizeBox(QWidget *parent = nullptr);
    // "" for one file, else the size as typed ("5GB").
    QString sizeText() const;
    void setSizeText(const QString &text);
    // The limit in bytes (0: one file); false, with *error, if the text is no size.
    bool bytes(qint64 *bytes, Phrase *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
};

} // namespace ckpt
