#pragma once

// What the CPU can do, asked once: the kernels that use AVX2 and F16C pick their path here.
// F16C through cpuid, since not every compiler's __builtin_cpu_supports knows it (clang 14).

namespace ckpt {

bool cpuHasAvx2();
bool cpuHasAvx2F16c(); // AVX2 and the half-float conversions
} // namespace ckpt
