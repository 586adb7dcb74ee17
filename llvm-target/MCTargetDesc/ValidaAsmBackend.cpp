//===-- ValidaAsmBackend.cpp - Valida fixups and padding ------------------===//
//
// Applies fixups to the 24-byte instruction records and to data, and decides
// which fixups become relocations.
//
// Code addresses are absolute byte addresses (instruction index * 24) that are
// only known once the linker has placed every object's .text, so every fixup
// of a jal/beq/bne target or of an imm32 that refers to a symbol - even a
// label of the same section - is kept as a relocation.  Data words follow the
// usual ELF rules (a difference of two labels of one section is folded).
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaBaseInfo.h"
#include "MCTargetDesc/ValidaFixupKinds.h"
#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCAssembler.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCELFObjectWriter.h"
#include "llvm/MC/MCFixup.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCSectionELF.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCValue.h"
#include "llvm/Support/EndianStream.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"
#include <iterator>

using namespace llvm;

namespace {

class ValidaAsmBackend : public MCAsmBackend {
  uint8_t OSABI;

public:
  explicit ValidaAsmBackend(uint8_t OSABI)
      : MCAsmBackend(llvm::endianness::little), OSABI(OSABI) {}

  std::unique_ptr<MCObjectTargetWriter>
  createObjectTargetWriter() const override {
    return createValidaELFObjectWriter(OSABI);
  }

  MCFixupKindInfo getFixupKindInfo(MCFixupKind Kind) const override;

  void applyFixup(const MCFragment &F, const MCFixup &Fixup,
                  const MCValue &Target, uint8_t *Data, uint64_t Value,
                  bool IsResolved) override;

  // Padding inside .text must keep the 24-byte record grid, so the smallest
  // "nop" is a whole record.
  unsigned getMinimumNopSize() const override { return Valida::InstrBytes; }
  unsigned getMaximumNopSize(const MCSubtargetInfo &) const override {
    return Valida::InstrBytes;
  }
  bool writeNopData(raw_ostream &OS, uint64_t Count,
                    const MCSubtargetInfo *STI) const override;
};

} // end anonymous namespace

MCFixupKindInfo ValidaAsmBackend::getFixupKindInfo(MCFixupKind Kind) const {
  // Name, bit offset, bit size, flags.  The imm32 fixup is placed at the
  // start of the record (that is the relocation's r_offset) and covers words
  // b, c, d and e, i.e. bits 64..191 of the record.
  static const MCFixupKindInfo Infos[Valida::NumTargetFixupKinds] = {
      {"fixup_valida_word32", 0, 32, 0},
      {"fixup_valida_imm32", Valida::FieldB * 8,
       (Valida::InstrBytes - Valida::FieldB) * 8, 0},
  };
  if (Kind < FirstTargetFixupKind)
    return MCAsmBackend::getFixupKindInfo(Kind);
  assert(unsigned(Kind - FirstTargetFixupKind) < Valida::NumTargetFixupKinds &&
         "invalid Valida fixup kind");
  return Infos[Kind - FirstTargetFixupKind];
}

static bool isCodeAddressFixup(MCFixupKind Kind) {
  return Kind == Valida::fixup_valida_word32 ||
         Kind == Valida::fixup_valida_imm32;
}

void ValidaAsmBackend::applyFixup(const MCFragment &F, const MCFixup &Fixup,
                                  const MCValue &Target, uint8_t *Data,
                                  uint64_t Value, bool IsResolved) {
  MCFixupKind Kind = Fixup.getKind();

  // A symbolic operand of an instruction is never resolved here: the final
  // address depends on where the linker puts the section.
  if (isCodeAddressFixup(Kind) && (Target.getAddSym() || Target.getSubSym()))
    IsResolved = false;

  // Records a relocation if unresolved; with RELA, Value becomes 0 and the
  // addend lives in the relocation entry.
  maybeAddReloc(F, Fixup, Target, Value, IsResolved);
  if (mc::isRelocation(Kind))
    return;
  // DWARF sections (not allocated) also hold the addend in place, as if
  // every section were at address 0: tools that read an object without
  // applying Valida relocations (llvm-dwarfdump knows no EM_VALIDA) then
  // see correct section offsets and .text offsets. The linker still uses
  // r_addend.
  if (!IsResolved && Kind == FK_Data_4 &&
      !(cast<MCSectionELF>(F.getParent())->getFlags() & ELF::SHF_ALLOC)) {
    Value = Target.getConstant();
    if (const MCSymbol *Sym = Target.getAddSym(); Sym && Sym->isInSection())
      Value += Asm->getSymbolOffset(*Sym);
  }

  MCContext &Ctx = getContext();
  int64_t SValue = static_cast<int64_t>(Value);

  switch (Kind) {
  case FK_NONE:
    return;
  case FK_Data_1:
  case FK_Data_2:
  case FK_Data_4:
  case FK_Data_8: {
    unsigned Size = getFixupKindInfo(Kind).TargetSize / 8;
    if (Size < 8 && !isIntN(Size * 8, SValue) && !isUIntN(Size * 8, Value))
      Ctx.reportError(Fixup.getLoc(), "value " + Twine(SValue) +
                                          " does not fit in " + Twine(Size) +
                                          " byte(s)");
    for (unsigned I = 0; I != Size; ++I)
      Data[I] = uint8_t(Value >> (8 * I));
    return;
  }
  case Valida::fixup_valida_word32:
    if (!isInt<32>(SValue) && !isUInt<32>(Value))
      Ctx.reportError(Fixup.getLoc(),
                      "address " + Twine(SValue) + " does not fit in 32 bits");
    support::endian::write32le(Data, uint32_t(Value));
    return;
  case Valida::fixup_valida_imm32:
    if (!isInt<32>(SValue) && !isUInt<32>(Value))
      Ctx.reportError(Fixup.getLoc(), "imm32 value " + Twine(SValue) +
                                          " does not fit in 32 bits");
    // Operands b, c, d, e: one byte each, least significant first.
    for (unsigned I = 0; I != 4; ++I)
      support::endian::write32le(Data + Valida::FieldB + 4 * I,
                                 uint32_t((Value >> (8 * I)) & 0xff));
    return;
  default:
    Ctx.reportError(Fixup.getLoc(), "unknown Valida fixup kind " + Twine(Kind));
    return;
  }
}

bool ValidaAsmBackend::writeNopData(raw_ostream &OS, uint64_t Count,
                                    const MCSubtargetInfo *STI) const {
  if (Count % Valida::InstrBytes != 0) {
    // Cannot happen through getMinimumNopSize(), but never break the record
    // grid silently.
    getContext().reportError(SMLoc(),
                             "cannot pad Valida code by " + Twine(Count) +
                                 " bytes: not a multiple of 24");
    OS.write_zeros(Count);
    return true;
  }
  // `bne 0, 0(fp), 0(fp)`: a slot always equals itself, so the branch is
  // never taken and the record only advances pc.
  static const uint32_t Nop[Valida::InstrWords] = {6, 0, 0, 0, 0, 0};
  for (uint64_t N = Count / Valida::InstrBytes; N != 0; --N)
    for (uint32_t W : Nop)
      support::endian::write<uint32_t>(OS, W, llvm::endianness::little);
  return true;
}

MCAsmBackend *llvm::createValidaAsmBackend(const Target &T,
                                           const MCSubtargetInfo &STI,
                                           const MCRegisterInfo &MRI,
                                           const MCTargetOptions &Options) {
  uint8_t OSABI =
      MCELFObjectTargetWriter::getOSABI(STI.getTargetTriple().getOS());
  return new ValidaAsmBackend(OSABI);
}
