//! Drafting from press text, checked against what a careful reader writes down.
//!
//! `tests/fixtures/press/` holds five English paragraphs in the style of the English-language
//! Vietnamese press (Vietnam News, VnExpress International, VIR, Vietnam+) and five Vietnamese
//! ones in the style of provincial reports and baochinhphu.vn, each with the draft a reader
//! expects (`NAME.expected.json`): the language and publication date it is drafted with, the
//! region the text names, the observations and targets (in the `chiso.report/2` shape) and the
//! figures that must stay unmatched, each with the kind of reason. The expectations were
//! written from the texts, before any draft was run on them.
//!
//! For each paragraph the draft must place exactly the expected rows (nothing missing, nothing
//! extra; rows compared as `common/match_rate.rs` says), leave each expected figure unmatched
//! with its reason, and name the expected region. The source-report measure drafts the embedded
//! source text and requires at least 19 of the embedded report's 21 rows.

#[path = "common/match_rate.rs"]
mod match_rate;

use match_rate::{draft_as_expected, report_rows, rows, MatchRate, PRESS};
use serde_json::Value;

/// What is wrong with the draft of one paragraph, one line per problem; empty when it is right.
fn problems(text: &str, expected: &Value) -> Vec<String> {
    let draft = match draft_as_expected(text, expected) {
        Ok(draft) => draft,
        Err(err) => return vec![format!("the draft fails: {err}")],
    };
    let mut problems = Vec::new();
    let rate = MatchRate::of(&report_rows(draft.report()), &rows(expected));
    problems.extend(rate.missed.iter().map(|row| format!("missed: {row}")));
    problems.extend(rate.extra.iter().map(|row| format!("placed but not expected: {row}")));

    let json: Value = serde_json::from_str(&draft.to_json()).expect("a draft writes JSON");
    let unmatched = json["unmatched"].as_array().cloned().unwrap_or_default();
    for want in expected["unmatched"].as_array().expect("an unmatched list") {
        let figure = want["text"].as_str().expect("a figure text");
        let reason = want["reason"].as_str().expect("a reason kind");
        let found: Vec<&Value> =
            unmatched.iter().filter(|u| u["text"].as_str().is_some_and(|t| t.contains(figure))).collect();
        match found.as_slice() {
            [] => problems.push(format!("{figure:?} is not among the unmatched figures (expected reason {reason})")),
            [one] if one["reason"]["kind"] == reason => {}
            [one] => problems
                .push(format!("{figure:?} is unmatched with reason {}, expected {reason}", one["reason"]["kind"])),
            many => problems.push(format!("{figure:?} is in {} unmatched figures", many.len())),
        }
    }

    let region = match json["region_from"].as_str() {
        Some("unknown") => None,
        _ => Some(draft.report().region().id.clone()),
    };
    let want_region = expected["region"].as_str().map(str::to_string);
    if region != want_region {
        problems.push(format!("region {region:?}, expected {want_region:?}"));
    }
    problems
}

fn check(name: &str, text: &str, expected: &str) {
    let expected: Value = serde_json::from_str(expected).unwrap_or_else(|err| panic!("{name}.expected.json: {err}"));
    let problems = problems(text, &expected);
    assert!(problems.is_empty(), "{name}: {} problem(s):\n  {}", problems.len(), problems.join("\n  "));
}

macro_rules! press {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let (name, text, expected) = PRESS
                    .iter()
                    .find(|(name, _, _)| *name == stringify!($name))
                    .expect("the fixture is listed in common/match_rate.rs");
                check(name, text, expected);
            }
        )*
    };
}

press!(en_1, en_2, en_3, en_4, en_5, vi_1, vi_2, vi_3, vi_4, vi_5);

/// The expectations name standard indicators only, so a typo in a fixture cannot pass as a
/// row the draft could never place.
#[test]
fn fixtures_name_standard_indicators() {
    let catalogue = chiso::Catalogue::standard();
    for (name, _, expected) in PRESS {
        let expected: Value = serde_json::from_str(expected).expect("a fixture reads");
        for list in ["observations", "targets"] {
            for row in expected[list].as_array().expect("a list") {
                let id = row["indicator"].as_str().expect("an indicator");
                assert!(catalogue.get(id).is_some(), "{name}.{list}: {id} is not a standard indicator");
            }
        }
    }
}

/// The measure the README quotes: at least 90% (19 of 21) of the embedded report's rows come
/// out of a draft of its source text. Run with `--nocapture` to see the rate and each missed
/// row.
#[test]
fn binh_duong_source_matches_at_least_90_percent() {
    let rate = match_rate::binh_duong_source();
    println!("{rate}");
    assert_eq!(rate.total, 21, "the embedded report has 16 observations and 5 targets");
    assert!(rate.at_least(90, 100), "{rate}");
}

/// The ten paragraphs hold the 60 rows a reader writes down (so a fixture cannot lose rows
/// unnoticed): five growths against the month before and two average-growth targets among them,
/// placed since issue 12. Run with `--nocapture` to see how many each draft reproduces.
#[test]
fn press_paragraphs_hold_60_rows() {
    let rates = match_rate::press();
    for (name, rate) in &rates {
        print!("{name}: {rate}");
    }
    assert_eq!(rates.len(), 10);
    assert_eq!(rates.iter().map(|(_, rate)| rate.total).sum::<usize>(), 60);
}
