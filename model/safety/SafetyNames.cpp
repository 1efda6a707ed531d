#include "model/safety/SafetyTables.h"

#include <QHash>
#include <QSet>

// Spellings around PyTorch's weights_only allow-list (model/checkpoint/WeightsOnlyAllowList.h)
// that explanations name: aliases PyTorch never writes, layouts and memory formats.

namespace ckpt::safety {
namespace {
QString L(const char *s)
{
    return QString::fromLatin1(s);
}
} // namespace

QString canonicalTorchName(const QString &fullName)
{
    static const QHash<QString, QString> h = [] {
        QHash<QString, QString> m;
        const char *const pairs[][2] = {
            { "float", "float32" },
            { "double", "float64" },
            { "half", "float16" },
            { "long", "int64" },
            { "int", "int32" },
            { "short", "int16" },
            { "cfloat", "complex64" },
            { "cdouble", "complex128" },
            { "chalf", "complex32" },
            { "UntypedStorage", "storage.UntypedStorage" },
            { "TypedStorage", "storage.TypedStorage" },
            { "nn.Parameter", "nn.parameter.Parameter" },
        };
        for (const auto &p : pairs)
            m.insert(QStringLiteral("torch.") + L(p[0]), QStringLiteral("torch.") + L(p[1]));
        return m;
    }();
    return h.value(fullName);
}

bool isTorchLayoutOrMemoryFormat(const QString &fullName)
{
    static const QSet<QString> s = [] {
        QSet<QString> r;
        for (const char *n : { "strided", "sparse_coo", "sparse_csr", "sparse_csc", "sparse_bsr", "sparse_bsc",
                 "_mkldnn", "jagged", "contiguous_format", "channels_last", "channels_last_3d", "preserve_format" })
            r.insert(QStringLiteral("torch.") + L(n));
        return r;
    }();
    return s.contains(fullName);
}

} // namespace ckpt::safety
