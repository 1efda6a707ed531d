#include "model/common/Phrase.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace ckpt {

namespace {

bool sameText(const char *a, const char *b)
{
    return a == b || (a && b && std::strcmp(a, b) == 0);
}

// QString::arg(a, b, ...)'s rule: "%1".."%99", the lowest number present takes args[0],
// the next args[1]; a placeholder without an argument stays. One pass over the pattern.
QString substitute(const QString &pattern, const QStringList &args)
{
    struct Escape {
        qsizetype at, length;
        int number;
    };
    std::vector<Escape> escapes;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern[i] != QLatin1Char('%') || !pattern[i + 1].isDigit())
            continue;
        int number = pattern[i + 1].digitValue();
        qsizetype length = 2;
        if (i + 2 < pattern.size() && pattern[i + 2].isDigit()) {
            number = number * 10 + pattern[i + 2].digitValue();
            length = 3;
        }
        escapes.push_back({ i, length, number });
        i += length - 1;
    }
    std::vector<int> numbers;
    for (const Escape &e : escapes)
        numbers.push_back(e.number);
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    QString out;
    qsizetype from = 0;
    for (const Escape &e : escapes) {
        const auto rank = std::lower_bound(numbers.begin(), numbers.end(), e.number) - numbers.begin();
        if (rank >= args.size())
            continue;
        out += QStringView(pattern).mid(from, e.at - from);
        out += args[rank];
        from = e.at + e.length;
    }
    out += QStringView(pattern).mid(from);
    return out;
}

} // namespace

Phrase Phrase::translate(const char *context, const char *source, const char *disambiguation, int n)
{
    Phrase p;
    p.m_context = context;
    p.m_source = source;
    p.m_disambiguation = disambiguation;
    p.m_n = n;
    return p;
}

Phrase Phrase::list(const QList<Phrase> &items, const QString &separator)
{
    Phrase p;
    p.m_list = true;
    p.m_text = separator;
    p.m_args.assign(items.begin(), items.end());
    return p;
}

Phrase Phrase::arg(const Phrase &a) const
{
    Phrase p = *this;
    p.m_args.push_back(a);
    return p;
}

QString Phrase::render(bool translated) const
{
    if (m_list) {
        QStringList items;
        for (const Phrase &a : m_args)
            items << a.render(translated);
        return items.join(m_text);
    }
    QString pattern;
    if (!m_source) {
        pattern = m_text;
    } else if (translated) {
        pattern = QCoreApplication::translate(m_context, m_source, m_disambiguation, m_n);
    } else {
        pattern = QString::fromUtf8(m_source);
        if (m_n >= 0) // what translate() does with no catalogue
            pattern.replace(QLatin1String("%n"), QString::number(m_n));
    }
    if (m_args.empty())
        return pattern;
    QStringList args;
    for (const Phrase &a : m_args)
        args << a.render(translated);
    return substitute(pattern, args);
}

QString Phrase::text() const
{
    return render(true);
}

QString Phrase::english() const
{
    return render(false);
}

bool Phrase::isEmpty() const
{
    if (m_list)
        return std::all_of(m_args.begin(), m_args.end(), [](const Phrase &a) { return a.isEmpty(); });
    return m_source == nullptr && m_text.isEmpty();
}

bool Phrase::operator==(const Phrase &other) const
{
    return m_list == other.m_list && sameText(m_context, other.m_context) && sameText(m_source, other.m_source)
        && sameText(m_disambiguation, other.m_disambiguation) && m_n == other.m_n && m_text == other.m_text
        && m_args == other.m_args;
}

Phrase someOf(const Phrases &items, int shown)
{
    if (items.size() <= shown)
        return Phrase::list(items);
    return Phrase::translate("ckpt::Phrase", "%1 and %n more", "a list cut short: the first items, then how many else",
        int(items.size() - shown))
        .arg(Phrase::list(items.mid(0, shown)));
}

QStringList textOf(const Phrases &phrases)
{
    QStringList out;
    for (const Phrase &p : phrases)
        out << p.text();
    return out;
}

QStringList englishOf(const Phrases &phrases)
{
    QStringList out;
    for (const Phrase &p : phrases)
        out << p.english();
    return out;
}

Phrases verbatim(const QStringList &texts)
{
    return Phrases(texts.begin(), texts.end());
}

} // namespace ckpt
