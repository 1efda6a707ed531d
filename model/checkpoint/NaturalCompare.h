#pragma once

#include <QStringView>

namespace ckpt {

// "epoch_2" before "epoch_10": runs of digits compare by their value, everything else
// character by character; equal ones (e.g. "a01" and "a1") by their text. The same in
// every locale: QCollator's numeric mode does nothing under the C locale (CI, scripts).
int naturalCompare(QStringView a, QStringView b, Qt::CaseSensitivity cs = Qt::CaseSensitive);
inline bool naturalLess(QStringView a, QStringView b, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return naturalCompare(a, b, cs) < 0;
}

} // namespace ckpt
