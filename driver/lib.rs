//! valida-cc: the compiler driver library.
