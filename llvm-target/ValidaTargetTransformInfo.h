//===-- ValidaTargetTransformInfo.h - Valida cost model ---------*- C++ -*-===//
//
// What the IR optimisers are told about Valida. Every executed instruction
// costs proof-trace rows and code size costs next to nothing, and frame
// slots are unlimited, so loops are unrolled further than on a cached,
// register-limited CPU.
//
//===----------------------------------------------------------------------===//

#ifndef LLVM_LIB_TARGET_VALIDA_VALIDATARGETTRANSFORMINFO_H
#define LLVM_LIB_TARGET_VALIDA_VALIDATARGETTRANSFORMINFO_H

#include "ValidaTargetMachine.h"
#include "llvm/CodeGen/BasicTTIImpl.h"

namespace llvm {

class ValidaTTIImpl final : public BasicTTIImplBase<ValidaTTIImpl> {
  using BaseT = BasicTTIImplBase<ValidaTTIImpl>;
  friend BaseT;

  const ValidaSubtarget *ST;
  const ValidaTargetLowering *TLI;

  const ValidaSubtarget *getST() const { return ST; }
  const ValidaTargetLowering *getTLI() const { return TLI; }

public:
  ValidaTTIImpl(const ValidaTargetMachine *TM, const Function &F)
      : BaseT(TM, F.getDataLayout()), ST(TM->getSubtargetImpl(F)),
        TLI(ST->getTargetLowering()) {}

  void getUnrollingPreferences(Loop *L, ScalarEvolution &SE,
                               TargetTransformInfo::UnrollingPreferences &UP,
                               OptimizationRemarkEmitter *ORE) const override;

  /// Loop strength reduction: with -valida-lsr-insns-first, solutions are
  /// ranked by instructions first (each is a CPU row and its operand
  /// accesses), then in LLVM's order.
  bool isLSRCostLess(const TargetTransformInfo::LSRCost &C1,
                     const TargetTransformInfo::LSRCost &C2) const override;
};

} // namespace llvm

#endif
