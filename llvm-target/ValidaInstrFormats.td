//===-- ValidaInstrFormats.td - Valida instruction formats -*- tablegen -*-===//
//
// One native Valida instruction is a 24-byte record of six little-endian
// 32-bit words: opcode, a, b, c, d, e. `Inst` holds them with the opcode in
// bits 31-0, a in 63-32, b in 95-64, c in 127-96, d in 159-128 and e in
// 191-160. e=1 makes c an immediate; d=1 makes b an immediate (compares).
//
// Besides the native instructions there are CodeGen-only *forms*: the same
// operation with some operands in virtual registers ("r") instead of frame
// slots ("f"). ValidaForm records which kind each MI operand has; the
// relation tables in ValidaRelations.td map between forms.
//
//===----------------------------------------------------------------------===//

// Form description: the operation (row key of the relation tables) and the
// kind of MI operands 0, 1 and 2: "r" virtual register, "f" frame slot,
// "i" immediate, "-" something that has no other form (label, symbol, none).
class ValidaForm<string base, string k0, string k1, string k2> {
  string BaseOp = base;
  string Op0 = k0;
  string Op1 = k1;
  string Op2 = k2;
}

// Conditional branch forms (BEQ/BNE), for the branch inversion relation.
class ValidaBranchForm<string cond> {
  string BranchCond = cond;
}

class ValidaInst<dag outs, dag ins, string asmstr, list<dag> pattern>
    : Instruction {
  let Namespace = "Valida";
  let OutOperandList = outs;
  let InOperandList = ins;
  let AsmString = asmstr;
  let Pattern = pattern;
  let Size = 24;
  let hasSideEffects = 0;
  let mayLoad = 0;
  let mayStore = 0;
  // MI operand 0 is the destination (written), not a source. Lets
  // slot-level passes tell reads from writes of frame operands.
  bit WritesOp0 = 0;
  let TSFlags{0} = WritesOp0;
}

// A native instruction: exactly one 24-byte record. Subclasses fill words
// a..e; unused words are 0.
class ValidaNative<bits<32> opcode, dag outs, dag ins, string asmstr,
                   list<dag> pattern = []>
    : ValidaInst<outs, ins, asmstr, pattern> {
  field bits<192> Inst;
  field bits<192> SoftFail = 0;
  let Inst{31-0} = opcode;
}

// a, b, c all operands; d and e constant flags.
class FmtABC<bits<32> opcode, dag outs, dag ins, string asmstr,
             bits<32> dflag, bits<32> eflag, list<dag> pattern = []>
    : ValidaNative<opcode, outs, ins, asmstr, pattern> {
  bits<32> a;
  bits<32> b;
  bits<32> c;
  let Inst{63-32} = a;
  let Inst{95-64} = b;
  let Inst{127-96} = c;
  let Inst{159-128} = dflag;
  let Inst{191-160} = eflag;
}

// a and c operands, b = 0 (LOAD32, LOADU8, LOADS8).
class FmtAC<bits<32> opcode, dag outs, dag ins, string asmstr>
    : ValidaNative<opcode, outs, ins, asmstr> {
  bits<32> a;
  bits<32> c;
  let Inst{63-32} = a;
  let Inst{95-64} = 0;
  let Inst{127-96} = c;
  let Inst{191-128} = 0;
}

// b and c operands, a = 0 (STORE32, STOREU8).
class FmtBC<bits<32> opcode, dag outs, dag ins, string asmstr>
    : ValidaNative<opcode, outs, ins, asmstr> {
  bits<32> b;
  bits<32> c;
  let Inst{63-32} = 0;
  let Inst{95-64} = b;
  let Inst{127-96} = c;
  let Inst{191-128} = 0;
}

// a and b operands (LOADFP, SECP256K1 ops).
class FmtAB<bits<32> opcode, dag outs, dag ins, string asmstr>
    : ValidaNative<opcode, outs, ins, asmstr> {
  bits<32> a;
  bits<32> b;
  let Inst{63-32} = a;
  let Inst{95-64} = b;
  let Inst{191-96} = 0;
}

// Only operand a (READ_ADVICE; JMP = BEQ a, 0(fp), 0(fp)).
class FmtA<bits<32> opcode, dag outs, dag ins, string asmstr>
    : ValidaNative<opcode, outs, ins, asmstr> {
  bits<32> a;
  let Inst{63-32} = a;
  let Inst{191-64} = 0;
}

// Only operand b, e given (WRITE has e=1, KECCAKF e=0).
class FmtB<bits<32> opcode, dag outs, dag ins, string asmstr, bits<32> eflag>
    : ValidaNative<opcode, outs, ins, asmstr> {
  bits<32> b;
  let Inst{63-32} = 0;
  let Inst{95-64} = b;
  let Inst{159-96} = 0;
  let Inst{191-160} = eflag;
}

// No operands (STOP, FAIL).
class FmtNone<bits<32> opcode, string asmstr>
    : ValidaNative<opcode, (outs), (ins), asmstr> {
  let Inst{191-32} = 0;
}

// IMM32: a = destination slot, value bytes LSB first in b, c, d, e.
class FmtImm32<bits<32> opcode, dag outs, dag ins, string asmstr>
    : ValidaNative<opcode, outs, ins, asmstr> {
  bits<32> a;
  bits<32> imm;
  let Inst{63-32} = a;
  let Inst{71-64} = imm{7-0};
  let Inst{95-72} = 0;
  let Inst{103-96} = imm{15-8};
  let Inst{127-104} = 0;
  let Inst{135-128} = imm{23-16};
  let Inst{159-136} = 0;
  let Inst{167-160} = imm{31-24};
  let Inst{191-168} = 0;
}

// A CodeGen-only form. Never reaches the MC layer: the vreg lowering pass
// rewrites it to its native form, or expandPostRAPseudo expands it.
class ValidaPseudo<dag outs, dag ins, list<dag> pattern = []>
    : ValidaInst<outs, ins, "", pattern> {
  let isPseudo = 1;
  let isCodeGenOnly = 1;
}
