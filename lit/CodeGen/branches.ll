; Branches: equality compares fuse into beq/bne (register or immediate),
; other conditions branch on a compare result with `bnei L, c, 0`;
; unconditional branches are `beq L, 0(fp), 0(fp)`; switches become
; compare trees (no jump tables).
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

define i32 @beq_rr(i32 %a, i32 %b) {
  %c = icmp eq i32 %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 2
}

define i32 @bne_ri(i32 %a) {
  %c = icmp ne i32 %a, 5
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 2
}

define i32 @blt(i32 %a, i32 %b) {
  %c = icmp slt i32 %a, %b
  br i1 %c, label %t, label %f
t:
  ret i32 1
f:
  ret i32 2
}

define i32 @loop(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [ 0, %entry ], [ %i1, %head ]
  %s = phi i32 [ 0, %entry ], [ %s1, %head ]
  %s1 = add i32 %s, %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, %n
  br i1 %c, label %head, label %exit
exit:
  ret i32 %s1
}

define i32 @switch(i32 %x) {
  switch i32 %x, label %d [
    i32 0, label %a
    i32 1, label %b
    i32 7, label %c
  ]
a:
  ret i32 10
b:
  ret i32 20
c:
  ret i32 30
d:
  ret i32 -1
}

define i32 @indirectbr(ptr %target) {
  indirectbr ptr %target, [label %a, label %b]
a:
  ret i32 1
b:
  ret i32 2
}

define ptr @blockaddr() {
  ret ptr blockaddress(@indirectbr, %b)
}

; ==== generated checks ====
; ISEL-LABEL: name: beq_rr
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %1:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.3 :: (load (s32) from %fixed-stack.3)
; ISEL-NEXT: BNErr %bb.2, %0, %1
; ISEL-NEXT: JMP %bb.1
; ISEL: bb.1.t:
; ISEL-NEXT: %3:gpr = IMM32r 1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %3 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL: bb.2.f:
; ISEL-NEXT: %2:gpr = IMM32r 2
; ISEL-NEXT: SWfr %fixed-stack.1, killed %2 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: bne_ri
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: BEQri %bb.2, %0, 5
; ISEL-NEXT: JMP %bb.1
; ISEL: bb.1.t:
; ISEL-NEXT: %2:gpr = IMM32r 1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL: bb.2.f:
; ISEL-NEXT: %1:gpr = IMM32r 2
; ISEL-NEXT: SWfr %fixed-stack.1, killed %1 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: blt
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %1:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.3 :: (load (s32) from %fixed-stack.3)
; ISEL-NEXT: %2:gpr = SLErrr %1, %0
; ISEL-NEXT: BNEri %bb.2, killed %2, 0
; ISEL-NEXT: JMP %bb.1
; ISEL: bb.1.t:
; ISEL-NEXT: %4:gpr = IMM32r 1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %4 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL: bb.2.f:
; ISEL-NEXT: %3:gpr = IMM32r 2
; ISEL-NEXT: SWfr %fixed-stack.1, killed %3 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: loop
; ISEL: bb.0.entry:
; ISEL-NEXT: successors: %bb.1(0x80000000)
; ISEL: %5:gpr = IMM32r 0
; ISEL-NEXT: %4:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: JMP %bb.1
; ISEL: bb.1.head:
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %0:gpr = PHI %5, %bb.0, %3, %bb.1
; ISEL-NEXT: %1:gpr = PHI %5, %bb.0, %2, %bb.1
; ISEL-NEXT: %2:gpr = ADDrrr %1, %0
; ISEL-NEXT: %3:gpr = ADDrri %0, 1
; ISEL-NEXT: %6:gpr = LTrrr %3, %4
; ISEL-NEXT: BNEri %bb.1, killed %6, 0
; ISEL-NEXT: JMP %bb.2
; ISEL: bb.2.exit:
; ISEL-NEXT: SWfr %fixed-stack.0, %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: switch
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.5(0x40000000)
; ISEL: %0:gpr = LWrf %fixed-stack.4 :: (load (s32) from %fixed-stack.4)
; ISEL-NEXT: BEQri %bb.1, %0, 0
; ISEL-NEXT: JMP %bb.5
; ISEL: bb.5 (%ir-block.0):
; ISEL-NEXT: successors: %bb.2(0x40000000), %bb.6(0x40000000)
; ISEL: BEQri %bb.2, %0, 1
; ISEL-NEXT: JMP %bb.6
; ISEL: bb.6 (%ir-block.0):
; ISEL-NEXT: successors: %bb.3(0x40000000), %bb.4(0x40000000)
; ISEL: BEQri %bb.3, %0, 7
; ISEL-NEXT: JMP %bb.4
; ISEL: bb.1.a:
; ISEL-NEXT: %3:gpr = IMM32r 10
; ISEL-NEXT: SWfr %fixed-stack.1, killed %3 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL: bb.2.b:
; ISEL-NEXT: %2:gpr = IMM32r 20
; ISEL-NEXT: SWfr %fixed-stack.2, killed %2 :: (store (s32) into %fixed-stack.2)
; ISEL-NEXT: RET
; ISEL: bb.3.c:
; ISEL-NEXT: %1:gpr = IMM32r 30
; ISEL-NEXT: SWfr %fixed-stack.3, killed %1 :: (store (s32) into %fixed-stack.3)
; ISEL-NEXT: RET
; ISEL: bb.4.d:
; ISEL-NEXT: %4:gpr = IMM32r -1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %4 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: indirectbr
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %1:gpr = IMM32r 0
; ISEL-NEXT: JMPVfrr %stack.0, %0, killed %1
; ISEL: bb.1.a:
; ISEL-NEXT: %3:gpr = IMM32r 1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %3 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL: bb.2.b (ir-block-address-taken %ir-block.b):
; ISEL-NEXT: %2:gpr = IMM32r 2
; ISEL-NEXT: SWfr %fixed-stack.1, killed %2 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: blockaddr
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = IMM32r blockaddress(@indirectbr, %ir-block.b)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %0 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET

; O2-LABEL: beq_rr:
; O2: bne .LBB0_2, 12(fp), 16(fp)
; O2: imm32 4(fp), 1, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB0_2:
; O2-NEXT: imm32 4(fp), 2, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: bne_ri:
; O2: beqi .LBB1_2, 12(fp), 5
; O2: imm32 4(fp), 1, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB1_2:
; O2-NEXT: imm32 4(fp), 2, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: blt:
; O2: sle -4(fp), 16(fp), 12(fp)
; O2-NEXT: bnei .LBB2_2, -4(fp), 0
; O2: imm32 4(fp), 1, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB2_2:
; O2-NEXT: imm32 4(fp), 2, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: loop:
; O2: imm32 -4(fp), 0, 0, 0, 0
; O2-NEXT: imm32 -8(fp), 0, 0, 0, 0
; O2-NEXT: .LBB3_1:
; O2: add -8(fp), -8(fp), -4(fp)
; O2-NEXT: addi -4(fp), -4(fp), 1
; O2-NEXT: lt -12(fp), -4(fp), 12(fp)
; O2-NEXT: bnei .LBB3_1, -12(fp), 0
; O2: addi 4(fp), -8(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: switch:
; O2: beqi .LBB4_5, 12(fp), 7
; O2: beqi .LBB4_4, 12(fp), 1
; O2: bnei .LBB4_6, 12(fp), 0
; O2: imm32 4(fp), 10, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB4_4:
; O2-NEXT: imm32 4(fp), 20, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB4_5:
; O2-NEXT: imm32 4(fp), 30, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB4_6:
; O2-NEXT: imm32 4(fp), 255, 255, 255, 255
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: indirectbr:
; O2: imm32 -8(fp), 0, 0, 0, 0
; O2-NEXT: jalv -4(fp), 12(fp), -8(fp)
; O2-NEXT: .LBB5_1:
; O2-NEXT: imm32 4(fp), 1, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2: .LBB5_2:
; O2-NEXT: imm32 4(fp), 2, 0, 0, 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: blockaddr:
; O2: imm32 4(fp), .Ltmp0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
