#pragma once

#include <QString>

#include <array>

namespace ckpt {

// The PyTorch releases whose torch.load(weights_only=True) behave differently
// (torch/_weights_only_unpickler.py and torch/serialization.py of each):
//  - 1.13: the option is new; a smaller allow-list, no BINFLOAT, no Python-2 name mapping;
//    a TorchScript archive is handed to torch.jit.load whatever weights_only says.
//  - 2.0 to 2.5: the allow-list grows (devices, dtypes, _codecs.encode, ...); weights_only is
//    still opt-in and TorchScript archives still go to torch.jit.load (CVE-2025-32434).
//  - 2.6 and later: weights_only=True is torch.load's default; TorchScript archives and the
//    pre-1.6 tar layout are refused under it (PRs #143326, #145020).
enum class TorchRelease { Torch1_13, Torch2_0To2_5, Torch2_6Plus };
inline constexpr std::array<TorchRelease, 3> kTorchReleases
    = { TorchRelease::Torch1_13, TorchRelease::Torch2_0To2_5, TorchRelease::Torch2_6Plus };

// A set of releases, one bit per TorchRelease.
using TorchReleases = unsigned;
constexpr TorchReleases releaseBit(TorchRelease r)
{
    return 1u << unsigned(r);
}
inline constexpr TorchReleases kAllTorchReleases = 0x7;

// "1.13", "2.0-2.5", ">=2.6"
QString torchReleaseName(TorchRelease r);
// torch.load uses weights_only=True when the caller does not say (2.6 and later).
constexpr bool weightsOnlyIsDefault(TorchRelease r)
{
    return r == TorchRelease::Torch2_6Plus;
}

} // namespace ckpt
