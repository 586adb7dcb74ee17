//===-- ValidaRelations.td - Relations between forms -------*- tablegen -*-===//
//
// InstrMapping tables between the forms of one operation (see
// ValidaInstrFormats.td: BaseOp, Op0, Op1, Op2). TableGen emits
// Valida::getFrameOp0(Opc) etc. into ValidaGenInstrInfo.inc; each returns -1
// when the form does not exist.
//
//   getFrameOpN:  the form with MI operand N a frame slot instead of a
//                 virtual register (ADDrrr -> getFrameOp1 -> ADDrfr).
//                 Applying it for every register operand gives the native
//                 form (vreg lowering); applying it for one operand is an
//                 operand fold (OperandFolder).
//   getImmOp1/2:  the form with MI operand 1/2 an immediate (ADDrrr -> ADDrri,
//                 LTrrr -> LTrir).
//   getInvertedBranch: BEQ form <-> BNE form with the same operand kinds.
//
//===----------------------------------------------------------------------===//

def getFrameOp0 : InstrMapping {
  let FilterClass = "ValidaForm";
  let RowFields = ["BaseOp", "Op1", "Op2"];
  let ColFields = ["Op0"];
  let KeyCol = ["r"];
  let ValueCols = [["f"]];
}

def getFrameOp1 : InstrMapping {
  let FilterClass = "ValidaForm";
  let RowFields = ["BaseOp", "Op0", "Op2"];
  let ColFields = ["Op1"];
  let KeyCol = ["r"];
  let ValueCols = [["f"]];
}

def getFrameOp2 : InstrMapping {
  let FilterClass = "ValidaForm";
  let RowFields = ["BaseOp", "Op0", "Op1"];
  let ColFields = ["Op2"];
  let KeyCol = ["r"];
  let ValueCols = [["f"]];
}

def getImmOp1 : InstrMapping {
  let FilterClass = "ValidaForm";
  let RowFields = ["BaseOp", "Op0", "Op2"];
  let ColFields = ["Op1"];
  let KeyCol = ["r"];
  let ValueCols = [["i"]];
}

def getImmOp2 : InstrMapping {
  let FilterClass = "ValidaForm";
  let RowFields = ["BaseOp", "Op0", "Op1"];
  let ColFields = ["Op2"];
  let KeyCol = ["r"];
  let ValueCols = [["i"]];
}

def getBNEForm : InstrMapping {
  let FilterClass = "ValidaBranchForm";
  let RowFields = ["Op0", "Op1", "Op2"];
  let ColFields = ["BranchCond"];
  let KeyCol = ["eq"];
  let ValueCols = [["ne"]];
}

def getBEQForm : InstrMapping {
  let FilterClass = "ValidaBranchForm";
  let RowFields = ["Op0", "Op1", "Op2"];
  let ColFields = ["BranchCond"];
  let KeyCol = ["ne"];
  let ValueCols = [["eq"]];
}
