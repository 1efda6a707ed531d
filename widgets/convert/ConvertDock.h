#pragma once

#include "model/convert/Converter.h"

#include <QDockWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QAction;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace ckpt {

class CastWarnings;
class CheckpointDocument;
class JobRunner;
class PackageFields;
class ShardSizeBox;

// The Convert panel over the document's conversion plan: the ordered, undoable steps
// with what each did and saved, a field to add one, the size before and after, the
// output format and file, a verify-with-reload checkbox, progress and cancel, and one
// click to open the result. The plan and its preview are the document's; this dock
// writes the file.
class ConvertDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ConvertDock(CheckpointDocument *doc, QWidget *parent = nullptr);

    // Writing a converted file.
    bool isBusy() const;
    // The tree's conversion actions for its selected rows (Drop, Keep Only, Extract),
    // as buttons here too, so they are found without the context menu.
    void setTreeActions(const QList<QAction *> &actions);
    CastWarnings *castWarnings() const { return m_castWarnings; }

Q_SIGNALS:
    void openRequested(const QString &path);
    // A conversion ended (written, refused or cancelled); its report is on screen.
    void converted(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCheckpointChanged();
    void applyPreferences();
    void addFromForm();
    void removeSelected();
    void refreshPlan();
    // Every text the dock sets itself, in the language installed now.
    void retranslateUi();
    // A line in the status field, made again on LanguageChange (it may hold a Phrase).
    void setStatus(std::function<QString()> text);
    void clearStatus();
    void startConvert();
    void finished(ConvertReport r, const FormatWriter &writer);
    // The last report, in the language installed now.
    // The writer chosen in "Save as".
    const FormatWriter &writer() const;
    void browse();
    void updateButtons();
    // The step's text: the line typed, or the choice picked (dtype, device).
    QString stepText() const;
    void updateStepInput();
    void fillChoices();
    // "Save as" follows the file name's extension (the name follows the format otherwise).
    void formatFromOutput();

    CheckpointDocument *m_doc;
    QString m_sourceFile; // the file the output name was made for

    QLabel *m_planLabel;
    QListWidget *m_planList;
    QComboBox *m_opKind;
    QLineEdit *m_opArg;
    QComboBox *m_opChoice; // dtype and device steps: what the file holds
    QWidget *m_treeRow = nullptr;
    QLabel *m_treeLabel = nullptr;
    QPushButton *m_addOp;
    QPushButton *m_removeOp;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QLabel *m_sizes;
    CastWarnings *m_castWarnings;
    QFormLayout *m_form;
    QLabel *m_formatLabel, *m_outputLabel, *m_shardSizeLabel;
    QComboBox *m_format;
    QLineEdit *m_output;
    QPushButton *m_browse;
    ShardSizeBox *m_shardSize; // torch and safetensors: Hugging Face shards
    QCheckBox *m_verify;
    PackageFields *m_package;
    bool m_renaming = false; // the format is set from the file name: keep the name
    bool m_folderOutput = false; // the output names a folder (DCP): its dots are no extension
    QCheckBox *m_previewToggle;
    QPushButton *m_convert;
    QPushButton *m_cancel;
    QPushButton *m_openResult;
    QProgressBar *m_progress;
    QLabel *m_status;
    std::function<QString()> m_statusText; // what m_status shows, made in the language of the moment
    ConvertReport m_report; // the last conversion's, without its manifest
    qsizetype m_reportTensors = 0; // its manifest's size
    const FormatWriter *m_reportWriter = nullptr;

    JobRunner *m_jobs; // the conversion being written
    QString m_lastOutput;
    QString m_confirmedOutput; // an existing file the save dialog agreed to replace
};

} // namespace ckpt
