#pragma once

// A sentence the core builds for a person to read (a finding's reason, the run's best, a
// fix), kept as its English source and arguments and translated when it is shown, as
// KDE's KLocalizedString does: a result computed on a worker or before the language
// changed shows in the language of the moment, and the CLI and every JSON output take
// english(), the source words whatever catalogue the GUI has installed.
//
// The source is marked for lupdate like QCoreApplication::translate (a literal context
// and text): Phrase::translate("ckpt::Runs", "%1 has the same weights as %2").arg(a, b).
// A sentence computed when it is shown can call QCoreApplication::translate itself.

#include <QList>
#include <QString>
#include <QStringList>

#include <type_traits>
#include <vector>

namespace ckpt {

class Phrase {
public:
    Phrase() = default;
    // Shown as it is in every language: a file name, a reader's error, PyTorch's words.
    Phrase(const QString &verbatim) : m_text(verbatim) { } // NOLINT(google-explicit-constructor)

    // `source` is English, a literal; %n is `n`, with the catalogue's plural forms (with no
    // catalogue, as the CLI runs, the source itself: write it as the CLI should print it).
    static Phrase translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);
    // The items one after the other, `separator` between them ("a.pt, b.pt").
    static Phrase list(const QList<Phrase> &items, const QString &separator = QStringLiteral(", "));

    // %1, %2 ... as QString::arg(a, b, ...) fills them: the lowest number takes the first
    // argument given, in one pass (an argument's own "%1" stays as it is).
    Phrase arg(const Phrase &a) const;
    Phrase arg(const QString &a) const { return arg(Phrase(a)); }
    template <typename Int, std::enable_if_t<std::is_integral_v<Int>, int> = 0> Phrase arg(Int a) const
    {
        return arg(Phrase(QString::number(a)));
    }
    template <typename A, typename B, typename... Rest> Phrase arg(const A &a, const B &b, const Rest &...rest) const
    {
        return arg(a).arg(b, rest...);
    }

    QString text() const; // in the language installed now
    QString english() const; // the source words: the CLI and JSON
    bool isEmpty() const;
    bool isTranslatable() const { return m_source != nullptr; }

    // The same source and arguments (or the same verbatim text).
    bool operator==(const Phrase &other) const;
    bool operator!=(const Phrase &other) const { return !(*this == other); }
    // A Phrase is not its text: compare english() or text() (a QString would be taken as
    // verbatim and never equal a translatable Phrase).
    bool operator==(const QString &) const = delete;
    bool operator!=(const QString &) const = delete;
    friend bool operator==(const QString &, const Phrase &) = delete;
    friend bool operator!=(const QString &, const Phrase &) = delete;

private:
    QString render(bool translated) const;

    bool m_list = false; // m_args joined by m_text
    const char *m_context = nullptr;
    const char *m_source = nullptr; // null: verbatim m_text
    const char *m_disambiguation = nullptr;
    int m_n = -1;
    QString m_text;
    std::vector<Phrase> m_args;
};

using Phrases = QList<Phrase>;

// "a, b, c" or, past `shown` items, "a, b, c and 4 more".
Phrase someOf(const Phrases &items, int shown);

QStringList textOf(const Phrases &phrases); // each text()
QStringList englishOf(const Phrases &phrases); // each english()
Phrases verbatim(const QStringList &texts);

} // namespace ckpt
