#pragma once

#include "model/checkpoint/DType.h"

#include <QtGlobal>

namespace ckpt {

// Converts `n` little-endian elements between float64, float32, float16 and bfloat16
// exactly as PyTorch's .to() does on CPU: round to nearest even, float64 goes through
// float32 first (c10::Half and c10::BFloat16 are built from a float), NaN becomes the
// NaN becomes sign|0x7E00 in half and 0xFFFF in bfloat16 (checked bitwise against torch 1.13).
// Returns false for any other pair. `src` and `dst` must not overlap.
bool castElements(const uchar *src, DType from, uchar *dst, DType to, qint64 n);

// Whether castElements() handles the pair (both floating, one of the four above).
bool canCast(DType from, DType to);

// Single-value conversions, exposed for tests.
quint16 floatToHalfBits(float f);
quint16 floatToBFloat16Bits(float f);
float halfBitsToFloat(quint16 h);
float bfloat16BitsToFloat(quint16 b);

} // namespace ckpt
