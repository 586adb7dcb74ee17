//===-- ValidaTargetInfo.h - Valida target singleton ------------*- C++ -*-===//

#ifndef LLVM_LIB_TARGET_VALIDA_TARGETINFO_VALIDATARGETINFO_H
#define LLVM_LIB_TARGET_VALIDA_TARGETINFO_VALIDATARGETINFO_H

namespace llvm {

class Target;
class Triple;

Target &getTheValidaTarget();

/// True for triples whose architecture name is `valida`.  LLVM's triple
/// parser does not know Valida, so such triples have Triple::UnknownArch and
/// the target is registered for that slot; the TargetMachine uses this to
/// refuse other unknown architectures.
bool isValidaTriple(const Triple &TT);

} // namespace llvm

#endif
