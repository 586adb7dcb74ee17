//! Valida VM.
