//===-- ValidaAllocaArea.cpp - Provide the dynamic alloca area ------------===//
//
// valida-alloca-area (IR, module): dynamic allocas cannot live in a Valida
// frame (a callee's frame sits at a constant distance below its caller's
// fp), so they come from a separate area that grows down from the word
// __valida_alloca_sp (see ValidaTargetLowering::lowerDYNAMIC_STACKALLOC).
// A module that uses dynamic allocas gets weak definitions of that word and
// of a zero-initialised area, so that programs link without runtime support;
// a strong definition in the runtime replaces both.
//
//   define void @f(i32 %n) { %a = alloca i8, i32 %n ... }
// gains
//   @__valida_alloca_area = weak global [1048576 x i8] zeroinitializer, align 8
//   @__valida_alloca_sp = weak global ptr getelementptr (i8,
//                           ptr @__valida_alloca_area, i32 1048576), align 4
//
//===----------------------------------------------------------------------===//

#include "Valida.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Pass.h"

using namespace llvm;

#define DEBUG_TYPE "valida-alloca-area"

STATISTIC(NumModules, "Number of modules given a dynamic alloca area");

/// Size of the weak default area (BSS: costs nothing until used).
static constexpr uint64_t AreaSize = 1 << 20;

namespace {

class ValidaAllocaArea : public ModulePass {
public:
  static char ID;
  ValidaAllocaArea() : ModulePass(ID) {}

  StringRef getPassName() const override { return "Valida alloca area"; }
  bool runOnModule(Module &M) override;
};

} // namespace

char ValidaAllocaArea::ID = 0;

INITIALIZE_PASS(ValidaAllocaArea, DEBUG_TYPE, "Valida alloca area", false,
                false)

static bool usesAllocaArea(const Module &M) {
  for (const Function &F : M)
    for (const BasicBlock &BB : F)
      for (const Instruction &I : BB) {
        // Over-aligned static allocas too: clang makes them for long double
        // (fp128, align 16) locals at -O0.
        if (auto *AI = dyn_cast<AllocaInst>(&I))
          if (usesValidaAllocaArea(*AI))
            return true;
        if (auto *II = dyn_cast<IntrinsicInst>(&I))
          if (II->getIntrinsicID() == Intrinsic::stacksave ||
              II->getIntrinsicID() == Intrinsic::stackrestore)
            return true;
      }
  return false;
}

bool llvm::usesValidaAllocaArea(const AllocaInst &AI) {
  return !AI.isStaticAlloca() || AI.getAlign() > Align(8);
}

bool ValidaAllocaArea::runOnModule(Module &M) {
  if (M.getNamedValue("__valida_alloca_sp") || !usesAllocaArea(M))
    return false;
  LLVMContext &Ctx = M.getContext();
  Type *I8 = Type::getInt8Ty(Ctx);
  auto *AreaTy = ArrayType::get(I8, AreaSize);
  auto *Area = new GlobalVariable(M, AreaTy, /*isConstant=*/false,
                                  GlobalValue::WeakAnyLinkage,
                                  ConstantAggregateZero::get(AreaTy),
                                  "__valida_alloca_area");
  Area->setAlignment(Align(8));
  Constant *Top = ConstantExpr::getInBoundsGetElementPtr(
      I8, Area, ConstantInt::get(Type::getInt32Ty(Ctx), AreaSize));
  auto *SP = new GlobalVariable(M, PointerType::getUnqual(Ctx),
                                /*isConstant=*/false,
                                GlobalValue::WeakAnyLinkage, Top,
                                "__valida_alloca_sp");
  SP->setAlignment(Align(4));
  ++NumModules;
  return true;
}

ModulePass *llvm::createValidaAllocaAreaPass() { return new ValidaAllocaArea(); }
