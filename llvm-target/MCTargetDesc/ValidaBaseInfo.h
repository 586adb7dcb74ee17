//===-- ValidaBaseInfo.h - Facts shared by Valida CodeGen and MC -*- C++ -*-===//
//
// Constants of the Valida machine and of our relocatable object format that
// both the code generator and the MC layer use.  See docs/abi.md and
// docs/object-format.md.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_MCTARGETDESC_VALIDABASEINFO_H
#define LLVM_LIB_TARGET_VALIDA_MCTARGETDESC_VALIDABASEINFO_H

#include <cstdint>

namespace llvm {
namespace Valida {

/// Every instruction is one record of six little-endian 32-bit words:
/// opcode, a, b, c, d, e.
constexpr unsigned InstrWords = 6;
constexpr unsigned WordBytes = 4;
constexpr unsigned InstrBytes = InstrWords * WordBytes; // 24

/// Byte offset of each word inside a record.
enum RecordField : unsigned {
  FieldOpcode = 0,
  FieldA = 4,
  FieldB = 8,
  FieldC = 12,
  FieldD = 16,
  FieldE = 20,
};

/// ELF e_machine of Valida objects and executables (as the public toolchain).
constexpr uint16_t EM_VALIDA = 0x3E7;

/// ELF relocation types (docs/abi.md, docs/object-format.md).
enum RelocType : unsigned {
  R_VALIDA_NONE = 0,
  /// The 32-bit word at r_offset becomes S + A.
  R_VALIDA_32 = 1,
  /// r_offset is the start of an imm32 record; the words at +8, +12, +16,
  /// +20 become bytes 0..3 (least significant first) of S + A.
  R_VALIDA_IMM32 = 2,
};

} // namespace Valida
} // namespace llvm

#endif
