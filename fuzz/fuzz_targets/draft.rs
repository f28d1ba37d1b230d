#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| chiso::fuzzing::check_draft(data));
