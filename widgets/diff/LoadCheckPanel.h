#pragma once

#include "model/compare/Comparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ckpt {

// "Loads into A?": the load check of a comparison (model/check, the result `ckpt check`
// prints): the verdict, the missing, unexpected and size-mismatched keys in PyTorch's
// order, the dtype differences apart, PyTorch's message, the fixes and what they leave,
// and "Fix in Convert". Which side plays the model is chosen here.
class LoadCheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit LoadCheckPanel(QWidget *parent = nullptr);

    void setBusy(); // a check is running
    void clear(const QString &message = QString());
    void setResult(const CheckResult &result, CheckDirection direction, bool planned);
    CheckDirection direction() const;
    void setDirection(CheckDirection direction); // without emitting directionChanged

    QLabel *verdict() const { return m_verdict; }
    QTreeWidget *lists() const { return m_lists; }
    QPlainTextEdit *message() const { return m_message; }
    QPushButton *fixButton() const { return m_fix; }

Q_SIGNALS:
    void directionChanged(CheckDirection direction);
    void fixRequested(); // put the fixes into the conversion plan

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void addGroup(const QString &title, const QStringList &items, bool expanded);

    QComboBox *m_direction;
    QLabel *m_verdict;
    QLabel *m_source;
    QTreeWidget *m_lists;
    QPlainTextEdit *m_message;
    QPushButton *m_fix;
    CheckResult m_result;
    bool m_hasResult = false;
    bool m_planned = false;
    QString m_placeholder;
};

} // namespace ckpt
