//! Vietnamese text arrives composed (NFC: `ộ` is one character) or decomposed (NFD: `o` and
//! two combining marks), depending on the program it was copied from. The vocabulary is
//! composed, so the readers read composed characters, and every offset they report is mapped
//! back to the text as given.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A text composed to NFC, with the offset in the given text of each composed character.
pub(crate) struct Composed {
    chars: Vec<char>,
    given: Vec<usize>,
    given_len: usize,
}

impl Composed {
    /// The composed text, or `None` when the text is composed already (the common case).
    ///
    /// A base character and the combining marks after it are composed together; each
    /// composed character maps back to where its base stood.
    pub(crate) fn of(text: &str) -> Option<Composed> {
        if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
            return None;
        }
        let mut composed = Composed { chars: Vec::with_capacity(text.len()), given: Vec::new(), given_len: 0 };
        let mut cluster = String::new();
        let mut cluster_start = 0;
        for (i, ch) in text.chars().enumerate() {
            if canonical_combining_class(ch) == 0 && !cluster.is_empty() {
                composed.push(&cluster, cluster_start);
                cluster.clear();
                cluster_start = i;
            }
            cluster.push(ch);
            composed.given_len = i + 1;
        }
        composed.push(&cluster, cluster_start);
        Some(composed)
    }

    fn push(&mut self, cluster: &str, start: usize) {
        for ch in cluster.nfc() {
            self.chars.push(ch);
            self.given.push(start);
        }
    }

    /// The composed characters.
    pub(crate) fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The offset in the given text of a composed offset; the end maps to the end.
    pub(crate) fn given_offset(&self, composed: usize) -> usize {
        self.given.get(composed).copied().unwrap_or(self.given_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_text_needs_no_work() {
        assert!(Composed::of("Sản lượng điện 16,94 tỷ kWh").is_none());
    }

    #[test]
    fn decomposed_marks_join_their_base_and_offsets_map_back() {
        let given: String = "tỷ đồng".nfd().collect();
        let composed = Composed::of(&given).expect("decomposed text");
        assert_eq!(composed.chars().iter().collect::<String>(), "tỷ đồng");
        // "t", "y" + hook above, " ", "đ", "o" + circumflex + grave, "n", "g"
        assert_eq!(given.chars().count(), 10);
        assert_eq!(composed.given_offset(1), 1);
        assert_eq!(composed.given_offset(2), 3);
        assert_eq!(composed.given_offset(4), 5);
        assert_eq!(composed.given_offset(7), 10);
    }
}
