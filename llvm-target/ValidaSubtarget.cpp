//===-- ValidaSubtarget.cpp - Valida subtarget ----------------------------===//

#include "ValidaSubtarget.h"
#include "ValidaTargetMachine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-subtarget"

#define GET_SUBTARGETINFO_TARGET_DESC
#define GET_SUBTARGETINFO_CTOR
#include "ValidaGenSubtargetInfo.inc"

ValidaSubtarget::ValidaSubtarget(const Triple &TT, StringRef CPU,
                                 StringRef FS, const ValidaTargetMachine &TM)
    : ValidaGenSubtargetInfo(TT, CPU, /*TuneCPU=*/CPU, FS), InstrInfo(*this),
      FrameLowering(), TLInfo(TM, *this) {}
