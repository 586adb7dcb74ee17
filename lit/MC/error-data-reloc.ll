; A symbol address can only be relocated as a whole 32-bit word. An address
; in a field of another size is a compile error naming the global, in both
; output kinds, not a crash.
; RUN: not %llc %s -o /dev/null 2>&1 | %FileCheck %s
; RUN: not %llc -filetype=obj %s -o /dev/null 2>&1 | %FileCheck %s

; CHECK: error: global 'q': its initializer stores an address in a 8-byte field (i64 ptrtoint (ptr @g to i64)); Valida can only relocate 32-bit words

@g = global i32 0
@q = global i64 ptrtoint (ptr @g to i64)
@ok = global ptr @g
