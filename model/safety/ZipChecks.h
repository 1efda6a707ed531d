#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ZipDirectory.h"

namespace ckpt {

// Structural findings of a torch zip (FORMATS.md C6 (1)): duplicate names, local/central
// name mismatches, flag bits that make Python's zipfile refuse a record PyTorch still
// reads, and records outside the layout torch.save and torch.jit.save write.
void checkZipStructure(const ZipDirectory &zip, Checkpoint &out);
// Records torch.save never writes; `rel` is the name without the archive folder.
bool isExpectedTorchRecord(const QString &rel, bool torchScript);
// CRC-32 of one record, as a finding if it fails (Python's zipfile refuses the record,
// PyTorch's reader does not check: picklescan's malicious1_crc.zip, CVE-2025-10156).
void checkRecordCrc(const ZipDirectory &zip, const ZipEntry &e, Checkpoint &out);
// CRC-32 of the records of a zip checkpoint that open did not read: every record any
// loader might unpickle or a scanner might be blinded on (`ckpt scan`), and with
// CrcScope::TensorDataIncluded also the tensor bytes, which no loader unpickles and which only
// the file's integrity depends on (`ckpt scan --verify`: one read of the whole file).
// Both readings list the same records in the same order at the same bytes and neither
// repeats a name: every lookup of either lands on the same record, so neither has anything
// the other lacks (the usual case, settled without hashing every name).
bool zipReadingsAgree(const ZipDirectory &a, const ZipDirectory &b);
// Two loaders' readings of one zip (ZipDirectory's rule sets; `*Ok` whether each read it):
// one Invalid finding, in plain words, if they disagree in what a scan depends on: one reads
// the file and the other refuses it, a different data.pkl, records only one of them lists, or
// one name at different places. Nothing if they read the same.
void checkZipReadings(
    const ZipDirectory &primary, bool primaryOk, const ZipDirectory &secondary, bool secondaryOk, Checkpoint &out);
enum class CrcScope { AllButTensorData, TensorDataIncluded };
void checkAllZipCrcs(Checkpoint &out, CrcScope scope);

} // namespace ckpt
