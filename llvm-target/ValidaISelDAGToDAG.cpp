//===-- ValidaISelDAGToDAG.cpp - Valida instruction selection -------------===//
//
// Selects register forms (ADDrrr, LOAD32rr, ...) from the patterns in
// ValidaInstrInfo.td. Frame indices: a word load/store of a frame object
// addresses the slot directly (LWrf/SWfr); any other use of a frame address
// materialises it with LOADFP.
//
//   %a = alloca i32        ->  (no code: a stack object)
//   store i32 %v, ptr %a   ->  SWfr %stack.0, %v
//   %p = ptrtoint ptr %a   ->  %p = LOADFPr %stack.0
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "Valida.h"
#include "ValidaTargetMachine.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/SelectionDAGISel.h"

using namespace llvm;

#define DEBUG_TYPE "valida-isel"
#define PASS_NAME "Valida DAG->DAG Pattern Instruction Selection"

namespace {

class ValidaDAGToDAGISel : public SelectionDAGISel {
public:
  ValidaDAGToDAGISel() = delete;
  ValidaDAGToDAGISel(ValidaTargetMachine &TM, CodeGenOptLevel OL)
      : SelectionDAGISel(TM, OL) {}

  void Select(SDNode *N) override;

  /// ComplexPattern FrameAddr: a frame index used as a slot operand.
  bool SelectFrameAddr(SDValue Addr, SDValue &Slot);
  /// ComplexPatterns FrameAddrOff/FrameWordOff: frame index + constant.
  bool SelectFrameAddrOff(SDValue Addr, SDValue &Slot, SDValue &Off);
  bool SelectFrameWordOff(SDValue Addr, SDValue &Slot, SDValue &Off);
  bool selectFrameOffset(SDValue Addr, SDValue &Slot, SDValue &Off,
                         bool Word);

  /// An "m" inline asm operand is its address, in a slot like an "r"
  /// operand: Valida has no addressing mode, the asm uses the pointer with
  /// lw/sw (`lw %0, %1` loads from the address in %1's slot).
  bool SelectInlineAsmMemoryOperand(const SDValue &Op,
                                    InlineAsm::ConstraintCode ConstraintID,
                                    std::vector<SDValue> &OutOps) override {
    OutOps.push_back(Op);
    return false;
  }

#include "ValidaGenDAGISel.inc"
};

class ValidaDAGToDAGISelLegacy : public SelectionDAGISelLegacy {
public:
  static char ID;
  ValidaDAGToDAGISelLegacy(ValidaTargetMachine &TM, CodeGenOptLevel OL)
      : SelectionDAGISelLegacy(
            ID, std::make_unique<ValidaDAGToDAGISel>(TM, OL)) {}
};

} // namespace

char ValidaDAGToDAGISelLegacy::ID = 0;

INITIALIZE_PASS(ValidaDAGToDAGISelLegacy, DEBUG_TYPE, PASS_NAME, false, false)

bool ValidaDAGToDAGISel::SelectFrameAddr(SDValue Addr, SDValue &Slot) {
  auto *FIN = dyn_cast<FrameIndexSDNode>(Addr);
  if (!FIN)
    return false;
  int FI = FIN->getIndex();
  MachineFrameInfo &MFI = MF->getFrameInfo();
  // Slot operands address whole 32-bit words: keep the object word aligned.
  if (!MFI.isFixedObjectIndex(FI) && MFI.getObjectAlign(FI) < Align(4))
    MFI.setObjectAlignment(FI, Align(4));
  Slot = CurDAG->getTargetFrameIndex(FI, MVT::i32);
  return true;
}

bool ValidaDAGToDAGISel::selectFrameOffset(SDValue Addr, SDValue &Slot,
                                           SDValue &Off, bool Word) {
  if (!CurDAG->isBaseWithConstantOffset(Addr))
    return false;
  auto *FIN = dyn_cast<FrameIndexSDNode>(Addr.getOperand(0));
  if (!FIN)
    return false;
  int64_t C = cast<ConstantSDNode>(Addr.getOperand(1))->getSExtValue();
  if (!isInt<32>(C))
    return false;
  int FI = FIN->getIndex();
  MachineFrameInfo &MFI = MF->getFrameInfo();
  if (Word) {
    // The slot fi+C must be a whole aligned word of the object.
    if (C % 4 != 0 || MFI.isFixedObjectIndex(FI))
      return false;
    if (MFI.getObjectAlign(FI) < Align(4))
      MFI.setObjectAlignment(FI, Align(4));
  }
  Slot = CurDAG->getTargetFrameIndex(FI, MVT::i32);
  Off = CurDAG->getTargetConstant(C, SDLoc(Addr), MVT::i32);
  return true;
}

bool ValidaDAGToDAGISel::SelectFrameAddrOff(SDValue Addr, SDValue &Slot,
                                            SDValue &Off) {
  return selectFrameOffset(Addr, Slot, Off, /*Word=*/false);
}

bool ValidaDAGToDAGISel::SelectFrameWordOff(SDValue Addr, SDValue &Slot,
                                            SDValue &Off) {
  return selectFrameOffset(Addr, Slot, Off, /*Word=*/true);
}

void ValidaDAGToDAGISel::Select(SDNode *N) {
  if (N->isMachineOpcode()) {
    N->setNodeId(-1);
    return;
  }
  if (N->getOpcode() == ISD::FrameIndex) {
    int FI = cast<FrameIndexSDNode>(N)->getIndex();
    SDValue TFI = CurDAG->getTargetFrameIndex(FI, MVT::i32);
    CurDAG->SelectNodeTo(N, Valida::LOADFPr, MVT::i32, TFI);
    return;
  }
  SelectCode(N);
}

FunctionPass *llvm::createValidaISelDag(ValidaTargetMachine &TM,
                                        CodeGenOptLevel OptLevel) {
  return new ValidaDAGToDAGISelLegacy(TM, OptLevel);
}
