// torch.save's container: LibTorch's PyTorchStreamWriter over a caller's sink.
#include "Writer.h"

#include <caffe2/serialize/inline_container.h>

#include <exception>

namespace ckpt {
namespace {

class StreamArchiveWriter final : public TorchBackend::ArchiveWriter {
public:
    explicit StreamArchiveWriter(const TorchBackend::ArchiveSink &sink) : m_sink(sink)
    {
        // After a sink failure keep telling miniz every byte was written (and drop them):
        // a short write makes PyTorchStreamWriter throw, and its destructor, which still
        // finalizes the archive, would then throw from a destructor.
        m_writer = std::make_unique<caffe2::serialize::PyTorchStreamWriter>(
            [this](const void *data, size_t n) -> size_t {
                if (!m_failed && n > 0 && !m_sink(static_cast<const char *>(data), qint64(n)))
                    m_failed = true;
                return n;
            });
    }

    ~StreamArchiveWriter() override
    {
        m_failed = true;   // nothing more reaches the sink, whatever the destructor writes
        try {
            m_writer.reset();
        } catch (...) {
        }
    }

    bool writeRecord(const QString &name, const void *data, qint64 size) override
    {
        if (m_failed)
            return false;
        try {
            m_writer->writeRecord(name.toStdString(), data, size_t(size));
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
            m_failed = true;
        }
        return !m_failed;
    }

    bool finish() override
    {
        if (m_failed)
            return false;
        try {
            m_writer->writeEndOfFile();
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
            m_failed = true;
        }
        return !m_failed;
    }

    QString error() const override
    {
        if (!m_error.isEmpty())
            return m_error;
        return m_failed ? QStringLiteral("writing stopped") : QString();
    }

private:
    TorchBackend::ArchiveSink m_sink;
    std::unique_ptr<caffe2::serialize::PyTorchStreamWriter> m_writer;
    bool m_failed = false;
    QString m_error;
};

} // namespace

std::unique_ptr<TorchBackend::ArchiveWriter> makeArchiveWriter(const TorchBackend::ArchiveSink &sink)
{
    return std::make_unique<StreamArchiveWriter>(sink);
}

} // namespace ckpt
