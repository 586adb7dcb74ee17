//===-- ValidaInstPrinter.cpp - Valida assembly instruction printer -------===//

#include "MCTargetDesc/ValidaInstPrinter.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

#define DEBUG_TYPE "asm-printer"

// Include the auto-generated portion of the assembly writer.
#include "ValidaGenAsmWriter.inc"

void ValidaInstPrinter::printInst(const MCInst *MI, uint64_t Address,
                                  StringRef Annot, const MCSubtargetInfo &STI,
                                  raw_ostream &O) {
  printInstruction(MI, Address, O);
  printAnnotation(O, Annot);
}

void ValidaInstPrinter::printRegName(raw_ostream &O, MCRegister Reg) {
  O << getRegisterName(Reg);
}

void ValidaInstPrinter::printOperand(const MCInst *MI, unsigned OpNo,
                                     raw_ostream &O) {
  const MCOperand &Op = MI->getOperand(OpNo);
  if (Op.isReg()) {
    printRegName(O, Op.getReg());
    return;
  }
  if (Op.isImm()) {
    // Operands are signed 32-bit words.
    O << static_cast<int32_t>(Op.getImm());
    return;
  }
  assert(Op.isExpr() && "unknown operand kind in printOperand");
  MAI.printExpr(O, *Op.getExpr());
}

void ValidaInstPrinter::printFrameOperand(const MCInst *MI, unsigned OpNo,
                                          raw_ostream &O) {
  const MCOperand &Op = MI->getOperand(OpNo);
  if (Op.isImm()) {
    O << static_cast<int32_t>(Op.getImm()) << "(fp)";
    return;
  }
  // Not expected for native forms; print something readable.
  printOperand(MI, OpNo, O);
  O << "(fp)";
}

void ValidaInstPrinter::printImm32Operand(const MCInst *MI, unsigned OpNo,
                                          raw_ostream &O) {
  const MCOperand &Op = MI->getOperand(OpNo);
  int64_t Value;
  if (Op.isImm() ||
      (Op.isExpr() && Op.getExpr()->evaluateAsAbsolute(Value))) {
    uint32_t V = static_cast<uint32_t>(Op.isImm() ? Op.getImm() : Value);
    O << (V & 0xff) << ", " << ((V >> 8) & 0xff) << ", " << ((V >> 16) & 0xff)
      << ", " << (V >> 24);
    return;
  }
  printOperand(MI, OpNo, O);
}
