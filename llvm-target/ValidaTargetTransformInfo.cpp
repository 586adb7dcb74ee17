//===-- ValidaTargetTransformInfo.cpp - Valida cost model -----------------===//

#include "ValidaTargetTransformInfo.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

static cl::opt<bool> UnrollLoops(
    "valida-unroll", cl::Hidden, cl::init(true),
    cl::desc("Ask the loop unroller for partial and runtime unrolling of "
             "loops without calls (the Valida cost model)"));

static cl::opt<unsigned> UnrollFullThreshold(
    "valida-unroll-full-threshold", cl::Hidden, cl::init(600),
    cl::desc("Size, in IR instructions, a loop with a known trip count may "
             "grow to when it is unrolled completely"));

static cl::opt<unsigned> UnrollPartialThreshold(
    "valida-unroll-partial-threshold", cl::Hidden, cl::init(300),
    cl::desc("Size, in IR instructions, a partially or runtime-unrolled "
             "loop body may grow to"));

static cl::opt<unsigned> UnrollRuntimeCount(
    "valida-unroll-runtime-count", cl::Hidden, cl::init(8),
    cl::desc("Unroll factor for loops whose trip count is known only at "
             "run time"));

// Off by default, measured with bench/programs (bench/RESULTS.md): on, sieve
// runs 7.8% fewer instructions (its inner loop keeps one pointer instead of
// an index and an offset) but strings 3% more, and crc32's proof grows by
// 15% because its second segment's Memory chip ends one row above 2^20.
// Also measured: telling LSR that there are 1024 registers (frame slots
// never run out) made bubble_sort 1.9% slower, so the register count stays
// LLVM's default.
static cl::opt<bool> LSRInstructionsFirst(
    "valida-lsr-insns-first", cl::Hidden, cl::init(false),
    cl::desc("Loop strength reduction ranks solutions by instructions "
             "first, then in LLVM's order (registers first)"));

bool ValidaTTIImpl::isLSRCostLess(
    const TargetTransformInfo::LSRCost &C1,
    const TargetTransformInfo::LSRCost &C2) const {
  // The prover pays per executed instruction (a CPU row, its operands'
  // Memory rows, a row in the operation's chip).
  if (LSRInstructionsFirst && C1.Insns != C2.Insns)
    return C1.Insns < C2.Insns;
  return BaseT::isLSRCostLess(C1, C2);
}

void ValidaTTIImpl::getUnrollingPreferences(
    Loop *L, ScalarEvolution &SE, TargetTransformInfo::UnrollingPreferences &UP,
    OptimizationRemarkEmitter *ORE) const {
  if (!UnrollLoops)
    return;
  // A call costs far more than the loop overhead unrolling would save, and
  // the callee's own loops are unrolled where it is compiled.
  for (BasicBlock *BB : L->blocks())
    for (Instruction &I : *BB)
      if (auto *CB = dyn_cast<CallBase>(&I)) {
        const Function *F = CB->getCalledFunction();
        if (!F || isLoweredToCall(F))
          return;
      }
  UP.Partial = UP.Runtime = UP.UpperBound = true;
  // Above LLVM's defaults (150 at -O2, 300 at -O3): unrolled bodies never
  // spill here, so complete unrolling keeps paying where a CPU backend would
  // run out of registers.
  UP.Threshold = std::max(UP.Threshold, unsigned(UnrollFullThreshold));
  UP.PartialThreshold = UnrollPartialThreshold;
  UP.DefaultUnrollRuntimeCount = UnrollRuntimeCount;
  // The back edge's increment, compare and branch become straight-line code.
  UP.BEInsns = 2;
  UP.OptSizeThreshold = 0;
  UP.PartialOptSizeThreshold = 0;
}
