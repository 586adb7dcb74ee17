//===-- ValidaFixupKinds.h - Valida fixup kinds -----------------*- C++ -*-===//
//
// Target fixups of the Valida code emitter.  Both are always turned into
// relocations when they refer to a symbol: code addresses are only known
// after linking.  Data words use the generic FK_Data_4.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_MCTARGETDESC_VALIDAFIXUPKINDS_H
#define LLVM_LIB_TARGET_VALIDA_MCTARGETDESC_VALIDAFIXUPKINDS_H

#include "llvm/MC/MCFixup.h"

namespace llvm {
namespace Valida {

enum Fixups : unsigned {
  /// A whole 32-bit operand word holds S + A (jal target in b, beq/bne
  /// target in a).  The fixup offset is the operand word itself.
  /// Becomes R_VALIDA_32.
  fixup_valida_word32 = FirstTargetFixupKind,
  /// An imm32 record whose operands b, c, d, e hold the four bytes of S + A.
  /// The fixup offset is the start of the record.  Becomes R_VALIDA_IMM32.
  fixup_valida_imm32,

  LastTargetFixupKind,
  NumTargetFixupKinds = LastTargetFixupKind - FirstTargetFixupKind
};

} // namespace Valida
} // namespace llvm

#endif
