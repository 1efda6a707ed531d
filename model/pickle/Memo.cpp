#include "model/pickle/Memo.h"

#include "model/pickle/TextNumbers.h"

namespace ckpt {

namespace {
quint64 readLE(const char *p, int bytes)
{
    quint64 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | uchar(p[i]);
    return v;
}

// Width of the fixed-size argument of an opcode; -1 for a newline-terminated argument,
// -2 for two of them, -3 for a length-prefixed one (its prefix width in *prefix), -4
// for an opcode the VM refuses.
int argumentShape(quint8 op, int *prefix)
{
    switch (op) {
    case 0x80: // PROTO
    case 'K':
    case 'q':
    case 'h':
    case 0x82:
        return 1;
    case 'M':
    case 0x83:
        return 2;
    case 'J':
    case 'r':
    case 'j':
    case 0x84:
        return 4;
    case 0x95: // FRAME
    case 'G':
        return 8;
    case 'I':
    case 'L':
    case 'F':
    case 'S':
    case 'V':
    case 'p':
    case 'g':
    case 'P':
        return -1;
    case 'c':
    case 'i':
        return -2;
    case 'U':
    case 'C':
    case 0x8c:
    case 0x8a: // LONG1
        *prefix = 1;
        return -3;
    case 'T':
    case 'B':
    case 'X':
    case 0x8b: // LONG4
        *prefix = 4;
        return -3;
    case 0x8e:
    case 0x8d:
    case 0x96:
        *prefix = 8;
        return -3;
    case '.':
    case '(':
    case '0':
    case '1':
    case '2':
    case 'N':
    case 0x88:
    case 0x89:
    case ')':
    case ']':
    case '}':
    case 0x8f:
    case 't':
    case 0x85:
    case 0x86:
    case 0x87:
    case 'l':
    case 'd':
    case 0x91:
    case 'a':
    case 'e':
    case 0x90:
    case 's':
    case 'u':
    case 0x94:
    case 0x93:
    case 'o':
    case 'R':
    case 0x81:
    case 0x92:
    case 'b':
    case 'Q':
        return 0;
    default:
        return -4;
    }
}
} // namespace

void Memo::plan(const QByteArray &data, qint64 start)
{
    clear();
    m_denseLimit = qMax<qint64>(1024, data.size());
    const char *d = data.constData();
    const qint64 size = data.size();
    // A stream GETs the same few keys over and over (a global per tensor): look up before
    // inserting, as emplace would allocate a node each time only to drop it.
    auto fetched = [this](qint64 key) {
        if (key >= 0 && key < m_denseLimit) {
            if (key >= qint64(m_fetchedDense.size()))
                m_fetchedDense.resize(
                    size_t(qMin(m_denseLimit, qMax<qint64>(key + 1, 2 * qint64(m_fetchedDense.size())))));
            if (m_fetchedDense[size_t(key)])
                return;
            m_fetchedDense[size_t(key)] = true;
        }
        m_slotOfKey.try_emplace(key, m_slotOfKey.size());
    };
    qint64 pos = start;
    while (pos >= 0 && pos < size) {
        const quint8 op = quint8(d[pos++]);
        if (op == '.')
            break;
        int prefix = 0;
        const int shape = argumentShape(op, &prefix);
        if (shape >= 0) {
            if (size - pos < shape)
                break;
            if (op == 'h' || op == 'j')
                fetched(qint64(readLE(d + pos, shape)));
            pos += shape;
        } else if (shape == -1 || shape == -2) {
            for (int line = 0; line < -shape && pos >= 0; ++line) {
                const qint64 nl = data.indexOf('\n', pos);
                if (nl < 0) {
                    pos = -1;
                    break;
                }
                if (op == 'g') {
                    QByteArray text = data.mid(pos, nl - pos);
                    if (text.endsWith('\r'))
                        text.chop(1);
                    const TextNumber n = pickleMemoKey(text);
                    if (n.ok && n.fits)
                        fetched(n.value);
                }
                pos = nl + 1;
            }
        } else if (shape == -3) {
            if (size - pos < prefix)
                break;
            const quint64 n = readLE(d + pos, prefix);
            pos += prefix;
            if (op == 'T' && qint32(quint32(n)) < 0)
                break;
            if (n > quint64(size - pos))
                break;
            pos += qint64(n);
        } else {
            break;
        }
    }
    m_slots.resize(m_slotOfKey.size());
}

void Memo::clear()
{
    m_slotOfKey.clear();
    m_fetchedDense.clear();
    m_slots.clear();
    m_dense.clear();
    m_sparse.clear();
    m_size = 0;
}

bool Memo::contains(qint64 key) const
{
    if (key >= 0 && key < m_denseLimit)
        return key < qint64(m_dense.size()) && m_dense[size_t(key)];
    return m_sparse.count(key) > 0;
}

void Memo::markPresent(qint64 key)
{
    if (key >= 0 && key < m_denseLimit) {
        if (key >= qint64(m_dense.size()))
            m_dense.resize(size_t(qMin(m_denseLimit, qMax<qint64>(key + 1, 2 * qint64(m_dense.size())))));
        if (!m_dense[size_t(key)]) {
            m_dense[size_t(key)] = true;
            ++m_size;
        }
    } else if (m_sparse.insert(key).second) {
        ++m_size;
    }
}

void Memo::put(qint64 key, const ValuePtr &v)
{
    markPresent(key);
    // Most keys are never read back: their bit says so without a hash look-up.
    if (key >= 0 && key < m_denseLimit && (key >= qint64(m_fetchedDense.size()) || !m_fetchedDense[size_t(key)]))
        return;
    const auto it = m_slotOfKey.find(key);
    if (it != m_slotOfKey.end())
        m_slots[it->second] = v;
}

const ValuePtr *Memo::get(qint64 key) const
{
    const auto it = m_slotOfKey.find(key);
    if (it == m_slotOfKey.end() || !m_slots[it->second])
        return nullptr;
    return &m_slots[it->second];
}

} // namespace ckpt
