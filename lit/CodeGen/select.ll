; select c, t, f: a branch diamond (`beqi tail, c, 0` and a PHI, SELECT_BR),
; except when arithmetic takes two instructions: constant arms (sel_const)
; or arms differing by an add (sel_offset). With
; -valida-select-by-branch=false: f + (t - f) * c, three instructions;
; -valida-select-by-mask gives the former f ^ ((t ^ f) & -c).
; RUN: %llc -O2 -valida-select-by-branch=false %s -o - | %FileCheck --check-prefix=ARITH %s
; RUN: %llc -O2 %s -o - | %FileCheck --check-prefix=CONST %s
; RUN: %llc -O2 -valida-select-by-branch=false -valida-select-by-mask %s -o - | %FileCheck --check-prefix=MASK %s
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

define i32 @select_rr(i32 %c, i32 %a, i32 %b) {
  %t = icmp ne i32 %c, 0
  %r = select i1 %t, i32 %a, i32 %b
  ret i32 %r
}

define i32 @smax(i32 %a, i32 %b) {
  %t = icmp sgt i32 %a, %b
  %r = select i1 %t, i32 %a, i32 %b
  ret i32 %r
}

define i64 @select64(i1 %c, i64 %a, i64 %b) {
  %r = select i1 %c, i64 %a, i64 %b
  ret i64 %r
}

; ARITH-LABEL: smax:
; ARITH: slt [[C:-[0-9]+]](fp), 16(fp), 12(fp)
; ARITH-NEXT: sub [[D:-[0-9]+]](fp), 12(fp), 16(fp)
; ARITH-NEXT: mul [[M:-[0-9]+]](fp), [[D]](fp), [[C]](fp)
; ARITH-NEXT: add 4(fp), 16(fp), [[M]](fp)
; CONST-LABEL: sel_const:
; CONST: nei [[C:-[0-9]+]](fp), 12(fp), 0
; CONST-NEXT: muli [[M:-[0-9]+]](fp), [[C]](fp), 93
; CONST-NEXT: addi 4(fp), [[M]](fp), 7
; CONST-NEXT: jalv
; MASK-LABEL: smax:
; MASK: xor
; MASK: muli {{.*}}, -1
; MASK: and
; MASK: xor
define i32 @sel_const(i32 %c) {
  %t = icmp ne i32 %c, 0
  %r = select i1 %t, i32 100, i32 7
  ret i32 %r
}

; c ? x - 32 : x (toupper): x + (-32) * c, i.e. x - (c << 5).
; CONST-LABEL: sel_offset:
; CONST: lti [[C:-[0-9]+]](fp), {{-[0-9]+}}(fp), 26
; CONST-NEXT: shli [[M:-[0-9]+]](fp), [[C]](fp), 5
; CONST-NEXT: sub 4(fp), 12(fp), [[M]](fp)
define i32 @sel_offset(i32 %x) {
  %l = add i32 %x, -97
  %c = icmp ult i32 %l, 26
  %s = add i32 %x, -32
  %r = select i1 %c, i32 %s, i32 %x
  ret i32 %r
}

; The same with the arms swapped (clang's toupper): x - 32 + 32 * c.
; CONST-LABEL: sel_offset_swapped:
; CONST: lti [[C:-[0-9]+]](fp), {{-[0-9]+}}(fp), -26
; CONST-NEXT: shli [[M:-[0-9]+]](fp), [[C]](fp), 5
; CONST-NEXT: add [[R:-[0-9]+]](fp), 12(fp), [[M]](fp)
; CONST-NEXT: addi 4(fp), [[R]](fp), -32
define i32 @sel_offset_swapped(i32 %x) {
  %l = add i32 %x, -123
  %c = icmp ult i32 %l, -26
  %s = add i32 %x, -32
  %r = select i1 %c, i32 %x, i32 %s
  ret i32 %r
}

; ==== generated checks ====
; ISEL-LABEL: name: select_rr
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %2:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.3 :: (load (s32) from %fixed-stack.3)
; ISEL-NEXT: %3:gpr = NErri %0, 0
; ISEL-NEXT: BEQri %bb.2, %3, 0
; ISEL: bb.1 (%ir-block.0):
; ISEL-NEXT: successors: %bb.2(0x80000000)
; ISEL: bb.2 (%ir-block.0):
; ISEL-NEXT: %4:gpr = PHI %2, %bb.0, %1, %bb.1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %4 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: smax
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %1:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %2:gpr = SLTrrr %1, %0
; ISEL-NEXT: BEQri %bb.2, %2, 0
; ISEL: bb.1 (%ir-block.0):
; ISEL-NEXT: successors: %bb.2(0x80000000)
; ISEL: bb.2 (%ir-block.0):
; ISEL-NEXT: %3:gpr = PHI %1, %bb.0, %0, %bb.1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %3 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: select64
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %1:gpr = LWrf %fixed-stack.4 :: (load (s32) from %fixed-stack.4)
; ISEL-NEXT: %6:gpr = ANDrri %1, 1
; ISEL-NEXT: %5:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %4:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %3:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %2:gpr = LWrf %fixed-stack.3 :: (load (s32) from %fixed-stack.3)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.5 :: (load (s32) from %fixed-stack.5)
; ISEL-NEXT: BEQri %bb.2, %6, 0
; ISEL: bb.1 (%ir-block.0):
; ISEL-NEXT: successors: %bb.2(0x80000000)
; ISEL: bb.2 (%ir-block.0):
; ISEL-NEXT: successors: %bb.3(0x40000000), %bb.4(0x40000000)
; ISEL: %7:gpr = PHI %5, %bb.0, %3, %bb.1
; ISEL-NEXT: BEQri %bb.4, %6, 0
; ISEL: bb.3 (%ir-block.0):
; ISEL-NEXT: successors: %bb.4(0x80000000)
; ISEL: bb.4 (%ir-block.0):
; ISEL-NEXT: %8:gpr = PHI %4, %bb.2, %2, %bb.3
; ISEL-NEXT: STORE32rr %0, killed %8 :: (store (s32), align 8)
; ISEL-NEXT: %9:gpr = nuw ADDrri %0, 4
; ISEL-NEXT: STORE32rr killed %9, killed %7 :: (store (s32) into unknown-address + 4, basealign 8)
; ISEL-NEXT: RET
; ISEL-LABEL: name: sel_const
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = NErri %0, 0
; ISEL-NEXT: %2:gpr = MULrri killed %1, 93
; ISEL-NEXT: %3:gpr = ADDrri killed %2, 7
; ISEL-NEXT: SWfr %fixed-stack.0, killed %3 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: sel_offset
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = ADDrri %0, -97
; ISEL-NEXT: %2:gpr = LTrri killed %1, 26
; ISEL-NEXT: %3:gpr = SHLrri killed %2, 5
; ISEL-NEXT: %4:gpr = SUBrrr %0, killed %3
; ISEL-NEXT: SWfr %fixed-stack.0, killed %4 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: sel_offset_swapped
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = ADDrri %0, -123
; ISEL-NEXT: %2:gpr = LTrri killed %1, -26
; ISEL-NEXT: %3:gpr = SHLrri killed %2, 5
; ISEL-NEXT: %4:gpr = ADDrrr %0, killed %3
; ISEL-NEXT: %5:gpr = ADDrri killed %4, -32
; ISEL-NEXT: SWfr %fixed-stack.0, killed %5 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET

; O2-LABEL: select_rr:
; O2: nei -4(fp), 12(fp), 0
; O2-NEXT: loadfp -8(fp), 20
; O2-NEXT: beqi .LBB0_2, -4(fp), 0
; O2: loadfp -8(fp), 16
; O2-NEXT: .LBB0_2:
; O2-NEXT: lw 4(fp), -8(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; The argument slot of %b holds the result (argument homing): the selected
; %a is copied over it on one arm only.
; O2-LABEL: smax:
; O2: slt -4(fp), 16(fp), 12(fp)
; O2-NEXT: beqi .LBB1_2, -4(fp), 0
; O2: addi 16(fp), 12(fp), 0
; O2-NEXT: .LBB1_2:
; O2-NEXT: addi 4(fp), 16(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: select64:
; O2: andi -4(fp), 16(fp), 1
; O2-NEXT: loadfp -8(fp), 28
; O2-NEXT: beqi .LBB2_2, -4(fp), 0
; O2: loadfp -8(fp), 20
; O2-NEXT: .LBB2_2:
; O2-NEXT: lw -8(fp), -8(fp)
; O2-NEXT: loadfp -12(fp), 32
; O2-NEXT: beqi .LBB2_4, -4(fp), 0
; O2: loadfp -12(fp), 24
; O2-NEXT: .LBB2_4:
; O2-NEXT: lw -4(fp), -12(fp)
; O2-NEXT: addi -12(fp), 12(fp), 4
; O2-NEXT: sw -12(fp), -4(fp)
; O2-NEXT: sw 12(fp), -8(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: sel_const:
; O2: nei -4(fp), 12(fp), 0
; O2-NEXT: muli -4(fp), -4(fp), 93
; O2-NEXT: addi 4(fp), -4(fp), 7
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: sel_offset:
; O2: addi -4(fp), 12(fp), -97
; O2-NEXT: lti -4(fp), -4(fp), 26
; O2-NEXT: shli -4(fp), -4(fp), 5
; O2-NEXT: sub 4(fp), 12(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: sel_offset_swapped:
; O2: addi -4(fp), 12(fp), -123
; O2-NEXT: lti -4(fp), -4(fp), -26
; O2-NEXT: shli -4(fp), -4(fp), 5
; O2-NEXT: add -4(fp), 12(fp), -4(fp)
; O2-NEXT: addi 4(fp), -4(fp), -32
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
