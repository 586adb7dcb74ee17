//===-- ValidaSubtarget.cpp - Valida subtarget ----------------------------===//

#include "ValidaSubtarget.h"
#include "ValidaTargetMachine.h"
#include "llvm/CodeGen/LibcallLoweringInfo.h"
#include "llvm/IR/RuntimeLibcalls.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

#define DEBUG_TYPE "valida-subtarget"

#define GET_SUBTARGETINFO_TARGET_DESC
#define GET_SUBTARGETINFO_CTOR
#include "ValidaGenSubtargetInfo.inc"

ValidaSubtarget::ValidaSubtarget(const Triple &TT, StringRef CPU,
                                 StringRef FS, const ValidaTargetMachine &TM)
    : ValidaGenSubtargetInfo(TT, CPU, /*TuneCPU=*/CPU, FS), InstrInfo(*this),
      FrameLowering(), TLInfo(TM, *this) {}

void ValidaSubtarget::initLibcallLoweringInfo(LibcallLoweringInfo &Info) const {
  // LLVM's libcall tables know no Valida triple; take riscv32's choices (the
  // same data model and the same soft-float/compiler-rt names).
  static const RTLIB::RuntimeLibcallsInfo RV32(Triple("riscv32-unknown-elf"));
  for (RTLIB::LibcallImpl Impl : RTLIB::libcall_impls()) {
    if (!RV32.isAvailable(Impl))
      continue;
    RTLIB::Libcall LC = RTLIB::RuntimeLibcallsInfo::getLibcallFromImpl(Impl);
    if (LC != RTLIB::UNKNOWN_LIBCALL &&
        Info.getLibcallImpl(LC) == RTLIB::Unsupported)
      Info.setLibcallImpl(LC, Impl);
  }
}
