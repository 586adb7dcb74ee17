//===-- ValidaMCAsmInfo.cpp - Valida assembly syntax properties -----------===//

#include "ValidaMCAsmInfo.h"
#include "MCTargetDesc/ValidaBaseInfo.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

void ValidaMCAsmInfo::anchor() {}

ValidaMCAsmInfo::ValidaMCAsmInfo(const Triple &TT,
                                 const MCTargetOptions &Options) {
  CodePointerSize = 4;
  CalleeSaveStackSlotSize = 4;
  IsLittleEndian = true;
  StackGrowsUp = false;

  // Every instruction is one 24-byte record (used to size inline asm).
  MaxInstLength = Valida::InstrBytes;

  // The public Valida assembler: `;` comments, one statement per line.
  CommentString = ";";
  SeparatorString = "\n";
  LabelSuffix = ":";

  // Data directives understood by `valida asm`: .byte and .word only.  With
  // no 16- or 64-bit directive the streamer splits constant values into
  // smaller pieces (little endian).
  Data8bitsDirective = "\t.byte\t";
  Data16bitsDirective = nullptr;
  Data32bitsDirective = "\t.word\t";
  Data64bitsDirective = nullptr;
  ZeroDirective = "\t.zero\t";
  AsciiDirective = "\t.ascii\t";
  AscizDirective = "\t.asciz\t";
  GlobalDirective = "\t.globl\t";
  AlignmentIsInBytes = true;
  HasDotTypeDotSizeDirective = true;

  // No `.file`/`.ident`: `valida asm` does not know them, and the STT_FILE
  // symbol is of no use to the Valida linker.
  HasSingleParameterDotFile = false;
  HasIdentDirective = false;

  // DWARF for `-g` (docs/debugging.md): line tables, variables and a
  // .debug_frame read by `valida run`/`valida debug`. There is no unwinder
  // (no .eh_frame) and `valida asm` has no LEB128 directives.
  SupportsDebugInformation = true;
  ExceptionsType = ExceptionHandling::None;
  // Frame descriptions go to .debug_frame (with -g), never .eh_frame.
  UsesCFIWithoutEH = true;
  HasLEB128Directives = false;
  // Code addresses advance in whole 24-byte records: the line table's
  // minimum_instruction_length and the CIE's code alignment factor, which
  // keeps line-table and CFA address advances one byte each.
  MinInstAlignment = Valida::InstrBytes;

  // There is no Valida MC asm parser: inline assembly is copied verbatim
  // into assembly output (and rejected by ValidaAsmPrinter for objects).
  UseIntegratedAssembler = false;
}
