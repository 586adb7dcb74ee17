//===-- Valida.td - Describe the Valida target machine -----*- tablegen -*-===//
//
// Root TableGen file of the Valida target: includes the register, operand,
// format and instruction descriptions and declares the target records.
//
//===----------------------------------------------------------------------===//

include "llvm/Target/Target.td"

include "ValidaRegisterInfo.td"
include "ValidaOperands.td"
include "ValidaInstrFormats.td"
include "ValidaInstrInfo.td"
include "ValidaRelations.td"

def ValidaInstrInfo : InstrInfo;

def : ProcessorModel<"generic", NoSchedModel, []>;

def ValidaAsmWriter : AsmWriter {
  string AsmWriterClassName = "InstPrinter";
  bit isMCAsmWriter = 1;
}

def ValidaAsmParser : AsmParser {
  // Literal operands of the AsmStrings (`write 0, $b, 0, 0, 1`) are matched
  // against parsed immediates by validateTargetOperandClass.
  let ShouldEmitMatchRegisterName = 0;
}

def Valida : Target {
  let InstructionSet = ValidaInstrInfo;
  let AssemblyWriters = [ValidaAsmWriter];
  let AssemblyParsers = [ValidaAsmParser];
}
