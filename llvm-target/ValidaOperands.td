//===-- ValidaOperands.td - Valida operand kinds -----------*- tablegen -*-===//
//
// Operand kinds of Valida instructions. Every MachineOperand listed here is a
// single MachineOperand (important for the form relations: the Nth MI operand
// is the Nth instruction operand in every form).
//
//===----------------------------------------------------------------------===//

// A frame slot `N(fp)`. Before prologue/epilogue insertion it holds a frame
// index (or a target-index operand naming a slot of the callee frame at a
// call site, see ValidaBaseInfo/ValidaInstrInfo.h); afterwards an immediate
// byte offset from fp.
// Assembly operand class of a frame slot: `N(fp)` (the parser's Frame
// operand kind; see AsmParser/ValidaAsmParser.cpp).
def FrameAsmOperand : AsmOperandClass {
  let Name = "Frame";
  let RenderMethod = "addImmOperands";
  let DiagnosticString = "operand must be a frame slot N(fp)";
}

def frameoff : Operand<i32> {
  let PrintMethod = "printFrameOperand";
  let ParserMatchClass = FrameAsmOperand;
  let OperandType = "OPERAND_MEMORY";
}

// A plain 32-bit immediate (operand c of the `...i` forms, operand b of the
// left-immediate compares, branch-immediate operand c).
def simm32 : Operand<i32> {
  let OperandType = "OPERAND_IMMEDIATE";
}

// Operand b of LOADFP: an immediate added to fp. Before frame lowering it may
// be a frame index, printed as a bare number afterwards.
def frameaddr : Operand<i32>;

// Operand c of JAL: the signed fp delta -N. Before frame lowering it is a
// target-index operand (valida-neg-frame-size) resolved once N is known.
def calldelta : Operand<i32>;

// The 32-bit value of IMM32: a constant, or a symbol (+offset) needing the
// R_VALIDA_IMM32 relocation. Encoded as four byte fields b, c, d, e (LSB
// first) by the code emitter; printed as `b0, b1, b2, b3` or `sym+off`.
def imm32op : Operand<i32> {
  let PrintMethod = "printImm32Operand";
  let EncoderMethod = "getImm32OpValue";
}

// A code address inside the function (BEQ/BNE operand a): an MCExpr of a
// basic-block label; R_VALIDA_32 at record offset +4.
def brtarget : Operand<OtherVT> {
  let EncoderMethod = "getBranchTargetOpValue";
}

// The target of JAL (operand b): a function symbol; R_VALIDA_32 at record
// offset +8.
def calltarget : Operand<i32> {
  let EncoderMethod = "getCallTargetOpValue";
}

// A frame object plus a constant byte offset (two MI operands: frame index,
// immediate). Only in CodeGen-only forms; frame lowering folds the pair into
// one fp offset.
def frameaddroff : Operand<i32> {
  let MIOperandInfo = (ops frameaddr, simm32);
}
