#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>

// The one way `ckpt` writes text to a terminal. A QString is data (keys, globals, file
// names, messages that quote a file): its control characters, escape sequences, newlines
// and bidirectional overrides are written escaped (\n, \x1b, \u202e), so nothing in a file
// can move the cursor, recolour the terminal or forge a line. String literals (const char *,
// char, QLatin1String) are the program's own text and go through as written. JSON output is
// a QByteArray and passes through: QJsonDocument already escapes what JSON must.
class TerminalStream {
public:
    explicit TerminalStream(FILE *f) : m_out(f) { }

    TerminalStream &operator<<(const QString &data)
    {
        m_out << escapeForTerminal(data);
        return *this;
    }
    TerminalStream &operator<<(const char *text)
    {
        m_out << text;
        return *this;
    }
    template <typename T> TerminalStream &operator<<(const T &plain)
    {
        m_out << plain; // numbers, char, QLatin1String, QByteArray, manipulators
        return *this;
    }
    TerminalStream &operator<<(QTextStream &(*manipulator)(QTextStream &))
    {
        m_out << manipulator;
        return *this;
    }
    void flush() { m_out.flush(); }

    // `text` with every character a terminal would act on written as an escape.
    static QString escapeForTerminal(const QString &text);

private:
    QTextStream m_out;
};
