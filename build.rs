// Placeholder: the llvm-target build (cmake) is added by the target work.
fn main() {}
