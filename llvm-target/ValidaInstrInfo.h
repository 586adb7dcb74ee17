//===-- ValidaInstrInfo.h - Valida instruction information ------*- C++ -*-===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDAINSTRINFO_H
#define LLVM_LIB_TARGET_VALIDA_VALIDAINSTRINFO_H

#include "ValidaRegisterInfo.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/TargetInstrInfo.h"

#define GET_INSTRINFO_HEADER
#include "ValidaGenInstrInfo.inc"

namespace llvm {

class ValidaSubtarget;

namespace Valida {

/// Target-index operands used at call sites until the frame size N is known
/// (resolved by ValidaFrameLowering::emitPrologue).
enum TargetIndex : unsigned {
  TI_CalleeSlot = 0,   ///< slot (offset)(fp) of the callee frame: offset - N
  TI_FrameSize = 1,    ///< immediate N + offset
  TI_NegFrameSize = 2, ///< immediate -N + offset
};

/// Kind of an MI operand in a form (ValidaForm Op0/Op1/Op2 in the .td).
enum class OperandKind { Reg, Frame, Imm, Other };

/// The form of \p Opc whose operand \p OpIdx (0..2) is a frame slot instead
/// of a virtual register, or -1 (generated relation tables).
int getFrameFormOpcode(unsigned Opc, unsigned OpIdx);
/// The form of \p Opc whose operand \p OpIdx (1..2) is an immediate instead
/// of a virtual register, or -1.
int getImmFormOpcode(unsigned Opc, unsigned OpIdx);
/// The native form of \p Opc: every register operand made a frame slot, or
/// -1 if some step does not exist.
int getNativeFormOpcode(unsigned Opc);

/// True if MI operand 0 is a destination (TSFlags bit WritesOp0 in the .td).
inline bool writesOp0(const MachineInstr &MI) {
  return MI.getDesc().TSFlags & 1;
}

/// True if \p MO can stand in a frame-slot operand position.
inline bool isFrameOperand(const MachineOperand &MO) {
  return MO.isFI() || MO.isImm() ||
         (MO.isTargetIndex() && MO.getIndex() == TI_CalleeSlot);
}

} // namespace Valida

class ValidaInstrInfo : public ValidaGenInstrInfo {
  const ValidaRegisterInfo RI;

public:
  explicit ValidaInstrInfo(const ValidaSubtarget &STI);

  const ValidaRegisterInfo &getRegisterInfo() const { return RI; }

  bool expandPostRAPseudo(MachineInstr &MI) const override;

  void copyPhysReg(MachineBasicBlock &MBB, MachineBasicBlock::iterator MI,
                   const DebugLoc &DL, Register DestReg, Register SrcReg,
                   bool KillSrc, bool RenamableDest = false,
                   bool RenamableSrc = false) const override;

  bool analyzeBranch(MachineBasicBlock &MBB, MachineBasicBlock *&TBB,
                     MachineBasicBlock *&FBB,
                     SmallVectorImpl<MachineOperand> &Cond,
                     bool AllowModify = false) const override;
  unsigned removeBranch(MachineBasicBlock &MBB,
                        int *BytesRemoved = nullptr) const override;
  unsigned insertBranch(MachineBasicBlock &MBB, MachineBasicBlock *TBB,
                        MachineBasicBlock *FBB, ArrayRef<MachineOperand> Cond,
                        const DebugLoc &DL,
                        int *BytesAdded = nullptr) const override;
  bool
  reverseBranchCondition(SmallVectorImpl<MachineOperand> &Cond) const override;

  ArrayRef<std::pair<int, const char *>>
  getSerializableTargetIndices() const override;

  /// True for the conditional branch forms (BEQ*/BNE*).
  static bool isCondBranch(const MachineInstr &MI);
};

} // namespace llvm

#endif
