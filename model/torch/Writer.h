#pragma once

#include "TorchBackend.h"

namespace ckpt {

// The ArchiveWriter behind TorchBackend::createArchiveWriter (Writer.cpp).
std::unique_ptr<TorchBackend::ArchiveWriter> makeArchiveWriter(const TorchBackend::ArchiveSink &sink);

} // namespace ckpt
