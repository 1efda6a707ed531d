#include "widgets/details/DetailsDock.h"

#include "widgets/details/DetailsHtml.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QTextBrowser>
#include <QtConcurrent>

namespace ckpt {

DetailsDock::DetailsDock(QWidget *parent) : QDockWidget(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("detailsDock"));
    m_text->setObjectName(QStringLiteral("detailsText"));
    m_text->setOpenLinks(false);
    m_text->document()->setDocumentMargin(8);
    setWidget(m_text);
    setWindowTitle(tr("Details"));
    clear();
}

void DetailsDock::setBody(const QString &html)
{
    m_text->setHtml(html);
}

void DetailsDock::clear()
{
    ++m_generation;
    m_placeholder = tr("Select a row to see its details.");
    setBody(QStringLiteral("<p style='color:#777'>%1</p>").arg(m_placeholder.toHtmlEscaped()));
    if (m_busy) {
        m_busy = false;
        Q_EMIT idle();
    }
}

void DetailsDock::showNode(
    const CheckpointPtr &ckpt, const Value *v, const QString &path, NodeKind kind, const SubtreeTotals &totals)
{
    const quint64 generation = ++m_generation;
    m_placeholder.clear();
    const bool wasBusy = m_busy;
    m_busy = false;
    if (!ckpt || !v) {
        clear();
        return;
    }
    if (v->kind == Value::Kind::Tensor && v->tensorIndex >= 0 && v->tensorIndex < int(ckpt->tensors.size())) {
        const QString meta = DetailsHtml::tensor(*ckpt, v->tensorIndex, path, kind);
        setBody(meta + DetailsHtml::values(nullptr));
        m_busy = true;
        // Reading values touches the file: a worker, and a newer selection wins.
        auto *watcher = new QFutureWatcher<TensorPreview>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, meta] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const TensorPreview preview = watcher->result();
            setBody(meta + DetailsHtml::values(&preview));
            m_busy = false;
            Q_EMIT idle();
        });
        const int index = v->tensorIndex;
        watcher->setFuture(QtConcurrent::run([ckpt, index] { return readTensorPreview(*ckpt, index); }));
        return;
    }
    if (v->kind == Value::Kind::Object || v->kind == Value::Kind::Global)
        setBody(DetailsHtml::object(*ckpt, *v, path));
    else if (v->isContainer() || v->kind == Value::Kind::NumpyArray)
        setBody(DetailsHtml::container(*ckpt, *v, path, totals));
    else
        setBody(DetailsHtml::scalar(*v, path));
    if (wasBusy)
        Q_EMIT idle();
}

QString DetailsDock::plainText() const
{
    return m_text->toPlainText();
}

void DetailsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Details"));
        if (!m_placeholder.isEmpty())
            clear();
    }
    QDockWidget::changeEvent(event);
}

} // namespace ckpt
