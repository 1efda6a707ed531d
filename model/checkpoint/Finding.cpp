#include "model/checkpoint/Finding.h"

namespace ckpt {

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Allowed:
        return QStringLiteral("allowed");
    case Verdict::NeedsCode:
        return QStringLiteral("needs-code");
    case Verdict::Dangerous:
        return QStringLiteral("dangerous");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

} // namespace ckpt
