#include "app/cli/ProgressLine.h"

#include "app/cli/TerminalStream.h"

#include <algorithm>
#include <cstring>

#include <unistd.h>

ProgressLine::ProgressLine(const char *what, bool wanted) : m_what(what), m_shown(wanted && ::isatty(2)) { }

ProgressLine::~ProgressLine()
{
    clear();
}

std::function<void(qint64, qint64)> ProgressLine::sink()
{
    if (!m_shown)
        return {};
    return [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::clamp<qint64>(done, 0, total) * 100 / total) : 100;
        if (m_percent.exchange(percent) != percent)
            TerminalStream(stderr) << '\r' << m_what << ' ' << percent << '%' << Qt::flush;
    };
}

void ProgressLine::clear()
{
    if (!m_shown || m_percent.exchange(-1) < 0)
        return;
    // "NAME 100%" overwritten with blanks, the cursor back at the start of the line.
    const QByteArray blank(qsizetype(std::strlen(m_what) + 5), ' ');
    TerminalStream(stderr) << '\r' << blank << '\r' << Qt::flush;
}
