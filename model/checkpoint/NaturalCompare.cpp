#include "model/checkpoint/NaturalCompare.h"

namespace ckpt {

int naturalCompare(QStringView a, QStringView b, Qt::CaseSensitivity cs)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            // Leading zeros do not count; then the longer run is the larger number.
            while (i < a.size() && a[i] == QLatin1Char('0'))
                ++i;
            while (j < b.size() && b[j] == QLatin1Char('0'))
                ++j;
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            if (ei - i != ej - j)
                return ei - i < ej - j ? -1 : 1;
            for (; i < ei; ++i, ++j)
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
            continue;
        }
        const QChar x = cs == Qt::CaseInsensitive ? a[i].toCaseFolded() : a[i];
        const QChar y = cs == Qt::CaseInsensitive ? b[j].toCaseFolded() : b[j];
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b, cs); // equal by value: "a01" and "a1" still in one order
}

} // namespace ckpt
