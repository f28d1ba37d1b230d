#![no_main]

libfuzzer_sys::fuzz_target!(|plan: chiso::fuzzing::ReportPlan| chiso::fuzzing::check_report_plan(plan));
