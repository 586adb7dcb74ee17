//===-- ValidaMCInstLower.cpp - MachineInstr to MCInst lowering -----------===//

#include "ValidaMCInstLower.h"
#include "llvm/CodeGen/AsmPrinter.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/MachineOperand.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

MCOperand ValidaMCInstLower::lowerSymbolOperand(const MachineOperand &MO,
                                                MCSymbol *Sym,
                                                int64_t Offset) const {
  const MCExpr *Expr = MCSymbolRefExpr::create(Sym, Ctx);
  if (Offset != 0)
    Expr = MCBinaryExpr::createAdd(Expr, MCConstantExpr::create(Offset, Ctx),
                                   Ctx);
  return MCOperand::createExpr(Expr);
}

static void reportUnsupportedOperand(const MachineInstr &MI,
                                     const MachineOperand &MO,
                                     const char *What) {
  const MachineFunction *MF = MI.getMF();
  std::string Msg;
  raw_string_ostream OS(Msg);
  OS << "Valida asm printer: " << What << " operand ";
  MO.print(OS);
  OS << " in instruction ";
  MI.print(OS, /*IsStandalone=*/true, /*SkipOpers=*/false,
           /*SkipDebugLoc=*/true, /*AddNewLine=*/false);
  OS << " cannot be emitted";
  if (MF) {
    const Function &F = MF->getFunction();
    F.getContext().diagnose(DiagnosticInfoUnsupported(F, Msg, MI.getDebugLoc()));
  } else {
    report_fatal_error(Twine(Msg));
  }
}

bool ValidaMCInstLower::lowerOperand(const MachineInstr &MI,
                                     const MachineOperand &MO,
                                     MCOperand &MCOp) const {
  switch (MO.getType()) {
  case MachineOperand::MO_Register:
    // Implicit uses/defs (fp, pc) have no encoding.
    if (MO.isImplicit())
      return false;
    MCOp = MCOperand::createReg(MO.getReg());
    return true;
  case MachineOperand::MO_Immediate:
    MCOp = MCOperand::createImm(MO.getImm());
    return true;
  case MachineOperand::MO_MachineBasicBlock:
    MCOp = lowerSymbolOperand(MO, MO.getMBB()->getSymbol(), 0);
    return true;
  case MachineOperand::MO_GlobalAddress:
    MCOp = lowerSymbolOperand(MO, Printer.getSymbol(MO.getGlobal()),
                              MO.getOffset());
    return true;
  case MachineOperand::MO_ExternalSymbol:
    MCOp = lowerSymbolOperand(
        MO, Printer.GetExternalSymbolSymbol(MO.getSymbolName()),
        MO.getOffset());
    return true;
  case MachineOperand::MO_JumpTableIndex:
    MCOp = lowerSymbolOperand(MO, Printer.GetJTISymbol(MO.getIndex()), 0);
    return true;
  case MachineOperand::MO_ConstantPoolIndex:
    MCOp = lowerSymbolOperand(MO, Printer.GetCPISymbol(MO.getIndex()),
                              MO.getOffset());
    return true;
  case MachineOperand::MO_BlockAddress:
    MCOp = lowerSymbolOperand(
        MO, Printer.GetBlockAddressSymbol(MO.getBlockAddress()),
        MO.getOffset());
    return true;
  case MachineOperand::MO_MCSymbol:
    MCOp = lowerSymbolOperand(MO, MO.getMCSymbol(), MO.getOffset());
    return true;
  case MachineOperand::MO_RegisterMask:
  case MachineOperand::MO_RegisterLiveOut:
    return false;
  case MachineOperand::MO_FrameIndex:
    reportUnsupportedOperand(MI, MO, "unresolved frame index");
    break;
  case MachineOperand::MO_CImmediate:
    reportUnsupportedOperand(MI, MO, "wide integer immediate");
    break;
  case MachineOperand::MO_FPImmediate:
    reportUnsupportedOperand(MI, MO, "floating-point immediate");
    break;
  default:
    reportUnsupportedOperand(MI, MO, "unsupported");
    break;
  }
  // Keep the operand count right so that printing/encoding do not trip over
  // a missing operand after the error has been reported.
  MCOp = MCOperand::createImm(0);
  return true;
}

void ValidaMCInstLower::lower(const MachineInstr *MI, MCInst &OutMI) const {
  OutMI.setOpcode(MI->getOpcode());
  for (const MachineOperand &MO : MI->operands()) {
    MCOperand MCOp;
    if (lowerOperand(*MI, MO, MCOp))
      OutMI.addOperand(MCOp);
  }
}
