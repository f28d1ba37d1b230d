//! The periods a text speaks of, and where its sentences and paragraphs are.
//!
//! A careful reader dates a figure by the nearest period its text gives: one in the figure's
//! own sentence (`5 tháng đầu năm 2025`, `quý I`, `in the first four months`, `H1`, `cả năm`,
//! `năm 2024`), else the last one earlier in its paragraph, else the text's year. A year that
//! only bounds a horizon or a span (`đến năm 2030`, `tầm nhìn đến năm 2045`, `giai đoạn 2022 -
//! 2025`, `by 2030`) dates nothing, nor does the base of a comparison (`so với năm 2024`,
//! `from 2024`). The text's year is the last year that had ended when the
//! text was published (a review published in March 2025 is of 2024; one published in
//! December 2025 is of 2025, the month year-end reviews print their estimates), or without a
//! publication date the first year the text gives.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone};

use super::region::Folded;
use crate::period::Period;

/// What a phrase of the text says of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    /// A year: `năm 2024`, `in 2024`.
    Year(i32),
    /// A part of a year, with the year when printed with it.
    Part(Part, Option<i32>),
}

/// A part of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// January through this month: `5 tháng đầu năm`, `first five months`, `H1`.
    ToDate(u32),
    /// A quarter: `quý I`, `Q1`, `first quarter`.
    Quarter(u32),
    /// A month: `tháng 3`, `in March`.
    Month(u32),
    /// The whole year: `cả năm`, `full year`.
    Whole,
}

/// A period phrase at a byte span of the folded text.
#[derive(Debug, Clone, Copy)]
struct Marker {
    start: usize,
    said: Said,
}

/// The text mapped for drafting: sentences, paragraphs and period phrases, found once.
pub(crate) struct TextMap {
    folded: Folded,
    /// Byte ends of the sentences of the folded text, in order.
    sentence_ends: Vec<usize>,
    /// Byte ends of its paragraphs (lines), in order.
    paragraph_ends: Vec<usize>,
    /// Byte ends of its clauses (a sentence cut at `,`, `;` and `:` before a space), in order.
    clause_ends: Vec<usize>,
    markers: Vec<Marker>,
}

/// Words before a year (the year's own `năm`/`year` skipped) that make it a horizon, or the
/// base a change is compared with (`so với năm 2024`, `from 2024`, `compared with 2024`).
const HORIZON_WORDS: &[&str] = &[
    "den", "toi", "nhin", "doan", "ky", "khoa", "voi", "by", "to", "until", "through", "till", "vision", "period",
    "from", "against", "with", "than",
];

const ORDINALS_EN: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const ORDINAL_QUARTERS_EN: &[&str] = &["first", "second", "third", "fourth"];
const MONTHS_EN: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const ROMAN: &[&str] = &["i", "ii", "iii", "iv"];

/// A word of the folded text with its byte span.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl TextMap {
    /// Maps `text`.
    pub(crate) fn of(text: &str) -> TextMap {
        let folded = Folded::of(text);
        let mut sentence_ends = Vec::new();
        let mut paragraph_ends = Vec::new();
        let mut clause_ends = Vec::new();
        let bytes = folded.text().as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let next_is_space = bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
            match b {
                b'\n' => {
                    if sentence_ends.last() != Some(&i) {
                        sentence_ends.push(i);
                    }
                    paragraph_ends.push(i);
                }
                b'.' | b'!' | b'?' if next_is_space => sentence_ends.push(i + 1),
                // The last byte of an ellipsis `…` (E2 80 A6) before a space ends a sentence
                // too: `hơn 2,79 tỷ đồng,… Tỉnh đã tổ chức`.
                0xA6 if next_is_space && bytes[..i].ends_with(&[0xE2, 0x80]) => sentence_ends.push(i + 1),
                _ => {}
            }
            if b == b'\n' || matches!(b, b'.' | b'!' | b'?' | b',' | b';' | b':') && next_is_space {
                clause_ends.push(i + 1);
            }
        }
        sentence_ends.push(bytes.len());
        paragraph_ends.push(bytes.len());
        clause_ends.push(bytes.len());
        let markers = markers(folded.text());
        TextMap { folded, sentence_ends, paragraph_ends, clause_ends, markers }
    }

    /// The folded text, for matching names.
    pub(crate) fn folded(&self) -> &Folded {
        &self.folded
    }

    /// The byte offset in the folded text of a character offset of the given text.
    fn byte_of(&self, given: usize) -> usize {
        self.folded.byte_of(given)
    }

    /// Which sentence the character at `given` stands in.
    pub(crate) fn sentence_of(&self, given: usize) -> usize {
        let byte = self.byte_of(given);
        self.sentence_ends.partition_point(|&end| end <= byte)
    }

    /// Where the sentence of the character at `given` starts, in characters of the given text.
    pub(crate) fn sentence_start(&self, given: usize) -> usize {
        let sentence = self.sentence_of(given);
        let byte = if sentence == 0 { 0 } else { self.sentence_ends[sentence - 1] };
        self.folded.given_of(byte)
    }

    /// Which paragraph the character at `given` stands in.
    pub(crate) fn paragraph_of(&self, given: usize) -> usize {
        let byte = self.byte_of(given);
        self.paragraph_ends.partition_point(|&end| end <= byte)
    }

    /// The year a text is about when nothing nearer says: the last year ended at `as_of` (the
    /// year of publication itself for a text published in December, when the year-end reviews
    /// print their estimates), or without it the first year the text gives.
    pub(crate) fn text_year(&self, as_of: Option<NaiveDate>) -> Option<i32> {
        match as_of {
            Some(date) if date.month() == 12 => Some(date.year()),
            Some(date) => Some(date.year() - 1),
            None => self.markers.iter().find_map(|m| match m.said {
                Said::Year(year) | Said::Part(_, Some(year)) => Some(year),
                Said::Part(_, None) => None,
            }),
        }
    }

    /// The period of a figure at character offset `given`: see the module's documentation.
    /// `None` when neither the text nor `as_of` gives a year.
    pub(crate) fn period_at(&self, given: usize, as_of: Option<NaiveDate>) -> Option<Period> {
        let byte = self.byte_of(given);
        let around = |ends: &[usize]| {
            let i = ends.partition_point(|&end| end <= byte);
            let start = if i == 0 { 0 } else { ends[i - 1] };
            (start, ends.get(i).copied().unwrap_or(usize::MAX))
        };
        let (clause_start, clause_end) = around(&self.clause_ends);
        let (sentence_start, sentence_end) = around(&self.sentence_ends);
        let (paragraph_start, _) = around(&self.paragraph_ends);
        let before = |from: usize| self.markers.iter().rev().filter(move |m| m.start >= from && m.start < byte);
        let after = |to: usize| self.markers.iter().filter(move |m| m.start >= byte && m.start < to);
        // Nearest first: the clause, the sentence, then what the paragraph said before (a
        // single month, `Riêng tháng 5`, dates its own sentence only).
        let places = || {
            before(clause_start)
                .chain(after(clause_end))
                .chain(before(sentence_start))
                .chain(after(sentence_end))
                .chain(before(paragraph_start).filter(|m| !matches!(m.said, Said::Part(Part::Month(_), _))))
        };
        let (part, year) = match places().next().map(|m| m.said) {
            Some(Said::Year(year)) => (None, Some(year)),
            Some(Said::Part(part, Some(year))) => (Some(part), Some(year)),
            Some(Said::Part(part, None)) => (
                Some(part),
                places().skip(1).find_map(|m| match m.said {
                    Said::Year(year) | Said::Part(_, Some(year)) => Some(year),
                    Said::Part(_, None) => None,
                }),
            ),
            None => (None, None),
        };
        let year = match (year, part, as_of) {
            (Some(year), _, _) => year,
            // A part of a year with no year printed is of the latest year it had begun in.
            (None, Some(part), Some(date)) => {
                let started = part_period(part, date.year()).is_some_and(|p| p.start() <= date);
                if started {
                    date.year()
                } else {
                    date.year() - 1
                }
            }
            (None, _, _) => self.text_year(as_of)?,
        };
        match part {
            Some(part) => part_period(part, year),
            None => Period::year(year).ok(),
        }
    }
}

fn part_period(part: Part, year: i32) -> Option<Period> {
    match part {
        Part::ToDate(12) | Part::Whole => Period::year(year),
        Part::ToDate(month) => Period::year_to_date(year, month),
        Part::Quarter(quarter) => Period::quarter(year, quarter),
        Part::Month(month) => Period::month(year, month),
    }
    .ok()
}

/// The words of the folded text: runs of letters and digits.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push(Word { text: &text[s..i], start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    words
}

fn year_of(word: &str) -> Option<i32> {
    let year: i32 = word.parse().ok().filter(|_| word.len() == 4)?;
    (1900..=2100).contains(&year).then_some(year)
}

fn small_number(word: &str) -> Option<u32> {
    if let Ok(n) = word.parse::<u32>() {
        return (1..=12).contains(&n).then_some(n);
    }
    ORDINALS_EN.iter().position(|w| *w == word).and_then(|i| u32::try_from(i + 1).ok())
}

/// The period phrases of a folded text, in order.
fn markers(text: &str) -> Vec<Marker> {
    let words = words(text);
    let mut markers = Vec::new();
    let between = |a: &Word, b: &Word| &text[a.end..b.start];
    // The word after word `i`, when only spaces stand between them (`6 tháng`, not `7,6%. Tháng`).
    let word = |i: usize| words.get(i).map(|w| w.text);
    let spaced = |i: usize| words.get(i + 1).is_some_and(|next| between(&words[i], next).trim().is_empty());
    // A number that is the decimals or thousands of another (`7,6`) starts nothing.
    let glued = |i: usize| {
        let head = &text[..words[i].start];
        (head.ends_with(',') || head.ends_with('.')) && head[..head.len() - 1].ends_with(|c: char| c.is_ascii_digit())
    };
    // The year printed right after a phrase ending at word `i`: `năm 2025`, `/2025`, `of 2025`.
    let year_after = |i: usize| -> (Option<i32>, usize) {
        let next = i + 1;
        if let Some(year) = word(next).and_then(year_of) {
            return (Some(year), next);
        }
        if matches!(word(next), Some("nam" | "of" | "in")) {
            if let Some(year) = word(next + 1).and_then(year_of) {
                return (Some(year), next + 1);
            }
        }
        (None, i)
    };
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let mut push = |said, last: usize| {
            markers.push(Marker { start: w.start, said });
            last
        };
        let last = match w.text {
            // `5 tháng đầu năm`, `6 tháng`, `9 tháng năm 2025`; not `tháng 6`.
            n if small_number(n).is_some() && word(i + 1) == Some("thang") && spaced(i) && !glued(i) => {
                let months = small_number(n).unwrap_or(12);
                let mut end = i + 1;
                if word(end + 1) == Some("dau") && word(end + 2) == Some("nam") {
                    end += 2;
                }
                let (year, end) = year_after(end);
                push(Said::Part(Part::ToDate(months), year), end)
            }
            "thang" if word(i + 1).and_then(month_number).is_some() && spaced(i) => {
                let month = word(i + 1).and_then(month_number).unwrap_or(1);
                let (year, end) = year_after(i + 1);
                push(Said::Part(Part::Month(month), year), end)
            }
            "quy" if word(i + 1).is_some_and(|q| quarter_of(q).is_some()) && spaced(i) => {
                let quarter = word(i + 1).and_then(quarter_of).unwrap_or(1);
                let (year, end) = year_after(i + 1);
                push(Said::Part(Part::Quarter(quarter), year), end)
            }
            "ca" if word(i + 1) == Some("nam") => {
                let (year, end) = year_after(i + 1);
                push(Said::Part(Part::Whole, year), end)
            }
            "nua" if word(i + 1) == Some("dau") && word(i + 2) == Some("nam") => {
                let (year, end) = year_after(i + 2);
                push(Said::Part(Part::ToDate(6), year), end)
            }
            // `năm nay`, `this year`: the year of publication, or the text's.
            _ if matches!((w.text, word(i + 1)), ("nam", Some("nay")) | ("this", Some("year"))) => {
                push(Said::Part(Part::Whole, None), i + 1)
            }
            "h1" => {
                let (year, end) = year_after(i);
                push(Said::Part(Part::ToDate(6), year), end)
            }
            q if q.len() == 2 && q.starts_with('q') && quarter_of(&q[1..]).is_some() => {
                let quarter = quarter_of(&q[1..]).unwrap_or(1);
                let (year, end) = year_after(i);
                push(Said::Part(Part::Quarter(quarter), year), end)
            }
            "first" if word(i + 1) == Some("half") => {
                let (year, end) = year_after(i + 1);
                push(Said::Part(Part::ToDate(6), year), end)
            }
            "first" if word(i + 1).and_then(small_number).is_some() && word(i + 2) == Some("months") => {
                let months = word(i + 1).and_then(small_number).unwrap_or(12);
                let (year, end) = year_after(i + 2);
                push(Said::Part(Part::ToDate(months), year), end)
            }
            o if ORDINAL_QUARTERS_EN.contains(&o) && word(i + 1) == Some("quarter") => {
                let quarter = ORDINAL_QUARTERS_EN.iter().position(|q| *q == o).map_or(1, |p| p as u32 + 1);
                let (year, end) = year_after(i + 1);
                push(Said::Part(Part::Quarter(quarter), year), end)
            }
            "full" | "whole" if word(i + 1) == Some("year") => {
                let (year, end) = year_after(i + 1);
                push(Said::Part(Part::Whole, year), end)
            }
            // `January-May` is the year to May; `the January-May period of 2025` too.
            "january"
                if word(i + 1).is_some_and(|m| MONTHS_EN.contains(&m))
                    && between(&w, &words[i + 1]).trim().len() <= 3 =>
            {
                let month =
                    word(i + 1).and_then(|m| MONTHS_EN.iter().position(|x| *x == m)).map_or(1, |p| p as u32 + 1);
                let last = if word(i + 2) == Some("period") { i + 2 } else { i + 1 };
                let (year, end) = year_after(last);
                push(Said::Part(Part::ToDate(month), year), end)
            }
            m if MONTHS_EN.contains(&m)
                && (i > 0 && word(i - 1) == Some("in") || word(i + 1).and_then(year_of).is_some()) =>
            {
                let month = MONTHS_EN.iter().position(|x| *x == m).map_or(1, |p| p as u32 + 1);
                let (year, end) = year_after(i);
                push(Said::Part(Part::Month(month), year), end)
            }
            y if year_of(y).is_some() && !is_horizon(text, &words, i) && !in_date(text, &w) => {
                push(Said::Year(year_of(y).unwrap_or_default()), i)
            }
            _ => i,
        };
        i = last + 1;
    }
    markers
}

fn month_number(word: &str) -> Option<u32> {
    word.parse().ok().filter(|m| (1..=12).contains(m))
}

fn quarter_of(word: &str) -> Option<u32> {
    ROMAN
        .iter()
        .position(|r| *r == word)
        .map(|p| p as u32 + 1)
        .or_else(|| word.parse().ok().filter(|q| (1..=4).contains(q)))
}

/// Whether the year at word `i` only bounds a horizon or a span, or is the base of a
/// comparison: after `đến`, `tầm nhìn`, `giai đoạn`, `nhiệm kỳ`, `so với`, `by`, `to`, `from`,
/// `compared with` (with `năm`/`year` between or not), or at either end of `2022 - 2025`.
fn is_horizon(text: &str, words: &[Word], i: usize) -> bool {
    let mut before = i.checked_sub(1);
    if before.is_some_and(|b| matches!(words[b].text, "nam" | "year")) {
        before = before.and_then(|b| b.checked_sub(1));
    }
    if before.is_some_and(|b| HORIZON_WORDS.contains(&words[b].text)) {
        return true;
    }
    let dash = |a: &Word, b: &Word| {
        let gap = text[a.end..b.start].trim();
        matches!(gap, "-" | "–" | "—" | "to") && year_of(b.text).is_some() && year_of(a.text).is_some()
    };
    let spans_after = words.get(i + 1).is_some_and(|next| dash(&words[i], next));
    let spans_before = i > 0 && dash(&words[i - 1], &words[i]);
    spans_after || spans_before
}

/// Whether a year is the end of a date `5/3/2025` (not of `tháng 3/2025`, read as a month).
fn in_date(text: &str, word: &Word) -> bool {
    text[..word.start].ends_with('/')
}

/// A dateline among the first lines of a text: `10:15:05 | 5/3/2025` (day first), `2025-03-05`,
/// `March 5, 2025`, with its time when printed, as published in Vietnam (UTC+7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dateline {
    pub(crate) date: NaiveDate,
    pub(crate) published: Option<DateTime<FixedOffset>>,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// How many lines from the top a dateline may stand on, and how long its line may be.
const DATELINE_LINES: usize = 5;
const DATELINE_WIDTH: usize = 80;

/// The dateline of a text, if one of its first short lines holds a date.
pub(crate) fn dateline(text: &str) -> Option<Dateline> {
    let mut offset = 0;
    for line in text.split('\n').take(DATELINE_LINES) {
        let length = line.chars().count();
        if length <= DATELINE_WIDTH {
            if let Some(found) = date_in_line(line) {
                return Some(Dateline { start: offset + found.start, end: offset + found.end, ..found });
            }
        }
        offset += length + 1;
    }
    None
}

fn date_in_line(line: &str) -> Option<Dateline> {
    let words = words(line);
    let char_of = |byte: usize| line[..byte].chars().count();
    let number = |w: &Word| w.text.parse::<u32>().ok();
    let mut date = None;
    for (i, w) in words.iter().enumerate() {
        let joined = |j: usize, sep: char| {
            words.get(j + 1).is_some_and(|next| line[words[j].end..next.start] == *sep.encode_utf8(&mut [0; 4]))
        };
        if i + 2 < words.len() && joined(i, '/') && joined(i + 1, '/') {
            let (day, month) = (number(w), number(&words[i + 1]));
            let year = words[i + 2].text.parse::<i32>().ok();
            if let (Some(d), Some(m), Some(y)) = (day, month, year) {
                date = NaiveDate::from_ymd_opt(y, m, d).map(|d| (d, w.start, words[i + 2].end));
            }
        } else if i + 2 < words.len() && joined(i, '-') && joined(i + 1, '-') && w.text.len() == 4 {
            let (y, m, d) = (w.text.parse::<i32>().ok(), number(&words[i + 1]), number(&words[i + 2]));
            if let (Some(y), Some(m), Some(d)) = (y, m, d) {
                date = NaiveDate::from_ymd_opt(y, m, d).map(|d| (d, w.start, words[i + 2].end));
            }
        } else if let Some(month) = MONTHS_EN.iter().position(|m| w.text.eq_ignore_ascii_case(m)) {
            let (day, year) = (words.get(i + 1).and_then(number), words.get(i + 2).and_then(|y| y.text.parse().ok()));
            if let (Some(d), Some(y)) = (day, year) {
                date = NaiveDate::from_ymd_opt(y, month as u32 + 1, d).map(|d| (d, w.start, words[i + 2].end));
            }
        }
        if date.is_some() {
            break;
        }
    }
    let (date, start, end) = date?;
    let time = words.windows(2).find_map(|pair| {
        let hour = number(&pair[0])?;
        if &line[pair[0].end..pair[1].start] != ":" {
            return None;
        }
        let minute = number(&pair[1])?;
        let second = line[pair[1].end..]
            .strip_prefix(':')
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next().and_then(|s| s.parse::<u32>().ok()));
        NaiveTime::from_hms_opt(hour, minute, second.unwrap_or(0))
    });
    // OK because 7 hours is a valid offset.
    let vietnam = FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset");
    let published = time.and_then(|t| vietnam.from_local_datetime(&date.and_time(t)).single());
    Some(Dateline { date, published, start: char_of(start), end: char_of(end) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(text: &str, before: &str, as_of: Option<&str>) -> Option<String> {
        let map = TextMap::of(text);
        let at = text[..text.find(before).expect("the figure is in the text")].chars().count();
        let as_of = as_of.map(|d| d.parse().expect("a date"));
        map.period_at(at, as_of).map(|p| p.to_string())
    }

    #[test]
    fn the_sentence_period_comes_first_in_both_languages() {
        let as_of = Some("2025-06-28");
        let vi = "Trong 5 tháng đầu năm 2025, xuất khẩu đạt 10 tỷ USD.";
        assert_eq!(period(vi, "10 tỷ", as_of).as_deref(), Some("2025-YTD05"));
        assert_eq!(period("Quý I/2025 IIP tăng 7%.", "7%", None).as_deref(), Some("2025-Q1"));
        assert_eq!(period("IIP quý II năm 2024 tăng 7%.", "7%", None).as_deref(), Some("2024-Q2"));
        assert_eq!(period("IIP 6 tháng tăng 7%.", "7%", as_of).as_deref(), Some("2025-YTD06"));
        assert_eq!(period("Cả năm 2024 IIP tăng 7%.", "7%", None).as_deref(), Some("2024"));
        assert_eq!(period("Tháng 3/2025, IIP tăng 7%.", "7%", None).as_deref(), Some("2025-03"));
        assert_eq!(period("IIP tăng 7% trong 9 tháng năm 2024.", "7%", None).as_deref(), Some("2024-YTD09"));
        let en = "In the first four months of 2025, exports rose 12%.";
        assert_eq!(period(en, "12%", None).as_deref(), Some("2025-YTD04"));
        assert_eq!(period("Exports rose 12% in H1.", "12%", as_of).as_deref(), Some("2025-YTD06"));
        assert_eq!(period("In the first half, exports rose 12%.", "12%", as_of).as_deref(), Some("2025-YTD06"));
        assert_eq!(period("In the first quarter of 2024, exports rose 12%.", "12%", None).as_deref(), Some("2024-Q1"));
        assert_eq!(period("In January-May, exports rose 12%.", "12%", as_of).as_deref(), Some("2025-YTD05"));
        assert_eq!(period("In 2024, exports rose 12%.", "12%", None).as_deref(), Some("2024"));
        assert_eq!(period("It targets growth of 8% this year.", "8%", as_of).as_deref(), Some("2025"));
        assert_eq!(period("Năm nay phấn đấu tăng 8%.", "8%", as_of).as_deref(), Some("2025"));
        let clause = "GRDP in H1 grew 7.5 per cent, and the city aims for 10 per cent for the full year.";
        assert_eq!(period(clause, "7.5", as_of).as_deref(), Some("2025-YTD06"));
        assert_eq!(period(clause, "10 per", as_of).as_deref(), Some("2025"));
        let nearest = "In the first four months of 2025, exports rose 9%. It targets growth of 11 per cent for 2026.";
        assert_eq!(period(nearest, "11 per", as_of).as_deref(), Some("2026"));
    }

    #[test]
    fn the_paragraph_then_the_text_year_date_a_figure_with_no_period_of_its_own() {
        let text =
            "Năm 2024 là năm bứt phá.\nCụ thể, IIP tăng 7,6%. Tháng 5/2025, bán lẻ tăng 9%.\nHơn 30 KCN hoạt động.";
        assert_eq!(period(text, "7,6%", None).as_deref(), Some("2024"));
        assert_eq!(period(text, "7,6%", Some("2025-03-05")).as_deref(), Some("2024"));
        assert_eq!(period(text, "9%", None).as_deref(), Some("2025-05"));
        // A month dates its own sentence, not the next.
        let aside = "6 tháng đầu năm 2025, GDP tăng 7%. CPI tháng 6 tăng 0,5%. Xuất khẩu tăng 14%.";
        assert_eq!(period(aside, "0,5%", None).as_deref(), Some("2025-06"));
        assert_eq!(period(aside, "14%", None).as_deref(), Some("2025-YTD06"));
        let carried = "Trong năm 2025, Sở tập trung nhiệm vụ. IIP tăng 9,7%. Bán lẻ tăng 13%.";
        assert_eq!(period(carried, "13%", Some("2025-03-05")).as_deref(), Some("2025"));
        assert_eq!(period("IIP tăng 7,6%.", "7,6%", None), None);
        assert_eq!(period("IIP tăng 7,6%.", "7,6%", Some("2025-03-05")).as_deref(), Some("2024"));
    }

    #[test]
    fn a_part_of_a_year_with_no_year_is_of_the_latest_year_it_had_begun_in() {
        assert_eq!(period("Quý IV IIP tăng 7%.", "7%", Some("2025-03-05")).as_deref(), Some("2024-Q4"));
        assert_eq!(period("Quý I IIP tăng 7%.", "7%", Some("2025-03-05")).as_deref(), Some("2025-Q1"));
    }

    #[test]
    fn horizons_spans_and_dates_date_nothing() {
        let text = "Đề án giai đoạn năm 2022 - 2025, tầm nhìn đến năm 2030 của Sở năm 2024. Tỷ lệ đạt 99%.";
        assert_eq!(period(text, "99%", None).as_deref(), Some("2024"));
        let by = "The plan runs to 2030, by 2045. Coverage reached 99%.";
        assert_eq!(period(by, "99%", None), None);
        assert_eq!(period("Ngày 5/3/2025, tỷ lệ đạt 99%.", "99%", None), None);
        assert_eq!(period("Nhiệm kỳ 2020 - 2025, tỷ lệ đạt 99%.", "99%", None), None);
    }

    #[test]
    fn a_dateline_is_read_day_first_with_its_time_in_vietnam() {
        let text = "Ngành Công Thương: Quyết tâm bứt phá\n\n10:15:05 | 5/3/2025\n\nNăm 2024 ...";
        let found = dateline(text).expect("a dateline");
        assert_eq!(found.date.to_string(), "2025-03-05");
        assert_eq!(found.published.map(|p| p.to_rfc3339()).as_deref(), Some("2025-03-05T10:15:05+07:00"));
        let quote: String = text.chars().skip(found.start).take(found.end - found.start).collect();
        assert_eq!(quote, "5/3/2025");
        let en = dateline("Exports surge\nMarch 5, 2025 - 08:30\nBody").expect("a dateline");
        assert_eq!(en.published.map(|p| p.to_rfc3339()).as_deref(), Some("2025-03-05T08:30:00+07:00"));
        assert_eq!(dateline("Title\n2025-03-05\n").map(|d| d.date.to_string()).as_deref(), Some("2025-03-05"));
        assert_eq!(dateline("Một hai ba\n31/2/2025\n"), None);
        let prose = format!("{} ngày 5/3/2025 là hạn chót.", "Dài ".repeat(30));
        assert_eq!(dateline(&prose), None);
    }

    #[test]
    fn sentences_and_paragraphs_are_counted_in_the_given_text() {
        let text = "Một câu. Câu hai!\nĐoạn hai, 16,94 tỷ.";
        let map = TextMap::of(text);
        let at = |s: &str| text[..text.find(s).unwrap()].chars().count();
        assert_eq!((map.sentence_of(at("Một")), map.sentence_of(at("Câu hai"))), (0, 1));
        assert_eq!(map.sentence_of(at("16,94")), 2);
        assert_eq!((map.paragraph_of(at("Câu hai")), map.paragraph_of(at("16,94"))), (0, 1));
    }
}
