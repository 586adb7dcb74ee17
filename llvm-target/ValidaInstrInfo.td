//===-- ValidaInstrInfo.td - Valida instructions -----------*- tablegen -*-===//
//
// Native instructions (valida-isa.md section 1) and their CodeGen-only forms.
//
// MI operand order of every NATIVE instruction (what the MC layer sees; every
// operand is one MCOperand; "slot" = frameoff, an immediate byte offset from
// fp printed as `N(fp)`; "imm" = plain immediate):
//
//   OPfff   a slot, b slot, c slot       `op a, b, c`          d=0 e=0
//   OPffi   a slot, b slot, c imm        `opi a, b, c`         d=0 e=1
//   OPfif   a slot, b imm, c slot        `iop a, b, c`         d=1 e=0
//           (OP = ADD SUB MUL DIV SDIV MULHU MULHS LT LTE SLT SLE EQ NE SHL
//            SHR SRA AND OR XOR; OPfif only for LT LTE SLT SLE; mnemonic of
//            fif: ilt ilte islt isle)
//   LOAD32ff  a slot, c slot             `lw a, c`      (b=0)
//   LOADU8ff / LOADS8ff  like LOAD32ff   `loadu8` / `loads8`
//   STORE32ff b slot, c slot             `sw b, c`      (a=0)
//   STOREU8ff like STORE32ff             `storeu8 b, c`
//   IMM32f    a slot, imm imm32op        `imm32 a, b0, b1, b2, b3`: the value's
//             bytes go LSB first into words b, c, d, e (EncoderMethod
//             getImm32OpValue returns the 32-bit value; for a symbol it emits
//             R_VALIDA_IMM32 at record offset 0). PrintMethod printImm32Operand.
//   LOADFPf   a slot, b imm              `loadfp a, b`
//   JAL       a slot, b calltarget, c imm  `jal a, b, c` (EncoderMethod of b:
//             getCallTargetOpValue, R_VALIDA_32 at record offset +8)
//   JALVfff   a slot, b slot, c slot     `jalv a, b, c`
//   JMPVfff   like JALVfff (opcode 4), used for indirectbr (c holds 0)
//   RET       no operands: `jalv -4(fp), 0(fp), 8(fp)` (opcode 4, a=-4, b=0, c=8)
//   BEQff     a brtarget, b slot, c slot `beq a, b, c` (EncoderMethod of a:
//             getBranchTargetOpValue, R_VALIDA_32 at record offset +4)
//   BEQfi     a brtarget, b slot, c imm  `beqi a, b, c`  (e=1)
//   BNEff / BNEfi  likewise              `bne` / `bnei`
//   JMP       a brtarget                 `beq a, 0(fp), 0(fp)` (opcode 5, b=c=0)
//   WRITEf    b slot                     `write 0, b, 0, 0, 1`  (e=1)
//   ADVREADf  a slot                     `advread a`
//   KECCAKFf  b slot                     `keccakf 0, b`
//   MEMCPYfff a slot, b slot, c slot     `memcpy a, b, c`
//   SECPCOMBff/SECPSMULff/SECPSINVff/SECPMULSff  a slot, b slot
//   FEADDfff/FESUBfff/FEMULfff  a, b, c slots  `feadd a, b, c` ...
//   STOP, FAIL  no operands              `stop`, `fail`
//
// Forms: OP<k0><k1><k2> where kN is the kind of MI operand N: r = virtual
// register (GPR), f = frame slot, i = immediate. Only the all-f(+i) forms are
// native; the others exist between instruction selection and the vreg
// lowering pass. LWrf/SWfr/LWff/SWff are frame-slot moves (LWff and SWff are
// expanded to `addi a, b, 0` after lowering).
//
//===----------------------------------------------------------------------===//

//===----------------------------------------------------------------------===//
// Selection DAG nodes
//===----------------------------------------------------------------------===//

def SDT_ValidaCallSeqStart : SDCallSeqStart<[SDTCisVT<0, i32>,
                                             SDTCisVT<1, i32>]>;
def SDT_ValidaCallSeqEnd   : SDCallSeqEnd<[SDTCisVT<0, i32>,
                                           SDTCisVT<1, i32>]>;
def callseq_start : SDNode<"ISD::CALLSEQ_START", SDT_ValidaCallSeqStart,
                           [SDNPHasChain, SDNPOutGlue]>;
def callseq_end   : SDNode<"ISD::CALLSEQ_END", SDT_ValidaCallSeqEnd,
                           [SDNPHasChain, SDNPOptInGlue, SDNPOutGlue]>;

def ValidaRetGlue : SDNode<"ValidaISD::RET_GLUE", SDTNone,
                           [SDNPHasChain, SDNPOptInGlue, SDNPVariadic]>;
def ValidaWrapper : SDNode<"ValidaISD::WRAPPER", SDTIntUnaryOp>;

def SDT_ValidaOneOp : SDTypeProfile<0, 1, [SDTCisVT<0, i32>]>;
def SDT_ValidaOneRes : SDTypeProfile<1, 0, [SDTCisVT<0, i32>]>;
def ValidaWrite : SDNode<"ValidaISD::WRITE", SDT_ValidaOneOp,
                         [SDNPHasChain, SDNPSideEffect]>;
def ValidaReadAdvice : SDNode<"ValidaISD::READ_ADVICE", SDT_ValidaOneRes,
                              [SDNPHasChain, SDNPSideEffect]>;
def ValidaStop : SDNode<"ValidaISD::STOP", SDTNone,
                        [SDNPHasChain, SDNPSideEffect]>;
def ValidaFail : SDNode<"ValidaISD::FAIL", SDTNone,
                        [SDNPHasChain, SDNPSideEffect]>;
def ValidaKeccakf : SDNode<"ValidaISD::KECCAKF", SDT_ValidaOneOp,
                           [SDNPHasChain, SDNPSideEffect, SDNPMayLoad,
                            SDNPMayStore]>;
def SDT_ValidaMemcpy : SDTypeProfile<0, 3, [SDTCisVT<0, i32>, SDTCisVT<1, i32>,
                                            SDTCisVT<2, i32>]>;
def ValidaMemcpy : SDNode<"ValidaISD::MEMCPY", SDT_ValidaMemcpy,
                          [SDNPHasChain, SDNPMayLoad, SDNPMayStore]>;

// A frame index used directly as the slot of a frame-form operand.
def FrameAddr : ComplexPattern<iPTR, 1, "SelectFrameAddr", [frameindex], []>;
// A frame index plus a constant: (frame index, offset).
def FrameAddrOff : ComplexPattern<iPTR, 2, "SelectFrameAddrOff", [add, or], []>;
// Same, for word accesses: offset a multiple of 4, object word-aligned.
def FrameWordOff : ComplexPattern<iPTR, 2, "SelectFrameWordOff", [add, or], []>;

//===----------------------------------------------------------------------===//
// Operand-kind helpers for the form multiclasses
//===----------------------------------------------------------------------===//

class KindOp<string k, DAGOperand ImmOp = simm32> {
  DAGOperand ret = !cond(!eq(k, "r") : GPR,
                         !eq(k, "f") : frameoff,
                         true        : ImmOp);
}

// Operand lists of a form whose MI operand 0 is a result (ALU, loads, moves):
// an "r" destination is a def, an "f" destination is a slot use.
class DefForm<string f, list<string> names> {
  string k0 = !substr(f, 0, 1);
  dag Outs = !if(!eq(k0, "r"), !dag(outs, [GPR], [names[0]]), (outs));
  dag Ins = !foldl(!if(!eq(k0, "r"), (ins),
                       !dag(ins, [KindOp<k0>.ret], [names[0]])),
                   !range(1, !size(f)), acc, i,
                   !con(acc, !dag(ins, [KindOp<!substr(f, i, 1)>.ret],
                                  [names[i]])));
  bit loads = !ne(!find(!substr(f, 1), "f"), -1);
  bit stores = !eq(k0, "f");
}

// Operand lists of a form all of whose operands are sources.
class UseForm<string f, list<string> names> {
  dag Ins = !foldl((ins), !range(0, !size(f)), acc, i,
                   !con(acc, !dag(ins, [KindOp<!substr(f, i, 1)>.ret],
                                  [names[i]])));
  bit loads = !ne(!find(f, "f"), -1);
}

class FormOf<string base, string f>
    : ValidaForm<base, !substr(f, 0, 1),
                 !if(!gt(!size(f), 1), !substr(f, 1, 1), "-"),
                 !if(!gt(!size(f), 2), !substr(f, 2, 1), "-")>;

//===----------------------------------------------------------------------===//
// Three-operand ALU instructions
//===----------------------------------------------------------------------===//

multiclass ValidaALU<string mn, bits<32> opc, bit leftImm = 0> {
  defvar base = NAME;
  defvar pseudos = !listconcat(
      ["rrr", "rrf", "rfr", "rff", "frr", "frf", "ffr", "rri", "rfi", "fri"],
      !if(leftImm, ["rir", "rif", "fir"], []));
  foreach f = pseudos in
    def NAME#f : ValidaPseudo<DefForm<f, ["a", "b", "c"]>.Outs,
                              DefForm<f, ["a", "b", "c"]>.Ins>,
                 FormOf<base, f> {
      let mayLoad = DefForm<f, ["a", "b", "c"]>.loads;
      let mayStore = DefForm<f, ["a", "b", "c"]>.stores;
    }
  let mayLoad = 1, mayStore = 1 in {
    def NAME#fff : FmtABC<opc, (outs),
                          (ins frameoff:$a, frameoff:$b, frameoff:$c),
                          mn#" $a, $b, $c", 0, 0>, FormOf<base, "fff">;
    def NAME#ffi : FmtABC<opc, (outs),
                          (ins frameoff:$a, frameoff:$b, simm32:$c),
                          mn#"i $a, $b, $c", 0, 1>, FormOf<base, "ffi">;
    if leftImm then
      def NAME#fif : FmtABC<opc, (outs),
                            (ins frameoff:$a, simm32:$b, frameoff:$c),
                            "i"#mn#" $a, $b, $c", 1, 0>, FormOf<base, "fif">;
  }
}

let WritesOp0 = 1 in {
defm ADD   : ValidaALU<"add",   100>;
defm SUB   : ValidaALU<"sub",   101>;
defm MUL   : ValidaALU<"mul",   102>;
// Division traps on a zero divisor (and SDIV on INT_MIN / -1), so it must
// never be speculated: MachineLICM would otherwise hoist a guarded division
// out of its `if (d != 0)` block.
let hasSideEffects = 1 in
defm DIV   : ValidaALU<"div",   103>;
defm LT    : ValidaALU<"lt",    104, 1>;
defm SHL   : ValidaALU<"shl",   105>;
defm SHR   : ValidaALU<"shr",   106>;
defm AND   : ValidaALU<"and",   107>;
defm OR    : ValidaALU<"or",    108>;
defm XOR   : ValidaALU<"xor",   109>;
let hasSideEffects = 1 in
defm SDIV  : ValidaALU<"sdiv",  110>;
defm NE    : ValidaALU<"ne",    111>;
defm MULHU : ValidaALU<"mulhu", 112>;
defm SRA   : ValidaALU<"sra",   113>;
defm MULHS : ValidaALU<"mulhs", 114>;
defm LTE   : ValidaALU<"lte",   115, 1>;
defm EQ    : ValidaALU<"eq",    116>;
defm SLT   : ValidaALU<"slt",   117, 1>;
defm SLE   : ValidaALU<"sle",   118, 1>;
}

// Field arithmetic (not dispatched by the v1.0 VM; never selected).
multiclass ValidaFieldOp<string mn, bits<32> opc> {
  let mayLoad = 1, mayStore = 1, hasSideEffects = 1 in
  def NAME#fff : FmtABC<opc, (outs), (ins frameoff:$a, frameoff:$b, frameoff:$c),
                        mn#" $a, $b, $c", 0, 0>, FormOf<NAME, "fff">;
}
let WritesOp0 = 1 in {
defm FEADD : ValidaFieldOp<"feadd", 200>;
defm FESUB : ValidaFieldOp<"fesub", 201>;
defm FEMUL : ValidaFieldOp<"femul", 202>;
}

//===----------------------------------------------------------------------===//
// Memory through pointers: LOAD32/LOADU8/LOADS8 (a = dst, c = pointer) and
// STORE32/STOREU8 (b = pointer, c = value).
//===----------------------------------------------------------------------===//

multiclass ValidaLoad<string mn, bits<32> opc> {
  defvar base = NAME;
  foreach f = ["rr", "rf", "fr"] in
    def NAME#f : ValidaPseudo<DefForm<f, ["a", "c"]>.Outs,
                              DefForm<f, ["a", "c"]>.Ins>, FormOf<base, f> {
      let mayLoad = 1;
      let mayStore = DefForm<f, ["a", "c"]>.stores;
    }
  let mayLoad = 1, mayStore = 1 in
  def NAME#ff : FmtAC<opc, (outs), (ins frameoff:$a, frameoff:$c),
                      mn#" $a, $c">, FormOf<base, "ff">;
}

multiclass ValidaStore<string mn, bits<32> opc> {
  defvar base = NAME;
  foreach f = ["rr", "rf", "fr"] in
    def NAME#f : ValidaPseudo<(outs), UseForm<f, ["b", "c"]>.Ins>,
                 FormOf<base, f> {
      let mayStore = 1;
      let mayLoad = UseForm<f, ["b", "c"]>.loads;
    }
  let mayLoad = 1, mayStore = 1 in
  def NAME#ff : FmtBC<opc, (outs), (ins frameoff:$b, frameoff:$c),
                      mn#" $b, $c">, FormOf<base, "ff">;
}

let WritesOp0 = 1 in {
defm LOAD32  : ValidaLoad<"lw", 1>;
defm LOADU8  : ValidaLoad<"loadu8", 11>;
defm LOADS8  : ValidaLoad<"loads8", 12>;
}
defm STORE32 : ValidaStore<"sw", 2>;
defm STOREU8 : ValidaStore<"storeu8", 13>;

//===----------------------------------------------------------------------===//
// Frame-slot moves (seed naming): LW loads a frame slot into its destination,
// SW stores into a frame slot. LWff/SWff are slot-to-slot copies, expanded to
// ADDffi a, b, 0 by expandPostRAPseudo.
//===----------------------------------------------------------------------===//

let WritesOp0 = 1 in {
let mayLoad = 1 in {
def LWrf : ValidaPseudo<(outs GPR:$a), (ins frameoff:$b)>, FormOf<"LW", "rf">;
let mayStore = 1 in
def LWff : ValidaPseudo<(outs), (ins frameoff:$a, frameoff:$b)>,
           FormOf<"LW", "ff">;
}
let mayStore = 1 in {
def SWfr : ValidaPseudo<(outs), (ins frameoff:$a, GPR:$b)>, FormOf<"SW", "fr">;
let mayLoad = 1 in
def SWff : ValidaPseudo<(outs), (ins frameoff:$a, frameoff:$b)>,
           FormOf<"SW", "ff">;
}
}

// Frame object + constant offset (struct fields and array elements of
// locals): the offset is added to the object's fp offset by frame lowering
// (ValidaRegisterInfo::eliminateFrameIndex), which turns LWOff into LWff,
// SWOff into SWff and LOADFPOf into LOADFPf.
let WritesOp0 = 1 in {
let mayLoad = 1 in {
def LWOrf : ValidaPseudo<(outs GPR:$a), (ins frameaddroff:$fa)>,
            FormOf<"LWO", "r--">;
let mayStore = 1 in
def LWOff : ValidaPseudo<(outs), (ins frameoff:$a, frameaddroff:$fa)>,
            FormOf<"LWO", "f--">;
}
let isReMaterializable = 1, isAsCheapAsAMove = 1 in
def LOADFPOr : ValidaPseudo<(outs GPR:$a), (ins frameaddroff:$fa)>,
               FormOf<"LOADFPO", "r--">;
let mayStore = 1 in
def LOADFPOf : ValidaPseudo<(outs), (ins frameoff:$a, frameaddroff:$fa)>,
               FormOf<"LOADFPO", "f--">;
}
let mayStore = 1 in {
def SWOfr : ValidaPseudo<(outs), (ins frameaddroff:$fa, GPR:$v)>,
            FormOf<"SWO", "--r">;
let mayLoad = 1 in
def SWOff : ValidaPseudo<(outs), (ins frameaddroff:$fa, frameoff:$v)>,
            FormOf<"SWO", "--f">;
}

//===----------------------------------------------------------------------===//
// Constants and addresses
//===----------------------------------------------------------------------===//

let WritesOp0 = 1 in {
let isReMaterializable = 1, isAsCheapAsAMove = 1 in
def IMM32r : ValidaPseudo<(outs GPR:$a), (ins imm32op:$imm),
                          [(set GPR:$a, (i32 imm:$imm))]>, FormOf<"IMM32", "r">;
let mayStore = 1 in
def IMM32f : FmtImm32<7, (outs), (ins frameoff:$a, imm32op:$imm),
                      "imm32 $a, $imm">, FormOf<"IMM32", "f">;

// LOADFP a, b: [fp+a] = fp + b. b is a frame index until frame lowering.
let isReMaterializable = 1, isAsCheapAsAMove = 1 in
def LOADFPr : ValidaPseudo<(outs GPR:$a), (ins frameaddr:$b)>,
              FormOf<"LOADFP", "r-">;
let mayStore = 1 in
def LOADFPf : FmtAB<10, (outs), (ins frameoff:$a, frameaddr:$b),
                    "loadfp $a, $b">, FormOf<"LOADFP", "f-">;
}

//===----------------------------------------------------------------------===//
// Control flow
//===----------------------------------------------------------------------===//

multiclass ValidaBranch<string mn, bits<32> opc, string cond> {
  defvar base = NAME;
  let isBranch = 1, isTerminator = 1, mayLoad = 1 in {
    foreach f = ["rr", "rf", "fr"] in
      def NAME#f : ValidaPseudo<(outs),
                                !con((ins brtarget:$a),
                                     UseForm<f, ["b", "c"]>.Ins)>,
                   FormOf<base, "-"#f>, ValidaBranchForm<cond>;
    def NAME#ri : ValidaPseudo<(outs), (ins brtarget:$a, GPR:$b, simm32:$c)>,
                  FormOf<base, "-ri">, ValidaBranchForm<cond>;
    def NAME#ff : FmtABC<opc, (outs), (ins brtarget:$a, frameoff:$b, frameoff:$c),
                         mn#" $a, $b, $c", 0, 0>,
                  FormOf<base, "-ff">, ValidaBranchForm<cond>;
    def NAME#fi : FmtABC<opc, (outs), (ins brtarget:$a, frameoff:$b, simm32:$c),
                         mn#"i $a, $b, $c", 0, 1>,
                  FormOf<base, "-fi">, ValidaBranchForm<cond>;
  }
}

defm BEQ : ValidaBranch<"beq", 5, "eq">;
defm BNE : ValidaBranch<"bne", 6, "ne">;

// In assembly `beq L, 0(fp), 0(fp)` is BEQff (the same record).
let isBranch = 1, isTerminator = 1, isBarrier = 1, isCodeGenOnly = 1 in
def JMP : FmtA<5, (outs), (ins brtarget:$a), "beq $a, 0(fp), 0(fp)">;

// Direct call: a = return-address slot (-N), b = callee, c = fp delta (-N).
let isCall = 1, mayLoad = 1, mayStore = 1, hasSideEffects = 1 in
def JAL : FmtABC<3, (outs), (ins frameoff:$a, calltarget:$b, calldelta:$c),
                 "jal $a, $b, $c", 0, 0>;

// Indirect call: a = return-address slot, b = target slot, c = delta slot.
let isCall = 1, mayLoad = 1, mayStore = 1, hasSideEffects = 1 in {
  foreach f = ["frr", "frf", "ffr"] in
    def JALV#f : ValidaPseudo<(outs), UseForm<f, ["a", "b", "c"]>.Ins>,
                 FormOf<"JALV", f>;
  def JALVfff : FmtABC<4, (outs), (ins frameoff:$a, frameoff:$b, frameoff:$c),
                       "jalv $a, $b, $c", 0, 0>, FormOf<"JALV", "fff">;
}

// Indirect jump (indirectbr): JALV with fp delta 0, a = a dead slot. Not a
// call; shares the JALV native form through the relation tables.
let isBranch = 1, isTerminator = 1, isBarrier = 1, isIndirectBranch = 1,
    mayLoad = 1, mayStore = 1 in
foreach f = ["frr", "frf", "ffr"] in
  def JMPV#f : ValidaPseudo<(outs), UseForm<f, ["a", "b", "c"]>.Ins>,
               FormOf<"JMPV", f>;
let isBranch = 1, isTerminator = 1, isBarrier = 1, isIndirectBranch = 1,
    mayLoad = 1, mayStore = 1, isCodeGenOnly = 1 in
def JMPVfff : FmtABC<4, (outs), (ins frameoff:$a, frameoff:$b, frameoff:$c),
                     "jalv $a, $b, $c", 0, 0>, FormOf<"JMPV", "fff">;

// Return: jalv -4(fp), 0(fp), 8(fp).
// In assembly it is JALVfff (the same record).
let isReturn = 1, isTerminator = 1, isBarrier = 1, isCodeGenOnly = 1
    in
def RET : ValidaNative<4, (outs), (ins), "jalv -4(fp), 0(fp), 8(fp)"> {
  let Inst{63-32} = 0xfffffffc;
  let Inst{95-64} = 0;
  let Inst{127-96} = 8;
  let Inst{191-128} = 0;
}

let hasSideEffects = 1 in {
def ADJCALLSTACKDOWN : ValidaPseudo<(outs), (ins i32imm:$amt1, i32imm:$amt2),
                                    [(callseq_start timm:$amt1, timm:$amt2)]>;
def ADJCALLSTACKUP   : ValidaPseudo<(outs), (ins i32imm:$amt1, i32imm:$amt2),
                                    [(callseq_end timm:$amt1, timm:$amt2)]>;
}

//===----------------------------------------------------------------------===//
// Call-site pseudos. Instruction selection emits these with plain immediates;
// the custom inserter (ValidaTargetLowering::EmitInstrWithCustomInserter)
// replaces each by its real form whose callee-frame operands are target-index
// operands (valida-callee-slot + k, valida-frame-size, valida-neg-frame-size),
// resolved once the frame size N is known (ValidaFrameLowering::emitPrologue).
//===----------------------------------------------------------------------===//

def SDT_ValidaOutArg : SDTypeProfile<0, 2, [SDTCisVT<0, i32>, SDTCisVT<1, i32>]>;
def SDT_ValidaCalleeSlot : SDTypeProfile<1, 1, [SDTCisVT<0, i32>, SDTCisVT<1, i32>]>;
def SDT_ValidaCall : SDTypeProfile<0, 1, [SDTCisVT<0, i32>]>;
def ValidaOutArg : SDNode<"ValidaISD::OUTARG", SDT_ValidaOutArg,
                          [SDNPHasChain, SDNPMayStore]>;
def ValidaSetDist : SDNode<"ValidaISD::SET_DIST", SDTNone,
                           [SDNPHasChain, SDNPMayStore]>;
// The call, its CALLSEQ_END and the read of the result slot are glued: the
// result lives in the shared outgoing area, so it must be copied out before
// any other call sequence is scheduled.
def ValidaCall : SDNode<"ValidaISD::CALL", SDT_ValidaCall,
                        [SDNPHasChain, SDNPSideEffect, SDNPMayLoad,
                         SDNPMayStore, SDNPVariadic, SDNPOutGlue]>;
def ValidaCallResult : SDNode<"ValidaISD::CALL_RESULT", SDT_ValidaCalleeSlot,
                              [SDNPHasChain, SDNPMayLoad, SDNPInGlue]>;
def ValidaOutArgAddr : SDNode<"ValidaISD::OUTARG_ADDR", SDT_ValidaCalleeSlot>;

let usesCustomInserter = 1 in {
let mayStore = 1 in {
def OUTARG_SW : ValidaPseudo<(outs), (ins i32imm:$k, GPR:$v),
                             [(ValidaOutArg GPR:$v, timm:$k)]>;
def OUTARG_SETDIST : ValidaPseudo<(outs), (ins), [(ValidaSetDist)]>;
}
let isCall = 1, hasSideEffects = 1, mayLoad = 1, mayStore = 1 in {
def CALL_DIRECT : ValidaPseudo<(outs), (ins calltarget:$t)>;
def CALL_INDIRECT : ValidaPseudo<(outs), (ins GPR:$t), [(ValidaCall GPR:$t)]>;
}
let mayLoad = 1 in
def CALL_RESULT : ValidaPseudo<(outs GPR:$a), (ins i32imm:$k),
                               [(set GPR:$a, (ValidaCallResult timm:$k))]>;
def OUTARG_ADDR : ValidaPseudo<(outs GPR:$a), (ins i32imm:$k),
                               [(set GPR:$a, (ValidaOutArgAddr timm:$k))]>;
}
// select c, t, f as a branch diamond (ValidaTargetLowering::lowerSELECT):
// expanded by the custom inserter into `beqi tail, c, 0` and a PHI.
let usesCustomInserter = 1 in
def SELECT_BR : ValidaPseudo<(outs GPR:$a), (ins GPR:$c, GPR:$t, GPR:$f)>;

def : Pat<(ValidaCall tglobaladdr:$t), (CALL_DIRECT tglobaladdr:$t)>;
def : Pat<(ValidaCall texternalsym:$t), (CALL_DIRECT texternalsym:$t)>;

//===----------------------------------------------------------------------===//
// Machine and I/O instructions (target builtins)
//===----------------------------------------------------------------------===//

let hasSideEffects = 1 in {
def STOP : FmtNone<8, "stop">;
def FAIL : FmtNone<16, "fail">;

def WRITEr : ValidaPseudo<(outs), (ins GPR:$b), [(ValidaWrite GPR:$b)]>,
             FormOf<"WRITE", "r">;
let mayLoad = 1 in
def WRITEf : FmtB<300, (outs), (ins frameoff:$b), "write 0, $b, 0, 0, 1", 1>,
             FormOf<"WRITE", "f">;

let WritesOp0 = 1 in {
def ADVREADr : ValidaPseudo<(outs GPR:$a), (ins), [(set GPR:$a, (ValidaReadAdvice))]>,
               FormOf<"ADVREAD", "r">;
let mayStore = 1 in
def ADVREADf : FmtA<9, (outs), (ins frameoff:$a), "advread $a">,
               FormOf<"ADVREAD", "f">;
}

let mayLoad = 1, mayStore = 1 in {
def KECCAKFr : ValidaPseudo<(outs), (ins GPR:$b), [(ValidaKeccakf GPR:$b)]>,
               FormOf<"KECCAKF", "r">;
def KECCAKFf : FmtB<120, (outs), (ins frameoff:$b), "keccakf 0, $b", 0>,
               FormOf<"KECCAKF", "f">;

foreach f = ["rrr", "rrf", "rfr", "rff", "frr", "frf", "ffr"] in
  def MEMCPY#f : ValidaPseudo<(outs), UseForm<f, ["a", "b", "c"]>.Ins>,
                 FormOf<"MEMCPY", f>;
def MEMCPYfff : FmtABC<20, (outs), (ins frameoff:$a, frameoff:$b, frameoff:$c),
                       "memcpy $a, $b, $c", 0, 0>, FormOf<"MEMCPY", "fff">;

multiclass ValidaSecp<string mn, bits<32> opc> {
  defvar base = NAME;
  foreach f = ["rr", "rf", "fr"] in
    def NAME#f : ValidaPseudo<(outs), UseForm<f, ["a", "b"]>.Ins>,
                 FormOf<base, f>;
  def NAME#ff : FmtAB<opc, (outs), (ins frameoff:$a, frameoff:$b),
                      mn#" $a, $b">, FormOf<base, "ff">;
}
defm SECPCOMB : ValidaSecp<"secpcomb", 134>;
defm SECPSMUL : ValidaSecp<"secpsmul", 135>;
defm SECPSINV : ValidaSecp<"secpsinv", 136>;
defm SECPMULS : ValidaSecp<"secpmuls", 137>;
}
}

def : Pat<(ValidaMemcpy GPR:$a, GPR:$b, GPR:$c),
          (MEMCPYrrr GPR:$a, GPR:$b, GPR:$c)>;

defm : RemapAllTargetPseudoPointerOperands<GPR>;

//===----------------------------------------------------------------------===//
// Selection patterns (register forms only; frame forms for frame indices)
//===----------------------------------------------------------------------===//

// The prover turns every operand into a BabyBear field element through its
// absolute value (program/src/lib.rs instruction_to_row, machine/src/
// program.rs from_operands_i32) and panics on |x| >= p = 0x78000001 (even
// `valida run` does): larger immediates are materialised with IMM32 (whose
// operands are bytes) and used from a slot instead.
def provable_imm : ImmLeaf<i32, [{
  return Imm >= -0x78000000LL && Imm <= 0x78000000LL;
}]>;

multiclass BinPats<SDPatternOperator node, string base> {
  def : Pat<(node GPR:$b, GPR:$c),
            (!cast<Instruction>(base#"rrr") GPR:$b, GPR:$c)>;
  def : Pat<(node GPR:$b, (i32 provable_imm:$c)),
            (!cast<Instruction>(base#"rri") GPR:$b, provable_imm:$c)>;
}

defm : BinPats<add,   "ADD">;
defm : BinPats<sub,   "SUB">;
defm : BinPats<mul,   "MUL">;
defm : BinPats<udiv,  "DIV">;
defm : BinPats<sdiv,  "SDIV">;
defm : BinPats<mulhu, "MULHU">;
defm : BinPats<mulhs, "MULHS">;
defm : BinPats<shl,   "SHL">;
defm : BinPats<srl,   "SHR">;
defm : BinPats<sra,   "SRA">;
defm : BinPats<and,   "AND">;
defm : BinPats<or,    "OR">;
defm : BinPats<xor,   "XOR">;

// 0 - x = x * -1 (no left-immediate SUB).
let AddedComplexity = 5 in
def : Pat<(sub 0, GPR:$c), (MULrri GPR:$c, -1)>;

// Comparisons: LT/LTE/SLT/SLE with swapped operands for the other direction,
// immediates on the right (e=1) or on the left (d=1).
multiclass CmpPats<PatFrag lt, PatFrag gt, string base> {
  def : Pat<(lt GPR:$b, GPR:$c),
            (!cast<Instruction>(base#"rrr") GPR:$b, GPR:$c)>;
  def : Pat<(gt GPR:$b, GPR:$c),
            (!cast<Instruction>(base#"rrr") GPR:$c, GPR:$b)>;
  def : Pat<(lt GPR:$b, (i32 provable_imm:$c)),
            (!cast<Instruction>(base#"rri") GPR:$b, provable_imm:$c)>;
  def : Pat<(gt GPR:$c, (i32 provable_imm:$b)),
            (!cast<Instruction>(base#"rir") provable_imm:$b, GPR:$c)>;
}
defm : CmpPats<setult, setugt, "LT">;
defm : CmpPats<setule, setuge, "LTE">;
defm : CmpPats<setlt,  setgt,  "SLT">;
defm : CmpPats<setle,  setge,  "SLE">;
defm : BinPats<seteq, "EQ">;
defm : BinPats<setne, "NE">;

// Constants and symbols.
def : Pat<(ValidaWrapper tglobaladdr:$g), (IMM32r tglobaladdr:$g)>;
def : Pat<(ValidaWrapper texternalsym:$s), (IMM32r texternalsym:$s)>;
def : Pat<(ValidaWrapper tblockaddress:$b), (IMM32r tblockaddress:$b)>;
def : Pat<(ValidaWrapper tconstpool:$c), (IMM32r tconstpool:$c)>;

// Loads and stores through pointers.
def : Pat<(i32 (load GPR:$p)), (LOAD32rr GPR:$p)>;
def : Pat<(i32 (zextloadi8 GPR:$p)), (LOADU8rr GPR:$p)>;
def : Pat<(i32 (extloadi8 GPR:$p)), (LOADU8rr GPR:$p)>;
def : Pat<(i32 (sextloadi8 GPR:$p)), (LOADS8rr GPR:$p)>;
def : Pat<(store GPR:$v, GPR:$p), (STORE32rr GPR:$p, GPR:$v)>;
def : Pat<(truncstorei8 GPR:$v, GPR:$p), (STOREU8rr GPR:$p, GPR:$v)>;

// Word accesses of a frame object (+ constant) address the slot directly.
let AddedComplexity = 10 in {
def : Pat<(i32 (load FrameAddr:$f)), (LWrf FrameAddr:$f)>;
def : Pat<(store GPR:$v, FrameAddr:$f), (SWfr FrameAddr:$f, GPR:$v)>;
def : Pat<(i32 (load FrameWordOff:$f)), (LWOrf FrameWordOff:$f)>;
def : Pat<(store GPR:$v, FrameWordOff:$f), (SWOfr FrameWordOff:$f, GPR:$v)>;
}
// The address of a frame object + constant: one LOADFP.
let AddedComplexity = 5 in
def : Pat<(i32 FrameAddrOff:$f), (LOADFPOr FrameAddrOff:$f)>;

// Branches: compare-and-branch for (in)equality, else branch on non-zero.
let AddedComplexity = 5 in {
def : Pat<(brcond (i32 (seteq GPR:$b, GPR:$c)), bb:$t), (BEQrr bb:$t, GPR:$b, GPR:$c)>;
def : Pat<(brcond (i32 (setne GPR:$b, GPR:$c)), bb:$t), (BNErr bb:$t, GPR:$b, GPR:$c)>;
def : Pat<(brcond (i32 (seteq GPR:$b, (i32 provable_imm:$c))), bb:$t),
          (BEQri bb:$t, GPR:$b, provable_imm:$c)>;
def : Pat<(brcond (i32 (setne GPR:$b, (i32 provable_imm:$c))), bb:$t),
          (BNEri bb:$t, GPR:$b, provable_imm:$c)>;
}
def : Pat<(brcond GPR:$c, bb:$t), (BNEri bb:$t, GPR:$c, 0)>;
def : Pat<(br bb:$t), (JMP bb:$t)>;

def : Pat<(ValidaRetGlue), (RET)>;

// Traps.
def : Pat<(trap), (FAIL)>;
def : Pat<(debugtrap), (FAIL)>;
def : Pat<(ValidaStop), (STOP)>;
def : Pat<(ValidaFail), (FAIL)>;
