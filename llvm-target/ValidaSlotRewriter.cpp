//===-- ValidaSlotRewriter.cpp - Rewrite vregs into frame slots -----------===//
//
//   %2:gpr = ADDrrr %0, %1        ->  ADDfff %stack.2, %stack.0, %stack.1
//   %3:gpr = COPY %2              ->  LWff %stack.3, %stack.2
//   %4:gpr = IMPLICIT_DEF         ->  (deleted)
//   INLINEASM "" (%5 tied to %6)  ->  LWff %stack.5, %stack.6 (or nothing)
//   INLINEASM "add $0, $1, 5" %7, %8 ->  INLINEASM ... %stack.7, %stack.8
//
//===----------------------------------------------------------------------===//

#include "ValidaSlotRewriter.h"
#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "ValidaInstrInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"

using namespace llvm;

static void unsupported(MachineFunction &MF, const MachineInstr &MI,
                        const Twine &Why) {
  const Function &F = MF.getFunction();
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  F.getContext().diagnose(DiagnosticInfoUnsupported(
      F, Twine("cannot lower ") + TII.getName(MI.getOpcode()) + ": " + Why,
      MI.getDebugLoc()));
}

bool llvm::rewriteVirtRegsToSlots(MachineFunction &MF,
                                  function_ref<int(Register)> SlotOf,
                                  SlotRewriteStats &Stats) {
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  MachineRegisterInfo &MRI = MF.getRegInfo();
  bool Ok = true;

  for (MachineBasicBlock &MBB : MF) {
    for (MachineInstr &MI : make_early_inc_range(MBB)) {
      unsigned Opc = MI.getOpcode();
      if (Opc == TargetOpcode::IMPLICIT_DEF || Opc == TargetOpcode::KILL) {
        MI.eraseFromParent();
        continue;
      }
      if (MI.isInlineAsm()) {
        // An empty asm string is an optimisation barrier: its memory clobber
        // has been honoured by every pass so far (the INLINEASM has side
        // effects); what is left is to keep operand values. An output tied
        // to an input ("+r") gets the input's value; untied outputs are
        // undefined.
        StringRef Asm =
            MI.getOperand(InlineAsm::MIOp_AsmString).getSymbolName();
        if (!Asm.trim().empty()) {
          // Real instructions: every "r" operand becomes its vreg's frame
          // slot, printed `N(fp)` by ValidaAsmPrinter::PrintAsmOperand. A
          // tied output ("+r") is the input's value in the output's slot:
          // copy it there first, then both operands name that slot.
          for (unsigned Idx = 0, E = MI.getNumOperands(); Idx != E; ++Idx) {
            MachineOperand &MO = MI.getOperand(Idx);
            unsigned UseIdx;
            if (!MO.isReg() || !MO.isDef() || !MO.getReg().isVirtual() ||
                !MI.isRegTiedToUseOperand(Idx, &UseIdx))
              continue;
            Register Src = MI.getOperand(UseIdx).getReg();
            int DstFI = SlotOf(MO.getReg());
            MI.untieRegOperand(Idx);
            if (Src.isVirtual() && SlotOf(Src) != DstFI)
              BuildMI(MBB, MI, MI.getDebugLoc(), TII.get(Valida::LWff))
                  .addFrameIndex(DstFI)
                  .addFrameIndex(SlotOf(Src));
            MI.getOperand(UseIdx).ChangeToFrameIndex(DstFI);
          }
          for (unsigned Idx = 0, E = MI.getNumOperands(); Idx != E; ++Idx) {
            MachineOperand &MO = MI.getOperand(Idx);
            if (!MO.isReg() || MO.isImplicit() || !MO.getReg().isVirtual())
              continue;
            MO.ChangeToFrameIndex(SlotOf(MO.getReg()));
          }
          ++Stats.Rewritten;
          continue;
        }
        for (unsigned Idx = 0, E = MI.getNumOperands(); Idx != E; ++Idx) {
          const MachineOperand &MO = MI.getOperand(Idx);
          unsigned UseIdx;
          if (!MO.isReg() || !MO.isDef() || !MO.getReg().isVirtual() ||
              !MI.isRegTiedToUseOperand(Idx, &UseIdx))
            continue;
          Register Src = MI.getOperand(UseIdx).getReg();
          if (!Src.isVirtual())
            continue;
          int DstFI = SlotOf(MO.getReg()), SrcFI = SlotOf(Src);
          if (DstFI != SrcFI)
            BuildMI(MBB, MI, MI.getDebugLoc(), TII.get(Valida::LWff))
                .addFrameIndex(DstFI)
                .addFrameIndex(SrcFI);
        }
        MI.eraseFromParent();
        continue;
      }
      if (MI.isDebugInstr()) {
        // A variable whose value is in a vreg now lives in that vreg's
        // slot: DBG_VALUE %vreg becomes the indirect DBG_VALUE %stack.N, 0
        // (a memory location at N(fp)); a value that was already indirect
        // (the vreg held the variable's address) gains a dereference.
        // Registers with no real use have no slot: their location is lost.
        if (MI.isNonListDebugValue() && MI.getDebugOperand(0).isReg()) {
          Register R = MI.getDebugOperand(0).getReg();
          if (R.isVirtual() && !MRI.reg_nodbg_empty(R)) {
            if (MI.isIndirectDebugValue())
              MI.getDebugExpressionOp().setMetadata(DIExpression::prepend(
                  MI.getDebugExpression(), DIExpression::DerefBefore));
            MI.getDebugOperand(0).ChangeToFrameIndex(SlotOf(R));
            MI.getDebugOffset().ChangeToImmediate(0);
            continue;
          }
        }
        for (MachineOperand &MO : MI.operands())
          if (MO.isReg() && MO.getReg().isVirtual())
            MO.setReg(Register());
        continue;
      }
      if (MI.isCopy()) {
        Register Dst = MI.getOperand(0).getReg();
        Register Src = MI.getOperand(1).getReg();
        if (!Dst.isVirtual() || !Src.isVirtual()) {
          unsupported(MF, MI, "copy of a physical register");
          Ok = false;
          MI.eraseFromParent();
          continue;
        }
        int DstFI = SlotOf(Dst), SrcFI = SlotOf(Src);
        if (DstFI == SrcFI) {
          ++Stats.CopiesRemoved;
        } else {
          BuildMI(MBB, MI, MI.getDebugLoc(), TII.get(Valida::LWff))
              .addFrameIndex(DstFI)
              .addFrameIndex(SrcFI);
          ++Stats.Rewritten;
        }
        MI.eraseFromParent();
        continue;
      }

      bool Changed = false;
      for (unsigned Idx = 0, E = MI.getNumExplicitOperands(); Idx != E;
           ++Idx) {
        MachineOperand &MO = MI.getOperand(Idx);
        if (!MO.isReg() || !MO.getReg().isVirtual())
          continue;
        int NewOpc = Valida::getFrameFormOpcode(MI.getOpcode(), Idx);
        if (NewOpc < 0) {
          unsupported(MF, MI, "no frame form for operand " + Twine(Idx));
          Ok = false;
          break;
        }
        int FI = SlotOf(MO.getReg());
        MI.setDesc(TII.get(NewOpc));
        MO.ChangeToFrameIndex(FI);
        Changed = true;
      }
      // Implicit virtual register operands would be a selection bug.
      for (MachineOperand &MO : MI.operands())
        if (MO.isReg() && MO.getReg().isVirtual()) {
          unsupported(MF, MI, "register operand left after lowering");
          MO.setReg(Register());
          Ok = false;
        }
      if (Changed)
        ++Stats.Rewritten;
    }
  }

  MRI.clearVirtRegs();
  return Ok;
}
