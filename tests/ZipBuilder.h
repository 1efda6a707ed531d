// Builds small zips byte by byte for tests and fuzz seeds, laid out like torch.save's:
// 'FB' padding in each local header aligns stored data to 64 bytes.
#pragma once

#include <QByteArray>
#include <QList>

#include <zlib.h>

namespace ckpttest {

inline void put16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}
inline void put32(QByteArray &b, quint32 v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}
inline void put64(QByteArray &b, quint64 v)
{
    put32(b, quint32(v));
    put32(b, quint32(v >> 32));
}
inline void set32(QByteArray &b, qsizetype at, quint32 v)
{
    QByteArray t;
    put32(t, v);
    b.replace(at, 4, t);
}
inline void set64(QByteArray &b, qsizetype at, quint64 v)
{
    QByteArray t;
    put64(t, v);
    b.replace(at, 8, t);
}

inline QByteArray rawDeflate(const QByteArray &in)
{
    z_stream zs = {};
    deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(in.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

struct ZipRecord {
    QByteArray name;
    QByteArray data;
    bool deflate = false;
};

// Where the builder put things, so tests can patch them.
struct ZipLayout {
    QList<qsizetype> central; // offset of each central header
    qsizetype eocd = 0;
};

inline QByteArray buildZip(
    const QList<ZipRecord> &recs, bool zip64 = false, const QByteArray &comment = {}, ZipLayout *layout = nullptr)
{
    QByteArray zip, cd;
    ZipLayout l;
    for (const ZipRecord &r : recs) {
        const QByteArray payload = r.deflate ? rawDeflate(r.data) : r.data;
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(r.data.constData()), uInt(r.data.size())));
        const qsizetype offset = zip.size();
        const qsizetype unpadded = offset + 30 + r.name.size() + 4;
        const qsizetype pad = (64 - unpadded % 64) % 64;
        QByteArray extra("FB");
        put16(extra, quint32(pad));
        extra.append(QByteArray(pad, 'Z'));
        put32(zip, 0x04034b50);
        put16(zip, 45);
        put16(zip, 0x0808);
        put16(zip, r.deflate ? 8 : 0);
        put32(zip, 0);
        put32(zip, crc);
        put32(zip, quint32(payload.size()));
        put32(zip, quint32(r.data.size()));
        put16(zip, quint32(r.name.size()));
        put16(zip, quint32(extra.size()));
        zip += r.name + extra + payload;

        QByteArray cextra;
        if (zip64) {
            put16(cextra, 1);
            put16(cextra, 24);
            put64(cextra, quint64(r.data.size()));
            put64(cextra, quint64(payload.size()));
            put64(cextra, quint64(offset));
        }
        l.central << cd.size();
        put32(cd, 0x02014b50);
        put16(cd, 45);
        put16(cd, 45);
        put16(cd, 0x0808);
        put16(cd, r.deflate ? 8 : 0);
        put32(cd, 0);
        put32(cd, crc);
        put32(cd, zip64 ? 0xFFFFFFFFu : quint32(payload.size()));
        put32(cd, zip64 ? 0xFFFFFFFFu : quint32(r.data.size()));
        put16(cd, quint32(r.name.size()));
        put16(cd, quint32(cextra.size()));
        put16(cd, 0);
        put16(cd, 0);
        put16(cd, 0);
        put32(cd, 0);
        put32(cd, zip64 ? 0xFFFFFFFFu : quint32(offset));
        cd += r.name + cextra;
    }
    const qsizetype cdOffset = zip.size();
    for (qsizetype &c : l.central)
        c += cdOffset;
    zip += cd;
    if (zip64) {
        const qsizetype end64 = zip.size();
        put32(zip, 0x06064b50);
        put64(zip, 44);
        put16(zip, 45);
        put16(zip, 45);
        put32(zip, 0);
        put32(zip, 0);
        put64(zip, quint64(recs.size()));
        put64(zip, quint64(recs.size()));
        put64(zip, quint64(cd.size()));
        put64(zip, quint64(cdOffset));
        put32(zip, 0x07064b50);
        put32(zip, 0);
        put64(zip, quint64(end64));
        put32(zip, 1);
    }
    l.eocd = zip.size();
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, zip64 ? 0xFFFF : quint32(recs.size()));
    put16(zip, zip64 ? 0xFFFF : quint32(recs.size()));
    put32(zip, zip64 ? 0xFFFFFFFFu : quint32(cd.size()));
    put32(zip, zip64 ? 0xFFFFFFFFu : quint32(cdOffset));
    put16(zip, quint32(comment.size()));
    zip += comment;
    if (layout)
        *layout = l;
    return zip;
}

} // namespace ckpttest
