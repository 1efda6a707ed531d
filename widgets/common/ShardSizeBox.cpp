#include "widgets/common/ShardSizeBox.h"

#include "model/convert/ShardPlan.h"

#include <QEvent>
#include <QLineEdit>

namespace ckpt {

ShardSizeBox::ShardSizeBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    fill();
}

void ShardSizeBox::fill()
{
    const QString shown = sizeText();
    clear();
    addItem(tr("One file"), QString());
    // What Hugging Face's save_pretrained offers: 5GB is its default since transformers 4.35.
    for (const char *size : { "1GB", "2GB", "5GB", "10GB" })
        addItem(QLatin1String(size), QLatin1String(size));
    setToolTip(tr("Write Hugging Face shards of at most this size each plus their index (5GB = 5,000,000,000 "
                  "bytes; MB, GiB … too), or one file"));
    setSizeText(shown);
}

QString ShardSizeBox::sizeText() const
{
    const int i = currentIndex();
    if (i >= 0 && currentText() == itemText(i))
        return itemData(i).toString();
    return currentText().trimmed(); // typed
}

void ShardSizeBox::setSizeText(const QString &text)
{
    const int i = findData(text);
    if (i >= 0)
        setCurrentIndex(i);
    else
        setEditText(text);
}

bool ShardSizeBox::bytes(qint64 *bytes, Phrase *error) const
{
    const QString text = sizeText();
    *bytes = 0;
    return text.isEmpty() || parseShardSize(text, bytes, error);
}

void ShardSizeBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QComboBox::changeEvent(event);
}

} // namespace ckpt
