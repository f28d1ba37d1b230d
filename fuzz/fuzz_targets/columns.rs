#![no_main]

libfuzzer_sys::fuzz_target!(|plan: chiso::fuzzing::ColumnsPlan| chiso::fuzzing::check_columns(plan));
