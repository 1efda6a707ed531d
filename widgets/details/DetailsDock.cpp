#include "widgets/details/DetailsDock.h"

#include "widgets/details/DetailsHtml.h"
#include "widgets/details/PythonHighlighter.h"

#include "model/document/CheckpointDocument.h"
#include "model/jobs/JobRunner.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ckpt {

DetailsDock::DetailsDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_doc(doc), m_text(new QTextBrowser(this)), m_jobs(new JobRunner(this)),
      m_codePanel(new QWidget(this)), m_codeLabel(new QLabel(m_codePanel)), m_codeFiles(new QComboBox(m_codePanel)),
      m_code(new QPlainTextEdit(m_codePanel)), m_highlighter(new PythonHighlighter(m_code->document()))
{
    setObjectName(QStringLiteral("detailsDock"));
    m_text->setObjectName(QStringLiteral("detailsText"));
    m_text->setOpenLinks(false);
    m_text->document()->setDocumentMargin(8);
    // TorchScript sources, read-only: one file at a time, any of the archive's by the list.
    m_codeFiles->setObjectName(QStringLiteral("detailsCodeFiles"));
    m_code->setObjectName(QStringLiteral("detailsCode"));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_codeLabel);
    bar->addWidget(m_codeFiles, 1);
    auto *codeLayout = new QVBoxLayout(m_codePanel);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addLayout(bar);
    codeLayout->addWidget(m_code);
    m_codePanel->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_text);
    split->addWidget(m_codePanel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    setWidget(split);
    retranslate();
    connect(m_codeFiles, &QComboBox::activated, this, [this](int i) { showCode(m_codeFiles->itemText(i), 0); });
    // A read that ends, or is dropped for a newer selection, leaves the dock idle.
    connect(m_jobs, &JobRunner::busyChanged, this, [this](bool busy) {
        if (!busy)
            Q_EMIT idle();
    });
    clear();
    connect(doc, &CheckpointDocument::checkpointChanged, this, [this] {
        m_scriptCode.reset();
        m_codePanel->hide();
        clear();
    });
    // The file's checkpoint even in the preview (tensor indexes are shared): values are
    // read from the file in its own dtypes, not in the ones a planned cast would write.
    connect(doc, &CheckpointDocument::selectionChanged, this, &DetailsDock::showSelection);
}

void DetailsDock::showSelection()
{
    const NodeSelection &s = m_doc->selection();
    if (s.isEmpty() && !s.module.isEmpty()) {
        m_jobs->cancel();
        m_placeholder.clear();
        setBody(DetailsHtml::module(s.module, s.path, s.totals));
    } else if (s.isEmpty())
        clear();
    else
        showNode(m_doc->checkpoint(), s.value, s.path, s.kind, s.totals);
}

bool DetailsDock::isBusy() const
{
    return m_jobs->isBusy();
}

void DetailsDock::setBody(const QString &html)
{
    m_text->setHtml(html);
}

const ScriptCode *DetailsDock::scriptCode(const CheckpointPtr &ckpt)
{
    if (!ckpt || ckpt->format != Format::TorchScript)
        return nullptr;
    // code/ records are small text: read on first use, kept while the file is open.
    if (!m_scriptCode || m_scriptCode->archive != ckpt->file) {
        m_scriptCode = readScriptCode(ckpt->file);
        m_codeFiles->clear();
        m_codeFiles->addItems(m_scriptCode->files);
        m_code->clear();
        m_code->setDocumentTitle(QString());
    }
    return m_scriptCode.get();
}

void DetailsDock::showCode(const QString &file, int line)
{
    if (!m_scriptCode || file.isEmpty() || !m_scriptCode->files.contains(file))
        return;
    m_codePanel->show();
    // The document's title names the file it holds.
    if (m_code->documentTitle() != file) {
        m_codeFiles->setCurrentText(file);
        m_code->setPlainText(m_scriptCode->source(file));
        m_code->setDocumentTitle(file);
    }
    QTextCursor cursor(m_code->document());
    if (line > 0) {
        const QTextBlock block = m_code->document()->findBlockByNumber(line - 1);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    }
    m_code->setTextCursor(cursor);
    m_code->centerCursor();
}

void DetailsDock::retranslate()
{
    setWindowTitle(tr("Details"));
    m_codeLabel->setText(tr("Code:"));
    m_codeFiles->setToolTip(tr("The archive's code/ sources, as torch.jit.save wrote them (shown, never run)"));
}

QString DetailsDock::codeFile() const
{
    return m_codePanel->isHidden() ? QString() : m_codeFiles->currentText();
}

QString DetailsDock::codeText() const
{
    return m_code->toPlainText();
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
    if (v->holdsTensor() && v->tensorIndex < int(ckpt->tensors.size())) {
        QString meta = DetailsHtml::tensor(*ckpt, v->tensorIndex, path, kind);
        const int constant = scriptConstantIndex(ckpt->tensors[size_t(v->tensorIndex)].path);
        if (const ScriptCode *code = scriptCode(ckpt); code && constant >= 0) {
            meta += DetailsHtml::scriptConstant(*code, constant);
            if (const auto uses = code->constantUses(constant); !uses.empty())
                showCode(uses.front().file, uses.front().line);
        }
        setBody(meta + DetailsHtml::values(nullptr));
        // Reading values touches the file: a worker, and a newer selection wins.
        const int index = v->tensorIndex;
        m_jobs->start([ckpt, index](const JobControl &) { return readTensorPreview(*ckpt, index); },
            [this, meta](const TensorPreview &preview) { setBody(meta + DetailsHtml::values(&preview)); });
        return;
    }
    m_jobs->cancel();
    if (v->kind == Value::Kind::Object || v->kind == Value::Kind::Global) {
        QString html = DetailsHtml::object(*ckpt, *v, path);
        if (const ScriptCode *code = scriptCode(ckpt); code && v->kind == Value::Kind::Object) {
            html += DetailsHtml::scriptClass(*code, v->className);
            showCode(code->fileForClass(v->className), code->classLine(v->className));
        }
        setBody(html);
    } else if (v->isContainer() || v->kind == Value::Kind::NumpyArray)
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
        retranslate();
        // What the selected node is, in the new language (a tensor's values are read again).
        if (!m_placeholder.isEmpty())
            clear();
        else
            showSelection();
    }
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QDockWidget::changeEvent(event);
}

} // namespace ckpt
