#pragma once

#include "model/compare/Alignment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace ckpt {

// How each side of a comparison is aligned: a subtree of the file as its root and a key
// prefix stripped below it, each a combo offering what the file has (editable: any
// path or prefix can be typed), and "Auto" for what the load check proposes.
class AlignmentBar : public QWidget {
    Q_OBJECT
public:
    explicit AlignmentBar(QWidget *parent = nullptr);

    // Shows the choices and the current alignment without emitting anything.
    void setAlignment(const AlignmentChoices &choicesA, const SideAlignment &a, const AlignmentChoices &choicesB,
        const SideAlignment &b, bool automatic);
    SideAlignment alignmentA() const;
    SideAlignment alignmentB() const;

    // For tests and for the user's own choice: as if picked in the combo.
    void chooseRoot(int side, const QString &root);
    void choosePrefix(int side, const QString &prefix);
    QComboBox *rootCombo(int side) const { return m_root[side]; }
    QComboBox *prefixCombo(int side) const { return m_prefix[side]; }

Q_SIGNALS:
    void edited(); // the user changed a root or a prefix
    void automaticRequested(); // back to the load check's proposal

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static void fill(QComboBox *combo, const QStringList &values, const QString &current, const QString &emptyText);
    static QString valueOf(const QComboBox *combo);

    QLabel *m_side[2];
    QLabel *m_rootLabel[2];
    QLabel *m_prefixLabel[2];
    QComboBox *m_root[2];
    QComboBox *m_prefix[2];
    QToolButton *m_auto;
    QLabel *m_state;
    bool m_automatic = true;
};

} // namespace ckpt
