#pragma once

#include "model/itemmodels/TreeFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace ckpt {

// Pattern (substring, glob or regular expression, case-insensitive), dtype and device
// choices and the match count. Emits specChanged() a moment after the user stops typing.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    FilterSpec spec() const;
    // The dtypes and devices the open checkpoint has; keeps the current choice if present.
    void setChoices(const QStringList &dtypes, const QStringList &devices);
    // matches < 0: no filter active.
    void setResult(int matches, const QString &error, bool running);
    void focusPattern();

Q_SIGNALS:
    void specChanged(const ckpt::FilterSpec &spec);
    // Down in the pattern field: the keyboard goes on to the results.
    void moveToResults();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    static void fillChoices(QComboBox *box, const QString &allText, const QStringList &items);

    QLineEdit *m_pattern;
    QComboBox *m_mode;
    QComboBox *m_dtype;
    QComboBox *m_device;
    QLabel *m_count;
    QTimer *m_debounce;
    int m_lastMatches = -1;
    QString m_lastError;
    bool m_running = false;
};

} // namespace ckpt
