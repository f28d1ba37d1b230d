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
    /// Lower case with its diacritics, its tone mark (if any) moved to the end, so that the
    /// old and new placements of a tone (`hoá`, `hóa`) are one word.
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
    let folded = text
        .nfd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let mut tones = String::new();
    let marked: String = text
        .nfd()
        .filter(|&c| {
            let tone = TONES.contains(&c);
            if tone {
                tones.push(c);
            }
            !tone
        })
        .collect();
    let mut lower: String = marked.nfc().flat_map(char::to_lowercase).collect();
    lower.push_str(&tones);
    Word { folded, lower, start, end }
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
        assert_eq!(words[0].lower, "xuât\u{301}");
        assert_eq!(&decomposed[words[1].start..words[1].end], "khẩu".nfd().collect::<String>());
    }

    #[test]
    fn words_keep_their_offsets() {
        let text = "Tăng 9,22% so với cùng kỳ";
        let found = words(text);
        let spans: Vec<&str> = found.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(spans, ["Tăng", "9", "22", "so", "với", "cùng", "kỳ"]);
        assert_eq!(found[0].lower, "tăng");
        assert_eq!(found[0].folded, "tang");
        assert!(accented(&found));
        assert!(!accented(&words("Tang 9,22% so voi cung ky")));
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
