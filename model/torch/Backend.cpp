// The LibTorch module's entry point and the small functions that need nothing else.
#include "model/backend/TorchBackend.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/version.h>

#include <exception>

namespace ckpt {
namespace {

class LibTorchBackend final : public TorchBackend {
public:
    QString torchVersion() const override { return QStringLiteral(TORCH_VERSION); }

    bool listZipRecords(const QString &path, std::vector<ZipRecord> *out, QString *error) const override
    {
        try {
            caffe2::serialize::PyTorchStreamReader reader(path.toStdString());
            for (const std::string &name : reader.getAllRecords()) {
                ZipRecord rec;
                rec.name = QString::fromStdString(name);
                rec.offset = static_cast<qint64>(reader.getRecordOffset(name));
                rec.size = static_cast<qint64>(std::get<1>(reader.getRecord(name)));
                out->push_back(rec);
            }
            return true;
        } catch (const std::exception &e) {
            if (error)
                *error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
            return false;
        }
    }

    bool readZipRecord(const QString &path, const QString &name, QByteArray *out, QString *error) const override
    {
        try {
            caffe2::serialize::PyTorchStreamReader reader(path.toStdString());
            auto [data, size] = reader.getRecord(name.toStdString());
            *out = QByteArray(static_cast<const char *>(data.get()), qsizetype(size));
            return true;
        } catch (const std::exception &e) {
            if (error)
                *error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
            return false;
        }
    }
};

} // namespace
} // namespace ckpt

extern "C" __attribute__((visibility("default"))) ckpt::TorchBackend *ckpt_torch_backend()
{
    static ckpt::LibTorchBackend backend;
    return &backend;
}
