#![no_main]

libfuzzer_sys::fuzz_target!(|plan: chiso::fuzzing::ArithmeticPlan| chiso::fuzzing::check_arithmetic(plan));
