//===-- ValidaRegisterInfo.td - Valida registers -----------*- tablegen -*-===//
//
// Valida has no general-purpose registers: the machine state is `pc` and `fp`,
// and every operand is a 32-bit slot at a fixed offset from `fp`.
//
// CodeGen still needs a register class for SelectionDAG values: GPR is the
// class of i32 virtual registers ("slots to be"). Its only member, SLOT, is a
// placeholder that is never allocated: register allocation is replaced by
// the vreg lowering pass (ValidaVirtualRegisterLowering.cpp), which turns
// every virtual register into a stack object.
//
//===----------------------------------------------------------------------===//

class ValidaReg<bits<16> Enc, string n> : Register<n> {
  let HWEncoding = Enc;
  let Namespace = "Valida";
}

// DWARF numbers (docs/debugging.md): fp is DWARF register 0 (the frame base
// of every function, DW_OP_breg0 in locations), pc is 1 (the return-address
// column of .debug_frame).
def FP   : ValidaReg<0, "fp">, DwarfRegNum<[0]>;
def PC   : ValidaReg<1, "pc">, DwarfRegNum<[1]>;
def SLOT : ValidaReg<2, "slot">;

// Virtual registers of i32 (pointers are i32 as well).
def GPR : RegisterClass<"Valida", [i32], 32, (add SLOT)>;

// The machine registers, for completeness (never operands of instructions).
def SPR : RegisterClass<"Valida", [i32], 32, (add FP, PC)> {
  let isAllocatable = 0;
}
