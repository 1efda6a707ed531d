#pragma once

#include "widgets/preferences/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace ckpt {

class ShardSizeBox;

// Edit > Preferences: shows the stored values when opened, stores them on OK or Apply
// (Restore Defaults fills in the defaults, stored on OK or Apply like any other edit).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The fields show `v`; values() reads them back.
    void setValues(const Preferences::Values &v);
    Preferences::Values values() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();

    QGroupBox *m_statsGroup, *m_convertGroup, *m_appGroup;
    QLabel *m_binsLabel, *m_binningLabel, *m_formatLabel, *m_castLabel, *m_shardLabel, *m_recentLabel, *m_languageLabel,
        *m_themeLabel;
    QSpinBox *m_bins;
    QComboBox *m_binning;
    QComboBox *m_format;
    QComboBox *m_cast;
    ShardSizeBox *m_shardSize;
    QCheckBox *m_verify;
    QSpinBox *m_recent;
    QComboBox *m_language;
    QComboBox *m_theme;
    QDialogButtonBox *m_buttons;
};

} // namespace ckpt
