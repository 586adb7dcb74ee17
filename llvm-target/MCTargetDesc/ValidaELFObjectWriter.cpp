//===-- ValidaELFObjectWriter.cpp - Valida ELF relocation types -----------===//
//
// Valida relocatable objects are ELF32 little endian, e_machine 0x3E7, with
// SHT_RELA relocation sections.  Fixups map to relocation types as follows:
//
//   fixup_valida_word32  (jal b, beq/bne a)  -> R_VALIDA_32
//   FK_Data_4            (.word sym+off)      -> R_VALIDA_32
//   fixup_valida_imm32   (imm32 a, sym+off)   -> R_VALIDA_IMM32
//
// Anything else (8/16-bit data words holding a symbol, PC-relative or
// subtracted symbols) cannot be expressed and is reported as an error.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaBaseInfo.h"
#include "MCTargetDesc/ValidaFixupKinds.h"
#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "llvm/ADT/Twine.h"
#include "llvm/MC/MCELFObjectWriter.h"
#include "llvm/MC/MCFixup.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCValue.h"

using namespace llvm;

namespace {

class ValidaELFObjectWriter : public MCELFObjectTargetWriter {
public:
  explicit ValidaELFObjectWriter(uint8_t OSABI)
      : MCELFObjectTargetWriter(/*Is64Bit=*/false, OSABI, Valida::EM_VALIDA,
                                /*HasRelocationAddend=*/true) {}

protected:
  unsigned getRelocType(const MCFixup &Fixup, const MCValue &Target,
                        bool IsPCRel) const override;

  // Relocations against local labels may use the section symbol plus an
  // addend: the linker only needs the final address of the section.
  bool needsRelocateWithSymbol(const MCValue &, unsigned) const override {
    return false;
  }
};

} // end anonymous namespace

unsigned ValidaELFObjectWriter::getRelocType(const MCFixup &Fixup,
                                             const MCValue &Target,
                                             bool IsPCRel) const {
  if (IsPCRel) {
    reportError(Fixup.getLoc(),
                "Valida has no PC-relative relocations; code addresses are "
                "absolute byte addresses");
    return Valida::R_VALIDA_NONE;
  }
  if (Target.getSpecifier() != 0) {
    reportError(Fixup.getLoc(),
                "Valida relocations take no symbol specifier (@...)");
    return Valida::R_VALIDA_NONE;
  }

  MCFixupKind Kind = Fixup.getKind();
  // Raw relocation numbers (fixup kind == relocation type, or a .reloc
  // directive).
  if (Kind < FirstLiteralRelocationKind)
    return Kind;
  if (mc::isRelocRelocation(Kind))
    return Kind - FirstLiteralRelocationKind;

  switch (Kind) {
  case FK_NONE:
    return Valida::R_VALIDA_NONE;
  case FK_Data_4:
  case Valida::fixup_valida_word32:
    return Valida::R_VALIDA_32;
  case Valida::fixup_valida_imm32:
    return Valida::R_VALIDA_IMM32;
  case FK_Data_1:
  case FK_Data_2:
  case FK_Data_8:
    reportError(Fixup.getLoc(),
                "a symbol address can only be stored in a 32-bit word on "
                "Valida (no 8-, 16- or 64-bit data relocation)");
    return Valida::R_VALIDA_NONE;
  default:
    reportError(Fixup.getLoc(), "unsupported relocation on Valida");
    return Valida::R_VALIDA_NONE;
  }
}

std::unique_ptr<MCObjectTargetWriter>
llvm::createValidaELFObjectWriter(uint8_t OSABI) {
  return std::make_unique<ValidaELFObjectWriter>(OSABI);
}
