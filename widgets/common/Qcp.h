#pragma once

// QCustomPlot's header uses the words signals/slots/emit/foreach, which the project's
// QT_NO_KEYWORDS turns off. Include it only through this header.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
