#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ByteSource.h"

#include <QString>

#include <vector>

namespace ckpt {

// The header of a NumPy .npy file (format versions 1.0, 2.0 and 3.0).
struct NpyHeader {
    int major = 0;
    QString descr; // "<f4", "|O", or the text of a structured dtype list
    bool fortranOrder = false;
    std::vector<qint64> shape;
    qint64 dataOffset = 0; // first byte after the header
    bool hasObjects() const; // object dtype: the data is a pickle
};

// True if the bytes start with the .npy magic "\x93NUMPY".
bool looksLikeNpy(const uchar *d, qint64 size);
// Parses the header without trusting any declared size. False with *error on failure.
bool parseNpyHeader(const uchar *d, qint64 size, NpyHeader *out, Phrase *error);

// An .npy record inside another container (an .npz, a torch zip): adds findings and
// returns what it holds (the array's description, or the object array's pickled value).
// With `tensor`, a numeric array is also made a tensor: its data at `fileOffset` + the
// header of the checkpoint's file for a stored record (`fileOffset` >= 0), else copied.
ValuePtr scanNpyRecord(
    Checkpoint &out, const QByteArray &bytes, const QString &where, bool tensor = false, qint64 fileOffset = -1);

} // namespace ckpt
