//! How much a draft reproduces of what a person wrote down: the embedded Bình Dương report
//! against a draft of its source text, then each press paragraph of `tests/fixtures/press/`
//! against its expected draft, with every row missed or added; as `tests/draft_press.rs`
//! measures them.
//!
//! `cargo run -p chiso --example draft_match_rate`

#[path = "../tests/common/match_rate.rs"]
mod match_rate;

fn main() {
    let source = match_rate::binh_duong_source();
    let aim = if source.at_least(90, 100) { "meets" } else { "misses" };
    print!("source report ({aim} the aim of 90%): {source}");
    let (mut matched, mut total, mut extra) = (0, 0, 0);
    for (name, rate) in match_rate::press() {
        print!("{name}: {rate}");
        matched += rate.matched;
        total += rate.total;
        extra += rate.extra.len();
    }
    let all = match_rate::MatchRate { matched, total, missed: Vec::new(), extra: Vec::new() };
    print!("press paragraphs: {all}");
    println!("  ({extra} rows placed that a reader would not)");
}
