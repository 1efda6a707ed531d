#pragma once

// The one element decoder: little-endian raw bytes of any dtype to numbers. Every
// feature that looks at values (statistics, diff, the Details preview, training
// scalars) decodes through these; the float casts of conversion live beside them in
// Cast.h. Byte order is handled before decoding (TensorReader swaps big-endian files).

#include "model/checkpoint/DType.h"

#include <QtGlobal>

namespace ckpt {

// Values that share one byte: 2 for quint4x2, 4 for quint2x4, 1 otherwise.
int valuesPerByte(DType t);
// Bytes that hold `count` values of `t` (rounded up for the packed types).
qint64 bytesForValues(DType t, qint64 count);

// One element as the statistics see it: floats and integers as they are, complex as
// its magnitude sqrt(re^2 + im^2) in float64 (what torch 1.13's vectorised abs() gives),
// bool as 0/1, quantized as the stored integer (dequantize with Dequantizer). Packed
// types: `p` is the byte and `sub` the value inside it, low bits first.
double decodeValue(const uchar *p, DType t, int sub = 0);
// Real and imaginary parts (imaginary 0 for real types).
void decodeComplex(const uchar *p, DType t, double *re, double *im);
// Integer types (and bool, quantized storage) exactly, without a detour through double.
qint64 decodeInteger(const uchar *p, DType t);
bool isIntegerStorage(DType t);

// `count` consecutive values to doubles, as decodeValue() does one by one, vectorised
// for the common types. Packed types start at the low bits of bytes[0].
void decodeValues(const uchar *bytes, DType t, qint64 count, double *out);

// `count` consecutive values as (real, imaginary) pairs into out[2 * count]: complex types
// as they are, every other type with a zero imaginary part.
void decodeComplexValues(const uchar *bytes, DType t, qint64 count, double *out);

// Reverses the byte order of `count` elements in place (each half of a complex number).
void swapByteOrder(uchar *bytes, DType t, qint64 count);

// Quantized tensors: stored integers to the float32 values dequantize() returns.
struct Dequantizer {
    bool perChannel = false;
    float scale = 1.0f; // per tensor: torch computes (float(q) - float(zp)) * float(scale)
    float zeroPoint = 0.0f;
    // Per channel: float((q - zp[c]) * scale[c]) in float64, channel c = (index / inner) % channels.
    const double *channelScales = nullptr;
    const double *channelZeroPoints = nullptr;
    qint64 channels = 1;
    qint64 inner = 1; // elements per step along the axis, in row-major order
    // Dequantizes values[0..count) that hold row-major elements first .. first+count-1.
    void apply(double *values, qint64 first, qint64 count) const;
};

} // namespace ckpt
