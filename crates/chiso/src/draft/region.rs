//! The region a text is about: a province it names, or the whole country.
//!
//! The table (`data/regions.json`) holds Vietnam's 63 provinces and centrally-run cities as they
//! were in 2024, with their ISO 3166-2:VN codes, Vietnamese and English names and the other
//! names the press uses (`TP.HCM`, `Saigon`), then the country with the phrases that say a text
//! is about all of it (`cả nước`, `Vietnam's`). Names are matched as whole words, with or
//! without diacritics, so `tỉnh Bình Dương`, `Binh Duong province` and `binh duong` all name
//! VN-57. A province that has since ceased to exist carries the day it did (`ended`) and the
//! province that took it over (`successor`), as a report's region does: Bình Dương (VN-57)
//! merged into Hồ Chí Minh City (VN-SG) on 1 July 2025 under Resolution 202/2025/QH15.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use unicode_normalization::char::{canonical_combining_class, decompose_canonical};

use crate::indicator::Names;
use crate::report::Region;

const REGIONS: &str = include_str!("../../data/regions.json");

/// Words that, before or after a name, say it is a province or a city (`tỉnh Bình Dương`,
/// `Binh Duong province`), folded, as words.
const PROVINCE_CUES_BEFORE: &[&[&str]] = &[&["tinh"], &["thanh", "pho"], &["tp"], &["province", "of"], &["city", "of"]];
const PROVINCE_CUES_AFTER: &[&str] = &["province", "city"];

#[derive(Deserialize)]
struct Table {
    provinces: Vec<Entry>,
    country: Country,
}

#[derive(Deserialize)]
struct Entry {
    id: String,
    name: Names,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    ended: Option<chrono::NaiveDate>,
    #[serde(default)]
    successor: Option<String>,
}

#[derive(Deserialize)]
struct Country {
    id: String,
    name: Names,
    cues: Vec<String>,
}

/// The table, with every name folded once.
struct Regions {
    provinces: Vec<Region>,
    /// What each name and country cue says, by its folded words joined by one space.
    by_words: HashMap<String, Said>,
    /// For each word a name or a cue starts with, the most words such a name has.
    first_words: HashMap<String, usize>,
    country: Region,
}

/// What a run of words says of the region.
#[derive(Debug, Clone, Copy)]
enum Said {
    /// The province at this position of the table.
    Province(usize),
    /// The text is about the whole country.
    Country,
}

/// The words of a folded text (runs of letters and digits), joined by one space.
fn joined_words(folded: &str) -> String {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn regions() -> &'static Regions {
    static REGIONS_TABLE: OnceLock<Regions> = OnceLock::new();
    REGIONS_TABLE.get_or_init(|| {
        // OK because the table is crate data fixed at compile time and read by the tests.
        let table: Table = serde_json::from_str(REGIONS).expect("data/regions.json is valid");
        let mut by_words = HashMap::new();
        let mut provinces = Vec::with_capacity(table.provinces.len());
        for (i, entry) in table.provinces.into_iter().enumerate() {
            for name in [&entry.name.vi, &entry.name.en].into_iter().chain(&entry.aliases) {
                by_words.insert(joined_words(&Folded::of(name).text), Said::Province(i));
            }
            provinces.push(Region {
                ended: entry.ended,
                successor: entry.successor,
                ..Region::new(entry.id, entry.name)
            });
        }
        for cue in &table.country.cues {
            by_words.insert(joined_words(&Folded::of(cue).text), Said::Country);
        }
        let mut first_words: HashMap<String, usize> = HashMap::new();
        for key in by_words.keys() {
            let mut words = key.split(' ');
            let first = words.next().unwrap_or_default().to_string();
            let length = 1 + words.count();
            let longest = first_words.entry(first).or_default();
            *longest = (*longest).max(length);
        }
        let country = Region::new(table.country.id, table.country.name);
        Regions { provinces, by_words, first_words, country }
    })
}

/// A region of the table by its id (`VN-57`, `VN`) or by one of its names, with or without
/// diacritics, in any case (`Bình Dương`, `binh duong`, `TP.HCM`, `Vietnam`).
///
/// # Example
///
/// ```
/// let region = chiso::standard_region("binh duong").unwrap();
/// assert_eq!((region.id.as_str(), region.name.vi.as_str()), ("VN-57", "Bình Dương"));
/// assert_eq!(chiso::standard_region("VN-SG").unwrap().name.en, "Ho Chi Minh City");
/// assert_eq!(chiso::standard_region("Việt Nam").unwrap().id, "VN");
/// assert!(chiso::standard_region("Atlantis").is_none());
/// ```
pub fn standard_region(id_or_name: &str) -> Option<Region> {
    let table = regions();
    let wanted = id_or_name.trim();
    if let Some(region) =
        table.provinces.iter().chain([&table.country]).find(|region| region.id.eq_ignore_ascii_case(wanted))
    {
        return Some(region.clone());
    }
    let folded = Folded::of(wanted).text;
    if folded == Folded::of(&table.country.name.vi).text || folded == Folded::of(&table.country.name.en).text {
        return Some(table.country.clone());
    }
    match table.by_words.get(&joined_words(&folded)) {
        Some(&Said::Province(i)) => Some(table.provinces[i].clone()),
        Some(Said::Country) | None => None,
    }
}

/// What a text says about its region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Named {
    /// A region, named at these character offsets of the text (the cue word included).
    Region { region: Region, start: usize, end: usize },
    /// No province, or several with none prevailing, and no word about the whole country.
    Nothing,
}

/// The region a text is about.
///
/// A careful reader takes the province the text names with a cue (`tỉnh Bình Dương`, `Binh
/// Duong province`), the most often if several are and one is named more often than the others; else the one province it names more often
/// than any other, when nothing in it speaks of the whole country; else the country, when it
/// says `cả nước` or `Vietnam's`; else nothing. The offsets are those of the first naming of
/// the region taken.
pub(crate) fn region_in(folded: &Folded) -> Named {
    let table = regions();
    let text = folded.text();
    let words: Vec<(usize, usize)> = folded.words();
    let word = |i: usize| &text[words[i].0..words[i].1];
    let mut found: Vec<Occurrence> = Vec::new();
    let mut country: Option<(usize, usize)> = None;
    let mut key = String::new();
    let mut i = 0;
    while i < words.len() {
        // The longest name starting at word `i`.
        let mut matched = None;
        let longest = table.first_words.get(word(i)).copied().unwrap_or(0);
        for length in (1..=longest.min(words.len() - i)).rev() {
            key.clear();
            for j in i..i + length {
                if j > i {
                    key.push(' ');
                }
                key.push_str(word(j));
            }
            if let Some(&said) = table.by_words.get(&key) {
                matched = Some((said, length));
                break;
            }
        }
        let Some((said, length)) = matched else {
            i += 1;
            continue;
        };
        let (start, end) = (words[i].0, words[i + length - 1].1);
        match said {
            Said::Country => {
                country.get_or_insert((start, end));
            }
            Said::Province(province) => {
                let before = PROVINCE_CUES_BEFORE
                    .iter()
                    .find(|cue| cue.len() <= i && cue.iter().enumerate().all(|(k, w)| word(i - cue.len() + k) == *w));
                let after = words.get(i + length).is_some_and(|_| PROVINCE_CUES_AFTER.contains(&word(i + length)));
                let cue_start = before.map_or(start, |cue| words[i - cue.len()].0);
                let cue_end = if after { words[i + length].1 } else { end };
                found.push(Occurrence { province, start: cue_start, end: cue_end, cued: before.is_some() || after });
            }
        }
        i += length;
    }
    let count = |province: usize| found.iter().filter(|o| o.province == province).count();
    let first_of = |province: usize| found.iter().find(|o| o.province == province);
    let mut cued: Vec<usize> = found.iter().filter(|o| o.cued).map(|o| o.province).collect();
    cued.dedup();
    // The most often named province among `candidates`, the first named on a tie.
    let prevailing = |candidates: &[usize]| {
        candidates.iter().copied().fold(None::<usize>, |best, p| match best {
            Some(b) if count(b) >= count(p) => Some(b),
            _ => Some(p),
        })
    };
    let take = |province: usize| {
        // OK because every province counted here was found at least once.
        let first = first_of(province).expect("a counted province was found");
        let (start, end) = folded.given_span(first.start, first.end);
        Named::Region { region: table.provinces[province].clone(), start, end }
    };
    // Two cued provinces named as often as each other: neither prevails.
    if let Some(province) = prevailing(&cued) {
        if cued.iter().all(|&other| other == province || count(other) < count(province)) {
            return take(province);
        }
    }
    let mut named: Vec<usize> = found.iter().map(|o| o.province).collect();
    named.sort_unstable();
    named.dedup();
    if country.is_none() {
        if let Some(province) = prevailing(&named) {
            if named.iter().all(|&other| other == province || count(other) < count(province)) {
                return take(province);
            }
        }
    }
    match country {
        Some((start, end)) => {
            let (start, end) = folded.given_span(start, end);
            Named::Region { region: table.country.clone(), start, end }
        }
        None => Named::Nothing,
    }
}

struct Occurrence {
    province: usize,
    start: usize,
    end: usize,
    cued: bool,
}

/// A text folded for matching names: lowercase, diacritics removed, `đ` read as `d`, with the
/// character offset in the given text of each folded byte.
pub(crate) struct Folded {
    text: String,
    /// For each byte of `text`, the offset of the given character it came from; one more entry
    /// for the end.
    given: Vec<usize>,
}

impl Folded {
    /// `text`, folded.
    pub(crate) fn of(text: &str) -> Folded {
        let mut folded = Folded { text: String::with_capacity(text.len()), given: Vec::with_capacity(text.len() + 1) };
        let mut count = 0;
        for (i, ch) in text.chars().enumerate() {
            count = i + 1;
            let mut push = |c: char| {
                for lower in c.to_lowercase() {
                    folded.text.push(lower);
                    folded.given.resize(folded.text.len(), i);
                }
            };
            match ch {
                _ if ch.is_ascii() => {
                    folded.text.push(ch.to_ascii_lowercase());
                    folded.given.push(i);
                }
                'đ' | 'Đ' => push('d'),
                _ => decompose_canonical(ch, |part| {
                    if canonical_combining_class(part) == 0 {
                        push(part);
                    }
                }),
            }
        }
        folded.given.push(count);
        folded
    }

    /// The folded text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The byte spans of the words of the folded text: runs of letters and digits.
    pub(crate) fn words(&self) -> Vec<(usize, usize)> {
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in self.text.char_indices().chain([(self.text.len(), ' ')]) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        words
    }

    /// The byte offset of the folded text where the character at `given` of the given text
    /// (or the first after it that folds to something) starts.
    pub(crate) fn byte_of(&self, given: usize) -> usize {
        self.given.partition_point(|&g| g < given).min(self.text.len())
    }

    /// The character offset in the given text of the character a byte of the folded text came
    /// from (the end of the text for the end).
    pub(crate) fn given_of(&self, byte: usize) -> usize {
        self.given[byte.min(self.text.len())]
    }

    /// The character offsets in the given text of a byte span of the folded text.
    pub(crate) fn given_span(&self, start: usize, end: usize) -> (usize, usize) {
        let given_end = if end == self.text.len() { self.given[end] } else { self.given[end - 1] + 1 };
        (self.given[start], given_end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Option<(String, String)> {
        match region_in(&Folded::of(text)) {
            Named::Region { region, start, end } => {
                Some((region.id, text.chars().skip(start).take(end - start).collect()))
            }
            Named::Nothing => None,
        }
    }

    fn some(id: &str, quote: &str) -> Option<(String, String)> {
        Some((id.to_string(), quote.to_string()))
    }

    #[test]
    fn the_table_holds_the_63_provinces_of_2024_and_the_country() {
        let table = regions();
        let all: Vec<&Region> = table.provinces.iter().chain([&table.country]).collect();
        assert_eq!(all.len(), 64);
        let mut ids: Vec<&str> = all.iter().map(|r| r.id.as_str()).collect();
        ids.dedup();
        assert_eq!(ids.len(), 64);
        assert!(all.iter().all(|r| {
            let code = r.id.strip_prefix("VN-").unwrap_or("");
            r.id == "VN" || (1..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphanumeric())
        }));
        assert_eq!(standard_region("VN-01").unwrap().name, Names::new("Lai Châu", "Lai Chau"));
        assert_eq!(standard_region("VN-43").unwrap().name.vi, "Bà Rịa - Vũng Tàu");
        assert_eq!(standard_region("VN-HN").unwrap().name, Names::new("Hà Nội", "Hanoi"));
    }

    #[test]
    fn the_embedded_reports_name_their_regions_as_the_table_does() {
        let panel_regions = crate::datasets::provinces_2024();
        let reports = [crate::datasets::binh_duong_2024()];
        let regions = reports.iter().map(|r| r.region().clone());
        for region in regions.chain(panel_regions.regions().iter().map(|meta| meta.region.clone())) {
            assert_eq!(standard_region(&region.id).as_ref(), Some(&region), "{}", region.id);
        }
    }

    #[test]
    fn a_province_is_named_with_or_without_diacritics_in_both_languages() {
        assert_eq!(named("Năm 2024, tỉnh Bình Dương xuất siêu 10 tỷ USD."), some("VN-57", "tỉnh Bình Dương"));
        assert_eq!(named("Binh Duong province posted a trade surplus."), some("VN-57", "Binh Duong province"));
        assert_eq!(named("tinh binh duong xuat sieu"), some("VN-57", "tinh binh duong"));
        assert_eq!(named("Ho Chi Minh City's exports rose."), some("VN-SG", "Ho Chi Minh City"));
        assert_eq!(named("Kinh tế TP.HCM tăng trưởng 7%."), some("VN-SG", "TP.HCM"));
        assert_eq!(named("Thủ đô Hà Nội thu hút FDI."), some("VN-HN", "Thủ đô Hà Nội"));
        assert_eq!(named("Ha Noi attracted FDI."), some("VN-HN", "Ha Noi"));
    }

    #[test]
    fn the_cued_province_prevails_then_the_most_named_then_the_country() {
        // Hà Nội is named as a market; Đồng Nai as the province.
        assert_eq!(
            named("Hàng hóa bán ra Hà Nội, Hà Nội và TP.HCM. Tỉnh Đồng Nai ước đạt 10 tỷ USD."),
            some("VN-39", "Tỉnh Đồng Nai")
        );
        assert_eq!(named("Đồng Nai tăng 5%. Đồng Nai đạt 10 tỷ USD, hơn Bình Dương."), some("VN-39", "Đồng Nai"));
        assert_eq!(named("Xuất khẩu cả nước tăng 14%, Bình Dương và Đồng Nai dẫn đầu."), some("VN", "cả nước"));
        assert_eq!(named("Vietnam's exports rose 14.3 percent."), some("VN", "Vietnam's"));
        assert_eq!(named("Bình Dương và Đồng Nai dẫn đầu."), None);
        // Two provinces cued as often as each other: neither prevails (review r11-draft).
        assert_eq!(named("Năm 2024, tỉnh Bình Dương và tỉnh Đồng Nai dẫn đầu."), None);
        assert_eq!(named("Exports rose 14.3 percent."), None);
        // A word that merely contains a name is not the name.
        assert_eq!(named("phú yênxyz"), None);
    }

    #[test]
    fn decomposed_text_keeps_offsets_in_the_given_text() {
        use unicode_normalization::UnicodeNormalization;
        let text: String = "Năm 2024, tỉnh Bình Dương đạt".nfd().collect();
        let Named::Region { region, start, end } = region_in(&Folded::of(&text)) else { panic!("a region") };
        assert_eq!(region.id, "VN-57");
        let quote: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(quote.nfc().collect::<String>(), "tỉnh Bình Dương");
    }
}
