#include "widgets/common/ThemeColors.h"

namespace ckpt {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Primary:
        return dark ? QColor(110, 165, 235) : QColor(40, 90, 160);
    case Tone::Secondary:
        return dark ? QColor(240, 145, 95) : QColor(200, 80, 40);
    case Tone::Good:
        return dark ? QColor(110, 200, 115) : QColor(46, 125, 50);
    case Tone::Warning:
        return dark ? QColor(240, 170, 60) : QColor(178, 106, 0);
    case Tone::Error:
        return dark ? QColor(255, 110, 110) : QColor(198, 40, 40);
    case Tone::Code:
        return dark ? QColor(200, 140, 240) : QColor(106, 27, 154);
    }
    return palette.color(QPalette::Text);
}

QColor seriesColor(int i, const QPalette &palette)
{
    static const QColor tableau[] = { QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
        QColor(214, 39, 40), QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127),
        QColor(188, 189, 34), QColor(23, 190, 207) };
    const QColor c = tableau[i % int(std::size(tableau))];
    return isDark(palette) ? c.lighter(135) : c;
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    // A tenth of the tone over the base: a tint, whichever way the palette goes.
    const QColor base = palette.color(QPalette::Base), c = toneColor(tone, palette);
    const double a = isDark(palette) ? 0.25 : 0.12;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + c.redF() * a),
        float(base.greenF() * (1 - a) + c.greenF() * a), float(base.blueF() * (1 - a) + c.blueF() * a));
}

} // namespace ckpt
