//===-- ValidaAsmPrinter.cpp - Valida assembly and object emission --------===//
//
// Emits native Valida instructions through the MC layer: as text
// (ValidaInstPrinter) or as 24-byte records (ValidaMCCodeEmitter).  Function
// labels, .globl/.type/.size and the data of globals come from the generic
// AsmPrinter, using the directives chosen in ValidaMCAsmInfo.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "TargetInfo/ValidaTargetInfo.h"
#include "ValidaMCInstLower.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/CodeGen/AsmPrinter.h"
#include "llvm/CodeGen/MachineBasicBlock.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/CodeGen/TargetInstrInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DataLayout.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCSectionELF.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetLoweringObjectFile.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-asm-printer"

namespace {

class ValidaAsmPrinter : public AsmPrinter {
public:
  static char ID;

  ValidaAsmPrinter(TargetMachine &TM, std::unique_ptr<MCStreamer> Streamer)
      : AsmPrinter(TM, std::move(Streamer), ID) {}

  StringRef getPassName() const override { return "Valida Assembly Printer"; }

  void emitInstruction(const MachineInstr *MI) override;
  void emitGlobalVariable(const GlobalVariable *GV) override;

  bool PrintAsmOperand(const MachineInstr *MI, unsigned OpNo,
                       const char *ExtraCode, raw_ostream &OS) override;
  bool PrintAsmMemoryOperand(const MachineInstr *MI, unsigned OpNo,
                             const char *ExtraCode, raw_ostream &OS) override;
};

} // end anonymous namespace

char ValidaAsmPrinter::ID = 0;

// An INLINEASM operand that stood for an "r" constraint: after slot
// rewriting and frame lowering it is the slot's fp offset (an immediate in a
// register-kind operand group).
static bool isSlotOperand(const MachineInstr &MI, unsigned OpNo) {
  for (unsigned I = InlineAsm::MIOp_FirstOperand, E = MI.getNumOperands();
       I < E;) {
    const MachineOperand &FlagOp = MI.getOperand(I);
    if (!FlagOp.isImm())
      return false;
    InlineAsm::Flag F(FlagOp.getImm());
    unsigned N = F.getNumOperandRegisters();
    if (OpNo > I && OpNo <= I + N)
      return F.isRegDefKind() || F.isRegUseKind() ||
             F.isRegDefEarlyClobberKind();
    I += N + 1;
  }
  return false;
}

bool ValidaAsmPrinter::PrintAsmOperand(const MachineInstr *MI, unsigned OpNo,
                                       const char *ExtraCode,
                                       raw_ostream &OS) {
  if (ExtraCode && ExtraCode[0])
    return AsmPrinter::PrintAsmOperand(MI, OpNo, ExtraCode, OS);
  const MachineOperand &MO = MI->getOperand(OpNo);
  switch (MO.getType()) {
  case MachineOperand::MO_Immediate:
    OS << static_cast<int32_t>(MO.getImm());
    if (isSlotOperand(*MI, OpNo))
      OS << "(fp)";
    return false;
  case MachineOperand::MO_GlobalAddress:
    PrintSymbolOperand(MO, OS);
    return false;
  case MachineOperand::MO_ExternalSymbol:
    OS << *GetExternalSymbolSymbol(MO.getSymbolName());
    return false;
  default:
    // A register left here means slot rewriting missed the operand.
    return true;
  }
}

// An "m" operand: the slot holding the address (see
// ValidaDAGToDAGISel::SelectInlineAsmMemoryOperand).
bool ValidaAsmPrinter::PrintAsmMemoryOperand(const MachineInstr *MI,
                                             unsigned OpNo,
                                             const char *ExtraCode,
                                             raw_ostream &OS) {
  if (ExtraCode && ExtraCode[0])
    return true;
  const MachineOperand &MO = MI->getOperand(OpNo);
  if (!MO.isImm())
    return true;
  OS << static_cast<int32_t>(MO.getImm()) << "(fp)";
  return false;
}

void ValidaAsmPrinter::emitInstruction(const MachineInstr *MI) {
  // Only native frame forms have an encoding.  A register-form pseudo here
  // means the vreg lowering pass missed it: say so instead of crashing in
  // the encoder.
  if (MI->getDesc().isPseudo()) {
    const Function &F = MF->getFunction();
    std::string Msg;
    raw_string_ostream OS(Msg);
    OS << "pseudo instruction "
       << MF->getSubtarget().getInstrInfo()->getName(MI->getOpcode())
       << " reached the Valida asm printer (not lowered to a native frame "
          "form)";
    F.getContext().diagnose(DiagnosticInfoUnsupported(F, Msg,
                                                      MI->getDebugLoc()));
    return;
  }

  ValidaMCInstLower Lower(OutContext, *this);
  MCInst TmpInst;
  Lower.lower(MI, TmpInst);
  EmitToStreamer(*OutStreamer, TmpInst);
}

// Valida objects can only relocate whole 32-bit words.  Returns a leaf of the
// initializer that needs a relocation in a field of another size (for
// example `i64 ptrtoint (ptr @g to i64)`), or null if there is none.
static const Constant *findUnencodableAddress(const Constant *C,
                                              const DataLayout &DL) {
  if (isa<ConstantData>(C))
    return nullptr;
  if (isa<ConstantAggregate>(C)) {
    for (const Use &U : C->operands())
      if (const Constant *Bad =
              findUnencodableAddress(cast<Constant>(U.get()), DL))
        return Bad;
    return nullptr;
  }
  // A global, block address or constant expression: it is relocated.
  if (C->getType()->isSized() && DL.getTypeAllocSize(C->getType()) != 4)
    return C;
  return nullptr;
}

void ValidaAsmPrinter::emitGlobalVariable(const GlobalVariable *GV) {
  if (GV->hasInitializer()) {
    const DataLayout &DL = GV->getDataLayout();
    if (const Constant *Bad =
            findUnencodableAddress(GV->getInitializer(), DL)) {
      std::string Msg;
      raw_string_ostream OS(Msg);
      OS << "global '" << GV->getName() << "': its initializer stores an "
         << "address in a " << DL.getTypeAllocSize(Bad->getType())
         << "-byte field (";
      Bad->printAsOperand(OS, /*PrintType=*/true, GV->getParent());
      OS << "); Valida can only relocate 32-bit words";
      GV->getContext().emitError(Msg);
      return;
    }
  }

  // A zero-initialised internal variable would be printed as
  // `.local x` + `.comm x,size,align`, which `valida asm` does not read.
  // Emit it like any other .bss variable instead (label + .zero); the object
  // file is the same.
  if (GV->hasInitializer() && GV->hasLocalLinkage() &&
      !GV->isThreadLocal() && !GV->getName().starts_with("llvm.")) {
    SectionKind Kind = TargetLoweringObjectFile::getKindForGlobal(GV, TM);
    const TargetLoweringObjectFile &TLOF = getObjFileLowering();
    MCSection *Section = TLOF.SectionForGlobal(GV, Kind, TM);
    if (Kind.isBSSLocal() && Section == TLOF.getBSSSection()) {
      const DataLayout &DL = GV->getDataLayout();
      uint64_t Size = DL.getTypeAllocSize(GV->getValueType());
      if (Size == 0)
        Size = 1;
      MCSymbol *Sym = getSymbol(GV);
      OutStreamer->switchSection(Section);
      if (MAI->hasDotTypeDotSizeDirective())
        OutStreamer->emitSymbolAttribute(Sym, MCSA_ELF_TypeObject);
      emitAlignment(getGVAlignment(GV, DL), GV);
      OutStreamer->emitLabel(Sym);
      OutStreamer->emitZeros(Size);
      if (MAI->hasDotTypeDotSizeDirective())
        OutStreamer->emitELFSize(Sym, MCConstantExpr::create(Size, OutContext));
      return;
    }
  }
  AsmPrinter::emitGlobalVariable(GV);
}

extern "C" LLVM_EXTERNAL_VISIBILITY void LLVMInitializeValidaAsmPrinter() {
  RegisterAsmPrinter<ValidaAsmPrinter> X(getTheValidaTarget());
}
