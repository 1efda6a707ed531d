#pragma once

namespace ckpt {

// The git commit the build was configured from ("3f2a1c9d0b7e"; "unknown" outside a
// git checkout). Written by CMake into the build tree (BuildInfo.cpp.in).
const char *buildCommit();

} // namespace ckpt
