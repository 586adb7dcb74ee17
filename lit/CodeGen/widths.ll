; Loads and stores of every width: i8 (LOADU8/LOADS8/STOREU8), i16 from two
; byte accesses, i32 (LOAD32/STORE32 when 4-aligned, bytes otherwise), i64
; as two words; sign and zero extension; frame objects addressed directly.
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=ASM

define i32 @load_i8_zext(ptr %p) {
  %v = load i8, ptr %p
  %r = zext i8 %v to i32
  ret i32 %r
}

define i32 @load_i8_sext(ptr %p) {
  %v = load i8, ptr %p
  %r = sext i8 %v to i32
  ret i32 %r
}

define void @store_i8(ptr %p, i8 %v) {
  store i8 %v, ptr %p
  ret void
}

define i32 @load_i16_zext(ptr %p) {
  %v = load i16, ptr %p
  %r = zext i16 %v to i32
  ret i32 %r
}

define i32 @load_i16_sext(ptr %p) {
  %v = load i16, ptr %p
  %r = sext i16 %v to i32
  ret i32 %r
}

define void @store_i16(ptr %p, i16 %v) {
  store i16 %v, ptr %p
  ret void
}

define i32 @load_i32(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

define void @store_i32(ptr %p, i32 %v) {
  store i32 %v, ptr %p
  ret void
}

define i32 @load_i32_align2(ptr %p) {
  %v = load i32, ptr %p, align 2
  ret i32 %v
}

define i32 @load_i32_align1(ptr %p) {
  %v = load i32, ptr %p, align 1
  ret i32 %v
}

define void @store_i32_align1(ptr %p, i32 %v) {
  store i32 %v, ptr %p, align 1
  ret void
}

define i64 @load_i64(ptr %p) {
  %v = load i64, ptr %p
  ret i64 %v
}

define void @store_i64(ptr %p, i64 %v) {
  store i64 %v, ptr %p
  ret void
}

define i32 @sext_i1(i32 %a) {
  %t = trunc i32 %a to i1
  %r = sext i1 %t to i32
  ret i32 %r
}

define i32 @sext_inreg_i16(i32 %a) {
  %t = trunc i32 %a to i16
  %r = sext i16 %t to i32
  ret i32 %r
}

define signext i8 @ret_i8(i32 %a) {
  %t = trunc i32 %a to i8
  ret i8 %t
}

define i32 @local_word(i32 %v) {
  %a = alloca i32
  store volatile i32 %v, ptr %a
  %r = load volatile i32, ptr %a
  ret i32 %r
}

; ==== generated checks ====
; ISEL-LABEL: name: load_i8_zext
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LOADU8rr %0 :: (load (s8) from %ir.p)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %1 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: load_i8_sext
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LOADS8rr %0 :: (load (s8) from %ir.p)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %1 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: store_i8
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: STOREU8rr %0, %1 :: (store (s8) into %ir.p)
; ISEL-NEXT: RET
; ISEL-LABEL: name: load_i16_zext
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LOADU8rr %0 :: (load (s8) from %ir.p)
; ISEL-NEXT: %2:gpr = nuw ADDrri %0, 1
; ISEL-NEXT: %3:gpr = LOADU8rr killed %2 :: (load (s8) from %ir.p + 1)
; ISEL-NEXT: %4:gpr = SHLrri killed %3, 8
; ISEL-NEXT: %5:gpr = ORrrr killed %1, killed %4
; ISEL-NEXT: SWfr %fixed-stack.0, killed %5 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: load_i16_sext
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LOADU8rr %0 :: (load (s8) from %ir.p)
; ISEL-NEXT: %2:gpr = nuw ADDrri %0, 1
; ISEL-NEXT: %3:gpr = LOADS8rr killed %2 :: (load (s8) from %ir.p + 1)
; ISEL-NEXT: %4:gpr = SHLrri killed %3, 8
; ISEL-NEXT: %5:gpr = ORrrr killed %1, killed %4
; ISEL-NEXT: SWfr %fixed-stack.0, killed %5 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: store_i16
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: STOREU8rr %0, %1 :: (store (s8) into %ir.p)
; ISEL-NEXT: %2:gpr = SHRrri %1, 8
; ISEL-NEXT: %3:gpr = nuw ADDrri %0, 1
; ISEL-NEXT: STOREU8rr killed %3, killed %2 :: (store (s8) into %ir.p + 1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: load_i32
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LOAD32rr %0 :: (load (s32) from %ir.p)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %1 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: store_i32
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: STORE32rr %0, %1 :: (store (s32) into %ir.p)
; ISEL-NEXT: RET
; ISEL-LABEL: name: load_i32_align2
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LOADU8rr %0 :: (load (s8) from %ir.p)
; ISEL-NEXT: %2:gpr = nuw ADDrri %0, 1
; ISEL-NEXT: %3:gpr = LOADU8rr killed %2 :: (load (s8) from %ir.p + 1)
; ISEL-NEXT: %4:gpr = SHLrri killed %3, 8
; ISEL-NEXT: %5:gpr = ORrrr killed %1, killed %4
; ISEL-NEXT: %6:gpr = nuw ADDrri %0, 2
; ISEL-NEXT: %7:gpr = LOADU8rr killed %6 :: (load (s8) from %ir.p + 2)
; ISEL-NEXT: %8:gpr = SHLrri killed %7, 16
; ISEL-NEXT: %9:gpr = nuw ADDrri %0, 3
; ISEL-NEXT: %10:gpr = LOADU8rr killed %9 :: (load (s8) from %ir.p + 3)
; ISEL-NEXT: %11:gpr = SHLrri killed %10, 24
; ISEL-NEXT: %12:gpr = ORrrr killed %11, killed %8
; ISEL-NEXT: %13:gpr = ORrrr killed %12, killed %5
; ISEL-NEXT: SWfr %fixed-stack.0, killed %13 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: load_i32_align1
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LOADU8rr %0 :: (load (s8) from %ir.p)
; ISEL-NEXT: %2:gpr = nuw ADDrri %0, 1
; ISEL-NEXT: %3:gpr = LOADU8rr killed %2 :: (load (s8) from %ir.p + 1)
; ISEL-NEXT: %4:gpr = SHLrri killed %3, 8
; ISEL-NEXT: %5:gpr = ORrrr killed %1, killed %4
; ISEL-NEXT: %6:gpr = nuw ADDrri %0, 2
; ISEL-NEXT: %7:gpr = LOADU8rr killed %6 :: (load (s8) from %ir.p + 2)
; ISEL-NEXT: %8:gpr = SHLrri killed %7, 16
; ISEL-NEXT: %9:gpr = nuw ADDrri %0, 3
; ISEL-NEXT: %10:gpr = LOADU8rr killed %9 :: (load (s8) from %ir.p + 3)
; ISEL-NEXT: %11:gpr = SHLrri killed %10, 24
; ISEL-NEXT: %12:gpr = ORrrr killed %11, killed %8
; ISEL-NEXT: %13:gpr = ORrrr killed %12, killed %5
; ISEL-NEXT: SWfr %fixed-stack.0, killed %13 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: store_i32_align1
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %2:gpr = SHRrri %1, 24
; ISEL-NEXT: %3:gpr = nuw ADDrri %0, 3
; ISEL-NEXT: STOREU8rr killed %3, killed %2 :: (store (s8) into %ir.p + 3)
; ISEL-NEXT: %4:gpr = SHRrri %1, 16
; ISEL-NEXT: %5:gpr = nuw ADDrri %0, 2
; ISEL-NEXT: STOREU8rr killed %5, killed %4 :: (store (s8) into %ir.p + 2)
; ISEL-NEXT: STOREU8rr %0, %1 :: (store (s8) into %ir.p)
; ISEL-NEXT: %6:gpr = SHRrri %1, 8
; ISEL-NEXT: %7:gpr = nuw ADDrri %0, 1
; ISEL-NEXT: STOREU8rr killed %7, killed %6 :: (store (s8) into %ir.p + 1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: load_i64
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %2:gpr = nuw ADDrri %1, 4
; ISEL-NEXT: %3:gpr = LOAD32rr killed %2 :: (load (s32) from %ir.p + 4, basealign 8)
; ISEL-NEXT: %4:gpr = LOAD32rr %1 :: (load (s32) from %ir.p, align 8)
; ISEL-NEXT: STORE32rr %0, killed %4 :: (store (s32), align 8)
; ISEL-NEXT: %5:gpr = nuw ADDrri %0, 4
; ISEL-NEXT: STORE32rr killed %5, killed %3 :: (store (s32) into unknown-address + 4, basealign 8)
; ISEL-NEXT: RET
; ISEL-LABEL: name: store_i64
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %2:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: STORE32rr %0, %1 :: (store (s32) into %ir.p, align 8)
; ISEL-NEXT: %3:gpr = nuw ADDrri %0, 4
; ISEL-NEXT: STORE32rr killed %3, %2 :: (store (s32) into %ir.p + 4, basealign 8)
; ISEL-NEXT: RET
; ISEL-LABEL: name: sext_i1
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = ANDrri %0, 1
; ISEL-NEXT: %2:gpr = MULrri killed %1, -1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: sext_inreg_i16
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = SHLrri %0, 16
; ISEL-NEXT: %2:gpr = SRArri killed %1, 16
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: ret_i8
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = SHLrri %0, 24
; ISEL-NEXT: %2:gpr = SRArri killed %1, 24
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: local_word
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.1 :: (volatile dereferenceable load (s32) from %ir.a)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %1 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET

; ASM-LABEL: load_i8_zext:
; ASM: loadu8 4(fp), 12(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: load_i8_sext:
; ASM: loads8 4(fp), 12(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: store_i8:
; ASM: storeu8 12(fp), 16(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: load_i16_zext:
; ASM: loadu8 -4(fp), 12(fp)
; ASM-NEXT: addi -8(fp), 12(fp), 1
; ASM-NEXT: loadu8 -8(fp), -8(fp)
; ASM-NEXT: shli -8(fp), -8(fp), 8
; ASM-NEXT: or 4(fp), -4(fp), -8(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: load_i16_sext:
; ASM: loadu8 -4(fp), 12(fp)
; ASM-NEXT: addi -8(fp), 12(fp), 1
; ASM-NEXT: loads8 -8(fp), -8(fp)
; ASM-NEXT: shli -8(fp), -8(fp), 8
; ASM-NEXT: or 4(fp), -4(fp), -8(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: store_i16:
; ASM: storeu8 12(fp), 16(fp)
; ASM-NEXT: shri -4(fp), 16(fp), 8
; ASM-NEXT: addi -8(fp), 12(fp), 1
; ASM-NEXT: storeu8 -8(fp), -4(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: load_i32:
; ASM: lw 4(fp), 12(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: store_i32:
; ASM: sw 12(fp), 16(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: load_i32_align2:
; ASM: loadu8 -4(fp), 12(fp)
; ASM-NEXT: addi -8(fp), 12(fp), 1
; ASM-NEXT: loadu8 -8(fp), -8(fp)
; ASM-NEXT: shli -8(fp), -8(fp), 8
; ASM-NEXT: or -4(fp), -4(fp), -8(fp)
; ASM-NEXT: addi -8(fp), 12(fp), 2
; ASM-NEXT: loadu8 -8(fp), -8(fp)
; ASM-NEXT: shli -8(fp), -8(fp), 16
; ASM-NEXT: addi -12(fp), 12(fp), 3
; ASM-NEXT: loadu8 -12(fp), -12(fp)
; ASM-NEXT: shli -12(fp), -12(fp), 24
; ASM-NEXT: or -8(fp), -12(fp), -8(fp)
; ASM-NEXT: or 4(fp), -8(fp), -4(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: load_i32_align1:
; ASM: loadu8 -4(fp), 12(fp)
; ASM-NEXT: addi -8(fp), 12(fp), 1
; ASM-NEXT: loadu8 -8(fp), -8(fp)
; ASM-NEXT: shli -8(fp), -8(fp), 8
; ASM-NEXT: or -4(fp), -4(fp), -8(fp)
; ASM-NEXT: addi -8(fp), 12(fp), 2
; ASM-NEXT: loadu8 -8(fp), -8(fp)
; ASM-NEXT: shli -8(fp), -8(fp), 16
; ASM-NEXT: addi -12(fp), 12(fp), 3
; ASM-NEXT: loadu8 -12(fp), -12(fp)
; ASM-NEXT: shli -12(fp), -12(fp), 24
; ASM-NEXT: or -8(fp), -12(fp), -8(fp)
; ASM-NEXT: or 4(fp), -8(fp), -4(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: store_i32_align1:
; ASM: storeu8 12(fp), 16(fp)
; ASM-NEXT: shri -4(fp), 16(fp), 24
; ASM-NEXT: addi -8(fp), 12(fp), 3
; ASM-NEXT: storeu8 -8(fp), -4(fp)
; ASM-NEXT: shri -4(fp), 16(fp), 16
; ASM-NEXT: addi -8(fp), 12(fp), 2
; ASM-NEXT: storeu8 -8(fp), -4(fp)
; ASM-NEXT: shri -4(fp), 16(fp), 8
; ASM-NEXT: addi -8(fp), 12(fp), 1
; ASM-NEXT: storeu8 -8(fp), -4(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: load_i64:
; ASM: addi -4(fp), 16(fp), 4
; ASM-NEXT: lw -4(fp), -4(fp)
; ASM-NEXT: lw -8(fp), 16(fp)
; ASM-NEXT: sw 12(fp), -8(fp)
; ASM-NEXT: addi -8(fp), 12(fp), 4
; ASM-NEXT: sw -8(fp), -4(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: store_i64:
; ASM: sw 12(fp), 16(fp)
; ASM-NEXT: addi -4(fp), 12(fp), 4
; ASM-NEXT: sw -4(fp), 20(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: sext_i1:
; ASM: andi -4(fp), 12(fp), 1
; ASM-NEXT: muli 4(fp), -4(fp), -1
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: sext_inreg_i16:
; ASM: loadfp -4(fp), 12
; ASM-NEXT: loadu8 -4(fp), -4(fp)
; ASM-NEXT: loadfp -8(fp), 13
; ASM-NEXT: loads8 -8(fp), -8(fp)
; ASM-NEXT: shli -8(fp), -8(fp), 8
; ASM-NEXT: or 4(fp), -4(fp), -8(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: ret_i8:
; ASM: loadfp -4(fp), 12
; ASM-NEXT: loads8 4(fp), -4(fp)
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
; ASM-LABEL: local_word:
; ASM: addi 4(fp), 12(fp), 0
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
