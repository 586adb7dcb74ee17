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
  // Calls riscv32 lacks (a few 128-bit helpers) take the generic GNU names,
  // so that a missing runtime function is a link error, not a crash.
  static const RTLIB::RuntimeLibcallsInfo Sources[] = {
      RTLIB::RuntimeLibcallsInfo(Triple("riscv32-unknown-elf")),
      RTLIB::RuntimeLibcallsInfo(Triple("x86_64-unknown-linux-gnu"))};
  for (const RTLIB::RuntimeLibcallsInfo &Src : Sources)
    for (RTLIB::LibcallImpl Impl : RTLIB::libcall_impls()) {
      if (!Src.isAvailable(Impl))
        continue;
      RTLIB::Libcall LC = RTLIB::RuntimeLibcallsInfo::getLibcallFromImpl(Impl);
      if (LC != RTLIB::UNKNOWN_LIBCALL &&
          Info.getLibcallImpl(LC) == RTLIB::Unsupported)
        Info.setLibcallImpl(LC, Impl);
    }
  // Like riscv32 and other 32-bit targets, expand 128-bit multiplies (i128
  // `mul`, 64-bit overflow checks) inline with 32-bit operations instead of
  // calling __multi3 through a four-word sret return.
  Info.setLibcallImpl(RTLIB::MUL_I128, RTLIB::Unsupported);
}
