#include "widgets/details/DetailsDock.h"

#include "widgets/details/DetailsHtml.h"

#include "model/document/CheckpointDocument.h"
#include "model/jobs/JobRunner.h"

#include <QEvent>
#include <QTextBrowser>

namespace ckpt {

DetailsDock::DetailsDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_text(new QTextBrowser(this)), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("detailsDock"));
    m_text->setObjectName(QStringLiteral("detailsText"));
    m_text->setOpenLinks(false);
    m_text->document()->setDocumentMargin(8);
    setWidget(m_text);
    setWindowTitle(tr("Details"));
    // A read that ends, or is dropped for a newer selection, leaves the dock idle.
    connect(m_jobs, &JobRunner::busyChanged, this, [this](bool busy) {
        if (!busy)
            Q_EMIT idle();
    });
    clear();
    connect(doc, &CheckpointDocument::checkpointChanged, this, &DetailsDock::clear);
    // The file's checkpoint even in the preview (tensor indexes are shared): values are
    // read from the file in its own dtypes, not in the ones a planned cast would write.
    connect(doc, &CheckpointDocument::selectionChanged, this, [this, doc] {
        const NodeSelection &s = doc->selection();
        if (s.isEmpty())
            clear();
        else
            showNode(doc->checkpoint(), s.value, s.path, s.kind, s.totals);
    });
}

bool DetailsDock::isBusy() const
{
    return m_jobs->isBusy();
}

void DetailsDock::setBody(const QString &html)
{
    m_text->setHtml(html);
}

void DetailsDock::clear()
{
    m_jobs->cancel();
    m_placeholder = tr("Select a row to see its details.");
    setBody(QStringLiteral("<p style='color:#777'>%1</p>").arg(m_placeholder.toHtmlEscaped()));
}

void DetailsDock::showNode(
    const CheckpointPtr &ckpt, const Value *v, const QString &path, NodeKind kind, const SubtreeTotals &totals)
{
    m_placeholder.clear();
    if (!ckpt || !v) {
        clear();
        return;
    }
    if (v->kind == Value::Kind::Tensor && v->tensorIndex >= 0 && v->tensorIndex < int(ckpt->tensors.size())) {
        const QString meta = DetailsHtml::tensor(*ckpt, v->tensorIndex, path, kind);
        setBody(meta + DetailsHtml::values(nullptr));
        // Reading values touches the file: a worker, and a newer selection wins.
        const int index = v->tensorIndex;
        m_jobs->start([ckpt, index](const JobControl &) { return readTensorPreview(*ckpt, index); },
            [this, meta](const TensorPreview &preview) { setBody(meta + DetailsHtml::values(&preview)); });
        return;
    }
    m_jobs->cancel();
    if (v->kind == Value::Kind::Object || v->kind == Value::Kind::Global)
        setBody(DetailsHtml::object(*ckpt, *v, path));
    else if (v->isContainer() || v->kind == Value::Kind::NumpyArray)
        setBody(DetailsHtml::container(*ckpt, *v, path, totals));
    else
        setBody(DetailsHtml::scalar(*v, path));
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
