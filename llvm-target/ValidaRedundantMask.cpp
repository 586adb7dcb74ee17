//===-- ValidaRedundantMask.cpp - Delete masks that clear no bit ----------===//
//
// valida-redundant-mask runs in SSA form before valida-fold-operands (-O1+).
// A byte is loaded zero-extended (LOADU8), but a byte that reaches its
// compare through a PHI is an i8 value whose upper bits SelectionDAG does
// not know, so instruction selection masks it again in the block that
// compares it. In a scanning loop that is one `andi x, x, 255` per
// character:
//
//   bb.1:  %c = PHI %c0, %bb.0, %n, %bb.2     bb.1:  %c = PHI ...
//          %m = ANDrri %c, 255          ->           BEQri %bb.3, %c, 32
//          BEQri %bb.3, %m, 32
//   bb.2:  %n = LOADU8rr %p                   bb.2:  %n = LOADU8rr %p
//
// For every virtual register the pass computes the bits that may be set
// (a LOADU8 result: the low 8; a comparison: bit 0; a constant: its own;
// AND, OR, XOR and right shifts from their operands; a PHI or COPY: its
// inputs), starting from none for every register and growing to a fixed
// point, so a loop's PHI gets what its entry and back-edge values bring.
// An ANDrri whose mask keeps every bit that may be set is deleted and its
// result replaced by its source.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "Valida.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/InitializePasses.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-redundant-mask"

STATISTIC(NumMasksDeleted, "Number of AND masks that clear no bit deleted");

static cl::opt<bool>
    DisableRedundantMask("valida-disable-redundant-mask", cl::Hidden,
                         cl::init(false),
                         cl::desc("Disable valida-redundant-mask"));

namespace {

class ValidaRedundantMask : public MachineFunctionPass {
public:
  static char ID;
  ValidaRedundantMask() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "Valida delete masks that clear no bit";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  MachineFunctionProperties getRequiredProperties() const override {
    return MachineFunctionProperties().setIsSSA();
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  MachineRegisterInfo *MRI = nullptr;
  /// Bits each virtual register may have set (absent: none yet).
  DenseMap<Register, uint32_t> MayBeSet;

  uint32_t bitsOf(const MachineOperand &MO) const;
  uint32_t transfer(const MachineInstr &MI) const;
};

} // namespace

char ValidaRedundantMask::ID = 0;

INITIALIZE_PASS(ValidaRedundantMask, DEBUG_TYPE,
                "Valida delete masks that clear no bit", false, false)

uint32_t ValidaRedundantMask::bitsOf(const MachineOperand &MO) const {
  if (MO.isImm())
    return static_cast<uint32_t>(MO.getImm());
  if (!MO.isReg() || !MO.getReg().isVirtual())
    return ~0u;
  return MayBeSet.lookup(MO.getReg());
}

/// The bits the register MI defines may have set, from what is known of
/// its operands so far.
uint32_t ValidaRedundantMask::transfer(const MachineInstr &MI) const {
  switch (MI.getOpcode()) {
  case TargetOpcode::PHI: {
    uint32_t Bits = 0;
    for (unsigned I = 1; I < MI.getNumOperands(); I += 2)
      Bits |= bitsOf(MI.getOperand(I));
    return Bits;
  }
  case TargetOpcode::COPY:
    return bitsOf(MI.getOperand(1));
  case Valida::LOADU8rr:
    return 0xFF;
  case Valida::IMM32r:
    return MI.getOperand(1).isImm() ? bitsOf(MI.getOperand(1)) : ~0u;
  case Valida::ANDrrr:
  case Valida::ANDrri:
    return bitsOf(MI.getOperand(1)) & bitsOf(MI.getOperand(2));
  case Valida::ORrrr:
  case Valida::ORrri:
  case Valida::XORrrr:
  case Valida::XORrri:
    return bitsOf(MI.getOperand(1)) | bitsOf(MI.getOperand(2));
  case Valida::SHRrri:
    if (!MI.getOperand(2).isImm())
      return ~0u;
    return bitsOf(MI.getOperand(1)) >> (MI.getOperand(2).getImm() & 31);
  case Valida::LTrrr:
  case Valida::LTrri:
  case Valida::LTrir:
  case Valida::LTErrr:
  case Valida::LTErri:
  case Valida::LTErir:
  case Valida::SLTrrr:
  case Valida::SLTrri:
  case Valida::SLTrir:
  case Valida::SLErrr:
  case Valida::SLErri:
  case Valida::SLErir:
  case Valida::EQrrr:
  case Valida::EQrri:
  case Valida::NErrr:
  case Valida::NErri:
    return 1;
  default:
    return ~0u;
  }
}

bool ValidaRedundantMask::runOnMachineFunction(MachineFunction &MF) {
  if (DisableRedundantMask || skipFunction(MF.getFunction()))
    return false;
  MRI = &MF.getRegInfo();
  MayBeSet.clear();

  // Every transfer only grows with its inputs, so starting from no bits
  // and iterating until nothing changes gives the least fixed point.
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (MachineBasicBlock &MBB : MF)
      for (MachineInstr &MI : MBB)
        for (const MachineOperand &MO : MI.all_defs()) {
          if (!MO.getReg().isVirtual())
            continue;
          // Only a single result in operand 0 is modelled; anything else
          // (an inline asm output, a second result) may have any bit set.
          bool Modelled = MO.getOperandNo() == 0 && MI.getNumDefs() == 1;
          Register Def = MO.getReg();
          uint32_t Bits =
              (Modelled ? transfer(MI) : ~0u) | MayBeSet.lookup(Def);
          auto [It, Inserted] = MayBeSet.try_emplace(Def, Bits);
          if (Inserted || It->second != Bits) {
            It->second = Bits;
            Changed = true;
          }
        }
  }

  bool Deleted = false;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : make_early_inc_range(MBB)) {
      if (MI.getOpcode() != Valida::ANDrri || !MI.getOperand(2).isImm())
        continue;
      Register Dst = MI.getOperand(0).getReg();
      const MachineOperand &Src = MI.getOperand(1);
      if (!Src.isReg() || !Src.getReg().isVirtual() || !Dst.isVirtual())
        continue;
      uint32_t Mask = static_cast<uint32_t>(MI.getOperand(2).getImm());
      if ((MayBeSet.lookup(Src.getReg()) & ~Mask) != 0)
        continue;
      if (!MRI->constrainRegClass(Src.getReg(), MRI->getRegClass(Dst)))
        continue;
      Register Kept = Src.getReg();
      MI.eraseFromParent();
      MRI->replaceRegWith(Dst, Kept);
      MRI->clearKillFlags(Kept);
      ++NumMasksDeleted;
      Deleted = true;
    }
  return Deleted;
}

FunctionPass *llvm::createValidaRedundantMaskPass() {
  return new ValidaRedundantMask();
}
