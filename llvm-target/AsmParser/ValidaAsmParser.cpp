//===-- ValidaAsmParser.cpp - Parse Valida assembly to MCInsts ------------===//
//
// Parses the syntax ValidaInstPrinter prints (docs/abi.md "Assembly syntax"):
//   add -12(fp), -4(fp), -8(fp)        frame slots are `N(fp)`
//   addi -12(fp), -4(fp), 5            immediates are expressions
//   beq .LBB0_2, -4(fp), 0(fp)         branch targets and callees are symbols
//   imm32 -4(fp), 120, 86, 52, 18      IMM32's value as four bytes, LSB first,
//   imm32 -4(fp), g+8                  or as one expression (a relocation)
//   write 0, -4(fp), 0, 0, 1           literal operands as the printer shows
//   .insn 100, -12, -4, 5, 0, 1         a raw record (opcode, a, b, c, d, e)
// Instruction matching is TableGen's AsmMatcher over the instruction
// AsmStrings; this file supplies the operand kinds (Token, Imm, Frame).
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/ValidaMCTargetDesc.h"
#include "TargetInfo/ValidaTargetInfo.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCParser/MCAsmParser.h"
#include "llvm/MC/MCParser/MCParsedAsmOperand.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace {

class ValidaOperand : public MCParsedAsmOperand {
public:
  enum KindTy { Token, Immediate, Frame };

private:
  KindTy Kind;
  StringRef Tok;
  const MCExpr *Expr = nullptr;
  SMLoc StartLoc, EndLoc;

public:
  ValidaOperand(KindTy K, SMLoc S, SMLoc E) : Kind(K), StartLoc(S), EndLoc(E) {}

  static std::unique_ptr<ValidaOperand> createToken(StringRef Str, SMLoc S) {
    auto Op = std::make_unique<ValidaOperand>(Token, S, S);
    Op->Tok = Str;
    return Op;
  }
  static std::unique_ptr<ValidaOperand> createImm(const MCExpr *E, SMLoc S,
                                                  SMLoc End) {
    auto Op = std::make_unique<ValidaOperand>(Immediate, S, End);
    Op->Expr = E;
    return Op;
  }
  static std::unique_ptr<ValidaOperand> createFrame(const MCExpr *E, SMLoc S,
                                                    SMLoc End) {
    auto Op = std::make_unique<ValidaOperand>(Frame, S, End);
    Op->Expr = E;
    return Op;
  }

  bool isToken() const override { return Kind == Token; }
  bool isImm() const override { return Kind == Immediate; }
  bool isFrame() const { return Kind == Frame; }
  bool isReg() const override { return false; }
  bool isMem() const override { return false; }
  MCRegister getReg() const override { return MCRegister(); }
  StringRef getToken() const {
    assert(Kind == Token && "not a token");
    return Tok;
  }
  const MCExpr *getExpr() const { return Expr; }
  SMLoc getStartLoc() const override { return StartLoc; }
  SMLoc getEndLoc() const override { return EndLoc; }

  // A constant value, if the operand is an immediate or a slot that has one.
  bool getConstant(int64_t &V) const {
    return Expr && Expr->evaluateAsAbsolute(V);
  }

  // Only for the codegen register classes the matcher knows about; no
  // assembly instruction takes a register.
  void addRegOperands(MCInst &Inst, unsigned N) const {
    llvm_unreachable("Valida assembly has no register operands");
  }

  void addImmOperands(MCInst &Inst, unsigned N) const {
    assert(N == 1 && "one MCOperand per Valida operand");
    int64_t V;
    if (getConstant(V))
      Inst.addOperand(MCOperand::createImm(V));
    else
      Inst.addOperand(MCOperand::createExpr(Expr));
  }

  void print(raw_ostream &OS, const MCAsmInfo &MAI) const override {
    switch (Kind) {
    case Token:
      OS << "'" << Tok << "'";
      break;
    case Immediate:
      MAI.printExpr(OS, *Expr);
      break;
    case Frame:
      MAI.printExpr(OS, *Expr);
      OS << "(fp)";
      break;
    }
  }
};

class ValidaAsmParser : public MCTargetAsmParser {
#define GET_ASSEMBLER_HEADER
#include "ValidaGenAsmMatcher.inc"

  bool parseOperand(OperandVector &Operands);
  bool combineImm32Bytes(OperandVector &Operands, SMLoc NameLoc);

public:
  enum ValidaMatchResultTy {
    Match_Dummy = FIRST_TARGET_MATCH_RESULT_TY,
#define GET_OPERAND_DIAGNOSTIC_TYPES
#include "ValidaGenAsmMatcher.inc"
  };

  ValidaAsmParser(const MCSubtargetInfo &STI, MCAsmParser &Parser,
                  const MCInstrInfo &MII, const MCTargetOptions &Options)
      : MCTargetAsmParser(Options, STI, MII) {
    setAvailableFeatures(ComputeAvailableFeatures(STI.getFeatureBits()));
  }

  // Valida has no registers in assembly: operands are frame slots.
  bool parseRegister(MCRegister &Reg, SMLoc &StartLoc, SMLoc &EndLoc) override {
    return Error(StartLoc, "Valida assembly has no registers");
  }
  ParseStatus tryParseRegister(MCRegister &Reg, SMLoc &StartLoc,
                               SMLoc &EndLoc) override {
    return ParseStatus::NoMatch;
  }

  bool parseInstruction(ParseInstructionInfo &Info, StringRef Name,
                        SMLoc NameLoc, OperandVector &Operands) override;
  ParseStatus parseDirective(AsmToken DirectiveID) override;
  bool matchAndEmitInstruction(SMLoc IDLoc, unsigned &Opcode,
                               OperandVector &Operands, MCStreamer &Out,
                               uint64_t &ErrorInfo,
                               bool MatchingInlineAsm) override;
  unsigned validateTargetOperandClass(MCParsedAsmOperand &Op,
                                      unsigned Kind) override;
};

} // end anonymous namespace

#define GET_MATCHER_IMPLEMENTATION
#define GET_MNEMONIC_SPELL_CHECKER
#include "ValidaGenAsmMatcher.inc"

// An operand: `expr(fp)` is a frame slot, `expr` an immediate or symbol.
bool ValidaAsmParser::parseOperand(OperandVector &Operands) {
  MCAsmParser &P = getParser();
  SMLoc S = P.getTok().getLoc();
  const MCExpr *E;
  SMLoc End;
  if (P.getTok().is(AsmToken::LParen)) {
    // `(fp)` alone would be ambiguous with a parenthesised expression; the
    // printer always writes the offset, so require it.
    return Error(S, "expected an operand: N(fp), a number or a symbol");
  }
  if (P.parseExpression(E, End))
    return true;
  if (P.getTok().is(AsmToken::LParen)) {
    P.Lex();
    const AsmToken &Base = P.getTok();
    if (!Base.is(AsmToken::Identifier) || Base.getIdentifier() != "fp")
      return Error(Base.getLoc(), "a frame slot is N(fp): expected 'fp'");
    P.Lex();
    End = P.getTok().getEndLoc();
    if (P.parseToken(AsmToken::RParen, "expected ')' after 'fp'"))
      return true;
    int64_t V;
    if (!E->evaluateAsAbsolute(V))
      return Error(S, "a frame slot offset must be a constant");
    if (V < INT32_MIN || V > INT32_MAX)
      return Error(S, "frame slot offset out of range");
    Operands.push_back(ValidaOperand::createFrame(E, S, End));
    return false;
  }
  Operands.push_back(ValidaOperand::createImm(E, S, End));
  return false;
}

// `imm32 slot, b0, b1, b2, b3` (what the printer writes for a constant)
// becomes the two-operand form `imm32 slot, value`.
bool ValidaAsmParser::combineImm32Bytes(OperandVector &Operands,
                                        SMLoc NameLoc) {
  if (Operands.size() != 6)
    return false;
  uint32_t Value = 0;
  for (unsigned I = 0; I != 4; ++I) {
    auto &Op = static_cast<ValidaOperand &>(*Operands[2 + I]);
    int64_t B;
    if (!Op.isImm() || !Op.getConstant(B))
      return Error(Op.getStartLoc(), "imm32 bytes must be constants");
    if (B < 0 || B > 255)
      return Error(Op.getStartLoc(), "imm32 byte out of range [0, 255]");
    Value |= static_cast<uint32_t>(B) << (8 * I);
  }
  SMLoc S = Operands[2]->getStartLoc(), E = Operands[5]->getEndLoc();
  Operands.resize(2);
  Operands.push_back(ValidaOperand::createImm(
      MCConstantExpr::create(static_cast<int32_t>(Value), getContext()), S, E));
  return false;
}

bool ValidaAsmParser::parseInstruction(ParseInstructionInfo &Info,
                                       StringRef Name, SMLoc NameLoc,
                                       OperandVector &Operands) {
  Operands.push_back(ValidaOperand::createToken(Name, NameLoc));
  MCAsmParser &P = getParser();
  if (!P.getTok().is(AsmToken::EndOfStatement)) {
    if (parseOperand(Operands))
      return true;
    while (P.getTok().is(AsmToken::Comma)) {
      P.Lex();
      if (parseOperand(Operands))
        return true;
    }
  }
  if (P.parseEOL("unexpected token in operand list"))
    return true;
  if (Name.equals_insensitive("imm32"))
    return combineImm32Bytes(Operands, NameLoc);
  return false;
}

// `.word` (what the printer writes for 32-bit data; not a generic ELF
// directive) and its alias `.4byte`'s spelling `.long` are 32-bit values.
ParseStatus ValidaAsmParser::parseDirective(AsmToken DirectiveID) {
  StringRef ID = DirectiveID.getIdentifier();
  MCAsmParser &P = getParser();
  if (ID == ".insn") {
    // `.insn opcode, a, b, c, d, e`: one raw 24-byte record, for an
    // instruction without a mnemonic here. Each word is an expression (a
    // symbol gets the R_VALIDA_32 data relocation).
    SmallVector<std::pair<const MCExpr *, SMLoc>, 6> Words;
    auto ParseOne = [&]() -> bool {
      const MCExpr *Value;
      SMLoc Loc = P.getTok().getLoc();
      if (P.parseExpression(Value))
        return true;
      Words.push_back({Value, Loc});
      return false;
    };
    if (P.parseMany(ParseOne))
      return ParseStatus::Failure;
    if (Words.size() != 6)
      return Error(DirectiveID.getLoc(),
                   ".insn takes six words: opcode, a, b, c, d, e");
    for (auto &[Value, Loc] : Words)
      P.getStreamer().emitValue(Value, 4, Loc);
    return ParseStatus::Success;
  }
  if (ID != ".word")
    return ParseStatus::NoMatch;
  auto ParseOne = [&]() -> bool {
    const MCExpr *Value;
    SMLoc Loc = P.getTok().getLoc();
    if (P.parseExpression(Value))
      return true;
    P.getStreamer().emitValue(Value, 4, Loc);
    return false;
  };
  if (P.parseMany(ParseOne))
    return ParseStatus::Failure;
  return ParseStatus::Success;
}

// The literal operands in AsmStrings (`keccakf 0, $b`, `write 0, $b, 0, 0, 1`)
// are token classes; accept the parsed constant that spells them.
unsigned ValidaAsmParser::validateTargetOperandClass(MCParsedAsmOperand &AsmOp,
                                                     unsigned Kind) {
  auto &Op = static_cast<ValidaOperand &>(AsmOp);
  int64_t V;
  if (!Op.isImm() || !Op.getConstant(V))
    return Match_InvalidOperand;
  if ((Kind == MCK_0 && V == 0) || (Kind == MCK_1 && V == 1))
    return Match_Success;
  return Match_InvalidOperand;
}

bool ValidaAsmParser::matchAndEmitInstruction(SMLoc IDLoc, unsigned &Opcode,
                                              OperandVector &Operands,
                                              MCStreamer &Out,
                                              uint64_t &ErrorInfo,
                                              bool MatchingInlineAsm) {
  MCInst Inst;
  FeatureBitset MissingFeatures;
  unsigned Result = MatchInstructionImpl(Operands, Inst, ErrorInfo,
                                         MissingFeatures, MatchingInlineAsm);
  switch (Result) {
  case Match_Success:
    Inst.setLoc(IDLoc);
    Out.emitInstruction(Inst, getSTI());
    Opcode = Inst.getOpcode();
    return false;
  case Match_MnemonicFail: {
    auto &Mn = static_cast<ValidaOperand &>(*Operands[0]);
    std::string Suggestion = ValidaMnemonicSpellCheck(
        Mn.getToken(), getAvailableFeatures(), 0);
    return Error(IDLoc, "unknown instruction '" + Mn.getToken() + "'" +
                            Suggestion);
  }
  case Match_InvalidOperand: {
    SMLoc Loc = IDLoc;
    if (ErrorInfo != ~0ULL) {
      if (ErrorInfo >= Operands.size())
        return Error(IDLoc, "too few operands for instruction");
      Loc = Operands[ErrorInfo]->getStartLoc();
    }
    return Error(Loc, "invalid operand for instruction");
  }
  case Match_Frame:
    return Error(ErrorInfo < Operands.size() ? Operands[ErrorInfo]->getStartLoc()
                                             : IDLoc,
                 "operand must be a frame slot N(fp)");
  default:
    return Error(IDLoc, "invalid instruction");
  }
}

extern "C" LLVM_EXTERNAL_VISIBILITY void LLVMInitializeValidaAsmParser() {
  RegisterMCAsmParser<ValidaAsmParser> X(getTheValidaTarget());
}
