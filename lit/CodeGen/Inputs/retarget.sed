# Retargets clang's riscv32 IR to Valida (what the driver does in memory):
# triple, data layout, and the riscv-only function attributes.
s/^target triple = .*/target triple = "valida-unknown-unknown"/
s/^target datalayout = .*/target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"/
s/"target-features"="[^"]*"//g
s/"target-cpu"="[^"]*"//g
s/"tune-cpu"="[^"]*"//g
