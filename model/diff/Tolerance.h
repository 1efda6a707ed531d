#pragma once

// torch.isclose(a, b, rtol, atol, equal_nan=False) for one pair of elements, computed as
// PyTorch computes it on CPU: close when a == b, or when |a - b| is finite and
// <= atol + |rtol * b|, each step in the tensor's own arithmetic (float32 for float32,
// integer and bool tensors, which isclose casts to the default dtype first; float16 and
// bfloat16 rounded after every step; float64 in double). Zero tolerances mean a == b.
// NaN is never close, not even to NaN; inf is close only to the same inf.

#include "model/checkpoint/DType.h"

#include <QtGlobal>

namespace ckpt {

struct Tolerance {
    bool enabled = false;
    double atol = 1e-8; // torch.allclose's defaults
    double rtol = 1e-5;
};

// `a` and `b` are the elements' values (decoded exactly: every dtype but float64 and
// int64 fits a double). `t` is the dtype both tensors share; float64 for a mixed pair.
// Complex values cannot be compared from their magnitudes: only a == b counts.
bool isClose(double a, double b, DType t, const Tolerance &tol);

// How many of the `n` pairs (a[i], b[i]) are not close.
qint64 countNotClose(const double *a, const double *b, qint64 n, DType t, const Tolerance &tol);

} // namespace ckpt
