//===-- ValidaISelLowering.h - Valida DAG lowering --------------*- C++ -*-===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDAISELLOWERING_H
#define LLVM_LIB_TARGET_VALIDA_VALIDAISELLOWERING_H

#include "llvm/CodeGen/SelectionDAG.h"
#include "llvm/CodeGen/TargetLowering.h"

namespace llvm {

class ValidaSubtarget;

namespace ValidaISD {
enum NodeType : unsigned {
  FIRST_NUMBER = ISD::BUILTIN_OP_END,
  RET_GLUE,    ///< return: jalv -4(fp), 0(fp), 8(fp)
  WRAPPER,     ///< symbol address materialised by IMM32
  CALL,        ///< call of a symbol or a pointer
  OUTARG,      ///< store a value into slot k of the callee frame
  SET_DIST,    ///< store the frame distance N into 8 of the callee frame
  CALL_RESULT, ///< read slot k of the callee frame after the call
  OUTARG_ADDR, ///< address of slot k of the callee frame
  WRITE,       ///< __valida_write
  READ_ADVICE, ///< __valida_read_advice
  STOP,        ///< __valida_stop
  FAIL,        ///< __valida_fail
  KECCAKF,     ///< __valida_keccakf
  MEMCPY,      ///< llvm.memcpy: memcpy dst, src, size
};
} // namespace ValidaISD

class ValidaTargetLowering : public TargetLowering {
  const ValidaSubtarget &Subtarget;

public:
  ValidaTargetLowering(const TargetMachine &TM, const ValidaSubtarget &STI);

  const char *getTargetNodeName(unsigned Opcode) const override;
  EVT getSetCCResultType(const DataLayout &DL, LLVMContext &Context,
                         EVT VT) const override;
  SDValue LowerOperation(SDValue Op, SelectionDAG &DAG) const override;
  void ReplaceNodeResults(SDNode *N, SmallVectorImpl<SDValue> &Results,
                          SelectionDAG &DAG) const override;

  SDValue LowerFormalArguments(SDValue Chain, CallingConv::ID CallConv,
                               bool IsVarArg,
                               const SmallVectorImpl<ISD::InputArg> &Ins,
                               const SDLoc &DL, SelectionDAG &DAG,
                               SmallVectorImpl<SDValue> &InVals) const override;
  SDValue LowerCall(CallLoweringInfo &CLI,
                    SmallVectorImpl<SDValue> &InVals) const override;
  bool CanLowerReturn(CallingConv::ID CallConv, MachineFunction &MF,
                      bool IsVarArg,
                      const SmallVectorImpl<ISD::OutputArg> &Outs,
                      LLVMContext &Context, const Type *RetTy) const override;
  SDValue LowerReturn(SDValue Chain, CallingConv::ID CallConv, bool IsVarArg,
                      const SmallVectorImpl<ISD::OutputArg> &Outs,
                      const SmallVectorImpl<SDValue> &OutVals,
                      const SDLoc &DL, SelectionDAG &DAG) const override;

  MachineBasicBlock *
  EmitInstrWithCustomInserter(MachineInstr &MI,
                              MachineBasicBlock *MBB) const override;

  /// DIV32/SDIV32 are single instructions: keep them instead of
  /// multiply-high sequences for constant divisors.
  /// Inline asm: "r" operands are virtual registers (slots). Only empty asm
  /// strings survive to the end (ValidaSlotRewriter.cpp).
  ConstraintType getConstraintType(StringRef Constraint) const override;
  std::pair<unsigned, const TargetRegisterClass *>
  getRegForInlineAsmConstraint(const TargetRegisterInfo *TRI,
                               StringRef Constraint, MVT VT) const override;

  /// Loads and stores take one pointer slot: no offset, no index.
  bool isLegalAddressingMode(const DataLayout &DL, const AddrMode &AM,
                             Type *Ty, unsigned AddrSpace,
                             Instruction *I = nullptr) const override;

  bool isIntDivCheap(EVT VT, AttributeList Attr) const override {
    return true;
  }

  bool isOffsetFoldingLegal(const GlobalAddressSDNode *GA) const override {
    return true;
  }

  /// Inline memcpy/memmove expansions that would copy many single bytes are
  /// left to the runtime (see InlineCopyByteOps).
  bool findOptimalMemOpLowering(LLVMContext &Context, std::vector<EVT> &MemOps,
                                unsigned Limit, const MemOp &Op, unsigned DstAS,
                                unsigned SrcAS,
                                const AttributeList &FuncAttributes) const override;

private:
  SDValue lowerGlobalAddress(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerExternalSymbol(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerBlockAddress(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerSELECT(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerVASTART(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerFRAMEADDR(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerRETURNADDR(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerLOAD(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerSTORE(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerDYNAMIC_STACKALLOC(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerSTACKSAVE(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerSTACKRESTORE(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerBRIND(SDValue Op, SelectionDAG &DAG) const;
  SDValue getAllocaPointerAddr(SelectionDAG &DAG, const SDLoc &DL) const;
  SDValue lowerUnsupported(SDValue Op, SelectionDAG &DAG,
                           const char *What) const;
  SDValue lowerBuiltinCall(StringRef Name, CallLoweringInfo &CLI,
                           SmallVectorImpl<SDValue> &InVals) const;
};

} // namespace llvm

#endif
