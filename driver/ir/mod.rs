//! LLVM IR handling: loading and retargeting modules.

pub mod retarget;
