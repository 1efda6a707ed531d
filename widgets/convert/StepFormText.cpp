#include "widgets/convert/StepFormText.h"

#include <QCoreApplication>

namespace ckpt {

QString stepFormHint(StepForm form)
{
    switch (form) {
    case StepForm::MapDevice:
        return QCoreApplication::translate("ckpt::ConvertDock", "%1   or   %2")
            .arg(QStringLiteral("cpu"), QStringLiteral("cuda:1=cuda:0"));
    case StepForm::DropGlob:
        return QStringLiteral("fc2.*   optimizer_state_dict");
    case StepForm::DropRegex:
        return QStringLiteral("^optimizer");
    case StepForm::KeepGlob:
        return QStringLiteral("model_state_dict/*");
    case StepForm::StripPrefix:
        return QStringLiteral("module.");
    case StepForm::AddPrefix:
        return QStringLiteral("model.");
    case StepForm::Rename:
        return QStringLiteral("model_state_dict/fc.weight=classifier.weight");
    case StepForm::Extract:
        return QStringLiteral("model_state_dict");
    case StepForm::Cast:
        return QStringLiteral("float16 | bfloat16 | float32");
    case StepForm::KeepDType:
        return QStringLiteral("*norm*   *embed*");
    case StepForm::DropTrainingState:
    case StepForm::WeightsOnlySafe:
        break;
    }
    return QString();
}
QString stepFormName(StepForm form)
{
    switch (form) {
    case StepForm::MapDevice:
        return QCoreApplication::translate("ckpt::ConvertDock", "Map devices");
    case StepForm::DropGlob:
        return QCoreApplication::translate("ckpt::ConvertDock", "Drop (glob)");
    case StepForm::DropRegex:
        return QCoreApplication::translate("ckpt::ConvertDock", "Drop (regex)");
    case StepForm::KeepGlob:
        return QCoreApplication::translate("ckpt::ConvertDock", "Keep only (glob)");
    case StepForm::StripPrefix:
        return QCoreApplication::translate("ckpt::ConvertDock", "Strip key prefix");
    case StepForm::AddPrefix:
        return QCoreApplication::translate("ckpt::ConvertDock", "Add key prefix");
    case StepForm::Rename:
        return QCoreApplication::translate("ckpt::ConvertDock", "Rename (path=new key)");
    case StepForm::Extract:
        return QCoreApplication::translate("ckpt::ConvertDock", "Extract subtree");
    case StepForm::Cast:
        return QCoreApplication::translate("ckpt::ConvertDock", "Cast floating tensors");
    case StepForm::DropTrainingState:
        return QCoreApplication::translate("ckpt::ConvertDock", "Drop training state");
    case StepForm::KeepDType:
        return QCoreApplication::translate("ckpt::ConvertDock", "Keep dtype of (glob)");
    case StepForm::WeightsOnlySafe:
        return QCoreApplication::translate("ckpt::ConvertDock", "Make weights-only loadable");
    }
    return QString();
}

} // namespace ckpt
