//===-- ValidaMCInstLower.h - MachineInstr to MCInst lowering ---*- C++ -*-===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDAMCINSTLOWER_H
#define LLVM_LIB_TARGET_VALIDA_VALIDAMCINSTLOWER_H

#include <cstdint>

namespace llvm {

class AsmPrinter;
class MCContext;
class MCInst;
class MCOperand;
class MCSymbol;
class MachineInstr;
class MachineOperand;

/// Lowers native Valida MachineInstrs (frame forms, after the vreg lowering
/// pass and frame index elimination) to MCInsts.  Frame offsets are plain
/// immediates by then; symbolic operands become MCExprs `sym` or `sym+off`
/// that the code emitter turns into fixups.
class ValidaMCInstLower {
  MCContext &Ctx;
  AsmPrinter &Printer;

public:
  ValidaMCInstLower(MCContext &Ctx, AsmPrinter &Printer)
      : Ctx(Ctx), Printer(Printer) {}

  void lower(const MachineInstr *MI, MCInst &OutMI) const;

  /// Returns false for operands that have no MC form (implicit registers,
  /// register masks).  Reports an error naming the function for operand
  /// kinds that should never reach emission.
  bool lowerOperand(const MachineInstr &MI, const MachineOperand &MO,
                    MCOperand &MCOp) const;

private:
  MCOperand lowerSymbolOperand(const MachineOperand &MO, MCSymbol *Sym,
                               int64_t Offset) const;
};

} // namespace llvm

#endif
