int add3(int a, int b, int c) {
  int s = a + b;
  return s + c;
}

int main(void) {
  return add3(1, 2, 3);
}

// The code stays on lines 1-8: the checks below name those lines.
//
// Line table and frame description of a Valida object built with -g
// (docs/debugging.md). Addresses are byte addresses of 24-byte records; the
// line table's minimum_instruction_length is 24, so every row lies on a
// record boundary. .debug_frame's CIE describes every frame: CFA = fp
// (DWARF register 0), the return address (pc, DWARF 1) at CFA+0, and the
// caller's fp = fp + the caller distance at 8(fp). Relocated words of DWARF
// sections also hold their addend, so llvm-dwarfdump (which cannot apply
// Valida relocations) reads section offsets correctly from the object.
//
// RUN: %clang_rv32 -g -O0 %s -o - | sed -f %S/../CodeGen/Inputs/retarget.sed | %llc -O0 -filetype=obj -o %t.o
// RUN: %llvm_readelf -S %t.o | %FileCheck %s --check-prefix=SECTIONS
// RUN: %llvm_dwarfdump --debug-line %t.o 2>/dev/null | %FileCheck %s --check-prefix=LINES
// RUN: %llvm_dwarfdump --debug-frame %t.o 2>/dev/null | %FileCheck %s --check-prefix=FRAME
// RUN: %llvm_dwarfdump --debug-info %t.o 2>/dev/null | %FileCheck %s --check-prefix=INFO
// Without -g: no DWARF at all.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../CodeGen/Inputs/retarget.sed | %llc -O0 -filetype=obj -o %t.nodebug.o
// RUN: %llvm_readelf -S %t.nodebug.o | %FileCheck %s --check-prefix=NODEBUG

// SECTIONS: .debug_info PROGBITS
// SECTIONS: .rela.debug_info RELA
// SECTIONS: .debug_frame PROGBITS
// SECTIONS: .rela.debug_frame RELA
// SECTIONS: .debug_line PROGBITS
// SECTIONS: .rela.debug_line RELA
// SECTIONS-NOT: .eh_frame

// NODEBUG-NOT: .debug_
// NODEBUG-NOT: .eh_frame

// LINES: min_inst_length: 24
// LINES: name: "{{.*}}line-table.c"
// LINES: Address Line Column File
// LINES-NEXT: ------------------
// LINES-NEXT: 0x0000000000000000 1 0 {{[0-9]}} 0 0 0 is_stmt
// LINES-NEXT: 0x0000000000000048 2 11 {{[0-9]}} 0 0 0 is_stmt prologue_end
// LINES-NEXT: 0x0000000000000060 2 15 {{[0-9]}} 0 0 0{{ *$}}
// LINES-NEXT: 0x0000000000000078 2 13 {{[0-9]}} 0 0 0{{ *$}}
// LINES-NEXT: 0x0000000000000090 2 7 {{[0-9]}} 0 0 0{{ *$}}
// LINES-NEXT: 0x00000000000000a8 3 10 {{[0-9]}} 0 0 0 is_stmt
// LINES-NEXT: 0x00000000000000c0 3 14 {{[0-9]}} 0 0 0{{ *$}}
// LINES-NEXT: 0x00000000000000d8 3 12 {{[0-9]}} 0 0 0{{ *$}}
// LINES-NEXT: 0x00000000000000f0 3 3 {{[0-9]}} 0 0 0{{ *$}}
// LINES-NEXT: 0x0000000000000120 6 0 {{[0-9]}} 0 0 0 is_stmt
// LINES-NEXT: 0x0000000000000168 7 10 {{[0-9]}} 0 0 0 is_stmt prologue_end
// LINES-NEXT: 0x0000000000000228 7 3 {{[0-9]}} 0 0 0{{ *$}}
// LINES-NEXT: 0x0000000000000258 7 3 {{[0-9]}} 0 0 0 end_sequence

// FRAME: CIE
// FRAME: Code alignment factor: 24
// FRAME: Return address column: 1
// FRAME: DW_CFA_def_cfa: reg0 +0
// FRAME-NEXT: DW_CFA_offset: reg1 0
// FRAME-NEXT: DW_CFA_val_expression: reg0 DW_OP_breg0 +8, DW_OP_deref, DW_OP_breg0 +0, DW_OP_plus
// FRAME: FDE cie=00000000 pc=00000000...00000120
// FRAME: FDE cie=00000000 pc=00000120...00000258

// At -O0 every variable lives in its frame slot for the whole function:
// parameters at 12(fp), 16(fp)... (docs/abi.md), locals below fp.
// INFO: DW_TAG_compile_unit
// INFO: DW_AT_name ("{{.*}}line-table.c")
// INFO: DW_TAG_subprogram
// INFO-NEXT: DW_AT_low_pc (0x00000000)
// INFO-NEXT: DW_AT_high_pc (0x00000120)
// INFO-NEXT: DW_AT_frame_base (DW_OP_reg0)
// INFO-NEXT: DW_AT_name ("add3")
// INFO: DW_TAG_formal_parameter
// INFO-NEXT: DW_AT_location (DW_OP_fbreg +12)
// INFO-NEXT: DW_AT_name ("a")
// INFO: DW_TAG_formal_parameter
// INFO-NEXT: DW_AT_location (DW_OP_fbreg +16)
// INFO-NEXT: DW_AT_name ("b")
// INFO: DW_TAG_formal_parameter
// INFO-NEXT: DW_AT_location (DW_OP_fbreg +20)
// INFO-NEXT: DW_AT_name ("c")
// INFO: DW_TAG_variable
// INFO-NEXT: DW_AT_location (DW_OP_fbreg -4)
// INFO-NEXT: DW_AT_name ("s")
// INFO: DW_TAG_subprogram
// INFO-NEXT: DW_AT_low_pc (0x00000120)
// INFO-NEXT: DW_AT_high_pc (0x00000258)
// INFO-NEXT: DW_AT_frame_base (DW_OP_reg0)
// INFO-NEXT: DW_AT_name ("main")
