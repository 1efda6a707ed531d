#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace ckpt {

// An inline banner above the tree for load errors and warnings (dialogs are for
// decisions only). Hidden until there is something to say; the user can close it.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Level { Warning, Error };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &details = QString());
    void clear();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace ckpt
