#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| valida_fuzz::exec(data));
