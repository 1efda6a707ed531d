#include "model/checkpoint/DType.h"

#include <QHash>

#include <vector>

namespace ckpt {

namespace {
struct DTypeRow {
    DType type;
    const char *name; // PyTorch name
    const char *storage; // legacy storage class, or nullptr
    const char *safetensors; // safetensors tag, or nullptr
    int size;
};

const DTypeRow kRows[] = {
    { DType::Float64, "float64", "DoubleStorage", "F64", 8 },
    { DType::Float32, "float32", "FloatStorage", "F32", 4 },
    { DType::Float16, "float16", "HalfStorage", "F16", 2 },
    { DType::BFloat16, "bfloat16", "BFloat16Storage", "BF16", 2 },
    { DType::Float8_E5M2, "float8_e5m2", nullptr, "F8_E5M2", 1 },
    { DType::Float8_E4M3FN, "float8_e4m3fn", nullptr, "F8_E4M3", 1 },
    { DType::Float8_E5M2FNUZ, "float8_e5m2fnuz", nullptr, "F8_E5M2FNUZ", 1 },
    { DType::Float8_E4M3FNUZ, "float8_e4m3fnuz", nullptr, "F8_E4M3FNUZ", 1 },
    { DType::Float8_E8M0FNU, "float8_e8m0fnu", nullptr, "F8_E8M0", 1 },
    { DType::Complex128, "complex128", "ComplexDoubleStorage", nullptr, 16 },
    { DType::Complex64, "complex64", "ComplexFloatStorage", "C64", 8 },
    { DType::Complex32, "complex32", nullptr, nullptr, 4 },
    { DType::Int64, "int64", "LongStorage", "I64", 8 },
    { DType::Int32, "int32", "IntStorage", "I32", 4 },
    { DType::Int16, "int16", "ShortStorage", "I16", 2 },
    { DType::Int8, "int8", "CharStorage", "I8", 1 },
    { DType::UInt64, "uint64", nullptr, "U64", 8 },
    { DType::UInt32, "uint32", nullptr, "U32", 4 },
    { DType::UInt16, "uint16", nullptr, "U16", 2 },
    { DType::UInt8, "uint8", "ByteStorage", "U8", 1 },
    { DType::Bool, "bool", "BoolStorage", "BOOL", 1 },
    { DType::QInt8, "qint8", "QInt8Storage", nullptr, 1 },
    { DType::QUInt8, "quint8", "QUInt8Storage", nullptr, 1 },
    { DType::QInt32, "qint32", "QInt32Storage", nullptr, 4 },
    { DType::QUInt4x2, "quint4x2", "QUInt4x2Storage", nullptr, 1 },
    { DType::QUInt2x4, "quint2x4", "QUInt2x4Storage", nullptr, 1 },
};

const DTypeRow *rowOf(DType t)
{
    for (const DTypeRow &r : kRows)
        if (r.type == t)
            return &r;
    return nullptr;
}

// Python-level aliases torch accepts (torch.float is float32, torch.long is int64 ...).
const QHash<QString, DType> &aliases()
{
    static const QHash<QString, DType> table = {
        { QStringLiteral("float"), DType::Float32 },
        { QStringLiteral("double"), DType::Float64 },
        { QStringLiteral("half"), DType::Float16 },
        { QStringLiteral("long"), DType::Int64 },
        { QStringLiteral("int"), DType::Int32 },
        { QStringLiteral("short"), DType::Int16 },
        { QStringLiteral("cfloat"), DType::Complex64 },
        { QStringLiteral("cdouble"), DType::Complex128 },
        { QStringLiteral("chalf"), DType::Complex32 },
        { QStringLiteral("fp16"), DType::Float16 },
        { QStringLiteral("bf16"), DType::BFloat16 },
        { QStringLiteral("fp32"), DType::Float32 },
    };
    return table;
}
} // namespace

QString dtypeName(DType t)
{
    // Built once: a name per tensor in JSON, summaries and every tree row shares it.
    static const std::vector<QString> names = [] {
        std::vector<QString> n;
        for (const DTypeRow &r : kRows) {
            if (size_t(r.type) >= n.size())
                n.resize(size_t(r.type) + 1, QStringLiteral("unknown"));
            n[size_t(r.type)] = QString::fromLatin1(r.name);
        }
        return n;
    }();
    return size_t(t) < names.size() ? names[size_t(t)] : QStringLiteral("unknown");
}

DType dtypeFromName(const QString &name)
{
    QString n = name.trimmed();
    if (n.startsWith(QLatin1String("torch.")))
        n = n.mid(6);
    for (const DTypeRow &r : kRows)
        if (n == QLatin1String(r.name))
            return r.type;
    return aliases().value(n, DType::Unknown);
}

DType dtypeFromStorageClass(const QString &storageClass)
{
    const QStringView n = QStringView(storageClass).sliced(storageClass.lastIndexOf(QLatin1Char('.')) + 1);
    for (const DTypeRow &r : kRows)
        if (r.storage && n == QLatin1String(r.storage))
            return r.type;
    return DType::Unknown;
}

DType dtypeFromSafetensors(const QString &tag)
{
    for (const DTypeRow &r : kRows)
        if (r.safetensors && tag == QLatin1String(r.safetensors))
            return r.type;
    return DType::Unknown;
}

QString safetensorsName(DType t)
{
    const DTypeRow *r = rowOf(t);
    return r && r->safetensors ? QString::fromLatin1(r->safetensors) : QString();
}

int elementSize(DType t)
{
    const DTypeRow *r = rowOf(t);
    return r ? r->size : 1;
}

bool isFloatingPoint(DType t)
{
    switch (t) {
    case DType::Float64:
    case DType::Float32:
    case DType::Float16:
    case DType::BFloat16:
    case DType::Float8_E5M2:
    case DType::Float8_E4M3FN:
    case DType::Float8_E5M2FNUZ:
    case DType::Float8_E4M3FNUZ:
    case DType::Float8_E8M0FNU:
        return true;
    default:
        return false;
    }
}

bool isComplex(DType t)
{
    return t == DType::Complex128 || t == DType::Complex64 || t == DType::Complex32;
}

bool isQuantized(DType t)
{
    return t == DType::QInt8 || t == DType::QUInt8 || t == DType::QInt32 || t == DType::QUInt4x2
        || t == DType::QUInt2x4;
}

} // namespace ckpt
