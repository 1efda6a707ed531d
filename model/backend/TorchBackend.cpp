#include "model/backend/TorchBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

namespace ckpt {

namespace {
QMutex s_mutex;
TorchBackend *s_backend = nullptr;
QString s_error;
bool s_tried = false;

QStringList candidatePaths()
{
    QStringList paths;
    const QString env = qEnvironmentVariable("CKPT_TORCH_MODULE");
    if (!env.isEmpty())
        paths << env;
    const QString name = QStringLiteral("lib" CKPT_TORCH_MODULE_NAME ".so");
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        paths << QDir(appDir).filePath(name) << QDir(appDir).filePath(QStringLiteral("../model/torch/") + name)
              << QDir(appDir).filePath(QStringLiteral("../lib/ckpt-inspector/") + name);
    }
    return paths;
}
} // namespace

TorchBackend *torchBackend(QString *error)
{
    QMutexLocker lock(&s_mutex);
    if (!s_tried) {
        s_tried = true;
        QStringList tried;
        for (const QString &path : candidatePaths()) {
            if (!QFile::exists(path)) {
                tried << path;
                continue;
            }
            QLibrary lib(path);
            lib.setLoadHints(QLibrary::ExportExternalSymbolsHint);
            auto factory = reinterpret_cast<CkptTorchBackendFactory>(lib.resolve("ckpt_torch_backend"));
            if (!factory) {
                s_error = QStringLiteral("cannot load the LibTorch module %1: %2").arg(path, lib.errorString());
                break;
            }
            s_backend = factory(); // the library stays loaded for the life of the process
            s_error.clear();
            break;
        }
        if (!s_backend && s_error.isEmpty())
            s_error = QStringLiteral("LibTorch module not found (looked in %1)").arg(tried.join(QStringLiteral(", ")));
    }
    if (!s_backend && error)
        *error = s_error;
    return s_backend;
}

bool torchBackendLoaded()
{
    QMutexLocker lock(&s_mutex);
    return s_backend != nullptr;
}

} // namespace ckpt
