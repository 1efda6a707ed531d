#pragma once

// The zip format's record layout (APPNOTE.TXT 4.3), shared by the readers of
// ZipDirectory's rule sets. Internal to model/io.
#include <QtGlobal>

namespace ckpt::zipformat {

constexpr quint32 kLocalSig = 0x04034b50;
constexpr quint32 kCentralSig = 0x02014b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint32 kEnd64Sig = 0x06064b50;
constexpr quint32 kEnd64LocatorSig = 0x07064b50;
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kEndSize = 22;
constexpr qint64 kEnd64Size = 56;
constexpr qint64 kEnd64LocatorSize = 20;
constexpr qint64 kMaxComment = 0xFFFF;
constexpr qint64 kMaxEntries = 1000000;

inline quint16 le16(const uchar *p)
{
    return quint16(p[0] | (p[1] << 8));
}
inline quint32 le32(const uchar *p)
{
    return quint32(le16(p)) | (quint32(le16(p + 2)) << 16);
}
inline quint64 le64(const uchar *p)
{
    return quint64(le32(p)) | (quint64(le32(p + 4)) << 32);
}

} // namespace ckpt::zipformat
