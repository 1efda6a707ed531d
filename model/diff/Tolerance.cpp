#include "model/diff/Tolerance.h"

#include "model/tensor/Cast.h"

#include <cmath>

namespace ckpt {

namespace {
// One rounding as a float16 or bfloat16 tensor stores a float result.
float toHalf(float v)
{
    return halfBitsToFloat(floatToHalfBits(v));
}
float toBFloat16(float v)
{
    return bfloat16BitsToFloat(floatToBFloat16Bits(v));
}

// allowed = atol + |rtol * b|, actual = |a - b|, as ATen's isclose builds them from
// tensor-scalar ops: the scalars converted to float, each op's result stored as T.
template <float (*store)(float)> bool closeIn16Bits(float a, float b, const Tolerance &tol)
{
    const float allowed = store(std::fabs(store(float(tol.rtol) * b)) + float(tol.atol));
    const float actual = std::fabs(store(a - b));
    return std::isfinite(actual) && actual <= allowed;
}
} // namespace

bool isClose(double a, double b, DType t, const Tolerance &tol)
{
    if (a == b)
        return true;
    if (tol.rtol == 0 && tol.atol == 0)
        return false;
    switch (t) {
    case DType::Float64:
    case DType::Unknown: {
        const double actual = std::fabs(a - b);
        return std::isfinite(actual) && actual <= tol.atol + std::fabs(tol.rtol * b);
    }
    case DType::Float16:
        return closeIn16Bits<toHalf>(float(a), float(b), tol);
    case DType::BFloat16:
        return closeIn16Bits<toBFloat16>(float(a), float(b), tol);
    case DType::Complex128:
    case DType::Complex64:
    case DType::Complex32:
        return false;
    default: {
        // float32, and integers and bools after isclose's cast to the default dtype
        const float fa = float(a), fb = float(b);
        if (fa == fb)
            return true;
        const float actual = std::fabs(fa - fb);
        return std::isfinite(actual) && actual <= float(tol.atol) + std::fabs(float(tol.rtol) * fb);
    }
    }
}

qint64 countNotClose(const double *a, const double *b, qint64 n, DType t, const Tolerance &tol)
{
    qint64 out = 0;
    for (qint64 i = 0; i < n; ++i)
        out += !isClose(a[i], b[i], t, tol);
    return out;
}

} // namespace ckpt
