//! Folding text for matching: lower case, no diacritics, `đ` as `d`, one space between words.
//!
//! Vietnamese is often typed without its diacritics (`kim ngach xuat khau`), and the same
//! letter may come precomposed or decomposed. Folding maps every spelling of a phrase to one
//! key, so that the catalogue of indicators matches them all.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// A word of a text, as [`words`] splits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// Lower case, diacritics removed, `đ` as `d`.
    pub(crate) folded: String,
    /// Lower case with its diacritics, decomposed (NFD), its tone mark (if any) moved to the
    /// end, so that the old and new placements of a tone (`hoá`, `hóa`) are one word.
    pub(crate) lower: String,
    /// Where the word starts in the text, in bytes.
    pub(crate) start: usize,
    /// Where it ends, in bytes (exclusive).
    pub(crate) end: usize,
}

/// Whether `c` belongs to a word: a letter, a digit, or a combining mark (the accent of a
/// decomposed `ế`). Everything else (spaces, punctuation, `%`, `-`, `'`) separates words.
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || canonical_combining_class(c) != 0
}

/// The words of `text`, each folded and lower-cased, with its byte offsets.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, in_word(c)) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                found.push(word(&text[from..at], from, at));
                start = None;
            }
            _ => {}
        }
    }
    found
}

fn word(text: &str, start: usize, end: usize) -> Word {
    if text.is_ascii() {
        let lower = text.to_ascii_lowercase();
        return Word { folded: lower.clone(), lower, start, end };
    }
    let mut folded = String::with_capacity(text.len());
    let mut lower = String::with_capacity(text.len() + 2);
    let mut tones = String::new();
    let table = letters();
    let looked_up: Option<Vec<&Letter>> = text.chars().map(|c| letter_of(table, c)).collect();
    match looked_up {
        // The common case, a composed Vietnamese word: each letter from the table.
        Some(letters) => {
            for letter in letters {
                lower.push(letter.base);
                folded.push(if letter.base == 'đ' { 'd' } else { letter.base });
                lower.extend(letter.mark);
                tones.extend(letter.tone);
            }
        }
        None => decomposed(text, &mut folded, &mut lower, &mut tones),
    }
    lower.push_str(&tones);
    Word { folded, lower, start, end }
}

/// [`word`] the general way, over the decomposed letters: a tone goes to the end of `lower`,
/// another mark (circumflex, breve, horn) stays in `lower`, and `folded` keeps the base
/// letters only.
fn decomposed(text: &str, folded: &mut String, lower: &mut String, tones: &mut String) {
    for c in text.nfd() {
        if TONES.contains(&c) {
            tones.push(c);
        } else if canonical_combining_class(c) != 0 {
            lower.push(c);
        } else {
            for l in c.to_lowercase() {
                lower.push(l);
                folded.push(if l == 'đ' { 'd' } else { l });
            }
        }
    }
}

/// A letter of the table: its lower-case base, the one mark that is not a tone, the tone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Letter {
    base: char,
    mark: Option<char>,
    tone: Option<char>,
}

/// The first code point of the table: `À`. The table ends with the Latin Extended Additional
/// block (`ỹ` and beyond), where the Vietnamese letters with two marks are.
const TABLE_START: u32 = 0xC0;
const TABLE_END: u32 = 0x1EFF;

/// The letters from `À` to the end of Latin Extended Additional, as [`decomposed`] reads
/// them; `None` for a character it reads otherwise (no letter, two marks of one kind, a
/// decomposition into two letters, a lower case of more than one character), which goes the
/// general way.
fn letters() -> &'static [Option<Letter>] {
    static TABLE: std::sync::OnceLock<Vec<Option<Letter>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (TABLE_START..=TABLE_END)
            .map(|code| {
                let c = char::from_u32(code)?;
                let mut lower = c.to_lowercase();
                let (Some(single), None) = (lower.next(), lower.next()) else { return None };
                let mut parts = single.nfd();
                let base = parts.next().filter(|&b| canonical_combining_class(b) == 0 && in_word(b))?;
                let (mut mark, mut tone) = (None, None);
                for part in parts {
                    if canonical_combining_class(part) == 0 {
                        return None;
                    }
                    let slot = if TONES.contains(&part) { &mut tone } else { &mut mark };
                    if slot.replace(part).is_some() {
                        return None;
                    }
                }
                Some(Letter { base, mark, tone })
            })
            .collect()
    })
}

/// The table's letter for `c`: ASCII letters and digits as themselves, lower-cased.
fn letter_of(table: &'static [Option<Letter>], c: char) -> Option<&'static Letter> {
    static ASCII: std::sync::OnceLock<Vec<Letter>> = std::sync::OnceLock::new();
    if c.is_ascii() {
        let ascii = ASCII.get_or_init(|| {
            (0u8..128).map(|b| Letter { base: char::from(b).to_ascii_lowercase(), mark: None, tone: None }).collect()
        });
        return ascii.get(c as usize);
    }
    let at = (c as u32).checked_sub(TABLE_START)?;
    table.get(at as usize)?.as_ref()
}

/// The combining marks of Vietnamese tones: grave, acute, tilde, hook above, dot below. The
/// other marks (circumflex, breve, horn) make another vowel and stay with their letter.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Whether the text of `words` is written with diacritics: then a name matches only with its
/// own (`so` is not `số`); a text typed without any matches names by their folded form.
pub(crate) fn accented(words: &[Word]) -> bool {
    words.iter().any(|w| w.lower != w.folded)
}

/// `text` folded: its words lower-cased, without diacritics, `đ` as `d`, joined by one space;
/// punctuation separates words and is dropped: `Kim ngạch  XUẤT KHẨU` folds to
/// `kim ngach xuat khau`.
pub(crate) fn fold(text: &str) -> String {
    words(text).into_iter().map(|w| w.folded).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_to_plain_lower_case() {
        assert_eq!(fold("Kim ngạch  XUẤT KHẨU"), "kim ngach xuat khau");
        assert_eq!(fold("Đồng Nai, đường"), "dong nai duong");
        assert_eq!(fold("Chỉ số sản xuất công nghiệp (IIP)"), "chi so san xuat cong nghiep iip");
        assert_eq!(fold("Vietnam's import-export"), "vietnam s import export");
        assert_eq!(fold("  "), "");
    }

    #[test]
    fn decomposed_and_composed_fold_alike() {
        let composed = "xuất khẩu";
        let decomposed: String = composed.nfd().collect();
        assert_ne!(composed, decomposed);
        assert_eq!(fold(&decomposed), "xuat khau");
        let words = words(&decomposed);
        assert_eq!(words[0].lower, "xua\u{302}t\u{301}");
        assert_eq!(&decomposed[words[1].start..words[1].end], "khẩu".nfd().collect::<String>());
    }

    #[test]
    fn words_keep_their_offsets() {
        let text = "Tăng 9,22% so với cùng kỳ";
        let found = words(text);
        let spans: Vec<&str> = found.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(spans, ["Tăng", "9", "22", "so", "với", "cùng", "kỳ"]);
        assert_eq!(found[0].lower, "ta\u{306}ng");
        assert_eq!(found[0].folded, "tang");
        assert!(accented(&found));
        assert!(!accented(&words("Tang 9,22% so voi cung ky")));
    }

    #[test]
    fn the_table_reads_every_letter_as_the_general_way_does() {
        for code in TABLE_START..=TABLE_END {
            let Some(c) = char::from_u32(code) else { continue };
            for text in [format!("{c}"), format!("a{c}"), c.to_uppercase().collect()] {
                let (mut folded, mut lower, mut tones) = (String::new(), String::new(), String::new());
                decomposed(&text, &mut folded, &mut lower, &mut tones);
                lower.push_str(&tones);
                let fast = word(&text, 0, text.len());
                assert_eq!((fast.folded, fast.lower), (folded, lower), "{text:?} (U+{code:04X})");
            }
        }
    }

    #[test]
    fn a_tone_is_one_word_wherever_it_is_placed() {
        let old = words("hàng hoá, thuỷ sản");
        let new = words("hàng hóa, thủy sản");
        let lower = |w: &[Word]| w.iter().map(|w| w.lower.clone()).collect::<Vec<_>>();
        assert_eq!(lower(&old), lower(&new));
        assert_ne!(words("so")[0].lower, words("số")[0].lower);
        assert_eq!(words("so")[0].folded, words("số")[0].folded);
    }
}
