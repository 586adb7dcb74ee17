//===-- ValidaTargetMachine.cpp - Valida TargetMachine and pass order -----===//
//
// Registers the Valida TargetMachine and defines the code generation
// pipeline (ValidaPassConfig):
//
//   IR: LowerAtomic (the machine is single-threaded)
//   valida-alloca-area        weak dynamic-alloca area where one is needed
//   valida-isel               register forms (ADDrrr, LWrf, SWfr, ...)
//   generic SSA optimisations
//   valida-fold-operands      (-O1+) frame loads/stores folded into users
//   PHI elimination, two-address, (-O1+: coalescing, scheduling)
//   valida-vreg-lowering      -O0: one slot per vreg, native frame forms
//   valida-slot-alloc         -O1+: slots shared by non-overlapping vregs
//   valida-slot-copy-prop     -O1+: slot copies forwarded, dead writes gone
//   valida-reuse-call-distance  -O1+: call distance N stored once per path
//   prologue/epilogue         frame indices -> off(fp), call sites resolved
//   post-RA pseudo expansion  slot moves -> addi a, b, 0
//
//===----------------------------------------------------------------------===//

#include "ValidaTargetMachine.h"
#include "TargetInfo/ValidaTargetInfo.h"
#include "Valida.h"
#include "ValidaMachineFunctionInfo.h"
#include "ValidaTargetTransformInfo.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/CodeGen/TargetLoweringObjectFileImpl.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Transforms/Scalar.h"

using namespace llvm;

static cl::opt<bool>
    UseSlotAllocation("valida-use-slot-alloc", cl::Hidden, cl::init(true),
                      cl::desc("Share stack slots between virtual registers "
                               "with disjoint live intervals at -O1 and "
                               "above (otherwise one slot per vreg)"));

/// Same layout as riscv32 ilp32, so that every size and alignment clang
/// chose for the riscv32 front end stays true.
static const char *ValidaDataLayout = "e-m:e-p:32:32-i64:64-n32-S128";

ValidaTargetMachine::ValidaTargetMachine(const Target &T, const Triple &TT,
                                         StringRef CPU, StringRef FS,
                                         const TargetOptions &Options,
                                         std::optional<Reloc::Model> RM,
                                         std::optional<CodeModel::Model> CM,
                                         CodeGenOptLevel OL, bool JIT)
    : CodeGenTargetMachineImpl(T, ValidaDataLayout, TT, CPU, FS, Options,
                               RM.value_or(Reloc::Static),
                               getEffectiveCodeModel(CM, CodeModel::Small),
                               OL),
      TLOF(std::make_unique<TargetLoweringObjectFileELF>()),
      Subtarget(TT, CPU, FS, *this) {
  initAsmInfo();
}

ValidaTargetMachine::~ValidaTargetMachine() = default;

MachineFunctionInfo *ValidaTargetMachine::createMachineFunctionInfo(
    BumpPtrAllocator &Allocator, const Function &F,
    const TargetSubtargetInfo *STI) const {
  return ValidaMachineFunctionInfo::create<ValidaMachineFunctionInfo>(
      Allocator, F, STI);
}

namespace {

static cl::opt<bool> LoopTermFold(
    "valida-loop-term-fold", cl::Hidden, cl::init(true),
    cl::desc("After loop strength reduction, test a loop's exit on an "
             "induction variable the body needs anyway (a pointer) and drop "
             "a counter kept only for the exit (LLVM's LoopTermFold)"));

class ValidaPassConfig : public TargetPassConfig {
public:
  ValidaPassConfig(ValidaTargetMachine &TM, PassManagerBase &PM)
      : TargetPassConfig(TM, PM) {
    EnableLoopTermFold = LoopTermFold;
  }

  ValidaTargetMachine &getValidaTargetMachine() const {
    return getTM<ValidaTargetMachine>();
  }

  void addIRPasses() override;
  bool addInstSelector() override;
  void addPreRegAlloc() override;
  bool addRegAssignAndRewriteFast() override;
  bool addRegAssignAndRewriteOptimized() override;
  void addPostRegAlloc() override;
};

} // namespace

TargetTransformInfo
ValidaTargetMachine::getTargetTransformInfo(const Function &F) const {
  return TargetTransformInfo(std::make_unique<ValidaTTIImpl>(this, F));
}

TargetPassConfig *ValidaTargetMachine::createPassConfig(PassManagerBase &PM) {
  return new ValidaPassConfig(*this, PM);
}

void ValidaPassConfig::addIRPasses() {
  // One hart, no interrupts: atomics are plain memory operations.
  addPass(createLowerAtomicPass());
  addPass(createValidaAllocaAreaPass());
  TargetPassConfig::addIRPasses();
}

bool ValidaPassConfig::addInstSelector() {
  addPass(createValidaISelDag(getValidaTargetMachine(), getOptLevel()));
  return false;
}

void ValidaPassConfig::addPreRegAlloc() {
  if (getOptLevel() != CodeGenOptLevel::None) {
    addPass(createValidaRedundantMaskPass());
    addPass(createValidaOperandFolderPass());
    addPass(createValidaSinkDefsPass());
  }
}

// Register allocation is replaced: there are no registers, every virtual
// register becomes a frame slot.
bool ValidaPassConfig::addRegAssignAndRewriteFast() {
  addPass(createValidaVirtualRegisterLoweringPass());
  return true;
}

bool ValidaPassConfig::addRegAssignAndRewriteOptimized() {
  if (UseSlotAllocation)
    addPass(createValidaSlotAllocationPass());
  else
    addPass(createValidaVirtualRegisterLoweringPass());
  return true;
}

void ValidaPassConfig::addPostRegAlloc() {
  if (getOptLevel() != CodeGenOptLevel::None) {
    addPass(createValidaSlotCopyPropagationPass());
    addPass(createValidaCallDistanceReusePass());
  }
}

/// The TargetMachine factory: Valida claims the unknown-architecture slot of
/// the triple parser, so refuse every other unknown architecture.
static TargetMachine *createValidaTargetMachine(
    const Target &T, const Triple &TT, StringRef CPU, StringRef FS,
    const TargetOptions &Options, std::optional<Reloc::Model> RM,
    std::optional<CodeModel::Model> CM, CodeGenOptLevel OL, bool JIT) {
  if (!isValidaTriple(TT))
    return nullptr;
  return new ValidaTargetMachine(T, TT, CPU, FS, Options, RM, CM, OL, JIT);
}

extern "C" LLVM_EXTERNAL_VISIBILITY void LLVMInitializeValidaTarget() {
  TargetRegistry::RegisterTargetMachine(getTheValidaTarget(),
                                        createValidaTargetMachine);
  PassRegistry &PR = *PassRegistry::getPassRegistry();
  initializeValidaDAGToDAGISelLegacyPass(PR);
  initializeValidaAllocaAreaPass(PR);
  initializeValidaRedundantMaskPass(PR);
  initializeValidaOperandFolderPass(PR);
  initializeValidaSinkDefsPass(PR);
  initializeValidaVirtualRegisterLoweringPass(PR);
  initializeValidaSlotAllocationPass(PR);
  initializeValidaCallDistanceReusePass(PR);
  initializeValidaSlotCopyPropagationPass(PR);
}
