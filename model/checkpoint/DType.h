#pragma once

#include <QString>

namespace ckpt {

// Element types as PyTorch names them. Quantized types keep their storage width.
enum class DType {
    Unknown,
    Float64,
    Float32,
    Float16,
    BFloat16,
    Float8_E5M2,
    Float8_E4M3FN,
    Float8_E5M2FNUZ,
    Float8_E4M3FNUZ,
    Float8_E8M0FNU,
    Complex128,
    Complex64,
    Complex32,
    Int64,
    Int32,
    Int16,
    Int8,
    UInt64,
    UInt32,
    UInt16,
    UInt8,
    Bool,
    QInt8,
    QUInt8,
    QInt32,
    QUInt4x2,
    QUInt2x4,
};

// "float32", "bfloat16", "qint8" ... (PyTorch's str(dtype) without "torch.")
QString dtypeName(DType t);
// Accepts PyTorch names and aliases ("float", "half", "long", "torch.float32").
DType dtypeFromName(const QString &name);
// From a legacy storage class name: "FloatStorage" -> Float32, "HalfStorage" -> Float16.
DType dtypeFromStorageClass(const QString &storageClass);
// From a safetensors dtype tag: "F32" -> Float32; Unknown for F4/F6 packed types.
DType dtypeFromSafetensors(const QString &tag);
QString safetensorsName(DType t);
// Bytes per element (1 for the packed sub-byte quantized types).
int elementSize(DType t);
bool isFloatingPoint(DType t);
bool isComplex(DType t);
bool isQuantized(DType t);

} // namespace ckpt
