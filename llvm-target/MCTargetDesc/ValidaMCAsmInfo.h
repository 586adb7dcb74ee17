//===-- ValidaMCAsmInfo.h - Valida assembly syntax properties ---*- C++ -*-===//
//
// Assembly text properties chosen so that the generic AsmPrinter emits only
// directives that `valida asm` understands (docs/abi.md, "Assembly syntax").
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_MCTARGETDESC_VALIDAMCASMINFO_H
#define LLVM_LIB_TARGET_VALIDA_MCTARGETDESC_VALIDAMCASMINFO_H

#include "llvm/MC/MCAsmInfoELF.h"

namespace llvm {

class MCTargetOptions;
class Triple;

class ValidaMCAsmInfo : public MCAsmInfoELF {
  void anchor() override;

public:
  explicit ValidaMCAsmInfo(const Triple &TT, const MCTargetOptions &Options);

  /// No .note.GNU-stack section: Valida has no executable stack notion and
  /// `valida asm` does not know the section.
  MCSection *getStackSection(MCContext &Ctx, bool Exec) const override {
    return nullptr;
  }
};

} // namespace llvm

#endif
