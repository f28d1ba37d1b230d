//! Extraction from the whole source report, checked against the project's figure list
//! (FIGURES.md): every figure of rows 1–14 and targets T1–T5, with its value as printed, unit,
//! scale, bound and role, and nothing else.

use chiso::{
    extract, format_quantity, parse_growth, parse_quantity, parse_range, Lang, Mention, MentionKind, Quantity,
};

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/crates/chiso/data/sources/binh_duong_2024.txt");

fn seed() -> String {
    std::fs::read_to_string(SEED).unwrap_or_else(|e| panic!("the seed report should be at {SEED}: {e}"))
}

/// What a mention should read: one figure (value, unit, bound) or a range of two.
enum Read {
    Point(&'static str, &'static str, &'static str),
    Range((&'static str, &'static str), &'static str),
}

use MentionKind::{Growth, Level, Share};
use Read::{Point, Range};

/// Every figure of FIGURES.md in the order the report prints them: the row, the text, what the
/// figure is, whether it is stated as an aim, and the reading.
///
/// Only T1 is an aim as printed: "Đó là phấn đấu … IIP tăng 9,7% so với cùng kỳ." is the
/// sentence of `phấn đấu`. T2–T5 are the next sentences of that paragraph, which no longer
/// repeat the verb; placing them as targets is the drafter's reading of the paragraph, not the
/// extractor's.
///
/// Two bounds differ from FIGURES.md on purpose. Row 9's `350 triệu đồng` is `as_printed`, not
/// `exact`: nothing in the print says a budget of 350 million is exact to the đồng, and only
/// plain counts are read as exact. T1's `tăng 9,7%` and T5's `99,99%` are `as_printed`: that a
/// point target means "at least" is the target model's reading (it knows the indicator's
/// polarity), not something printed.
const EXPECTED: &[(&str, &str, MentionKind, bool, Read)] = &[
    ("1", "10 tỷ USD", Level, false, Point("10", "billion USD", "as_printed")),
    ("2", "hơn 10%", Share, false, Point("10", "percent", "more_than")),
    ("3", "tăng 7,6% so với cùng kỳ", Growth, false, Point("7.6", "percent", "as_printed")),
    ("4", "16,94 tỷ kWh", Level, false, Point("16.94", "billion kWh", "as_printed")),
    ("4", "tăng 11,4%", Growth, false, Point("11.4", "percent", "as_printed")),
    ("5", "406,2 triệu kWh", Level, false, Point("406.2", "million kWh", "as_printed")),
    ("5", "tăng 10,8% so với cùng kỳ", Growth, false, Point("10.8", "percent", "as_printed")),
    ("6", "351.640 tỷ đồng", Level, false, Point("351640", "billion VND", "as_printed")),
    ("6", "tăng 13,3% so với cùng kỳ", Growth, false, Point("13.3", "percent", "as_printed")),
    ("7", "41 sản phẩm", Level, false, Point("41", "products", "exact")),
    ("8", "17 sản phẩm", Level, false, Point("17", "products", "exact")),
    ("9", "6 phiên chợ", Level, false, Point("6", "fairs", "exact")),
    ("9", "350 triệu đồng", Level, false, Point("350", "million VND", "as_printed")),
    ("10", "1,92 tỷ đồng", Level, false, Point("1.92", "billion VND", "as_printed")),
    ("11", "14 kế hoạch, đề án", Level, false, Point("14", "plans", "exact")),
    ("11", "hơn 2,79 tỷ đồng", Level, false, Point("2.79", "billion VND", "more_than")),
    ("12", "trên 99%", Share, false, Point("99", "percent", "more_than")),
    ("13", "100%", Share, false, Point("100", "percent", "as_printed")),
    ("T1", "tăng 9,7% so với cùng kỳ", Growth, true, Point("9.7", "percent", "as_printed")),
    ("T2", "tăng 13 - 14% so với cùng kỳ", Growth, false, Range(("13", "14"), "percent")),
    ("T3", "tăng 9 - 10% so với cùng kỳ", Growth, false, Range(("9", "10"), "percent")),
    ("T4", "tăng 9 - 10% so với cùng kỳ", Growth, false, Range(("9", "10"), "percent")),
    ("T5", "99,99%", Share, false, Point("99.99", "percent", "as_printed")),
    ("14", "hơn 30 khu công nghiệp", Level, false, Point("30", "parks", "more_than")),
];

/// Text in the report that holds digits but no figure.
const NOT_FIGURES: &[&str] = &[
    "10:15:05",
    "5/3/2025",
    "111-CTr/TU",
    "29-NQ/TW",
    "04/CT-TTg",
    "khóa XIII",
    "lần thứ VII",
    "lần thứ 11",
    "Năm 2024",
    "năm 2024",
    "năm 2025",
    "năm 2030",
    "năm 2045",
    "năm 2022 - 2025",
    "nhiệm kỳ 2020 - 2025",
];

fn check_point(mention: &Mention, (value, unit, bound): (&str, &str, &str)) {
    let quantity = mention.quantity().unwrap_or_else(|| panic!("{:?} should be one figure", mention.text()));
    let read = (quantity.value().to_string(), quantity.unit().to_string(), quantity.bound().name());
    assert_eq!(read, (value.to_string(), unit.to_string(), bound), "{:?}", mention.text());
}

fn check_range(mention: &Mention, (low, high): (&str, &str), unit: &str) {
    let (read_low, read_high) = mention.range().unwrap_or_else(|| panic!("{:?} should be a range", mention.text()));
    for (end, value) in [(read_low, low), (read_high, high)] {
        let read = (end.value().to_string(), end.unit().to_string(), end.bound().name());
        assert_eq!(read, (value.to_string(), unit.to_string(), "as_printed"), "{:?}", mention.text());
    }
}

#[test]
fn every_figure_of_the_report_is_found_and_read_right() {
    let text = seed();
    let mentions = extract(&text, Lang::Vi);
    for (mention, (row, printed, kind, aim, read)) in mentions.iter().zip(EXPECTED) {
        assert_eq!((mention.text(), mention.kind(), mention.aim()), (*printed, *kind, *aim), "row {row}");
        match read {
            Point(value, unit, bound) => check_point(mention, (value, unit, bound)),
            Range(ends, unit) => check_range(mention, *ends, unit),
        }
    }
    let found: Vec<&str> = mentions.iter().map(Mention::text).collect();
    assert_eq!(mentions.len(), EXPECTED.len(), "found {found:?}");
}

#[test]
fn offsets_point_at_the_text_read() {
    let text = seed();
    let chars: Vec<char> = text.chars().collect();
    for mention in extract(&text, Lang::Vi) {
        let at: String = chars[mention.start()..mention.end()].iter().collect();
        assert_eq!(at, mention.text());
    }
}

#[test]
fn contexts_name_the_indicators() {
    let mentions = extract(&seed(), Lang::Vi);
    let context = |printed: &str| {
        mentions.iter().find(|m| m.text() == printed).map(Mention::context).unwrap_or_default().to_string()
    };
    assert!(context("16,94 tỷ kWh").ends_with("Sản lượng điện thương phẩm ước đạt"));
    assert_eq!(context("tăng 11,4%"), context("16,94 tỷ kWh"));
    assert_eq!(context("406,2 triệu kWh"), "tiết kiệm điện");
    assert_eq!(context("351.640 tỷ đồng"), "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt");
    assert_eq!(context("hơn 2,79 tỷ đồng"), "với kinh phí thực hiện");
    assert_eq!(context("trên 99%"), "nâng cao tỷ lệ giải quyết hồ sơ đúng hạn đạt");
    assert_eq!(context("99,99%"), "Tỷ lệ hộ dân sử dụng điện đạt");
}

#[test]
fn no_mention_touches_a_date_a_document_number_a_year_or_an_ordinal() {
    let text = seed();
    let mentions = extract(&text, Lang::Vi);
    for pattern in NOT_FIGURES {
        let mut found = false;
        for (byte, _) in text.match_indices(pattern) {
            found = true;
            let start = text[..byte].chars().count();
            let end = start + pattern.chars().count();
            for mention in &mentions {
                let overlaps = mention.start() < end && start < mention.end();
                assert!(!overlaps, "{:?} overlaps {pattern:?}", mention.text());
            }
        }
        assert!(found, "{pattern:?} should be in the report");
    }
}

fn quantities(mention: &Mention) -> Vec<&Quantity> {
    match (mention.quantity(), mention.range()) {
        (Some(quantity), _) => vec![quantity],
        (None, Some((low, high))) => vec![low, high],
        (None, None) => vec![],
    }
}

#[test]
fn every_quantity_read_formats_back_and_reads_equal() {
    for mention in extract(&seed(), Lang::Vi) {
        for quantity in quantities(&mention) {
            for lang in [Lang::Vi, Lang::En] {
                let printed = format_quantity(quantity, lang);
                let read = parse_quantity(&printed, lang).unwrap_or_else(|e| panic!("{printed:?}: {e}"));
                assert_eq!(&read, quantity, "{printed:?}");
            }
        }
    }
}

#[test]
fn every_mention_text_reads_alone_as_the_same_figure() {
    for mention in extract(&seed(), Lang::Vi) {
        let text = mention.text();
        match (mention.quantity(), mention.range()) {
            (Some(_), _) if text.starts_with("tăng") => {
                assert_eq!(parse_growth(text, Lang::Vi).ok().as_ref(), mention.quantity(), "{text}");
            }
            (Some(_), _) => assert_eq!(parse_quantity(text, Lang::Vi).ok().as_ref(), mention.quantity(), "{text}"),
            (None, Some((low, high))) => {
                let (read_low, read_high) = parse_range(text, Lang::Vi).unwrap_or_else(|e| panic!("{text}: {e}"));
                assert_eq!((&read_low, &read_high), (low, high), "{text}");
            }
            (None, None) => panic!("{text} holds no figure"),
        }
    }
}
