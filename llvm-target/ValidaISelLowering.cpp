//===-- ValidaISelLowering.cpp - Valida DAG lowering ----------------------===//
//
// Type legalisation choices, the calling convention of docs/abi.md and the
// custom lowering of the operations Valida has no instruction for.
//
// Frame of a callee (offsets from its fp):
//   0 return address | 4 return value | 8 caller distance N | 12.. arguments
// A call stores N and the arguments into the callee frame, which lies at the
// bottom of the caller's frame (the reserved call frame), then jumps with
// `jal -N(fp), callee, -N`. Those callee-frame slots are named by target-index
// operands until frame lowering knows N (see ValidaFrameLowering.cpp).
//
//===----------------------------------------------------------------------===//

#include "ValidaISelLowering.h"
#include "Valida.h"
#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "ValidaInstrInfo.h"
#include "ValidaMachineFunctionInfo.h"
#include "ValidaSelectionDAGInfo.h"
#include "ValidaSubtarget.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/SelectionDAGNodes.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalValue.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

#define DEBUG_TYPE "valida-lower"

/// First argument slot of a frame.
static constexpr unsigned FirstArgOffset = 12;
/// Slot of the return value in a frame.
static constexpr unsigned ReturnValueOffset = 4;
/// Slot of the caller distance in a frame.
static constexpr unsigned DistanceOffset = 8;

static bool allocatesFromAllocaArea(const Function &F);

/// The word holding the dynamic-alloca pointer (weakly defined by
/// valida-alloca-area, or by the runtime).
static const char *AllocaPointerSymbol = "__valida_alloca_sp";

static cl::opt<unsigned> InlineCopyStores(
    "valida-inline-copy-stores", cl::Hidden, cl::init(32),
    cl::desc("Most stores of an inline memcpy/memmove/memset expansion"));
static cl::opt<unsigned> InlineCopyStoresOptSize(
    "valida-inline-copy-stores-optsize", cl::Hidden, cl::init(8),
    cl::desc("Most stores of an inline memcpy/memmove/memset expansion at "
             "-Os/-Oz"));
static cl::opt<unsigned> InlineCopyByteOps(
    "valida-inline-copy-byte-ops", cl::Hidden, cl::init(8),
    cl::desc("Most byte loads/stores of an inline memcpy/memmove expansion "
             "(a byte costs as much as a word)"));

static void diagnose(SelectionDAG &DAG, const SDLoc &DL, const Twine &Msg) {
  const Function &F = DAG.getMachineFunction().getFunction();
  DAG.getContext()->diagnose(
      DiagnosticInfoUnsupported(F, Msg, DL.getDebugLoc()));
}

// A comparison of vectors gives one boolean per lane. The default answers a
// scalar for vectors too (its assertion is off in release builds), and the
// combiner then selected whole vectors on one lane's condition: sdiv by
// <1, 4, 2, 8> returned the dividend unchanged (gcc torture pr53645.c).
EVT ValidaTargetLowering::getSetCCResultType(const DataLayout &DL,
                                             LLVMContext &Context,
                                             EVT VT) const {
  if (!VT.isVector())
    return MVT::i32;
  return VT.changeVectorElementTypeToInteger();
}

ValidaTargetLowering::ValidaTargetLowering(const TargetMachine &TM,
                                           const ValidaSubtarget &STI)
    : TargetLowering(TM, STI), Subtarget(STI) {
  addRegisterClass(MVT::i32, &Valida::GPRRegClass);
  computeRegisterProperties(STI.getRegisterInfo());

  setBooleanContents(ZeroOrOneBooleanContent);
  // Vectors are scalarised; their lanes are booleans like scalars.
  setBooleanVectorContents(ZeroOrOneBooleanContent);
  setSchedulingPreference(Sched::Source);
  // Instructions are 24-byte records: never pad code.
  setMinFunctionAlignment(Align(1));
  setPrefFunctionAlignment(Align(1));
  // No indirect jump instruction worth a table: switches become compares.
  setMinimumJumpTableEntries(UINT_MAX);
  // Block copies and fills of a known size are expanded inline: a word costs
  // lw + sw plus an addi per pointer that is not a frame object (a frame
  // object + constant is a slot: one addi per word when both sides are),
  // while a call of the runtime costs its set-up, alignment checks and return
  // on top of about the same per-word work. The limits only bound code size.
  // With the (unprovable) MEMCPY instruction, any copy wider than a word is
  // one instruction.
  if (validaUseMemcpyInstr()) {
    MaxStoresPerMemcpy = MaxStoresPerMemcpyOptSize = 1;
  } else {
    MaxStoresPerMemcpy = InlineCopyStores;
    MaxStoresPerMemcpyOptSize = InlineCopyStoresOptSize;
  }
  MaxStoresPerMemmove = InlineCopyStores;
  MaxStoresPerMemmoveOptSize = InlineCopyStoresOptSize;
  MaxStoresPerMemset = InlineCopyStores;
  MaxStoresPerMemsetOptSize = InlineCopyStoresOptSize;

  setOperationAction({ISD::GlobalAddress, ISD::ExternalSymbol,
                      ISD::BlockAddress, ISD::ConstantPool},
                     MVT::i32, Custom);
  setOperationAction(ISD::SELECT, MVT::i32, Custom);
  setOperationAction({ISD::SELECT_CC, ISD::BR_CC}, MVT::i32, Expand);
  setOperationAction(ISD::BR_JT, MVT::Other, Expand);
  setOperationAction(ISD::BRIND, MVT::Other, Custom);
  // __builtin_trap and UB-check traps are the FAIL instruction itself (the
  // default expansion calls abort()), so a failure report points at the
  // trapping line. UBSANTRAP expands to TRAP.
  setOperationAction({ISD::TRAP, ISD::DEBUGTRAP}, MVT::Other, Legal);

  setOperationAction(ISD::VASTART, MVT::Other, Custom);
  setOperationAction({ISD::VAARG, ISD::VACOPY, ISD::VAEND}, MVT::Other,
                     Expand);
  setOperationAction({ISD::FRAMEADDR, ISD::RETURNADDR}, MVT::i32, Custom);
  setOperationAction(ISD::DYNAMIC_STACKALLOC, MVT::i32, Custom);
  setOperationAction({ISD::STACKSAVE, ISD::STACKRESTORE}, MVT::Other, Custom);

  // No remainder, no double-width results: expand (urem = a - (a/b)*b).
  setOperationAction({ISD::SDIVREM, ISD::UDIVREM, ISD::SREM, ISD::UREM,
                      ISD::SMUL_LOHI, ISD::UMUL_LOHI},
                     MVT::i32, Expand);
  setOperationAction({ISD::ROTL, ISD::ROTR, ISD::BSWAP, ISD::CTPOP, ISD::CTLZ,
                      ISD::CTTZ, ISD::BITREVERSE},
                     MVT::i32, Expand);
  setOperationAction({ISD::SHL_PARTS, ISD::SRL_PARTS, ISD::SRA_PARTS},
                     MVT::i32, Expand);
  setOperationAction({ISD::UADDO, ISD::USUBO, ISD::SADDO, ISD::SSUBO,
                      ISD::UADDO_CARRY, ISD::USUBO_CARRY, ISD::SADDO_CARRY,
                      ISD::SSUBO_CARRY, ISD::SMULO, ISD::UMULO},
                     MVT::i32, Expand);
  for (MVT VT : {MVT::i1, MVT::i8, MVT::i16})
    setOperationAction(ISD::SIGN_EXTEND_INREG, VT, Expand);

  // Memory: bytes are native, 16-bit accesses are built from bytes, words
  // need 4-byte alignment (unaligned words are split by the legaliser).
  setLoadExtAction({ISD::EXTLOAD, ISD::ZEXTLOAD, ISD::SEXTLOAD}, MVT::i32,
                   MVT::i1, Promote);
  setLoadExtAction({ISD::EXTLOAD, ISD::ZEXTLOAD, ISD::SEXTLOAD}, MVT::i32,
                   MVT::i16, Custom);
  setTruncStoreAction(MVT::i32, MVT::i16, Custom);
}

const char *ValidaTargetLowering::getTargetNodeName(unsigned Opcode) const {
  switch (static_cast<ValidaISD::NodeType>(Opcode)) {
  case ValidaISD::FIRST_NUMBER:
    break;
  case ValidaISD::RET_GLUE:
    return "ValidaISD::RET_GLUE";
  case ValidaISD::WRAPPER:
    return "ValidaISD::WRAPPER";
  case ValidaISD::CALL:
    return "ValidaISD::CALL";
  case ValidaISD::OUTARG:
    return "ValidaISD::OUTARG";
  case ValidaISD::SET_DIST:
    return "ValidaISD::SET_DIST";
  case ValidaISD::CALL_RESULT:
    return "ValidaISD::CALL_RESULT";
  case ValidaISD::OUTARG_ADDR:
    return "ValidaISD::OUTARG_ADDR";
  case ValidaISD::WRITE:
    return "ValidaISD::WRITE";
  case ValidaISD::READ_ADVICE:
    return "ValidaISD::READ_ADVICE";
  case ValidaISD::STOP:
    return "ValidaISD::STOP";
  case ValidaISD::FAIL:
    return "ValidaISD::FAIL";
  case ValidaISD::KECCAKF:
    return "ValidaISD::KECCAKF";
  case ValidaISD::MEMCPY:
    return "ValidaISD::MEMCPY";
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Calling convention
//===----------------------------------------------------------------------===//

/// Assigns each argument part its offset in the callee frame (docs/abi.md):
/// one 4-byte slot per part from 12, byval aggregates copied whole (8-aligned
/// when their alignment is 8), and 8-byte variadic arguments at an 8-aligned
/// offset (the callee's fp is 8-aligned, so offset alignment is address
/// alignment). Returns the end of the argument area.
template <typename ArgT, typename IsVariadicFn>
static unsigned assignArgOffsets(const SmallVectorImpl<ArgT> &Args,
                                 SmallVectorImpl<unsigned> &Offsets,
                                 IsVariadicFn IsVariadic) {
  unsigned Off = FirstArgOffset;
  for (const ArgT &A : Args) {
    if (A.Flags.isByVal()) {
      if (A.Flags.getNonZeroByValAlign() >= Align(8))
        Off = alignTo(Off, 8);
      Offsets.push_back(Off);
      Off += alignTo(A.Flags.getByValSize(), 4);
      continue;
    }
    if (IsVariadic(A) && A.PartOffset == 0 && A.ArgVT.isSimple() &&
        A.ArgVT.getStoreSize() == 8)
      Off = alignTo(Off, 8);
    Offsets.push_back(Off);
    Off += 4;
  }
  return Off;
}

/// Floating-point scalars wider than two words (fp128: long double) are
/// passed indirectly, as riscv32 ilp32 does and as clang's riscv32 va_arg
/// expects (i128 only with -valida-indirect-i128-args): the caller
/// copies the value to a temporary of its own frame and passes its address
/// in one slot.
static cl::opt<bool> WideArgsByValue(
    "valida-wide-args-by-value", cl::Hidden, cl::init(false),
    cl::desc("Pass fp128 arguments in four slots instead of by reference"));
static cl::opt<bool> IndirectIntArgs(
    "valida-indirect-i128-args", cl::Hidden, cl::init(false),
    cl::desc("Pass i128 arguments by reference too (breaks Rust's u128 "
             "formatting for a reason not yet understood; off)"));

template <typename ArgT>
static bool isIndirectArg(const ArgT &A, bool IntsToo = false) {
  if (WideArgsByValue || A.Flags.isByVal() || !A.ArgVT.isSimple() ||
      A.ArgVT.getSizeInBits() <= 64)
    return false;
  return A.ArgVT.isFloatingPoint() || IntsToo || IndirectIntArgs;
}

/// The arguments as they occupy slots: each indirect group becomes one
/// pointer-sized part (its first), everything else is kept. \p Map[i] is
/// the index of the slot argument of part i.
template <typename ArgT>
static void slotArgs(const SmallVectorImpl<ArgT> &Args,
                     SmallVectorImpl<ArgT> &Slots,
                     SmallVectorImpl<unsigned> &Map, bool IntsToo = false) {
  for (unsigned I = 0, E = Args.size(); I != E; ++I) {
    const ArgT &A = Args[I];
    if (isIndirectArg(A, IntsToo) && A.PartOffset != 0) {
      Map.push_back(Slots.size() - 1);
      continue;
    }
    Map.push_back(Slots.size());
    Slots.push_back(A);
    if (isIndirectArg(A, IntsToo)) {
      Slots.back().VT = MVT::i32;
      Slots.back().ArgVT = MVT::i32;
    }
  }
}

SDValue ValidaTargetLowering::LowerFormalArguments(
    SDValue Chain, CallingConv::ID CallConv, bool IsVarArg,
    const SmallVectorImpl<ISD::InputArg> &Ins, const SDLoc &DL,
    SelectionDAG &DAG, SmallVectorImpl<SDValue> &InVals) const {
  MachineFunction &MF = DAG.getMachineFunction();
  MachineFrameInfo &MFI = MF.getFrameInfo();
  auto *FuncInfo = MF.getInfo<ValidaMachineFunctionInfo>();

  SmallVector<ISD::InputArg, 8> SlotIns;
  SmallVector<unsigned, 8> SlotOf;
  slotArgs(Ins, SlotIns, SlotOf);
  SmallVector<unsigned, 8> Offsets;
  unsigned End = assignArgOffsets(SlotIns, Offsets,
                                  [](const ISD::InputArg &) { return false; });

  SDValue IndirectPtr;
  SmallVector<SDValue, 4> IndirectLoads;
  for (unsigned I = 0, E = Ins.size(); I != E; ++I) {
    const ISD::InputArg &In = Ins[I];
    if (isIndirectArg(In)) {
      // The slot holds the address of the caller's copy; each part is a
      // word of it.
      if (In.PartOffset == 0) {
        int FI = MFI.CreateFixedObject(4, Offsets[SlotOf[I]],
                                       /*IsImmutable=*/true);
        IndirectPtr = DAG.getLoad(MVT::i32, DL, Chain,
                                  DAG.getFrameIndex(FI, MVT::i32),
                                  MachinePointerInfo::getFixedStack(MF, FI));
      }
      if (In.VT != MVT::i32) {
        diagnose(DAG, DL, "argument part of type " +
                              EVT(In.VT).getEVTString());
        InVals.push_back(DAG.getUNDEF(In.VT));
        continue;
      }
      SDValue Addr = DAG.getObjectPtrOffset(
          DL, IndirectPtr, TypeSize::getFixed(In.PartOffset));
      SDValue Part =
          DAG.getLoad(MVT::i32, DL, Chain, Addr, MachinePointerInfo());
      IndirectLoads.push_back(Part.getValue(1));
      InVals.push_back(Part);
      continue;
    }
    unsigned Off = Offsets[SlotOf[I]];
    if (In.Flags.isByVal()) {
      unsigned Size = std::max<unsigned>(In.Flags.getByValSize(), 1);
      int FI = MFI.CreateFixedObject(Size, Off, /*IsImmutable=*/false);
      InVals.push_back(DAG.getFrameIndex(FI, MVT::i32));
      continue;
    }
    if (In.VT != MVT::i32) {
      diagnose(DAG, DL, "argument of type " + EVT(In.VT).getEVTString() +
                            " (only 32-bit slots are supported)");
      InVals.push_back(DAG.getUNDEF(In.VT));
      continue;
    }
    int FI = MFI.CreateFixedObject(4, Off, /*IsImmutable=*/true);
    SDValue FIN = DAG.getFrameIndex(FI, MVT::i32);
    InVals.push_back(DAG.getLoad(MVT::i32, DL, Chain, FIN,
                                 MachinePointerInfo::getFixedStack(MF, FI)));
  }

  // The copies are read before anything this function stores.
  if (!IndirectLoads.empty()) {
    IndirectLoads.push_back(Chain);
    Chain = DAG.getNode(ISD::TokenFactor, DL, MVT::Other, IndirectLoads);
  }

  // Dynamic and over-aligned allocas live in a separate downward-growing
  // area whose pointer is the word __valida_alloca_sp (see
  // lowerDYNAMIC_STACKALLOC): save it on entry, restore it at every return.
  if (allocatesFromAllocaArea(MF.getFunction())) {
    Register R = MF.getRegInfo().createVirtualRegister(&Valida::GPRRegClass);
    SDValue SP = DAG.getLoad(MVT::i32, DL, Chain, getAllocaPointerAddr(DAG, DL),
                             MachinePointerInfo());
    Chain = DAG.getCopyToReg(SP.getValue(1), DL, R, SP);
    FuncInfo->setAllocaSaveReg(R);
  }

  if (IsVarArg)
    FuncInfo->setVarArgsFrameIndex(
        MFI.CreateFixedObject(4, End, /*IsImmutable=*/true));
  return Chain;
}

static bool allocatesFromAllocaArea(const Function &F) {
  for (const BasicBlock &BB : F)
    for (const Instruction &I : BB)
      // Over-aligned static allocas included: each call takes them from
      // the area again, so the area pointer must be restored on return.
      if (auto *AI = dyn_cast<AllocaInst>(&I))
        if (usesValidaAllocaArea(*AI))
          return true;
  return false;
}

bool ValidaTargetLowering::CanLowerReturn(
    CallingConv::ID CallConv, MachineFunction &MF, bool IsVarArg,
    const SmallVectorImpl<ISD::OutputArg> &Outs, LLVMContext &Context,
    const Type *RetTy) const {
  // One 32-bit word at 4(fp); anything wider goes through a hidden sret
  // pointer in the first argument slot (sret demotion).
  return Outs.size() <= 1;
}

SDValue
ValidaTargetLowering::LowerReturn(SDValue Chain, CallingConv::ID CallConv,
                                  bool IsVarArg,
                                  const SmallVectorImpl<ISD::OutputArg> &Outs,
                                  const SmallVectorImpl<SDValue> &OutVals,
                                  const SDLoc &DL, SelectionDAG &DAG) const {
  MachineFunction &MF = DAG.getMachineFunction();
  if (Register R =
          MF.getInfo<ValidaMachineFunctionInfo>()->getAllocaSaveReg()) {
    SDValue SP = DAG.getCopyFromReg(Chain, DL, R, MVT::i32);
    Chain = DAG.getStore(SP.getValue(1), DL, SP, getAllocaPointerAddr(DAG, DL),
                         MachinePointerInfo());
  }
  if (!Outs.empty()) {
    int FI = MF.getInfo<ValidaMachineFunctionInfo>()->getReturnValueFrameIndex(
        MF.getFrameInfo());
    Chain = DAG.getStore(Chain, DL, OutVals[0], DAG.getFrameIndex(FI, MVT::i32),
                         MachinePointerInfo::getFixedStack(MF, FI));
  }
  return DAG.getNode(ValidaISD::RET_GLUE, DL, MVT::Other, Chain);
}

/// Calls of the target builtins of docs/abi.md become their instruction.
SDValue
ValidaTargetLowering::lowerBuiltinCall(StringRef Name, CallLoweringInfo &CLI,
                                       SmallVectorImpl<SDValue> &InVals) const {
  SelectionDAG &DAG = CLI.DAG;
  const SDLoc &DL = CLI.DL;
  SDValue Chain = CLI.Chain;
  auto Arity = [&](unsigned NArgs, unsigned NRes) {
    if (CLI.OutVals.size() == NArgs && CLI.Ins.size() <= NRes)
      return true;
    diagnose(DAG, DL, "call of target builtin " + Name +
                          " with a wrong signature");
    return false;
  };
  auto Result = [&](SDValue V) {
    for (unsigned I = 0; I < CLI.Ins.size(); ++I)
      InVals.push_back(V ? V : DAG.getUNDEF(CLI.Ins[I].VT));
  };

  if (Name == "__valida_write") {
    if (Arity(1, 0))
      Chain = DAG.getNode(ValidaISD::WRITE, DL, MVT::Other, Chain,
                          CLI.OutVals[0]);
    Result(SDValue());
    return Chain;
  }
  if (Name == "__valida_read_advice") {
    SDValue V;
    if (Arity(0, 1)) {
      V = DAG.getNode(ValidaISD::READ_ADVICE, DL, {MVT::i32, MVT::Other},
                      Chain);
      Chain = V.getValue(1);
    }
    Result(V);
    return Chain;
  }
  if (Name == "__valida_stop" || Name == "__valida_fail") {
    if (Arity(0, 0))
      Chain = DAG.getNode(Name == "__valida_stop" ? ValidaISD::STOP
                                                  : ValidaISD::FAIL,
                          DL, MVT::Other, Chain);
    Result(SDValue());
    return Chain;
  }
  if (Name == "__valida_keccakf") {
    if (Arity(1, 0))
      Chain = DAG.getNode(ValidaISD::KECCAKF, DL, MVT::Other, Chain,
                          CLI.OutVals[0]);
    Result(SDValue());
    return Chain;
  }
  if (Name == "__valida_jump") {
    // jalv <dead>, pc, fp' - fp: continue at pc with the given frame.
    if (Arity(2, 0)) {
      MachineFunction &MF = DAG.getMachineFunction();
      int RAFI = MF.getInfo<ValidaMachineFunctionInfo>()
                     ->getReturnAddressFrameIndex(MF.getFrameInfo());
      SDValue CurFP = DAG.getFrameIndex(RAFI, MVT::i32);
      SDValue Delta =
          DAG.getNode(ISD::SUB, DL, MVT::i32, CLI.OutVals[1], CurFP);
      SDValue Ops[] = {DAG.getTargetFrameIndex(RAFI, MVT::i32),
                       CLI.OutVals[0], Delta, Chain};
      Chain = SDValue(
          DAG.getMachineNode(Valida::JALVfrr, DL, MVT::Other, Ops), 0);
    }
    Result(SDValue());
    return Chain;
  }
  return SDValue();
}

SDValue ValidaTargetLowering::LowerCall(CallLoweringInfo &CLI,
                                        SmallVectorImpl<SDValue> &InVals) const {
  SelectionDAG &DAG = CLI.DAG;
  const SDLoc &DL = CLI.DL;
  SDValue Chain = CLI.Chain;
  SDValue Callee = CLI.Callee;
  CLI.IsTailCall = false;

  StringRef Name;
  if (auto *G = dyn_cast<GlobalAddressSDNode>(Callee))
    Name = G->getGlobal()->getName();
  else if (auto *S = dyn_cast<ExternalSymbolSDNode>(Callee))
    Name = S->getSymbol();
  if (Name.starts_with("__valida_"))
    if (SDValue R = lowerBuiltinCall(Name, CLI, InVals))
      return R;

  if (CLI.Ins.size() > 1) {
    diagnose(DAG, DL, "call returning more than one 32-bit word");
    for (const ISD::InputArg &In : CLI.Ins)
      InVals.push_back(DAG.getUNDEF(In.VT));
    return Chain;
  }

  // Soft-float fp128 libcalls (__addtf3, __eqtf2, __trunctfdf2, ...) get
  // their fp128 operands as i128: pass those by reference too, as the
  // C-compiled callee (long double parameters) expects.
  bool IntsToo = !CLI.CB && Name.starts_with("__") && Name.contains("tf");
  SmallVector<ISD::OutputArg, 8> SlotOuts;
  SmallVector<unsigned, 8> SlotOf;
  slotArgs(CLI.Outs, SlotOuts, SlotOf, IntsToo);
  SmallVector<unsigned, 8> Offsets;
  unsigned NumFixed = CLI.NumFixedArgs;
  bool IsVarArg = CLI.IsVarArg;
  unsigned ArgEnd =
      assignArgOffsets(SlotOuts, Offsets, [&](const ISD::OutputArg &A) {
        return IsVarArg && A.OrigArgIndex >= NumFixed;
      });
  unsigned NumBytes = alignTo(ArgEnd, 8);

  // Indirect arguments: copy each to a temporary of this frame (before the
  // call sequence), pass its address.
  MachineFunction &MF = DAG.getMachineFunction();
  SmallVector<SDValue, 8> OutVals(CLI.OutVals.begin(), CLI.OutVals.end());
  SmallVector<SDValue, 4> TempStores;
  for (unsigned I = 0, E = CLI.Outs.size(); I != E;) {
    const ISD::OutputArg &Out = CLI.Outs[I];
    if (!isIndirectArg(Out, IntsToo)) {
      ++I;
      continue;
    }
    unsigned Bytes = Out.ArgVT.getStoreSize();
    int FI = MF.getFrameInfo().CreateStackObject(Bytes, Align(8), false);
    SDValue FIN = DAG.getFrameIndex(FI, MVT::i32);
    unsigned First = I;
    for (; I != E && CLI.Outs[I].OrigArgIndex == Out.OrigArgIndex &&
           (I == First || CLI.Outs[I].PartOffset != 0);
         ++I) {
      unsigned PO = CLI.Outs[I].PartOffset;
      TempStores.push_back(DAG.getStore(
          Chain, DL, CLI.OutVals[I],
          DAG.getObjectPtrOffset(DL, FIN, TypeSize::getFixed(PO)),
          MachinePointerInfo::getFixedStack(MF, FI, PO)));
    }
    OutVals[First] = FIN;
  }
  if (!TempStores.empty()) {
    TempStores.push_back(Chain);
    Chain = DAG.getNode(ISD::TokenFactor, DL, MVT::Other, TempStores);
  }

  Chain = DAG.getCALLSEQ_START(Chain, NumBytes, 0, DL);

  SmallVector<SDValue, 8> MemOps;
  MemOps.push_back(DAG.getNode(ValidaISD::SET_DIST, DL, MVT::Other, Chain));
  for (unsigned S = 0, E = SlotOuts.size(); S != E; ++S) {
    const ISD::OutputArg &Out = SlotOuts[S];
    unsigned I = std::find(SlotOf.begin(), SlotOf.end(), S) - SlotOf.begin();
    SDValue Off = DAG.getTargetConstant(Offsets[S], DL, MVT::i32);
    if (Out.Flags.isByVal()) {
      unsigned Size = Out.Flags.getByValSize();
      if (!validaUseMemcpyInstr() && Size % 4 == 0 &&
          Out.Flags.getNonZeroByValAlign() >= Align(4)) {
        // Word by word straight into the argument slots: a load and an
        // OUTARG (which folds into the load) per word, instead of a store
        // through a computed slot address.
        for (unsigned K = 0; K != Size; K += 4) {
          SDValue Word = DAG.getLoad(
              MVT::i32, DL, Chain,
              DAG.getObjectPtrOffset(DL, OutVals[I], TypeSize::getFixed(K)),
              MachinePointerInfo(), Align(4));
          MemOps.push_back(Word.getValue(1));
          MemOps.push_back(DAG.getNode(
              ValidaISD::OUTARG, DL, MVT::Other, Chain, Word,
              DAG.getTargetConstant(Offsets[S] + K, DL, MVT::i32)));
        }
        continue;
      }
      SDValue Dst = DAG.getNode(ValidaISD::OUTARG_ADDR, DL, MVT::i32, Off);
      // Inline copy: a memcpy call here would clobber the outgoing area.
      MemOps.push_back(DAG.getMemcpy(
          Chain, DL, Dst, OutVals[I],
          DAG.getConstant(Out.Flags.getByValSize(), DL, MVT::i32),
          std::min(Out.Flags.getNonZeroByValAlign(), Align(4)),
          /*isVol=*/false, /*AlwaysInline=*/true, /*CI=*/nullptr,
          std::nullopt, MachinePointerInfo(), MachinePointerInfo()));
      continue;
    }
    if (Out.VT != MVT::i32) {
      diagnose(DAG, DL, "call argument of type " +
                            EVT(Out.VT).getEVTString());
      continue;
    }
    MemOps.push_back(DAG.getNode(ValidaISD::OUTARG, DL, MVT::Other, Chain,
                                 OutVals[I], Off));
  }
  Chain = DAG.getNode(ISD::TokenFactor, DL, MVT::Other, MemOps);

  if (auto *G = dyn_cast<GlobalAddressSDNode>(Callee))
    Callee = DAG.getTargetGlobalAddress(G->getGlobal(), DL, MVT::i32,
                                        G->getOffset());
  else if (auto *S = dyn_cast<ExternalSymbolSDNode>(Callee))
    Callee = DAG.getTargetExternalSymbol(S->getSymbol(), MVT::i32);
  // CALL, CALLSEQ_END and CALL_RESULT are glued into one scheduling unit:
  // the result slot -N+4 is shared by every call of this function, so it is
  // read right after its call, before any other call sequence (two libcalls
  // hanging off the entry node would otherwise be free to interleave).
  SDValue Call = DAG.getNode(ValidaISD::CALL, DL,
                             DAG.getVTList(MVT::Other, MVT::Glue), Chain,
                             Callee);
  Chain = DAG.getCALLSEQ_END(Call, NumBytes, 0, Call.getValue(1), DL);
  SDValue Glue = Chain.getValue(1);

  for (const ISD::InputArg &In : CLI.Ins) {
    SDValue V = DAG.getNode(
        ValidaISD::CALL_RESULT, DL, DAG.getVTList(MVT::i32, MVT::Other), Chain,
        DAG.getTargetConstant(ReturnValueOffset, DL, MVT::i32), Glue);
    Chain = V.getValue(1);
    InVals.push_back(In.VT == MVT::i32 ? V : DAG.getUNDEF(In.VT));
  }
  return Chain;
}

MachineBasicBlock *
ValidaTargetLowering::EmitInstrWithCustomInserter(MachineInstr &MI,
                                                  MachineBasicBlock *MBB) const {
  const TargetInstrInfo &TII = *Subtarget.getInstrInfo();
  MachineRegisterInfo &MRI = MBB->getParent()->getRegInfo();
  const DebugLoc &DL = MI.getDebugLoc();
  auto Build = [&](unsigned Opc) { return BuildMI(*MBB, MI, DL, TII.get(Opc)); };

  switch (MI.getOpcode()) {
  case Valida::OUTARG_SW:
    Build(Valida::SWfr)
        .addTargetIndex(Valida::TI_CalleeSlot, MI.getOperand(0).getImm())
        .add(MI.getOperand(1));
    break;
  case Valida::OUTARG_SETDIST:
    Build(Valida::IMM32f)
        .addTargetIndex(Valida::TI_CalleeSlot, DistanceOffset)
        .addTargetIndex(Valida::TI_FrameSize, 0);
    break;
  case Valida::CALL_DIRECT:
    Build(Valida::JAL)
        .addTargetIndex(Valida::TI_CalleeSlot, 0)
        .add(MI.getOperand(0))
        .addTargetIndex(Valida::TI_NegFrameSize, 0);
    break;
  case Valida::CALL_INDIRECT: {
    Register Delta = MRI.createVirtualRegister(&Valida::GPRRegClass);
    Build(Valida::IMM32r).addDef(Delta).addTargetIndex(Valida::TI_NegFrameSize,
                                                       0);
    Build(Valida::JALVfrr)
        .addTargetIndex(Valida::TI_CalleeSlot, 0)
        .add(MI.getOperand(0))
        .addReg(Delta, RegState::Kill);
    break;
  }
  case Valida::SELECT_BR: {
    //   MBB:  ...; beqi Tail, c, 0       (c == 0: f)
    //   True: (falls through)            (c != 0: t)
    //   Tail: %a = PHI %f, MBB, %t, True; rest of MBB
    MachineFunction *MF = MBB->getParent();
    const BasicBlock *BB = MBB->getBasicBlock();
    MachineFunction::iterator It = std::next(MBB->getIterator());
    MachineBasicBlock *TrueMBB = MF->CreateMachineBasicBlock(BB);
    MachineBasicBlock *TailMBB = MF->CreateMachineBasicBlock(BB);
    MF->insert(It, TrueMBB);
    MF->insert(It, TailMBB);
    TailMBB->splice(TailMBB->begin(), MBB,
                    std::next(MachineBasicBlock::iterator(MI)), MBB->end());
    TailMBB->transferSuccessorsAndUpdatePHIs(MBB);
    MBB->addSuccessor(TrueMBB);
    MBB->addSuccessor(TailMBB);
    TrueMBB->addSuccessor(TailMBB);
    BuildMI(MBB, DL, TII.get(Valida::BEQri))
        .addMBB(TailMBB)
        .addReg(MI.getOperand(1).getReg())
        .addImm(0);
    BuildMI(*TailMBB, TailMBB->begin(), DL, TII.get(TargetOpcode::PHI),
            MI.getOperand(0).getReg())
        .addReg(MI.getOperand(3).getReg())
        .addMBB(MBB)
        .addReg(MI.getOperand(2).getReg())
        .addMBB(TrueMBB);
    MI.eraseFromParent();
    return TailMBB;
  }
  case Valida::CALL_RESULT:
    Build(Valida::LWrf)
        .add(MI.getOperand(0))
        .addTargetIndex(Valida::TI_CalleeSlot, MI.getOperand(1).getImm());
    break;
  case Valida::OUTARG_ADDR:
    Build(Valida::LOADFPr)
        .add(MI.getOperand(0))
        .addTargetIndex(Valida::TI_CalleeSlot, MI.getOperand(1).getImm());
    break;
  default:
    llvm_unreachable("unexpected instruction with a custom inserter");
  }
  MI.eraseFromParent();
  return MBB;
}

//===----------------------------------------------------------------------===//
// Custom lowering
//===----------------------------------------------------------------------===//

SDValue ValidaTargetLowering::LowerOperation(SDValue Op,
                                             SelectionDAG &DAG) const {
  switch (Op.getOpcode()) {
  case ISD::GlobalAddress:
    return lowerGlobalAddress(Op, DAG);
  case ISD::ExternalSymbol:
    return lowerExternalSymbol(Op, DAG);
  case ISD::BlockAddress:
    return lowerBlockAddress(Op, DAG);
  case ISD::ConstantPool: {
    auto *N = cast<ConstantPoolSDNode>(Op);
    SDValue T = DAG.getTargetConstantPool(N->getConstVal(), MVT::i32,
                                          N->getAlign(), N->getOffset());
    return DAG.getNode(ValidaISD::WRAPPER, SDLoc(Op), MVT::i32, T);
  }
  case ISD::SELECT:
    return lowerSELECT(Op, DAG);
  case ISD::VASTART:
    return lowerVASTART(Op, DAG);
  case ISD::FRAMEADDR:
    return lowerFRAMEADDR(Op, DAG);
  case ISD::RETURNADDR:
    return lowerRETURNADDR(Op, DAG);
  case ISD::LOAD:
    return lowerLOAD(Op, DAG);
  case ISD::STORE:
    return lowerSTORE(Op, DAG);
  case ISD::DYNAMIC_STACKALLOC:
    return lowerDYNAMIC_STACKALLOC(Op, DAG);
  case ISD::STACKSAVE:
    return lowerSTACKSAVE(Op, DAG);
  case ISD::STACKRESTORE:
    return lowerSTACKRESTORE(Op, DAG);
  case ISD::BRIND:
    return lowerBRIND(Op, DAG);
  default:
    return lowerUnsupported(Op, DAG, "operation");
  }
}

void ValidaTargetLowering::ReplaceNodeResults(SDNode *N,
                                              SmallVectorImpl<SDValue> &Results,
                                              SelectionDAG &DAG) const {
  diagnose(DAG, SDLoc(N),
           Twine("operation ") + N->getOperationName(&DAG) +
               " on an illegal type");
  for (unsigned I = 0, E = N->getNumValues(); I != E; ++I)
    Results.push_back(DAG.getUNDEF(N->getValueType(I)));
}

SDValue ValidaTargetLowering::lowerUnsupported(SDValue Op, SelectionDAG &DAG,
                                               const char *What) const {
  SDLoc DL(Op);
  diagnose(DAG, DL, Twine("unsupported ") + What + " (" +
                        Op->getOperationName(&DAG) + ")");
  // Keep the DAG well formed: undefined values, the incoming chain.
  SmallVector<SDValue, 2> Results;
  for (unsigned I = 0, E = Op->getNumValues(); I != E; ++I) {
    EVT VT = Op->getValueType(I);
    if (VT == MVT::Other)
      Results.push_back(Op.getOperand(0));
    else
      Results.push_back(DAG.getUNDEF(VT));
  }
  return DAG.getMergeValues(Results, DL);
}

SDValue ValidaTargetLowering::lowerGlobalAddress(SDValue Op,
                                                 SelectionDAG &DAG) const {
  auto *N = cast<GlobalAddressSDNode>(Op);
  SDValue T = DAG.getTargetGlobalAddress(N->getGlobal(), SDLoc(Op), MVT::i32,
                                         N->getOffset());
  return DAG.getNode(ValidaISD::WRAPPER, SDLoc(Op), MVT::i32, T);
}

SDValue ValidaTargetLowering::lowerExternalSymbol(SDValue Op,
                                                  SelectionDAG &DAG) const {
  auto *N = cast<ExternalSymbolSDNode>(Op);
  SDValue T = DAG.getTargetExternalSymbol(N->getSymbol(), MVT::i32);
  return DAG.getNode(ValidaISD::WRAPPER, SDLoc(Op), MVT::i32, T);
}

SDValue ValidaTargetLowering::lowerBlockAddress(SDValue Op,
                                                SelectionDAG &DAG) const {
  auto *N = cast<BlockAddressSDNode>(Op);
  SDValue T = DAG.getTargetBlockAddress(N->getBlockAddress(), MVT::i32,
                                        N->getOffset());
  return DAG.getNode(ValidaISD::WRAPPER, SDLoc(Op), MVT::i32, T);
}

static cl::opt<bool> RichAddressingModes(
    "valida-rich-addressing-modes", cl::Hidden, cl::init(false),
    cl::desc("Tell IR passes (loop strength reduction, address sinking) "
             "that reg+reg and reg+imm addresses are legal, as LLVM's "
             "default does"));

/// Valida's LW/SW/LOADU8/STOREU8 read their address from one slot, so any
/// offset or index costs an ALU instruction. Saying so makes loop strength
/// reduction prefer pointer induction variables (`add p, p, 4` per
/// iteration) to base+index addresses (`add t, base, i` per access).
bool ValidaTargetLowering::isLegalAddressingMode(const DataLayout &DL,
                                                 const AddrMode &AM, Type *Ty,
                                                 unsigned AddrSpace,
                                                 Instruction *I) const {
  if (RichAddressingModes)
    return TargetLowering::isLegalAddressingMode(DL, AM, Ty, AddrSpace, I);
  if (AM.BaseGV || AM.BaseOffs != 0 || AM.ScalableOffset != 0)
    return false;
  // [reg] (HasBaseReg, or Scale 1 without a base) or [0].
  if (AM.Scale == 0)
    return true;
  return AM.Scale == 1 && !AM.HasBaseReg;
}

static cl::opt<bool> SelectByBranch(
    "valida-select-by-branch", cl::Hidden, cl::init(true),
    cl::desc("Lower select as a branch diamond (beqi + PHI)"));

static cl::opt<bool> SelectByMask(
    "valida-select-by-mask", cl::Hidden, cl::init(false),
    cl::desc("Lower select as f ^ ((t ^ f) & -c) (four instructions) instead "
             "of f + (t - f) * c (three)"));

/// select c, t, f  ->  f + (t - f) * c, with c in {0, 1}: three ALU
/// instructions (a multiply costs one instruction like any other) and no
/// branch; two when t and f are constants (muli, addi).
SDValue ValidaTargetLowering::lowerSELECT(SDValue Op, SelectionDAG &DAG) const {
  SDLoc DL(Op);
  EVT VT = Op.getValueType();
  SDValue C = Op.getOperand(0), T = Op.getOperand(1), F = Op.getOperand(2);
  // Two-instruction arithmetic forms: constant arms, or arms that differ by
  // an add (c ? x + k : x).
  bool Cheap =
      (isa<ConstantSDNode>(T) && isa<ConstantSDNode>(F)) ||
      (T.getOpcode() == ISD::ADD &&
       (T.getOperand(0) == F || T.getOperand(1) == F)) ||
      (F.getOpcode() == ISD::ADD && F.getOperand(0) == T &&
       isa<ConstantSDNode>(F.getOperand(1)));
  if (SelectByBranch && !Cheap) {
    // Branches cost one executed instruction and nothing else (no
    // prediction): a diamond (beqi + PHI copies, often coalesced) beats
    // three ALU instructions, and the arm computed only for the select
    // can be sunk into its side by MachineSink.
    return SDValue(DAG.getMachineNode(Valida::SELECT_BR, DL, VT, C, T, F), 0);
  }
  if (SelectByMask) {
    SDValue Mask =
        DAG.getNode(ISD::SUB, DL, VT, DAG.getConstant(0, DL, VT), C);
    SDValue Diff = DAG.getNode(ISD::XOR, DL, VT, T, F);
    SDValue Sel = DAG.getNode(ISD::AND, DL, VT, Diff, Mask);
    return DAG.getNode(ISD::XOR, DL, VT, F, Sel);
  }
  // t = f + k (c ? x + k : x): the difference is k itself, so two
  // instructions (mul, add) when k is a constant or already a value;
  // f = t + k with a constant k: the difference is -k.
  SDValue Diff;
  if (T.getOpcode() == ISD::ADD && T.getOperand(0) == F)
    Diff = T.getOperand(1);
  else if (T.getOpcode() == ISD::ADD && T.getOperand(1) == F)
    Diff = T.getOperand(0);
  else if (F.getOpcode() == ISD::ADD && F.getOperand(0) == T &&
           isa<ConstantSDNode>(F.getOperand(1)))
    Diff = DAG.getNode(ISD::SUB, DL, VT, DAG.getConstant(0, DL, VT),
                       F.getOperand(1));
  else
    Diff = DAG.getNode(ISD::SUB, DL, VT, T, F);
  SDValue Prod = DAG.getNode(ISD::MUL, DL, VT, Diff, C);
  return DAG.getNode(ISD::ADD, DL, VT, F, Prod);
}

SDValue ValidaTargetLowering::lowerVASTART(SDValue Op,
                                           SelectionDAG &DAG) const {
  MachineFunction &MF = DAG.getMachineFunction();
  int FI = MF.getInfo<ValidaMachineFunctionInfo>()->getVarArgsFrameIndex();
  SDValue FIN = DAG.getFrameIndex(FI, MVT::i32);
  const Value *SV = cast<SrcValueSDNode>(Op.getOperand(2))->getValue();
  return DAG.getStore(Op.getOperand(0), SDLoc(Op), FIN, Op.getOperand(1),
                      MachinePointerInfo(SV));
}

SDValue ValidaTargetLowering::lowerFRAMEADDR(SDValue Op,
                                             SelectionDAG &DAG) const {
  SDLoc DL(Op);
  MachineFunction &MF = DAG.getMachineFunction();
  MF.getFrameInfo().setFrameAddressIsTaken(true);
  int FI = MF.getInfo<ValidaMachineFunctionInfo>()->getReturnAddressFrameIndex(
      MF.getFrameInfo());
  // The address of 0(fp) is fp itself.
  SDValue FP = DAG.getFrameIndex(FI, MVT::i32);
  // Walk up: the caller's fp is fp + [fp + 8].
  for (uint64_t Depth = Op.getConstantOperandVal(0); Depth; --Depth) {
    SDValue Ptr = DAG.getNode(ISD::ADD, DL, MVT::i32, FP,
                              DAG.getConstant(DistanceOffset, DL, MVT::i32));
    SDValue N = DAG.getLoad(MVT::i32, DL, DAG.getEntryNode(), Ptr,
                            MachinePointerInfo());
    FP = DAG.getNode(ISD::ADD, DL, MVT::i32, FP, N);
  }
  return FP;
}

SDValue ValidaTargetLowering::lowerRETURNADDR(SDValue Op,
                                              SelectionDAG &DAG) const {
  if (Op.getConstantOperandVal(0) != 0)
    return lowerUnsupported(Op, DAG, "return address of an outer frame");
  MachineFunction &MF = DAG.getMachineFunction();
  MF.getFrameInfo().setReturnAddressIsTaken(true);
  int FI = MF.getInfo<ValidaMachineFunctionInfo>()->getReturnAddressFrameIndex(
      MF.getFrameInfo());
  return DAG.getLoad(MVT::i32, SDLoc(Op), DAG.getEntryNode(),
                     DAG.getFrameIndex(FI, MVT::i32),
                     MachinePointerInfo::getFixedStack(MF, FI));
}

/// 16-bit loads from two byte loads: lo | hi << 8 (hi sign- or zero-extended
/// as the load asks).
SDValue ValidaTargetLowering::lowerLOAD(SDValue Op, SelectionDAG &DAG) const {
  auto *LD = cast<LoadSDNode>(Op);
  if (LD->getMemoryVT() != MVT::i16 || !LD->isUnindexed())
    return lowerUnsupported(Op, DAG, "load");
  SDLoc DL(Op);
  SDValue Chain = LD->getChain(), Ptr = LD->getBasePtr();
  MachinePointerInfo PI = LD->getPointerInfo();
  MachineMemOperand::Flags MMOFlags = LD->getMemOperand()->getFlags();
  ISD::LoadExtType HiExt =
      LD->getExtensionType() == ISD::SEXTLOAD ? ISD::SEXTLOAD : ISD::ZEXTLOAD;
  SDValue Lo = DAG.getExtLoad(ISD::ZEXTLOAD, DL, MVT::i32, Chain, Ptr, PI,
                              MVT::i8, Align(1), MMOFlags);
  SDValue HiPtr = DAG.getObjectPtrOffset(DL, Ptr, TypeSize::getFixed(1));
  SDValue Hi = DAG.getExtLoad(HiExt, DL, MVT::i32, Chain, HiPtr,
                              PI.getWithOffset(1), MVT::i8, Align(1), MMOFlags);
  SDValue Val = DAG.getNode(
      ISD::OR, DL, MVT::i32, Lo,
      DAG.getNode(ISD::SHL, DL, MVT::i32, Hi, DAG.getConstant(8, DL, MVT::i32)));
  SDValue NewChain = DAG.getNode(ISD::TokenFactor, DL, MVT::Other,
                                 Lo.getValue(1), Hi.getValue(1));
  return DAG.getMergeValues({Val, NewChain}, DL);
}

/// 16-bit stores as two byte stores.
SDValue ValidaTargetLowering::lowerSTORE(SDValue Op, SelectionDAG &DAG) const {
  auto *ST = cast<StoreSDNode>(Op);
  if (!ST->isTruncatingStore() || ST->getMemoryVT() != MVT::i16 ||
      !ST->isUnindexed())
    return lowerUnsupported(Op, DAG, "store");
  SDLoc DL(Op);
  SDValue Chain = ST->getChain(), Ptr = ST->getBasePtr(), Val = ST->getValue();
  MachinePointerInfo PI = ST->getPointerInfo();
  MachineMemOperand::Flags MMOFlags = ST->getMemOperand()->getFlags();
  SDValue Lo = DAG.getTruncStore(Chain, DL, Val, Ptr, PI, MVT::i8, Align(1),
                                 MMOFlags);
  SDValue HiVal =
      DAG.getNode(ISD::SRL, DL, MVT::i32, Val, DAG.getConstant(8, DL, MVT::i32));
  SDValue HiPtr = DAG.getObjectPtrOffset(DL, Ptr, TypeSize::getFixed(1));
  SDValue Hi = DAG.getTruncStore(Chain, DL, HiVal, HiPtr, PI.getWithOffset(1),
                                 MVT::i8, Align(1), MMOFlags);
  return DAG.getNode(ISD::TokenFactor, DL, MVT::Other, Lo, Hi);
}

SDValue ValidaTargetLowering::getAllocaPointerAddr(SelectionDAG &DAG,
                                                   const SDLoc &DL) const {
  return DAG.getNode(ValidaISD::WRAPPER, DL, MVT::i32,
                     DAG.getTargetExternalSymbol(AllocaPointerSymbol, MVT::i32));
}

/// Dynamic allocas cannot live in the frame: a callee's frame sits at a
/// constant distance N below fp (jal/jalv name their return-address slot by
/// a constant offset), so the frame cannot grow at run time. They are
/// carved instead from a separate area that grows down from the word
/// __valida_alloca_sp (ValidaAllocaArea.cpp); stacksave/stackrestore read
/// and write that word, and a function with dynamic allocas restores it on
/// return.
SDValue ValidaTargetLowering::lowerDYNAMIC_STACKALLOC(SDValue Op,
                                                      SelectionDAG &DAG) const {
  SDLoc DL(Op);
  SDValue Chain = Op.getOperand(0), Size = Op.getOperand(1);
  uint64_t AlignV = std::max<uint64_t>(Op.getConstantOperandVal(2), 8);
  SDValue Addr = getAllocaPointerAddr(DAG, DL);
  SDValue SP = DAG.getLoad(MVT::i32, DL, Chain, Addr, MachinePointerInfo());
  Chain = SP.getValue(1);
  SDValue New = DAG.getNode(ISD::SUB, DL, MVT::i32, SP, Size);
  New = DAG.getNode(ISD::AND, DL, MVT::i32, New,
                    DAG.getSignedConstant(-(int64_t)AlignV, DL, MVT::i32));
  Chain = DAG.getStore(Chain, DL, New, Addr, MachinePointerInfo());
  return DAG.getMergeValues({New, Chain}, DL);
}

SDValue ValidaTargetLowering::lowerSTACKSAVE(SDValue Op,
                                             SelectionDAG &DAG) const {
  SDLoc DL(Op);
  SDValue SP = DAG.getLoad(MVT::i32, DL, Op.getOperand(0),
                           getAllocaPointerAddr(DAG, DL), MachinePointerInfo());
  return DAG.getMergeValues({SP, SP.getValue(1)}, DL);
}

SDValue ValidaTargetLowering::lowerSTACKRESTORE(SDValue Op,
                                                SelectionDAG &DAG) const {
  SDLoc DL(Op);
  return DAG.getStore(Op.getOperand(0), DL, Op.getOperand(1),
                      getAllocaPointerAddr(DAG, DL), MachinePointerInfo());
}

/// indirectbr: jalv <dead slot>, target, 0 (a jump that keeps fp).
SDValue ValidaTargetLowering::lowerBRIND(SDValue Op, SelectionDAG &DAG) const {
  SDLoc DL(Op);
  MachineFunction &MF = DAG.getMachineFunction();
  int FI = MF.getFrameInfo().CreateStackObject(4, Align(4), false);
  SDValue Ops[] = {DAG.getTargetFrameIndex(FI, MVT::i32), Op.getOperand(1),
                   DAG.getConstant(0, DL, MVT::i32), Op.getOperand(0)};
  return SDValue(DAG.getMachineNode(Valida::JMPVfrr, DL, MVT::Other, Ops), 0);
}

//===----------------------------------------------------------------------===//
// Inline asm
//===----------------------------------------------------------------------===//

TargetLowering::ConstraintType
ValidaTargetLowering::getConstraintType(StringRef Constraint) const {
  if (Constraint == "r")
    return C_RegisterClass;
  return TargetLowering::getConstraintType(Constraint);
}

std::pair<unsigned, const TargetRegisterClass *>
ValidaTargetLowering::getRegForInlineAsmConstraint(
    const TargetRegisterInfo *TRI, StringRef Constraint, MVT VT) const {
  if (Constraint == "r" && (VT == MVT::i32 || VT == MVT::Other ||
                            VT.getSizeInBits() <= 32))
    return std::make_pair(0U, &Valida::GPRRegClass);
  return TargetLowering::getRegForInlineAsmConstraint(TRI, Constraint, VT);
}

bool ValidaTargetLowering::findOptimalMemOpLowering(
    LLVMContext &Context, std::vector<EVT> &MemOps, unsigned Limit,
    const MemOp &Op, unsigned DstAS, unsigned SrcAS,
    const AttributeList &FuncAttributes) const {
  if (!TargetLowering::findOptimalMemOpLowering(Context, MemOps, Limit, Op,
                                                DstAS, SrcAS, FuncAttributes))
    return false;
  // Limit is ~0 when the copy must be inline (byval arguments,
  // llvm.memcpy.inline). Otherwise a copy that would go byte by byte
  // beyond a few bytes is left to the runtime's memcpy, which copies words
  // whenever the pointers turn out to be equally aligned at run time. Byte
  // fills stay inline: a byte store costs what a word store does.
  if (Limit == ~0u || Op.isMemset())
    return true;
  unsigned ByteOps = count_if(MemOps, [](EVT VT) { return VT.getSizeInBits() < 32; });
  return ByteOps <= InlineCopyByteOps;
}
