#pragma once

// What the Convert dock says of each kind of plan step: its name in the kind list and the
// example its text field shows. In the dock's translation context ("ckpt::ConvertDock").
#include "model/convert/EditPlanParse.h"

#include <QString>

namespace ckpt {

// The step kinds the dock offers, in this order.
inline constexpr StepForm kStepForms[] = { StepForm::MapDevice, StepForm::DropGlob, StepForm::DropRegex,
    StepForm::KeepGlob, StepForm::StripPrefix, StepForm::AddPrefix, StepForm::Rename, StepForm::Extract, StepForm::Cast,
    StepForm::DropTrainingState, StepForm::KeepDType, StepForm::WeightsOnlySafe };

QString stepFormName(StepForm form);
// What the step field expects, as an example ("" for a step without text).
QString stepFormHint(StepForm form);

} // namespace ckpt
