//! How much of the embedded Bình Dương report a draft of its source text reproduces: the rate
//! and every row missed or added, as `tests/draft_press.rs` measures it.
//!
//! `cargo run -p chiso --example draft_match_rate`

#[path = "../tests/common/match_rate.rs"]
mod match_rate;

fn main() {
    print!("{}", match_rate::binh_duong_source());
}
