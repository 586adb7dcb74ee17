//===-- ValidaSelectionDAGInfo.cpp - Block copies -------------------------===//

#include "ValidaSelectionDAGInfo.h"
#include "ValidaISelLowering.h"
#include "llvm/CodeGen/SelectionDAG.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

// Off by default: the v1.0 prover panics on MEMCPY (cpu/src/lib.rs
// `todo!("memcpy not implemented")`), so only execution-only builds may ask
// for it.
static cl::opt<bool> UseMemcpyInstr(
    "valida-use-memcpy", cl::Hidden, cl::init(false),
    cl::desc("Lower llvm.memcpy to the MEMCPY instruction (executes, but "
             "cannot be proved by the Valida v1.0 prover)"));

bool llvm::validaUseMemcpyInstr() { return UseMemcpyInstr; }

SDValue ValidaSelectionDAGInfo::EmitTargetCodeForMemcpy(
    SelectionDAG &DAG, const SDLoc &DL, SDValue Chain, SDValue Dst,
    SDValue Src, SDValue Size, Align Alignment, bool IsVolatile,
    bool AlwaysInline, MachinePointerInfo DstPtrInfo,
    MachinePointerInfo SrcPtrInfo) const {
  if (!UseMemcpyInstr)
    return SDValue();
  // MEMCPY takes any byte count and alignment; llvm.memcpy's operands never
  // overlap (or are identical, where a forward copy changes nothing).
  return DAG.getNode(ValidaISD::MEMCPY, DL, MVT::Other, Chain, Dst, Src,
                     DAG.getZExtOrTrunc(Size, DL, MVT::i32));
}
