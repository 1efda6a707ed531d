#include "model/convert/EditPlanParse.h"

#include <QRegularExpression>

namespace ckpt {

namespace {
ParsedStep fail(const Phrase &error)
{
    ParsedStep p;
    p.error = error;
    return p;
}

ParsedStep made(const EditOp &op)
{
    ParsedStep p;
    p.op = op;
    return p;
}

// "A=B" with both sides present.
bool splitPair(const QString &text, QString *a, QString *b)
{
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        return false;
    *a = text.left(eq).trimmed();
    *b = text.mid(eq + 1).trimmed();
    return !a->isEmpty() && !b->isEmpty();
}

Phrase notADevice(const QString &name)
{
    return Phrase::translate("ckpt::Convert", "'%1' is not a device (cpu, cuda, cuda:N, mps, xpu:N, meta ...)")
        .arg(name);
}
} // namespace

std::optional<DType> parseCastDType(const QString &name)
{
    const DType t = dtypeFromName(name);
    if (t == DType::Float16 || t == DType::BFloat16 || t == DType::Float32)
        return t;
    return std::nullopt;
}

bool isDeviceName(const QString &name)
{
    // The types torch.load restores by location tag; an index only where devices have one.
    static const QRegularExpression rx(
        QStringLiteral("^(?:cpu|mps|meta|(?:cuda|xpu|hpu|xla|ipu|mtia|privateuseone)(?::\\d+)?)$"));
    return rx.match(name).hasMatch();
}

QStringList splitPatterns(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

ParsedStep parsePatternStep(StepForm form, const QStringList &patterns)
{
    QStringList kept;
    for (const QString &p : patterns)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    if (kept.isEmpty())
        return fail(form == StepForm::DropRegex ? Phrase::translate("ckpt::Convert", "wants a regular expression",
                        "what a step's field or option wants, after its name")
                                                : Phrase::translate("ckpt::Convert", "wants one or more glob patterns",
                                                    "what a step's field or option wants, after its name"));
    switch (form) {
    case StepForm::DropRegex:
        for (const QString &p : kept) {
            const QRegularExpression rx(p);
            if (!rx.isValid())
                return fail(Phrase::translate("ckpt::Convert", "'%1' is not a regular expression: %2",
                    "what a step's field or option wants, after its name")
                                .arg(p, rx.errorString()));
        }
        return made(EditOp::drop(kept, EditOp::Syntax::Regex));
    case StepForm::DropGlob:
        return made(EditOp::drop(kept));
    case StepForm::KeepGlob:
        return made(EditOp::keep(kept));
    case StepForm::KeepDType:
        return made(EditOp::keepDType(kept));
    default:
        return fail(Phrase::translate(
            "ckpt::Convert", "takes no patterns", "what a step's field or option wants, after its name"));
    }
}

ParsedStep parseStep(StepForm form, const QString &input)
{
    const QString text = input.trimmed();
    switch (form) {
    case StepForm::MapDevice: {
        QString from, to;
        if (text.contains(QLatin1Char('='))) {
            if (!splitPair(text, &from, &to))
                return fail(Phrase::translate(
                    "ckpt::Convert", "wants SRC=DST, got '%1'", "what a step's field or option wants, after its name")
                                .arg(text));
            if (!isDeviceName(from))
                return fail(notADevice(from));
        } else {
            to = text;
        }
        if (to.isEmpty())
            return fail(Phrase::translate("ckpt::Convert", "wants a device such as cpu or cuda:0",
                "what a step's field or option wants, after its name"));
        if (!isDeviceName(to))
            return fail(notADevice(to));
        return made(EditOp::remapDevice(from, to));
    }
    case StepForm::DropGlob:
    case StepForm::KeepGlob:
    case StepForm::KeepDType:
        return parsePatternStep(form, splitPatterns(text));
    case StepForm::DropRegex:
        return parsePatternStep(form, text.isEmpty() ? QStringList() : QStringList { text });
    case StepForm::StripPrefix:
    case StepForm::AddPrefix:
        if (input.isEmpty())
            return fail(Phrase::translate(
                "ckpt::Convert", "wants a prefix", "what a step's field or option wants, after its name"));
        // A prefix may end in a space or a dot: kept as typed.
        return made(form == StepForm::StripPrefix ? EditOp::stripPrefix(input) : EditOp::addPrefix(input));
    case StepForm::Rename: {
        QString path, key;
        if (!splitPair(text, &path, &key))
            return fail(Phrase::translate(
                "ckpt::Convert", "wants PATH=KEY, got '%1'", "what a step's field or option wants, after its name")
                            .arg(text));
        return made(EditOp::rename(path, key));
    }
    case StepForm::Extract:
        if (text.isEmpty())
            return fail(Phrase::translate(
                "ckpt::Convert", "wants the path of a subtree", "what a step's field or option wants, after its name"));
        return made(EditOp::extract(text));
    case StepForm::Cast: {
        const std::optional<DType> t = parseCastDType(text);
        if (!t)
            return fail(Phrase::translate("ckpt::Convert", "wants float16, bfloat16 or float32, not '%1'",
                "what a step's field or option wants, after its name")
                            .arg(text));
        return made(EditOp::cast(*t));
    }
    case StepForm::DropTrainingState:
        return made(EditOp::dropTrainingState());
    case StepForm::WeightsOnlySafe:
        return made(EditOp::weightsOnlySafe());
    }
    return fail(
        Phrase::translate("ckpt::Convert", "is not a step", "what a step's field or option wants, after its name"));
}

ParsedPlan planFromConvertOptions(const ConvertEditOptions &o)
{
    ParsedPlan out;
    auto add = [&out](const char *option, const ParsedStep &step) {
        if (!out.ok())
            return;
        if (step.op)
            out.plan.ops.push_back(*step.op);
        else
            out.error = Phrase(QStringLiteral("--%1 %2")).arg(QString::fromLatin1(option), step.error);
    };
    if (!o.keep.isEmpty())
        add("keep", parsePatternStep(StepForm::KeepGlob, o.keep));
    if (!o.drop.isEmpty())
        add("drop", parsePatternStep(StepForm::DropGlob, o.drop));
    if (o.dropTrainingState)
        add("drop-training-state", parseStep(StepForm::DropTrainingState, QString()));
    if (o.extract)
        add("extract", parseStep(StepForm::Extract, *o.extract));
    if (o.stripPrefix)
        add("strip-prefix", parseStep(StepForm::StripPrefix, *o.stripPrefix));
    if (o.addPrefix)
        add("add-prefix", parseStep(StepForm::AddPrefix, *o.addPrefix));
    for (const QString &r : o.renames)
        add("rename", parseStep(StepForm::Rename, r));
    for (const QString &m : o.mapLocations)
        add("map-location",
            m.contains(QLatin1Char('=')) ? parseStep(StepForm::MapDevice, m)
                                         : fail(Phrase::translate("ckpt::Convert", "wants SRC=DST, got '%1'",
                                             "what a step's field or option wants, after its name")
                                                    .arg(m)));
    if (o.device)
        add("device",
            o.device->contains(QLatin1Char('=')) ? fail(
                Phrase::translate("ckpt::Convert", "wants one device, got '%1' (--map-location maps one to another)",
                    "what a step's field or option wants, after its name")
                    .arg(*o.device))
                                                 : parseStep(StepForm::MapDevice, *o.device));
    if (o.dtype)
        add("dtype", parseStep(StepForm::Cast, *o.dtype));
    if (!o.keepDType.isEmpty())
        add("keep-dtype", parsePatternStep(StepForm::KeepDType, o.keepDType));
    if (o.weightsOnlySafe)
        add("weights-only-safe", parseStep(StepForm::WeightsOnlySafe, QString()));
    return out;
}

} // namespace ckpt
