//===-- ValidaAssemble.cpp - Assemble a .s buffer into an ELF object ------===//
//
// valida_assemble is what `valida-cc -c x.s` calls: LLVM's generic assembly
// parser with the Valida target parser, streaming into the Valida ELF object
// writer (the same MC code emitter and relocations as `llc -filetype=obj`).
// Diagnostics go to stderr as `file:line:col: error: ...` with the source
// line, like clang's integrated assembler.
//
//===----------------------------------------------------------------------===//

#include "TargetInfo/ValidaTargetInfo.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCCodeEmitter.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCObjectFileInfo.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCParser/MCAsmParser.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>

using namespace llvm;

// Assembles Len bytes at Source (named Name in diagnostics) for TripleStr and
// writes the object to OutPath. Returns 0 on success, 1 if the source had
// errors (already reported on stderr), 2 if a component or the output file
// could not be created (also reported).
extern "C" int valida_assemble(const char *Source, size_t Len,
                               const char *Name, const char *TripleStr,
                               const char *OutPath) {
  const Target &T = getTheValidaTarget();
  Triple TT(TripleStr);
  MCTargetOptions Options;

  std::unique_ptr<MCRegisterInfo> MRI(T.createMCRegInfo(TT));
  std::unique_ptr<MCAsmInfo> MAI(
      MRI ? T.createMCAsmInfo(*MRI, TT, Options) : nullptr);
  std::unique_ptr<MCSubtargetInfo> STI(
      T.createMCSubtargetInfo(TT, "generic", ""));
  std::unique_ptr<MCInstrInfo> MII(T.createMCInstrInfo());
  if (!MRI || !MAI || !STI || !MII) {
    errs() << "error: the Valida target's MC layer is not registered\n";
    return 2;
  }

  SourceMgr SrcMgr;
  SrcMgr.AddNewSourceBuffer(
      MemoryBuffer::getMemBufferCopy(StringRef(Source, Len), Name), SMLoc());

  MCContext Ctx(TT, MAI.get(), MRI.get(), STI.get(), &SrcMgr, &Options);
  std::unique_ptr<MCObjectFileInfo> MOFI(
      T.createMCObjectFileInfo(Ctx, /*PIC=*/false));
  Ctx.setObjectFileInfo(MOFI.get());

  SmallString<4096> Object;
  raw_svector_ostream OS(Object);
  std::unique_ptr<MCCodeEmitter> CE(T.createMCCodeEmitter(*MII, Ctx));
  std::unique_ptr<MCAsmBackend> MAB(T.createMCAsmBackend(*STI, *MRI, Options));
  if (!CE || !MAB) {
    errs() << "error: the Valida target has no object emitter\n";
    return 2;
  }
  std::unique_ptr<MCObjectWriter> OW = MAB->createObjectWriter(OS);
  std::unique_ptr<MCStreamer> Str(T.createMCObjectStreamer(
      TT, Ctx, std::move(MAB), std::move(OW), std::move(CE), *STI));

  std::unique_ptr<MCAsmParser> Parser(
      createMCAsmParser(SrcMgr, Ctx, *Str, *MAI));
  std::unique_ptr<MCTargetAsmParser> TAP(
      T.createMCAsmParser(*STI, *Parser, *MII, Options));
  if (!TAP) {
    errs() << "error: the Valida target has no assembly parser\n";
    return 2;
  }
  Parser->setTargetParser(*TAP);
  if (Parser->Run(/*NoInitialTextSection=*/false) || Ctx.hadError())
    return 1;

  std::error_code EC;
  raw_fd_ostream Out(OutPath, EC, sys::fs::OF_None);
  if (EC) {
    errs() << "error: cannot write " << OutPath << ": " << EC.message() << "\n";
    return 2;
  }
  Out << Object;
  Out.close();
  if (Out.has_error()) {
    errs() << "error: cannot write " << OutPath << ": "
           << Out.error().message() << "\n";
    Out.clear_error();
    return 2;
  }
  return 0;
}
