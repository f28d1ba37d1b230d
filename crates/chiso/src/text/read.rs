//! Reading figures as reports print them: numbers, quantities, changes and ranges.
//!
//! Reading is strict wherever a lenient reader would have to guess, as CLDR's number patterns
//! are: `10.5` is not a Vietnamese number (`.` groups thousands), and saying so, with the
//! offset and a suggestion, is more useful than returning 105 or 10.5. Every refusal is an
//! [`Error::Parse`] naming the text and the character (not byte) offset.
//!
//! The rules, in one place:
//!
//! - A number is an optional sign (`+`, `-` or `−`), digits, and an optional decimal mark with
//!   digits. Its integer part is either ungrouped (`351640`, `05`) or grouped consistently:
//!   1 to 3 digits not starting with 0, then groups of exactly 3 (`351.640` in Vietnamese,
//!   `351,640` in English). A group separator followed by anything other than 3 digits is
//!   refused, with a hint when the writer probably meant a decimal mark (`10.5` in Vietnamese:
//!   did you mean `10,5`?). Printed digits are kept: `16,940` has scale 3.
//! - Spaces never group digits (`1 234` is refused): Vietnamese and English reports group with
//!   `.` and `,`, and in running text a space between digits more often separates two numbers
//!   than groups one. Unicode spaces (no-break, narrow no-break, thin) count as spaces
//!   around words and numbers.
//! - A word unit is separated from its number by a space (`10 tỷ`, not `10tỷ`); `%` may be
//!   glued (`10%`) or not (`10 %`). A rate per unit (`USD/tấn`) is not a chiso unit and is
//!   refused.
//! - English-language press prints money currency first: `$34.5 billion`, `US$1.2bn`,
//!   `USD 34.8 billion`, `VND72 trillion`. The sign or code may be glued to the number; the
//!   abbreviations `k`, `m`, `bn`, `tn` are read only there (after any other number `m` may be
//!   metres), and a `$` glued to letters (`A$`, `HK$`) is not US dollars. Vietnamese text
//!   prints the unit after the number (`1,2 triệu tỷ đồng`), and only that is read in it.
//! - A qualifier may follow the figure (`10% trở lên`, `10% or more`: at least 10%), and
//!   `from 10%` / `từ 10%` is a lower limit unless the text goes on to a second figure
//!   (`từ 2% xuống 1,5%`).
//! - Without a qualifier a figure is [`Bound::AsPrinted`], except a count of a counted noun
//!   printed with no decimals and no scale word (`41 sản phẩm`), which is [`Bound::Exact`]:
//!   nobody rounds 41 products. `41 nghìn doanh nghiệp` is rounded to the thousand, so it is
//!   as printed.

use rust_decimal::Decimal;

use super::comparison::Comparison;
use super::compose::Composed;
use super::vocabulary::{
    scale_word, Lang, AFTER_QUALIFIERS, AVERAGE_OPENERS, COMPARISONS, COMPARISON_ADJECTIVES, COUNT_MODIFIERS,
    COUNT_NOUNS, FROM_QUALIFIERS, GROWTH_LINKS, GROWTH_NOUNS, GROWTH_VERBS, MONEY_PREFIXES, MONEY_SCALES, PER_YEAR,
    QUALIFIERS, RANGE_JOINERS, RANGE_OPENERS, SCALE_VARIANTS, SPAN_CLOSERS, SPAN_OPENERS, UNIT_SPELLINGS,
};
use crate::error::{Error, Result};
use crate::quantity::Quantity;
use crate::unit::{Dimension, Scale, Unit};
use crate::value::Bound;

/// Reads a number as `lang` prints it, strictly, keeping its printed digits.
///
/// Vietnamese groups thousands with `.` and marks decimals with `,`; English does the reverse.
/// An integer part is either ungrouped or grouped in threes after a first group of 1 to 3
/// digits: `351.640` is 351640 in Vietnamese, and `10.5` is refused there. A leading `+`, `-`
/// or `−` is allowed, and spaces around the number (Unicode ones included) are ignored.
///
/// # Errors
///
/// [`Error::Parse`] naming the text, the character offset and what was expected there: for an
/// empty text, a separator not followed by 3 digits (`10.5` in Vietnamese, with the hint
/// "did you mean 10,5?"), a second decimal mark (`1,2,3`), a space inside the number
/// (`1 234`), anything after the number, or more digits than a `Decimal` holds.
///
/// # Example
///
/// ```
/// use chiso::{parse_number, Error, Lang};
///
/// assert_eq!(parse_number("351.640", Lang::Vi)?.to_string(), "351640");
/// assert_eq!(parse_number("16,940", Lang::Vi)?.to_string(), "16.940");
/// assert_eq!(parse_number("−2.1", Lang::En)?.to_string(), "-2.1");
/// let refusal = parse_number("10.5", Lang::Vi);
/// assert!(matches!(refusal, Err(Error::Parse { offset: 2, ref expected, .. })
///     if expected.contains("did you mean 10,5?")));
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn parse_number(text: &str, lang: Lang) -> Result<Decimal> {
    match read_plain_number(text, lang) {
        Some(value) => Ok(value),
        None => read_general_number(text, lang),
    }
}

/// [`parse_number`] for any text, by the general reader. The fuzz target `text` checks that
/// [`parse_number`]'s one-pass reader agrees with it.
pub(crate) fn read_general_number(text: &str, lang: Lang) -> Result<Decimal> {
    read_all(text, lang, "number", read_number)
}

/// The number `text` holds when it is printed the common way: ASCII, no spaces, digits that
/// fit a `u64` (19 digits, leading zeros included). One pass over its bytes reads it, with no copy into characters; `None` for any other
/// text, which [`read_number`] then reads or refuses by the rules above. What this accepts,
/// `read_number` accepts too, with the same value and scale (a property test checks it), so
/// every refusal and its message come from one place.
fn read_plain_number(text: &str, lang: Lang) -> Option<Decimal> {
    let bytes = text.as_bytes();
    let (group, mark) = (u8::try_from(lang.group_separator()).ok()?, u8::try_from(lang.decimal_mark()).ok()?);
    let (negative, mut at) = match bytes.first()? {
        b'-' => (true, 1),
        b'+' => (false, 1),
        _ => (false, 0),
    };
    // Digits that no longer fit a u64 take the general path.
    let mut mantissa = 0u64;
    let mut take_digits = |at: &mut usize| {
        let start = *at;
        while let Some(digit) = bytes.get(*at).filter(|b| b.is_ascii_digit()) {
            mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(digit - b'0'))?;
            *at += 1;
        }
        Some(*at - start)
    };
    let digit_after = |at: usize| bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
    let first_at = at;
    let first_len = take_digits(&mut at)?;
    if first_len == 0 {
        return None;
    }
    let ungroupable = first_len > 3 || bytes[first_at] == b'0';
    while bytes.get(at) == Some(&group) && digit_after(at) {
        at += 1;
        if take_digits(&mut at)? != 3 || ungroupable {
            return None;
        }
    }
    let mut decimals = 0;
    if bytes.get(at) == Some(&mark) && digit_after(at) {
        at += 1;
        decimals = take_digits(&mut at)?;
    }
    if at != bytes.len() {
        return None;
    }
    let magnitude = i128::from(mantissa);
    Decimal::try_from_i128_with_scale(if negative { -magnitude } else { magnitude }, u32::try_from(decimals).ok()?).ok()
}

/// Reads a quantity as `lang` prints it: an optional qualifier, a number, an optional scale
/// word and a unit, and nothing else.
///
/// Qualifiers give the [`Bound`]: *hơn*, *trên*, *more than*, *over*, *above* are
/// `MoreThan`; *ít nhất*, *tối thiểu*, *at least* are `AtLeast`; *dưới*, *less than*, *below*,
/// *under* are `LessThan`; *tối đa*, *at most*, *up to* are `AtMost`; *khoảng*, *gần*,
/// *xấp xỉ*, *about*, *nearly*, *approximately*, *around* are `About` (*gần* and *nearly*
/// promise closeness, not a side: writers use them for figures rounded from either side).
/// With no qualifier the bound is `AsPrinted`, or `Exact` for a count of a counted noun with
/// no decimals and no scale word (`41 sản phẩm`).
///
/// Qualifiers after the number: *trở lên*, *or more*, *or above*, *or higher*, *and above* are
/// `AtLeast`; *trở xuống*, *or less*, *or below*, *or lower* are `AtMost`; *từ* and *from*
/// before the number are `AtLeast`. Money may be printed currency first in English: `$`,
/// `US$`, `USD`, `VND`, `€`, `EUR` before the number, then a scale word or `k`, `m`, `mn`,
/// `bn`, `b`, `tn`.
///
/// Units: `đồng`, `VND`, `VNĐ`, `vnđ` are VND; `USD`, `đô la Mỹ` are USD; `kWh`; `%`;
/// `điểm` (index points); `điểm phần trăm` (percentage points); and counted nouns such as
/// `sản phẩm` (products), `phiên chợ` (fairs), `kế hoạch, đề án` (plans), `khu công nghiệp`
/// (parks). Scale words: `nghìn`/`ngàn`, `triệu`, `tỷ`/`tỉ`, `nghìn tỷ`; `thousand`,
/// `million`, `billion`, `trillion`.
///
/// # Errors
///
/// [`Error::Parse`] naming the text and the character offset: a missing number or unit, a
/// malformed number (see [`parse_number`]), a scale word before `%`, or anything after the
/// unit.
///
/// # Example
///
/// ```
/// use chiso::{parse_quantity, Bound, Lang};
///
/// let budget = parse_quantity("hơn 2,79 tỷ đồng", Lang::Vi)?;
/// assert_eq!(budget.to_string(), "more than 2.79 billion VND");
/// let parks = parse_quantity("hơn 30 khu công nghiệp", Lang::Vi)?;
/// assert_eq!(parks.unit().to_string(), "parks");
/// let products = parse_quantity("41 sản phẩm", Lang::Vi)?;
/// assert_eq!(products.bound(), Bound::Exact);
/// assert_eq!(parse_quantity("US$1.2bn", Lang::En)?.to_string(), "1.2 billion USD");
/// assert_eq!(parse_quantity("VND72 trillion", Lang::En)?.to_string(), "72 trillion VND");
/// assert_eq!(parse_quantity("10% trở lên", Lang::Vi)?.bound(), Bound::AtLeast);
/// assert_eq!(parse_quantity("about 406.2 million kWh", Lang::En)?.bound(), Bound::About);
/// assert!(parse_quantity("10 tỷ USD nữa", Lang::Vi).is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn parse_quantity(text: &str, lang: Lang) -> Result<Quantity> {
    read_all(text, lang, "quantity", read_quantity)
}

/// Reads a change as `lang` prints it: a verb (`tăng`, `giảm`, `tăng trưởng`, `suy giảm`; `up`,
/// `down`, `rose`, `fell`, `climbed`, `slipped`, …, with `by`, `by an estimated`), an English
/// noun of change (`an increase of`, `a year-on-year rise of`, `a decline of`, `growth of`)
/// or an explicit sign, an optional qualifier, a number and a unit, and an optional comparison
/// (`so với cùng kỳ`, `so với tháng trước`, `so với kế hoạch`; `year-on-year`, `y/y`, `m/m`,
/// `from a year earlier`). What the change is compared with is kept by
/// [`extract`](crate::extract) ([`Mention::compared_with`](crate::Mention::compared_with)); a
/// rate per year (`8%/năm`) is read there too, as an average growth.
///
/// The verb signs the value: `giảm 2,1%` is −2.1%, and a fall *more than* 2% is a change
/// *less than* −2%, so the bound turns with the sign. A change in `%` is a growth rate; in
/// `điểm phần trăm` it is a change of a rate; in any other unit (`tăng 5 tỷ USD`) it is a
/// change of a level. The unit tells them apart.
///
/// # Errors
///
/// [`Error::Parse`] naming the text and the character offset: no verb and no sign, a sign
/// after a verb (`giảm -2%`: the verb already gives the direction), or anything
/// [`parse_quantity`] refuses.
///
/// # Example
///
/// ```
/// use chiso::{parse_growth, Bound, Lang};
///
/// assert_eq!(parse_growth("tăng 11,4% so với cùng kỳ", Lang::Vi)?.value().to_string(), "11.4");
/// assert_eq!(parse_growth("giảm 2,1%", Lang::Vi)?.value().to_string(), "-2.1");
/// let fall = parse_growth("down more than 2%", Lang::En)?;
/// assert_eq!((fall.value().to_string(), fall.bound()), ("-2".to_string(), Bound::LessThan));
/// assert_eq!(parse_growth("an increase of 12.2 per cent", Lang::En)?.value().to_string(), "12.2");
/// assert_eq!(parse_growth("giảm 2,1% so với tháng trước", Lang::Vi)?.value().to_string(), "-2.1");
/// assert!(parse_growth("2,1%", Lang::Vi).is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn parse_growth(text: &str, lang: Lang) -> Result<Quantity> {
    read_all(text, lang, "change", |c| read_growth(c, false).map(Reading::point))
}

/// Reads a range as `lang` prints it: `13 - 14%`, `9–10%`, `từ 9 đến 10%`; `9-10%`,
/// `9–10 per cent`, `9 to 10 percent`, `from 9 to 10%`, `between 9 and 10%`. A unit or scale
/// written once, after the higher end, applies to both. A growth verb or noun may come first
/// (`tăng 13 - 14%`, `an increase of 9-10%`), and then a comparison may follow; `giảm 2 - 3%`
/// is the range −3% to −2%.
///
/// # Errors
///
/// [`Error::Parse`] naming the text and the character offset: a missing joiner or end, ends
/// in different units, a lower end that is not below the higher, or anything
/// [`parse_quantity`] refuses.
///
/// # Example
///
/// ```
/// use chiso::{parse_range, Lang};
///
/// let (low, high) = parse_range("13 - 14%", Lang::Vi)?;
/// assert_eq!((low.to_string(), high.to_string()), ("13 percent".to_string(), "14 percent".to_string()));
/// let (low, _) = parse_range("từ 500 triệu đến 1,2 tỷ đồng", Lang::Vi)?;
/// assert_eq!(low.to_string(), "500 million VND");
/// assert!(parse_range("14 - 13%", Lang::Vi).is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn parse_range(text: &str, lang: Lang) -> Result<(Quantity, Quantity)> {
    read_all(text, lang, "range", |c| read_range(c).map(|(low, high, _)| (low, high)))
}

/// Reads a unit as `lang` prints it after a number: an optional scale word and a unit word,
/// and nothing else. These are the words [`parse_quantity`] reads after the number, so a unit
/// can be taken from a report's own words (`tỷ kWh`, `triệu đồng`, `sản phẩm`, `%`); a unit as
/// the JSON format writes it (`billion kWh`) is read by `Unit`'s [`FromStr`](std::str::FromStr).
///
/// # Errors
///
/// [`Error::Parse`] naming the text and the character offset: a missing or unknown unit word
/// (`tỷ`, `EURO`), a number (`10 tỷ đồng`: that is a quantity), a scale word before `%`, a
/// rate per unit (`USD/tấn`), or anything after the unit.
///
/// # Example
///
/// ```
/// use chiso::{parse_unit, Lang};
///
/// assert_eq!(parse_unit("tỷ kWh", Lang::Vi)?.to_string(), "billion kWh");
/// assert_eq!(parse_unit("triệu đồng", Lang::Vi)?.to_string(), "million VND");
/// assert_eq!(parse_unit("sản phẩm", Lang::Vi)?.to_string(), "products");
/// assert_eq!(parse_unit("billion US dollars", Lang::En)?.to_string(), "billion USD");
/// assert!(parse_unit("tỷ", Lang::Vi).is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
pub fn parse_unit(text: &str, lang: Lang) -> Result<Unit> {
    read_all(text, lang, "unit", read_unit)
}

/// Where reading stopped, in characters from the start of the text, and what it wanted there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Failure {
    offset: usize,
    expected: String,
}

impl Failure {
    fn into_error(self, text: &str) -> Error {
        Error::parse(text, self.offset, self.expected)
    }
}

/// The result of reading a part of a text.
pub(crate) type Read<T> = std::result::Result<T, Failure>;

/// A position in a text being read. The text is a slice of characters so that positions are
/// character offsets; the cursor is `Copy` so that a reader can try a form and step back.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    lang: Lang,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(chars: &'a [char], pos: usize, lang: Lang) -> Cursor<'a> {
        Cursor { chars, pos, lang }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_digit_at(&self, ahead: usize) -> bool {
        self.chars.get(self.pos + ahead).is_some_and(char::is_ascii_digit)
    }

    fn skip_spaces(&mut self) -> bool {
        let start = self.pos;
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
        self.pos > start
    }

    /// Reads a run of digits into `digits` and returns how many there were.
    fn take_digits(&mut self, digits: &mut Digits) -> usize {
        let start = self.pos;
        while let Some(digit) = self.peek().and_then(|ch| ch.to_digit(10)) {
            digits.push(digit);
            self.pos += 1;
        }
        self.pos - start
    }

    fn failure(&self, expected: impl Into<String>) -> Failure {
        Failure { offset: self.pos, expected: expected.into() }
    }

    /// Reads the longest of `words` spelled here as a whole word and returns its tag.
    fn eat_longest<T>(&mut self, words: impl IntoIterator<Item = (&'static str, T)>, fold_case: bool) -> Option<T> {
        let (end, tag) = words
            .into_iter()
            .filter_map(|(word, tag)| word_end(self.chars, self.pos, word, fold_case).map(|end| (end, tag)))
            .max_by_key(|(end, _)| *end)?;
        self.pos = end;
        Some(tag)
    }

    /// Reads one of `words`, then at least one space; steps back and returns `None` otherwise.
    fn eat_word_then_space<T>(&mut self, words: impl IntoIterator<Item = (&'static str, T)>) -> Option<T> {
        let saved = *self;
        let tag = self.eat_longest(words, true)?;
        if self.skip_spaces() {
            Some(tag)
        } else {
            *self = saved;
            None
        }
    }
}

/// Where `word` ends if `chars` spell it at `pos` as a whole word. A space in `word` matches
/// any run of whitespace; letters match case-insensitively when `fold_case` is set. A word
/// that begins (ends) with a letter or digit must not be glued to one before (after) it.
pub(crate) fn word_end(chars: &[char], pos: usize, word: &str, fold_case: bool) -> Option<usize> {
    // Spell the word first: almost every word fails on its first letter, and the checks for
    // glued letters below need Unicode tables.
    let i = spelled_end(chars, pos, word, fold_case)?;
    let glued = |c: Option<&char>| c.is_some_and(|&c| is_letter_or_digit(c));
    if word.starts_with(char::is_alphanumeric) && pos > 0 && glued(chars.get(pos - 1)) {
        return None;
    }
    if word.ends_with(char::is_alphanumeric) && glued(chars.get(i)) {
        return None;
    }
    Some(i)
}

/// Whether `c` is a letter or a digit: [`char::is_alphanumeric`], answered without its
/// Unicode tables for ASCII and the Latin letters of Vietnamese, which are every character of
/// a report and whose answer the tables would take most of the reading time to give.
pub(crate) fn is_letter_or_digit(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // Latin-1 Supplement letters (not × or ÷), Latin Extended-A and -B.
        0xC0..=0x24F => !matches!(c, '×' | '÷'),
        // Latin Extended Additional, where Vietnamese letters with tone marks are.
        0x1E00..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// Where `word` ends if `chars` spell it at `pos`, glued to its neighbours or not.
fn spelled_end(chars: &[char], pos: usize, word: &str, fold_case: bool) -> Option<usize> {
    let mut i = pos;
    for expected in word.chars() {
        if expected == ' ' {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            if i == start {
                return None;
            }
        } else {
            let found = *chars.get(i)?;
            if !same_letter(found, expected, fold_case) {
                return None;
            }
            i += 1;
        }
    }
    Some(i)
}

fn same_letter(found: char, expected: char, fold_case: bool) -> bool {
    found == expected
        || (fold_case
            && match (found.is_ascii(), expected.is_ascii()) {
                (true, true) => found.eq_ignore_ascii_case(&expected),
                // The Kelvin sign is the one character outside ASCII whose lower case is in
                // it; every other pair of an ASCII and another letter differs, which spares
                // the Unicode case tables most letters of a Vietnamese text.
                (true, false) | (false, true) => {
                    matches!((found, expected), ('\u{212A}', 'k' | 'K') | ('k' | 'K', '\u{212A}'))
                }
                (false, false) => found.to_lowercase().eq(expected.to_lowercase()),
            })
}

/// The words of a vocabulary table grouped by the lower case of their first letter, so that
/// a reader tries at a character only the words that can start there (see [`indexed_words`]).
pub(crate) struct FirstLetters {
    /// Per language (see [`lang_slot`]): each first letter's lower case, sorted, with the
    /// indices in the table of the words it can start, in table order.
    groups: [Vec<([char; 3], Vec<usize>)>; 2],
    /// Per language: the words a character of no group can start (words that begin with a
    /// space, which matches any whitespace), in table order.
    others: [Vec<usize>; 2],
}

impl FirstLetters {
    /// Groups `words`, a table's languages and spellings in table order.
    pub(crate) fn new<'a>(words: impl Iterator<Item = (Lang, &'a str)> + Clone) -> Self {
        let mut groups: [Vec<([char; 3], Vec<usize>)>; 2] = Default::default();
        let mut others: [Vec<usize>; 2] = Default::default();
        for (index, (lang, word)) in words.clone().enumerate() {
            let slot = lang_slot(lang);
            match word.chars().next().filter(|&c| c != ' ') {
                Some(first) => {
                    let key = fold_key(first);
                    match groups[slot].iter_mut().find(|(k, _)| *k == key) {
                        Some((_, indices)) => indices.push(index),
                        None => groups[slot].push((key, vec![index])),
                    }
                }
                None => others[slot].push(index),
            }
        }
        for (slot, always) in others.iter().enumerate() {
            for (_, indices) in &mut groups[slot] {
                indices.extend(always);
                indices.sort_unstable();
            }
            groups[slot].sort_unstable_by_key(|(key, _)| *key);
        }
        FirstLetters { groups, others }
    }

    /// The indices in the table of the words of `lang` that may be spelled from `found` on,
    /// in table order: every word [`word_end`] could find there.
    pub(crate) fn at(&self, lang: Lang, found: Option<&char>) -> &[usize] {
        let slot = lang_slot(lang);
        let group = found.and_then(|&c| {
            let key = fold_key(c);
            self.groups[slot].binary_search_by_key(&key, |(k, _)| *k).ok()
        });
        match group {
            Some(at) => &self.groups[slot][at].1,
            None => &self.others[slot],
        }
    }
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::Vi => 0,
        Lang::En => 1,
    }
}

/// The lower case of `c`, padded: two letters match in [`same_letter`] exactly when their
/// keys are equal (and when `fold_case` is off, equal letters have equal keys).
fn fold_key(c: char) -> [char; 3] {
    let mut key = ['\0'; 3];
    if c.is_ascii() {
        key[0] = c.to_ascii_lowercase();
    } else {
        for (slot, lower) in key.iter_mut().zip(c.to_lowercase()) {
            *slot = lower;
        }
    }
    key
}

/// The words of `$table` (a vocabulary table) grouped by first letter, built once.
macro_rules! indexed_words {
    ($table:expr) => {{
        static INDEX: std::sync::OnceLock<$crate::text::read::FirstLetters> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| $crate::text::read::FirstLetters::new($table.iter().map(|entry| (entry.0, entry.1))))
    }};
}
pub(crate) use indexed_words;

/// The words of `lang` in a vocabulary table, with their tags.
fn tagged<T: Copy>(table: &'static [(Lang, &'static str, T)], lang: Lang) -> impl Iterator<Item = (&'static str, T)> {
    table.iter().filter(move |(l, _, _)| *l == lang).map(|&(_, word, tag)| (word, tag))
}

/// The words of `lang` in a vocabulary table of words alone, with an empty tag.
pub(crate) fn untagged(table: &'static [(Lang, &'static str)], lang: Lang) -> impl Iterator<Item = (&'static str, ())> {
    table.iter().filter(move |(l, _)| *l == lang).map(|&(_, word)| (word, ()))
}

/// Reads the whole of `text` with `read`, allowing spaces around it.
fn read_all<T>(text: &str, lang: Lang, what: &str, read: impl FnOnce(&mut Cursor) -> Read<T>) -> Result<T> {
    // Most texts read are one figure: their characters fit on the stack, and reading a
    // number then allocates nothing (`parse_numbers` in Python reads them by the million).
    let mut on_stack = ['\0'; 48];
    let on_heap: Vec<char>;
    let chars: &[char] = if text.len() <= on_stack.len() {
        let mut count = 0;
        for (slot, ch) in on_stack.iter_mut().zip(text.chars()) {
            *slot = ch;
            count += 1;
        }
        &on_stack[..count]
    } else {
        on_heap = text.chars().collect();
        &on_heap
    };
    let composed = Composed::of(text);
    let chars = composed.as_ref().map_or(chars, Composed::chars);
    let mut cursor = Cursor::new(chars, 0, lang);
    cursor.skip_spaces();
    let value = read(&mut cursor).and_then(|value| expect_end(&mut cursor, what).map(|()| value));
    value.map_err(|mut failure| {
        if let Some(composed) = &composed {
            failure.offset = composed.given_offset(failure.offset);
        }
        failure.into_error(text)
    })
}

fn expect_end(c: &mut Cursor, what: &str) -> Read<()> {
    let end_of_figure = *c;
    c.skip_spaces();
    if c.peek().is_none() {
        return Ok(());
    }
    let (group, mark) = (c.lang.group_separator(), c.lang.decimal_mark());
    // A separator or a space only looks like part of a number right after a digit: after a
    // unit word (`10 tỷ đồng.`) it is just more text.
    let after_digit = end_of_figure.pos > 0 && end_of_figure.chars[end_of_figure.pos - 1].is_ascii_digit();
    let expected = match end_of_figure.peek() {
        _ if !after_digit => return Err(c.failure(format!("the end of the {what}"))),
        Some(ch) if ch == group => format!("3 digits after '{group}', which groups thousands in {}", language(c.lang)),
        Some(ch) if ch == mark => format!("a digit after the decimal mark '{mark}'"),
        Some(ch) if ch.is_whitespace() && c.peek_digit_at(0) => format!(
            "no space inside a number: {} groups thousands with '{group}' (1{group}234), never with a space",
            language(c.lang)
        ),
        _ => return Err(c.failure(format!("the end of the {what}"))),
    };
    Err(end_of_figure.failure(expected))
}

fn language(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Vietnamese",
        Lang::En => "English",
    }
}

/// Reads a number; see [`parse_number`] for the rules.
pub(crate) fn read_number(c: &mut Cursor) -> Read<Decimal> {
    let start = c.pos;
    let negative = read_sign(c).unwrap_or(false);
    if !c.peek_digit_at(0) {
        return Err(missing_digit(c, c.pos > start));
    }
    let mut digits = Digits::new();
    read_whole(c, start, &mut digits)?;
    read_fraction(c, &mut digits)?;
    digits.to_decimal(negative).ok_or_else(|| Failure {
        offset: start,
        expected: "a number of at most 28 significant digits, which is what a decimal holds exactly".to_string(),
    })
}

/// Reads a sign and says whether it was a minus; `None` when there is none.
fn read_sign(c: &mut Cursor) -> Option<bool> {
    let negative = match c.peek()? {
        '-' | '−' => true,
        '+' => false,
        _ => return None,
    };
    c.pos += 1;
    Some(negative)
}

fn missing_digit(c: &Cursor, after_sign: bool) -> Failure {
    let mark = c.lang.decimal_mark();
    match c.peek() {
        _ if after_sign => c.failure("a digit right after the sign"),
        Some(ch) if ch == mark || ch == c.lang.group_separator() => {
            c.failure(format!("a digit before '{ch}' (write 0{mark}5, not {mark}5)"))
        }
        _ => c.failure("a number"),
    }
}

/// Reads the integer part: ungrouped digits, or 1 to 3 digits and groups of exactly 3.
fn read_whole(c: &mut Cursor, start: usize, digits: &mut Digits) -> Read<()> {
    let first_at = c.pos;
    let first_len = c.take_digits(digits);
    let leading_zero = c.chars[first_at] == '0';
    let group = c.lang.group_separator();
    let mut grouped = false;
    while c.peek() == Some(group) && c.peek_digit_at(1) {
        let separator_at = c.pos;
        c.pos += 1;
        if c.take_digits(digits) != 3 {
            return Err(Failure {
                offset: separator_at,
                expected: format!(
                    "exactly 3 digits after '{group}', which groups thousands in {}{}",
                    language(c.lang),
                    decimal_hint(c, start)
                ),
            });
        }
        if !grouped && (first_len > 3 || leading_zero) {
            return Err(Failure {
                offset: first_at,
                expected: format!(
                    "1 to 3 digits, not starting with 0, before the first '{group}' that groups thousands{}",
                    decimal_hint(c, start)
                ),
            });
        }
        grouped = true;
    }
    Ok(())
}

/// Reads the decimal mark and the fraction digits, if any.
fn read_fraction(c: &mut Cursor, digits: &mut Digits) -> Read<()> {
    let (group, mark) = (c.lang.group_separator(), c.lang.decimal_mark());
    if c.peek() != Some(mark) || !c.peek_digit_at(1) {
        return Ok(());
    }
    c.pos += 1;
    digits.decimals = c.take_digits(digits);
    match c.peek() {
        Some(ch) if ch == mark && c.peek_digit_at(1) => {
            Err(c.failure(format!("the end of the number: it has one decimal mark '{mark}' at most")))
        }
        Some(ch) if ch == group && c.peek_digit_at(1) => Err(c.failure(format!(
            "no '{group}' after the decimal mark '{mark}': in {} '{group}' groups thousands before it",
            language(c.lang)
        ))),
        _ => Ok(()),
    }
}

/// "; did you mean 10,5?" when the number at `start` has one group separator and no decimal
/// mark, so that the writer probably meant a decimal mark.
fn decimal_hint(c: &Cursor, start: usize) -> String {
    let (group, mark) = (c.lang.group_separator(), c.lang.decimal_mark());
    let token: String = c.chars[start..]
        .iter()
        .enumerate()
        .take_while(|&(i, &ch)| {
            ch.is_ascii_digit()
                || (i == 0 && matches!(ch, '+' | '-' | '−'))
                || ((ch == group || ch == mark) && c.chars.get(start + i + 1).is_some_and(char::is_ascii_digit))
        })
        .map(|(_, &ch)| ch)
        .collect();
    let one_group = token.matches(group).count() == 1 && !token.contains(mark);
    if one_group {
        format!("; did you mean {}?", token.replace(group, &mark.to_string()))
    } else {
        String::new()
    }
}

/// The digits of a number as they are read, gathered into an integer and a count of decimals
/// so that reading a number allocates nothing.
struct Digits {
    /// Every digit read, whole part then fraction; `None` once they no longer fit a `u128`.
    mantissa: Option<u128>,
    decimals: usize,
}

impl Digits {
    fn new() -> Digits {
        Digits { mantissa: Some(0), decimals: 0 }
    }

    fn push(&mut self, digit: u32) {
        self.mantissa = self.mantissa.and_then(|m| m.checked_mul(10)?.checked_add(u128::from(digit)));
    }

    /// The number, exactly with its printed digits (`16,940` has scale 3); `None` when it does
    /// not fit a `Decimal` (96 bits of digits and at most 28 decimals). A minus zero is zero.
    fn to_decimal(&self, negative: bool) -> Option<Decimal> {
        let magnitude = i128::try_from(self.mantissa?).ok()?;
        let scale = u32::try_from(self.decimals).ok()?;
        Decimal::try_from_i128_with_scale(if negative { -magnitude } else { magnitude }, scale).ok()
    }
}

/// A unit word as the vocabulary lists it: a unit of the JSON format, or a counted noun.
#[derive(Debug, Clone, Copy)]
enum UnitWord {
    Json(&'static str),
    Count(&'static str),
}

/// The scale word and the unit word read after a number, either of which may be missing.
#[derive(Debug, Clone, Default)]
struct UnitWords {
    scale: Option<(Scale, usize)>,
    dimension: Option<(Dimension, usize)>,
}

fn scale_words(lang: Lang) -> impl Iterator<Item = (&'static str, Scale)> {
    let canonical = Scale::ALL.into_iter().skip(1).map(move |scale| (scale_word(scale, lang), scale));
    canonical.chain(tagged(SCALE_VARIANTS, lang))
}

fn unit_words(lang: Lang) -> impl Iterator<Item = (&'static str, UnitWord)> {
    let units = tagged(UNIT_SPELLINGS, lang).map(|(word, json)| (word, UnitWord::Json(json)));
    let counts = COUNT_NOUNS.iter().map(move |&(en, vi)| match lang {
        Lang::Vi => (vi, UnitWord::Count(en)),
        Lang::En => (en, UnitWord::Count(en)),
    });
    units.chain(counts)
}

/// Reads an optional scale word and an optional unit word, leaving the cursor after the last
/// one read.
fn read_unit_words(c: &mut Cursor) -> Read<UnitWords> {
    let mut words = UnitWords::default();
    let after_number = *c;
    c.skip_spaces();
    let scale_at = c.pos;
    match c.eat_longest(scale_words(c.lang), false) {
        Some(scale) => words.scale = Some((scale, scale_at)),
        None => *c = after_number,
    }
    let after_scale = *c;
    c.skip_spaces();
    let modified = c.lang == Lang::En && read_count_modifiers(c);
    let unit_at = c.pos;
    // Modifiers before a unit word are read only before a counted noun: "5 new USD" is no figure.
    let Some(word) =
        c.eat_longest(unit_words(c.lang), false).filter(|word| !modified || matches!(word, UnitWord::Count(_)))
    else {
        *c = after_scale;
        return Ok(words);
    };
    let per_year = || untagged(PER_YEAR, c.lang).any(|(word, ())| spelled_end(c.chars, c.pos, word, true).is_some());
    if c.peek() == Some('/') && !per_year() {
        return Err(c.failure("no '/' after a unit: a figure per unit, such as USD/tấn, is not read"));
    }
    let dimension = match word {
        UnitWord::Json(json) => {
            json.parse::<Unit>().map_err(|e| Failure { offset: unit_at, expected: e.to_string() })?.dimension().clone()
        }
        UnitWord::Count(noun) => {
            if c.lang == Lang::Vi {
                read_count_modifiers(c);
            }
            Dimension::Count(noun.into())
        }
    };
    words.dimension = Some((dimension, unit_at));
    Ok(words)
}

/// Reads the modifiers of a counted noun ([`COUNT_MODIFIERS`]) and says whether there was one:
/// in English before the noun, each followed by spaces (`new ` in `2,150 new enterprises`); in
/// Vietnamese after it, each after spaces (` nội địa` in `4,6 triệu lượt khách nội địa`). The
/// cursor does not move when there is none.
fn read_count_modifiers(c: &mut Cursor) -> bool {
    let start = c.pos;
    match c.lang {
        Lang::En => while c.eat_word_then_space(untagged(COUNT_MODIFIERS, Lang::En)).is_some() {},
        Lang::Vi => loop {
            let saved = *c;
            c.skip_spaces();
            if c.eat_longest(untagged(COUNT_MODIFIERS, Lang::Vi), true).is_none() {
                *c = saved;
                break;
            }
        },
    }
    c.pos > start
}

/// Reads the scale word and unit after a number; the unit is required.
fn read_unit(c: &mut Cursor) -> Read<Unit> {
    let words = read_unit_words(c)?;
    let Some((dimension, _)) = words.dimension else {
        let mut at_next_word = *c;
        at_next_word.skip_spaces();
        return Err(at_next_word.failure(expected_unit(c.lang)));
    };
    unit_in_scale(dimension, words.scale)
}

fn unit_in_scale(dimension: Dimension, scale: Option<(Scale, usize)>) -> Read<Unit> {
    let (scale, scale_at) = scale.unwrap_or((Scale::One, 0));
    Unit::new(dimension, scale).map_err(|e| Failure { offset: scale_at, expected: format!("no scale word here: {e}") })
}

fn expected_unit(lang: Lang) -> String {
    let scales: Vec<&str> = scale_words(lang).map(|(word, _)| word).collect();
    let units: Vec<&str> = tagged(UNIT_SPELLINGS, lang).map(|(word, _)| word).collect();
    let example = match lang {
        Lang::Vi => COUNT_NOUNS[0].1,
        Lang::En => COUNT_NOUNS[0].0,
    };
    format!(
        "a unit ({}, or a counted noun such as {example}) after an optional scale word ({})",
        units.join(", "),
        scales.join(", ")
    )
}

/// The bound of a figure printed with no qualifier: exact for a plain count, as printed else.
fn plain_bound(value: Decimal, unit: &Unit) -> Bound {
    let plain_count =
        matches!(unit.dimension(), Dimension::Count(_)) && unit.scale() == Scale::One && value.scale() == 0;
    if plain_count {
        Bound::Exact
    } else {
        Bound::AsPrinted
    }
}

fn read_qualifier(c: &mut Cursor) -> Option<Bound> {
    c.eat_word_then_space(tagged(QUALIFIERS, c.lang))
}

/// Reads a qualifier before a figure, or a word that makes it a lower limit ("from 10%").
/// Says which, so that a lower limit can be refused when the text goes on "… to 12%".
fn read_bound_before(c: &mut Cursor) -> Option<(Bound, bool)> {
    if let Some(bound) = read_qualifier(c) {
        return Some((bound, false));
    }
    c.eat_word_then_space(untagged(FROM_QUALIFIERS, c.lang)).map(|()| (Bound::AtLeast, true))
}

/// The bound of a figure from the qualifiers before and after it ("từ 10% trở lên"), or its
/// plain bound. Two qualifiers that disagree ("hơn 10% trở xuống") are refused.
fn read_bound_after(c: &mut Cursor, before: Option<(Bound, bool)>, value: Decimal, unit: &Unit) -> Read<Bound> {
    let saved = *c;
    c.skip_spaces();
    let after_at = c.pos;
    let after = c.eat_longest(tagged(AFTER_QUALIFIERS, c.lang), true);
    if after.is_none() {
        *c = saved;
    }
    match (before, after) {
        (Some((before, _)), Some(after)) if before != after => Err(Failure {
            offset: after_at,
            expected: "no second qualifier that contradicts the one before the figure".to_string(),
        }),
        (Some((_, true)), None) if next_word_moves_on(c) => {
            Err(c.failure("a lower limit (\"from 10%\") that does not go on to a second figure"))
        }
        (Some((bound, _)), _) | (None, Some(bound)) => Ok(bound),
        (None, None) => Ok(plain_bound(value, unit)),
    }
}

/// Whether the next word carries a "from … to …" on: `lên`, `xuống`, `đến`, `tới`, "to".
fn next_word_moves_on(c: &Cursor) -> bool {
    let mut probe = *c;
    probe.skip_spaces();
    let words = [("lên", ()), ("xuống", ()), ("đến", ()), ("tới", ()), ("to", ())];
    probe.eat_longest(words, true).is_some()
}

/// A figure read from running text, with what the words around its number say of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) figure: Figure,
    /// A change: after a growth verb or noun, or signed where a sign was allowed.
    pub(crate) change: bool,
    /// A rate per year: `7%/năm`, `an average of 8% a year`.
    pub(crate) average: bool,
    pub(crate) comparison: Option<Comparison>,
    pub(crate) span: Option<(i32, i32)>,
}

/// One figure, or the two ends of a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Figure {
    Point(Quantity),
    Range(Quantity, Quantity),
}

impl Reading {
    fn of(figure: Figure, change: bool, comparison: Option<Comparison>) -> Reading {
        Reading { figure, change, average: false, comparison, span: None }
    }

    fn point(self) -> Quantity {
        match self.figure {
            Figure::Point(quantity) | Figure::Range(quantity, _) => quantity,
        }
    }
}

/// Reads a growth verb (and an English "by") and says whether it means a fall.
pub(crate) fn read_verb(c: &mut Cursor) -> Option<bool> {
    let lang = c.lang;
    let falling = c.eat_word_then_space(tagged(GROWTH_VERBS, lang))?;
    c.eat_word_then_space(untagged(GROWTH_LINKS, lang));
    Some(falling)
}

/// Reads what makes a figure a change, a verb ("rose by") or an English noun ("an increase
/// of", "a year-on-year rise of"), and says whether it is a fall and what the noun's adjective
/// compares with.
pub(crate) fn read_change_words(c: &mut Cursor) -> ChangeWords {
    if let Some(falling) = read_verb(c) {
        return Some((falling, None));
    }
    let saved = *c;
    let lang = c.lang;
    c.eat_word_then_space([("a", ()), ("an", ())]);
    let comparison = c.eat_word_then_space(tagged(COMPARISON_ADJECTIVES, lang));
    let noun = c.eat_word_then_space(tagged(GROWTH_NOUNS, lang));
    match noun {
        Some(falling) if c.eat_word_then_space([("of", ())]).is_some() => Some((falling, comparison)),
        _ => {
            *c = saved;
            None
        }
    }
}

/// Reads what a figure is compared with, if the text says it right after the figure:
/// `so với cùng kỳ năm 2023`, `kế hoạch năm`, "year-on-year", "of the plan".
fn read_comparison(c: &mut Cursor) -> Option<Comparison> {
    let saved = *c;
    c.skip_spaces();
    let Some(comparison) = c.eat_longest(tagged(COMPARISONS, c.lang), true) else {
        *c = saved;
        return None;
    };
    read_year_after(c);
    Some(comparison)
}

/// Reads a year after a Vietnamese comparison (`so với cùng kỳ năm 2023`, `kế hoạch năm
/// 2024`): four digits, after `năm` unless the comparison already ends with it.
fn read_year_after(c: &mut Cursor) {
    let saved = *c;
    c.skip_spaces();
    let ends_with_year_word = saved.pos > 0 && word_end(c.chars, saved.pos.saturating_sub(3), "năm", true).is_some();
    if !ends_with_year_word && c.eat_word_then_space([("năm", ())]).is_none() {
        *c = saved;
        return;
    }
    if read_year(c).is_none() {
        *c = saved;
    }
}

/// Reads four digits standing alone as a year.
fn read_year(c: &mut Cursor) -> Option<i32> {
    let digits = c.chars.get(c.pos..c.pos + 4)?;
    if !digits.iter().all(char::is_ascii_digit)
        || c.peek_digit_at(4)
        || c.chars.get(c.pos + 4).is_some_and(|ch| ch.is_alphabetic())
    {
        return None;
    }
    let year = digits.iter().fold(0, |year, d| year * 10 + d.to_digit(10).map_or(0, |d| d as i32));
    c.pos += 4;
    Some(year)
}

/// Reads the years of an average's span: `giai đoạn 2021–2025`, "over the 2021-2025 period".
pub(crate) fn read_span(c: &mut Cursor) -> Option<(i32, i32)> {
    let saved = *c;
    let span = (|| {
        c.skip_spaces();
        c.eat_word_then_space(untagged(SPAN_OPENERS, c.lang))?;
        let first = read_year(c)?;
        c.skip_spaces();
        let joiners = untagged(RANGE_JOINERS, c.lang).chain([("and", ())]);
        c.eat_longest(joiners, true)?;
        c.skip_spaces();
        let last = read_year(c)?;
        let before_closer = *c;
        c.skip_spaces();
        if c.eat_longest(untagged(SPAN_CLOSERS, c.lang), true).is_none() {
            *c = before_closer;
        }
        (first < last).then_some((first, last))
    })();
    if span.is_none() {
        *c = saved;
    }
    span
}

/// Reads a money figure printed currency first: `$34.5 billion`, `US$1.2bn`, `VND72 trillion`.
fn read_money_first(c: &mut Cursor) -> Option<Read<(Decimal, Unit)>> {
    let code = read_money_prefix(c)?;
    Some((|| {
        let value = read_number(c)?;
        let scale = read_money_scale(c);
        Ok((value, money_unit(c, code, scale)?))
    })())
}

/// Reads a currency printed before a number and the spaces after it, and returns its code;
/// reads nothing unless a digit follows.
fn read_money_prefix(c: &mut Cursor) -> Option<&'static str> {
    let lang = c.lang;
    let (end, code) = MONEY_PREFIXES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .filter_map(|&(_, word, code)| money_prefix_end(c, word).map(|end| (end, code)))
        .max_by_key(|(end, _)| *end)?;
    let mut after = Cursor { pos: end, ..*c };
    after.skip_spaces();
    if !after.peek_digit_at(0) {
        return None;
    }
    *c = after;
    Some(code)
}

/// The unit of money in the currency `code` at `scale`. Vietnamese prints a currency first
/// only before a scale word (`USD 34,8 tỷ`): `tỷ giá USD 25.000 đồng` is no money in dollars.
fn money_unit(c: &Cursor, code: &str, scale: Scale) -> Read<Unit> {
    if c.lang == Lang::Vi && scale == Scale::One {
        return Err(c.failure("a scale word (triệu, tỷ) after money printed currency first"));
    }
    let currency = code.parse().map_err(|e: Error| c.failure(e.to_string()))?;
    Unit::new(Dimension::Money(currency), scale).map_err(|e| c.failure(e.to_string()))
}

/// Where a currency written before a number ends: `$`, `US$`, `USD` glued to the number or
/// not, but not glued to a letter before it (`A$`, `BUSD`).
fn money_prefix_end(c: &Cursor, word: &str) -> Option<usize> {
    let end = spelled_end(c.chars, c.pos, word, false)?;
    let glued_before = c.pos > 0 && c.chars[c.pos - 1].is_alphanumeric();
    let glued_after = c.chars.get(end).is_some_and(|ch| ch.is_alphabetic());
    (!glued_before && !glued_after).then_some(end)
}

/// Reads the scale after money printed currency first: a scale word, or an abbreviation
/// (`bn`, `m`) glued to the number or not.
fn read_money_scale(c: &mut Cursor) -> Scale {
    let lang = c.lang;
    let words = || scale_words(lang).chain(tagged(MONEY_SCALES, lang));
    let glued = words()
        .filter_map(|(word, scale)| {
            let end = spelled_end(c.chars, c.pos, word, true)?;
            (!c.chars.get(end).is_some_and(|ch| ch.is_alphanumeric())).then_some((end, scale))
        })
        .max_by_key(|(end, _)| *end);
    if let Some((end, scale)) = glued {
        c.pos = end;
        return scale;
    }
    let saved = *c;
    c.skip_spaces();
    match c.eat_longest(words(), true) {
        Some(scale) if saved.pos < c.pos => scale,
        _ => {
            *c = saved;
            Scale::One
        }
    }
}

/// Reads a number and its unit, either way round: `34,5 tỷ USD` or `US$34.5 billion`.
fn read_amount(c: &mut Cursor) -> Read<(Decimal, Unit)> {
    if let Some(money) = read_money_first(c) {
        return money;
    }
    let value = read_number(c)?;
    let unit = read_unit(c)?;
    Ok((value, unit))
}

/// Reads a quantity; see [`parse_quantity`].
pub(crate) fn read_quantity(c: &mut Cursor) -> Read<Quantity> {
    let before = read_bound_before(c);
    let (value, unit) = read_amount(c).map_err(|failure| with_growth_hint(c, failure))?;
    let bound = read_bound_after(c, before, value, &unit)?;
    Ok(Quantity::new(value, unit, bound))
}

fn with_growth_hint(c: &Cursor, failure: Failure) -> Failure {
    let mut probe = *c;
    if read_verb(&mut probe).is_none() {
        return failure;
    }
    Failure {
        expected: format!("{}; a change such as \"tăng 11,4%\" is read by parse_growth", failure.expected),
        ..failure
    }
}

/// Why a signed number after a verb of change is refused.
const SIGN_AFTER_VERB: &str = "a number with no sign: the verb before it already says which way the figure moved";

/// Reads a change; see [`parse_growth`]. Running text needs the verb or noun
/// (`verb_required`): a bare signed figure there is a level.
fn read_growth(c: &mut Cursor, verb_required: bool) -> Read<Reading> {
    let words = read_change_words(c);
    read_growth_after(c, words, verb_required)
}

/// [`read_growth`] after its verb or noun, read by the caller.
fn read_growth_after(c: &mut Cursor, words: ChangeWords, verb_required: bool) -> Read<Reading> {
    let verb_at = c.pos;
    let before = read_bound_before(c);
    let signed = matches!(c.peek(), Some('+' | '-' | '−'));
    match words {
        None if verb_required || !signed => {
            return Err(Failure { offset: verb_at, expected: expected_verb(c.lang) });
        }
        Some(_) if signed => {
            return Err(c.failure(SIGN_AFTER_VERB));
        }
        _ => {}
    }
    let (value, unit) = read_amount(c)?;
    let bound = read_bound_after(c, before, value, &unit)?;
    let comparison = read_comparison(c).or(words.and_then(|(_, adjective)| adjective));
    let quantity = Quantity::new(value, unit, bound);
    let falling = words.is_some_and(|(falling, _)| falling);
    let quantity = if falling { negated(&quantity) } else { quantity };
    Ok(Reading::of(Figure::Point(quantity), true, comparison))
}

/// Reads a rate per year: an optional verb, an optional "bình quân" / "an average of", a
/// percentage or a range of them, then "/năm" / "a year" unless the opener said "annual", then
/// the optional years of its span.
fn read_average_after(c: &mut Cursor, words: ChangeWords) -> Read<Reading> {
    let start = c.pos;
    let opener = c.eat_word_then_space(tagged(AVERAGE_OPENERS, c.lang));
    // "tăng bình quân 8%" and "bình quân tăng 8%" both occur.
    let words = words.or_else(|| opener.and_then(|_| read_change_words(c)));
    // Most positions of a text start no figure: say so before trying a range and a point.
    let mut probe = *c;
    if words.is_none() && opener.is_none() && !c.peek_digit_at(0) && read_bound_before(&mut probe).is_none() {
        return Err(c.failure("a rate per year"));
    }
    let falling = words.is_some_and(|(falling, _)| falling);
    let mut ends = *c;
    let figure = match read_range_after(&mut ends, None) {
        Ok((low, high, _)) => {
            *c = ends;
            if falling {
                Figure::Range(negated(&high), negated(&low))
            } else {
                Figure::Range(low, high)
            }
        }
        Err(_) => {
            let before = read_bound_before(c);
            let value = read_number(c)?;
            let unit = read_unit(c)?;
            let bound = read_bound_after(c, before, value, &unit)?;
            let quantity = Quantity::new(value, unit, bound);
            Figure::Point(if falling { negated(&quantity) } else { quantity })
        }
    };
    let (Figure::Point(rate) | Figure::Range(rate, _)) = &figure;
    if *rate.unit().dimension() != Dimension::Percent {
        return Err(Failure { offset: start, expected: "a percentage for a rate per year".to_string() });
    }
    if !read_per_year(c) && opener != Some(true) {
        return Err(c.failure("a rate per year (/năm, a year)"));
    }
    let span = read_span(c);
    Ok(Reading { figure, change: true, average: true, comparison: None, span })
}

/// Whether a percentage with no verb is a change by what it is compared with: English "3.2%
/// y/y" is a growth; Vietnamese "bằng 112% so với cùng kỳ" is the level as a share of last
/// year's.
fn changes_in_english(lang: Lang, comparison: Option<Comparison>) -> bool {
    lang == Lang::En && matches!(comparison, Some(Comparison::SamePeriod | Comparison::PreviousPeriod))
}

/// Reads "/năm", "mỗi năm", "a year", "per annum" after a rate; not "a year ago".
fn read_per_year(c: &mut Cursor) -> bool {
    let saved = *c;
    c.skip_spaces();
    if c.eat_longest(untagged(PER_YEAR, c.lang), true).is_none() {
        *c = saved;
        return false;
    }
    let mut probe = *c;
    probe.skip_spaces();
    let looking_back = [("ago", ()), ("earlier", ()), ("before", ()), ("later", ())];
    if probe.eat_longest(looking_back, true).is_some() {
        *c = saved;
        return false;
    }
    true
}

/// Reads the figure that starts here in running text: an average, a range, a change or a
/// quantity, tried in that order so that the longest reading wins (`tăng 13 - 14%` is a range,
/// not `13`). A percentage may be followed by what it is compared with (`đạt 105% kế hoạch`).
pub(crate) fn read_figure(chars: &[char], pos: usize, lang: Lang) -> Option<(Reading, usize)> {
    if !chars.get(pos).is_some_and(|&first| may_begin_figure(first, lang)) {
        return None;
    }
    // The verb or noun of a change is read once for every reader that may take it.
    let mut opened = Cursor::new(chars, pos, lang);
    let words = read_change_words(&mut opened);
    if words.is_none() && !may_open_figure(opened) {
        return None;
    }
    let attempt = |read: &dyn Fn(&mut Cursor) -> Read<Reading>| {
        let mut cursor = opened;
        read(&mut cursor).ok().map(|reading| (reading, cursor.pos()))
    };
    attempt(&|c| read_average_after(c, words))
        .or_else(|| {
            attempt(&|c| {
                let (low, high, (change, comparison)) = read_range_after(c, words)?;
                let change = change || changes_in_english(lang, comparison);
                Ok(Reading::of(Figure::Range(low, high), change, comparison))
            })
        })
        .or_else(|| attempt(&|c| read_growth_after(c, words, true)))
        .or_else(|| {
            // A verb that reads as no change may still start a quantity: "up to 10%".
            let mut c = Cursor::new(chars, pos, lang);
            let quantity = read_quantity(&mut c).ok()?;
            let percent = *quantity.unit().dimension() == Dimension::Percent;
            if percent {
                if let Some(falling) = read_noun_after(&mut c) {
                    let quantity = if falling { negated(&quantity) } else { quantity };
                    return Some((Reading::of(Figure::Point(quantity), true, None), c.pos()));
                }
            }
            let comparison = if percent { read_comparison(&mut c) } else { None };
            let reading = Reading::of(Figure::Point(quantity), changes_in_english(lang, comparison), comparison);
            Some((reading, c.pos()))
        })
}

/// Reads an English noun of change right after a percentage, "a 9.2% rise", "a 3% drop", and
/// returns whether it is a fall.
fn read_noun_after(c: &mut Cursor) -> Option<bool> {
    let saved = *c;
    c.skip_spaces();
    let falling = c.eat_longest(tagged(GROWTH_NOUNS, c.lang), true);
    if falling.is_none() || c.lang != Lang::En {
        *c = saved;
        return None;
    }
    falling
}

/// Whether a figure may begin with `first`: a digit, a sign, a currency sign, or the first
/// letter (either case) of a word that may open a figure in `lang`. One look at a table of
/// letters spares most positions of prose every reader.
fn may_begin_figure(first: char, lang: Lang) -> bool {
    static FIRST_LETTERS: std::sync::OnceLock<[Vec<char>; 2]> = std::sync::OnceLock::new();
    if first.is_ascii_digit() || matches!(first, '+' | '-' | '−') {
        return true;
    }
    let letters = FIRST_LETTERS.get_or_init(|| [Lang::Vi, Lang::En].map(first_letters));
    let letters = &letters[usize::from(lang == Lang::En)];
    first.to_lowercase().all(|lower| letters.binary_search(&lower).is_ok())
}

/// The first letters, lower-cased and sorted, of every word that may open a figure in `lang`.
fn first_letters(lang: Lang) -> Vec<char> {
    let words = tagged(GROWTH_VERBS, lang)
        .map(|(word, _)| word)
        .chain(tagged(GROWTH_NOUNS, lang).map(|(word, _)| word))
        .chain(tagged(COMPARISON_ADJECTIVES, lang).map(|(word, _)| word))
        .chain(tagged(QUALIFIERS, lang).map(|(word, _)| word))
        .chain(untagged(FROM_QUALIFIERS, lang).map(|(word, ())| word))
        .chain(tagged(RANGE_OPENERS, lang).map(|(word, _)| word))
        .chain(tagged(AVERAGE_OPENERS, lang).map(|(word, _)| word))
        .chain(tagged(MONEY_PREFIXES, lang).map(|(word, _)| word))
        .chain(["a", "an"]);
    let mut letters: Vec<char> = words.flat_map(|word| word.chars().take(1).flat_map(char::to_lowercase)).collect();
    letters.sort_unstable();
    letters.dedup();
    letters
}

/// The words of a change read at a position, if any: whether it is a fall, and what a noun's
/// adjective compares with.
type ChangeWords = Option<(bool, Option<Comparison>)>;

/// Whether a figure with no verb or noun of change may start here: a number, a sign, a
/// qualifier, an opener of a range or an average, or a currency printed first. Most positions
/// of a text are none of these, and need no reader tried.
fn may_open_figure(c: Cursor) -> bool {
    if matches!(c.peek(), Some('0'..='9' | '+' | '-' | '−')) {
        return true;
    }
    let lang = c.lang;
    let (mut qualified, mut ranged, mut averaged) = (c, c, c);
    read_bound_before(&mut qualified).is_some()
        || read_opener(&mut ranged).is_some()
        || averaged.eat_word_then_space(tagged(AVERAGE_OPENERS, lang)).is_some()
        || MONEY_PREFIXES.iter().any(|&(l, word, _)| l == lang && money_prefix_end(&c, word).is_some())
}

fn expected_verb(lang: Lang) -> String {
    let verbs: Vec<&str> = tagged(GROWTH_VERBS, lang).map(|(word, _)| word).collect();
    format!("a verb ({}) or a sign before the figure of a change", verbs.join(", "))
}

/// The quantity with its sign turned: a fall of more than 2% is a change of less than −2%.
fn negated(quantity: &Quantity) -> Quantity {
    let bound = quantity.bound().mirrored();
    let value = if quantity.value().is_zero() { quantity.value() } else { -quantity.value() };
    Quantity::new(value, quantity.unit().clone(), bound)
}

/// Reads a range and what it changes and compares with; see [`parse_range`].
fn read_range(c: &mut Cursor) -> Read<(Quantity, Quantity, (bool, Option<Comparison>))> {
    let words = read_change_words(c);
    read_range_after(c, words)
}

/// [`read_range`] after its verb or noun, read by the caller.
fn read_range_after(c: &mut Cursor, words: ChangeWords) -> Read<(Quantity, Quantity, (bool, Option<Comparison>))> {
    // A qualifier before a range qualifies both ends: "giảm khoảng 2 - 3%".
    let qualifier = read_qualifier(c);
    let opener = read_opener(c);
    let low_at = c.pos;
    // "fell between -2% and -1%" says the way twice: refused, as a signed point after a verb is.
    let signed = |c: &Cursor| words.is_some() && matches!(c.peek(), Some('+' | '-' | '−'));
    if signed(c) {
        return Err(c.failure(SIGN_AFTER_VERB));
    }
    // Money printed currency first has its currency before the low end, and maybe again
    // before the high end, and its scale after either: "US$1.5-2 billion", "$1 billion to $2 billion".
    let money = read_money_prefix(c);
    let low_value = read_number(c)?;
    let low_words = match money {
        // The low end's currency is the high end's; its scale too unless it prints one.
        Some(_) => {
            let scale_at = c.pos;
            let scale = read_money_scale(c);
            UnitWords { scale: (scale != Scale::One).then_some((scale, scale_at)), dimension: None }
        }
        None => read_unit_words(c)?,
    };
    read_joiner(c, opener)?;
    if signed(c) {
        return Err(c.failure(SIGN_AFTER_VERB));
    }
    let high_unit = match money {
        Some(code) => {
            if read_money_prefix(c).is_some_and(|again| again != code) {
                return Err(c.failure(format!("the currency of the lower end ({code}) at both ends of a range")));
            }
            let value = read_number(c)?;
            let scale = read_money_scale(c);
            let unit = money_unit(c, code, scale)?;
            if c.peek() == Some('%') {
                return Err(c.failure("money at both ends of a range that starts with a currency"));
            }
            (value, unit)
        }
        None => (read_number(c)?, read_unit(c)?),
    };
    let (high_value, high_unit) = high_unit;
    let compared = words.is_some() || *high_unit.dimension() == Dimension::Percent;
    let comparison = if compared { read_comparison(c) } else { None }.or(words.and_then(|(_, adjective)| adjective));
    let low_unit = low_unit(low_words, &high_unit)?;
    let low =
        Quantity::new(low_value, low_unit.clone(), qualifier.unwrap_or_else(|| plain_bound(low_value, &low_unit)));
    let high =
        Quantity::new(high_value, high_unit.clone(), qualifier.unwrap_or_else(|| plain_bound(high_value, &high_unit)));
    check_order(&low, &high, low_at)?;
    let (low, high) = match words {
        Some((true, _)) => (negated(&high), negated(&low)),
        _ => (low, high),
    };
    Ok((low, high, (words.is_some(), comparison)))
}

/// Reads a word that opens a range ("từ", "from", "between") and returns it.
fn read_opener(c: &mut Cursor) -> Option<&'static str> {
    c.eat_word_then_space(tagged(RANGE_OPENERS, c.lang).map(|(opener, _)| (opener, opener)))
}

/// Reads what joins the ends of a range: the joiner of `opener` if there was one ("từ 9 đến
/// 10"), else a dash or a plain joining word.
fn read_joiner(c: &mut Cursor, opener: Option<&'static str>) -> Read<()> {
    let lang = c.lang;
    c.skip_spaces();
    let joiners: Vec<&'static str> = match opener {
        Some(opener) => tagged(RANGE_OPENERS, lang).filter(|(o, _)| *o == opener).map(|(_, joiner)| joiner).collect(),
        None => untagged(RANGE_JOINERS, lang).map(|(joiner, ())| joiner).collect(),
    };
    if c.eat_longest(joiners.iter().map(|&j| (j, ())), true).is_none() {
        return Err(c.failure(format!("a word or dash joining the two ends of a range ({})", joiners.join(", "))));
    }
    c.skip_spaces();
    Ok(())
}

/// The unit of a range's lower end: its own, or the higher end's where it wrote none.
fn low_unit(words: UnitWords, high: &Unit) -> Read<Unit> {
    match words.dimension {
        Some((dimension, at)) if &dimension != high.dimension() => Err(Failure {
            offset: at,
            expected: format!("the unit of the higher end ({high}) at both ends of a range"),
        }),
        Some((dimension, _)) => unit_in_scale(dimension, words.scale),
        None => {
            let scale = words.scale.or(Some((high.scale(), 0)));
            unit_in_scale(high.dimension().clone(), scale)
        }
    }
}

fn check_order(low: &Quantity, high: &Quantity, low_at: usize) -> Read<()> {
    let out_of_order =
        || Failure { offset: low_at, expected: "a range written from its lower end to its higher end".to_string() };
    let low_in_high_unit = low.to(high.unit()).map_err(|_| out_of_order())?;
    if low_in_high_unit.value() < high.value() {
        Ok(())
    } else {
        Err(out_of_order())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::format::{format_decimal, format_quantity};
    use proptest::prelude::*;

    fn d(text: &str) -> Decimal {
        crate::value::parse_decimal(text).unwrap()
    }

    fn q(value: &str, unit: &str, bound: Bound) -> Quantity {
        Quantity::new(d(value), unit.parse().unwrap(), bound)
    }

    /// The quick answers agree with the Unicode tables for every character: letters and digits
    /// with `is_alphanumeric`, case-folded letters with lower-casing both.
    #[test]
    fn quick_letter_checks_agree_with_unicode() {
        let every: Vec<char> = (0..=0x10FFFF).filter_map(char::from_u32).collect();
        for &c in &every {
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
        for &found in &every {
            for expected in ['a', 'i', 'k', 'K', 's', 'ă', 'đ', 'Đ', 'ệ', '\u{212A}'] {
                let oracle = found == expected || found.to_lowercase().eq(expected.to_lowercase());
                assert_eq!(same_letter(found, expected, true), oracle, "{found:?} {expected:?}");
            }
        }
    }

    /// The offset and the expected-text of a refusal, checking that the error names the text.
    fn refusal<T: std::fmt::Debug>(result: Result<T>, text: &str) -> (usize, String) {
        match result {
            Err(Error::Parse { text: named, offset, expected, .. }) => {
                assert_eq!(named, text);
                (offset, expected)
            }
            other => panic!("{text:?} should be refused, got {other:?}"),
        }
    }

    #[test]
    fn numbers_read_as_each_language_prints_them() {
        let cases = [
            ("351.640", Lang::Vi, "351640"),
            ("16,94", Lang::Vi, "16.94"),
            ("16,940", Lang::Vi, "16.940"),
            ("1.234.567,891", Lang::Vi, "1234567.891"),
            ("351640", Lang::Vi, "351640"),
            ("05", Lang::Vi, "5"),
            ("0,5", Lang::Vi, "0.5"),
            ("351,640", Lang::En, "351640"),
            ("16.94", Lang::En, "16.94"),
            ("1,234,567.891", Lang::En, "1234567.891"),
            ("-2,1", Lang::Vi, "-2.1"),
            ("−2,1", Lang::Vi, "-2.1"),
            ("+2,1", Lang::Vi, "2.1"),
            ("\u{a0}16,94\u{202f}", Lang::Vi, "16.94"),
            ("\u{2009} 7.6 \t", Lang::En, "7.6"),
            ("79.228.162.514.264.337.593.543.950.335", Lang::Vi, "79228162514264337593543950335"),
            ("-0,0000000000000000000000000001", Lang::Vi, "-0.0000000000000000000000000001"),
            ("-0,00", Lang::Vi, "0.00"),
        ];
        for (text, lang, expected) in cases {
            let value = parse_number(text, lang).unwrap();
            assert_eq!(value.to_string(), expected, "{text:?}");
        }
    }

    #[test]
    fn malformed_numbers_are_refused_at_the_offending_character() {
        let cases = [
            ("10.5", Lang::Vi, 2, "did you mean 10,5?"),
            ("10,5", Lang::En, 2, "did you mean 10.5?"),
            ("1.2.3", Lang::Vi, 1, "exactly 3 digits after '.'"),
            ("1,2,3", Lang::Vi, 3, "one decimal mark"),
            ("1,2,3", Lang::En, 1, "exactly 3 digits after ','"),
            ("1.2345", Lang::Vi, 1, "did you mean 1,2345?"),
            ("1234.567", Lang::Vi, 0, "1 to 3 digits"),
            ("0.640", Lang::Vi, 0, "did you mean 0,640?"),
            ("1,234.5", Lang::Vi, 5, "no '.' after the decimal mark"),
            ("", Lang::Vi, 0, "a number"),
            ("   ", Lang::Vi, 3, "a number"),
            ("abc", Lang::En, 0, "a number"),
            (",5", Lang::Vi, 0, "write 0,5"),
            ("-", Lang::Vi, 1, "right after the sign"),
            ("- 5", Lang::Vi, 1, "right after the sign"),
            ("10.", Lang::Vi, 2, "3 digits after '.'"),
            ("10,", Lang::Vi, 2, "a digit after the decimal mark"),
            ("1 234", Lang::Vi, 1, "no space inside a number"),
            ("1\u{a0}234", Lang::En, 1, "no space inside a number"),
            ("10 tỷ", Lang::Vi, 3, "the end of the number"),
            ("5/3/2025", Lang::Vi, 1, "the end of the number"),
            ("10:15", Lang::Vi, 2, "the end of the number"),
            ("12345678901234567890123456789012", Lang::En, 0, "28 significant digits"),
            ("0,12345678901234567890123456789", Lang::Vi, 0, "28 significant digits"),
            ("79228162514264337593543950336", Lang::En, 0, "28 significant digits"),
            ("-1234567890123456789012345678901234567890", Lang::En, 0, "28 significant digits"),
        ];
        for (text, lang, offset, expected) in cases {
            let (at, message) = refusal(parse_number(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "hơn 2,79 tỷ đồng thôi";
        let (offset, message) = refusal(parse_quantity(text, Lang::Vi), text);
        assert_eq!(offset, 17);
        assert!(message.contains("the end of the quantity"), "{message}");
    }

    #[test]
    fn every_qualifier_gives_its_bound() {
        for &(lang, word, bound) in crate::text::vocabulary::QUALIFIERS {
            let number = if lang == Lang::Vi { "2,5" } else { "2.5" };
            let text = format!("{word} {number}%");
            let quantity = parse_quantity(&text, lang).unwrap();
            assert_eq!(quantity.bound(), bound, "{text}");
            assert_eq!(quantity.value(), d("2.5"), "{text}");
        }
        assert_eq!(parse_quantity("Hơn 30 khu công nghiệp", Lang::Vi).unwrap().bound(), Bound::MoreThan);
        assert_eq!(parse_quantity("More than 99%", Lang::En).unwrap().bound(), Bound::MoreThan);
    }

    #[test]
    fn every_scale_word_gives_its_scale() {
        let cases = [
            ("1 nghìn đồng", Lang::Vi, "thousand VND"),
            ("1 ngàn đồng", Lang::Vi, "thousand VND"),
            ("1 triệu đồng", Lang::Vi, "million VND"),
            ("1 tỷ đồng", Lang::Vi, "billion VND"),
            ("1 tỉ đồng", Lang::Vi, "billion VND"),
            ("1 nghìn tỷ đồng", Lang::Vi, "trillion VND"),
            ("1 ngàn tỷ đồng", Lang::Vi, "trillion VND"),
            ("1 nghìn tỉ đồng", Lang::Vi, "trillion VND"),
            ("1 ngàn tỉ đồng", Lang::Vi, "trillion VND"),
            ("1 thousand VND", Lang::En, "thousand VND"),
            ("1 million VND", Lang::En, "million VND"),
            ("1 billion VND", Lang::En, "billion VND"),
            ("1 trillion VND", Lang::En, "trillion VND"),
            ("1 đồng", Lang::Vi, "VND"),
        ];
        for (text, lang, unit) in cases {
            assert_eq!(parse_quantity(text, lang).unwrap().unit().to_string(), unit, "{text}");
        }
    }

    #[test]
    fn every_unit_word_gives_its_unit() {
        let cases = [
            ("10 tỷ đồng", Lang::Vi, "billion VND"),
            ("10 tỷ VND", Lang::Vi, "billion VND"),
            ("10 tỷ VNĐ", Lang::Vi, "billion VND"),
            ("10 tỷ vnđ", Lang::Vi, "billion VND"),
            ("10 tỷ USD", Lang::Vi, "billion USD"),
            ("10 tỷ đô la Mỹ", Lang::Vi, "billion USD"),
            ("10 tỷ đô-la Mỹ", Lang::Vi, "billion USD"),
            ("16,94 tỷ kWh", Lang::Vi, "billion kWh"),
            ("10%", Lang::Vi, "percent"),
            ("10 %", Lang::Vi, "percent"),
            ("10 phần trăm", Lang::Vi, "percent"),
            ("2 điểm phần trăm", Lang::Vi, "percentage points"),
            ("2 điểm", Lang::Vi, "points"),
            ("41 sản phẩm", Lang::Vi, "products"),
            ("6 phiên chợ", Lang::Vi, "fairs"),
            ("14 kế hoạch, đề án", Lang::Vi, "plans"),
            ("14 kế hoạch", Lang::Vi, "plans"),
            ("30 khu công nghiệp", Lang::Vi, "parks"),
            ("10 billion USD", Lang::En, "billion USD"),
            ("10 billion US dollars", Lang::En, "billion USD"),
            ("10 billion dong", Lang::En, "billion VND"),
            ("10 percent", Lang::En, "percent"),
            ("10 per cent", Lang::En, "percent"),
            ("2 percentage points", Lang::En, "percentage points"),
            ("2 points", Lang::En, "points"),
            ("41 products", Lang::En, "products"),
            ("30 parks", Lang::En, "parks"),
        ];
        for (text, lang, unit) in cases {
            assert_eq!(parse_quantity(text, lang).unwrap().unit().to_string(), unit, "{text}");
        }
    }

    #[test]
    fn plain_counts_are_exact_and_everything_else_as_printed() {
        let cases = [
            ("41 sản phẩm", Bound::Exact),
            ("1,5 nghìn doanh nghiệp", Bound::AsPrinted),
            ("41 nghìn doanh nghiệp", Bound::AsPrinted),
            ("41,0 sản phẩm", Bound::AsPrinted),
            ("350 triệu đồng", Bound::AsPrinted),
            ("100%", Bound::AsPrinted),
            ("hơn 30 khu công nghiệp", Bound::MoreThan),
        ];
        for (text, bound) in cases {
            assert_eq!(parse_quantity(text, Lang::Vi).unwrap().bound(), bound, "{text}");
        }
    }

    #[test]
    fn malformed_quantities_are_refused_at_the_offending_character() {
        let cases = [
            ("10", Lang::Vi, 2, "a unit (đồng"),
            ("10 tỷ", Lang::Vi, 5, "a unit"),
            ("10tỷ đồng", Lang::Vi, 2, "a unit"),
            ("hơn", Lang::Vi, 0, "a number"),
            ("hơn 10", Lang::Vi, 6, "a unit"),
            ("10 triệu %", Lang::Vi, 3, "no scale word here"),
            ("10 tỷ USD nữa", Lang::Vi, 10, "the end of the quantity"),
            ("100 USD/tấn", Lang::Vi, 7, "USD/tấn"),
            ("tăng 11,4%", Lang::Vi, 0, "parse_growth"),
            ("10.5 tỷ đồng", Lang::Vi, 2, "did you mean 10,5?"),
            ("10 tỷ EURO", Lang::Vi, 6, "a unit"),
            ("5 KCN", Lang::Vi, 2, "a unit"),
            ("10 billion", Lang::En, 10, "thousand, million, billion, trillion"),
            ("", Lang::En, 0, "a number"),
        ];
        for (text, lang, offset, expected) in cases {
            let (at, message) = refusal(parse_quantity(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn units_read_as_each_language_prints_them_after_a_number() {
        let cases = [
            ("tỷ kWh", Lang::Vi, "billion kWh"),
            ("triệu đồng", Lang::Vi, "million VND"),
            ("nghìn tỷ đồng", Lang::Vi, "trillion VND"),
            ("tỉ USD", Lang::Vi, "billion USD"),
            ("đồng", Lang::Vi, "VND"),
            ("%", Lang::Vi, "percent"),
            ("điểm phần trăm", Lang::Vi, "percentage points"),
            ("sản phẩm", Lang::Vi, "products"),
            ("nghìn doanh nghiệp", Lang::Vi, "thousand enterprises"),
            ("kế hoạch, đề án", Lang::Vi, "plans"),
            (" \u{a0}tỷ  kWh ", Lang::Vi, "billion kWh"),
            ("billion US dollars", Lang::En, "billion USD"),
            ("million kWh", Lang::En, "million kWh"),
            ("per cent", Lang::En, "percent"),
            ("parks", Lang::En, "parks"),
        ];
        for (text, lang, unit) in cases {
            assert_eq!(parse_unit(text, lang).unwrap().to_string(), unit, "{text:?}");
        }
    }

    #[test]
    fn malformed_units_are_refused_at_the_offending_character() {
        let cases = [
            ("", Lang::Vi, 0, "a unit (đồng"),
            ("tỷ", Lang::Vi, 2, "a unit (đồng"),
            ("10 tỷ đồng", Lang::Vi, 0, "a unit"),
            ("EURO", Lang::Vi, 0, "a unit"),
            ("triệu %", Lang::Vi, 0, "no scale word here"),
            ("USD/tấn", Lang::Vi, 3, "no '/' after a unit"),
            ("tỷ đồng.", Lang::Vi, 7, "the end of the unit"),
            ("tỷ đồng nữa", Lang::Vi, 8, "the end of the unit"),
            ("billion kWh", Lang::Vi, 0, "a unit"),
            ("tỷ kWh", Lang::En, 0, "a unit (VND"),
        ];
        for (text, lang, offset, expected) in cases {
            let (at, message) = refusal(parse_unit(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn separators_after_a_unit_word_are_not_taken_for_a_number() {
        let cases = [
            ("10 tỷ đồng.", Lang::Vi, 10, "the end of the quantity"),
            ("10 tỷ đồng, 5", Lang::Vi, 10, "the end of the quantity"),
            ("10 billion VND 5", Lang::En, 15, "the end of the quantity"),
            ("10%.", Lang::Vi, 3, "the end of the quantity"),
        ];
        for (text, lang, offset, expected) in cases {
            let (at, message) = refusal(parse_quantity(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn growths_are_signed_by_their_verb() {
        let cases = [
            ("tăng 11,4%", Lang::Vi, "11.4", Bound::AsPrinted),
            ("tăng 11,4% so với cùng kỳ", Lang::Vi, "11.4", Bound::AsPrinted),
            ("tăng 10,8% so với cùng kỳ năm trước", Lang::Vi, "10.8", Bound::AsPrinted),
            ("giảm 2,1%", Lang::Vi, "-2.1", Bound::AsPrinted),
            ("Giảm hơn 2%", Lang::Vi, "-2", Bound::LessThan),
            ("giảm ít nhất 2%", Lang::Vi, "-2", Bound::AtMost),
            ("sụt giảm 0%", Lang::Vi, "0", Bound::AsPrinted),
            ("tăng trưởng 7,6%", Lang::Vi, "7.6", Bound::AsPrinted),
            ("-2,1%", Lang::Vi, "-2.1", Bound::AsPrinted),
            ("+2,1%", Lang::Vi, "2.1", Bound::AsPrinted),
            ("up 13.3%", Lang::En, "13.3", Bound::AsPrinted),
            ("down 2.1% year on year", Lang::En, "-2.1", Bound::AsPrinted),
            ("rose by more than 5%", Lang::En, "5", Bound::MoreThan),
            ("fell by less than 1%", Lang::En, "-1", Bound::MoreThan),
        ];
        for (text, lang, value, bound) in cases {
            let growth = parse_growth(text, lang).unwrap();
            assert_eq!((growth.value(), growth.bound()), (d(value), bound), "{text}");
            assert_eq!(growth.value().to_string(), value, "{text}");
        }
        let change = parse_growth("tăng 2,1 điểm phần trăm", Lang::Vi).unwrap();
        assert_eq!(change.unit().to_string(), "percentage points");
        let level = parse_growth("giảm 5 tỷ USD", Lang::Vi).unwrap();
        assert_eq!(level.to_string(), "-5 billion USD");
    }

    #[test]
    fn malformed_growths_are_refused_at_the_offending_character() {
        let cases = [
            ("2,1%", Lang::Vi, 0, "a verb (tăng, giảm"),
            ("giảm -2,1%", Lang::Vi, 5, "no sign"),
            ("tăng", Lang::Vi, 0, "a verb"),
            ("tăng 11,4", Lang::Vi, 9, "a unit"),
            ("tăng 11,4% so với", Lang::Vi, 11, "the end of the change"),
            ("up 13,3%", Lang::En, 5, "did you mean 13.3?"),
            ("tăng 10.5%", Lang::Vi, 7, "did you mean 10,5?"),
        ];
        for (text, lang, offset, expected) in cases {
            let (at, message) = refusal(parse_growth(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn ranges_share_the_unit_written_once() {
        let cases = [
            ("13 - 14%", Lang::Vi, ("13", "percent"), ("14", "percent")),
            ("9–10%", Lang::Vi, ("9", "percent"), ("10", "percent")),
            ("9 — 10%", Lang::Vi, ("9", "percent"), ("10", "percent")),
            ("từ 9 đến 10%", Lang::Vi, ("9", "percent"), ("10", "percent")),
            ("từ 9 tới 10%", Lang::Vi, ("9", "percent"), ("10", "percent")),
            ("9 đến 10%", Lang::Vi, ("9", "percent"), ("10", "percent")),
            ("9% - 10%", Lang::Vi, ("9", "percent"), ("10", "percent")),
            ("tăng 13 - 14% so với cùng kỳ", Lang::Vi, ("13", "percent"), ("14", "percent")),
            ("giảm 2 - 3%", Lang::Vi, ("-3", "percent"), ("-2", "percent")),
            ("1,5 - 2 tỷ đồng", Lang::Vi, ("1.5", "billion VND"), ("2", "billion VND")),
            ("500 triệu - 1,2 tỷ đồng", Lang::Vi, ("500", "million VND"), ("1.2", "billion VND")),
            ("9-10%", Lang::En, ("9", "percent"), ("10", "percent")),
            ("9 to 10%", Lang::En, ("9", "percent"), ("10", "percent")),
            ("from 9 to 10%", Lang::En, ("9", "percent"), ("10", "percent")),
            ("between 9 and 10%", Lang::En, ("9", "percent"), ("10", "percent")),
            ("up 13-14% year on year", Lang::En, ("13", "percent"), ("14", "percent")),
        ];
        for (text, lang, (low_value, low_unit), (high_value, high_unit)) in cases {
            let (low, high) = parse_range(text, lang).unwrap();
            assert_eq!(
                (low.value().to_string(), low.unit().to_string()),
                (low_value.into(), low_unit.into()),
                "{text}"
            );
            assert_eq!(
                (high.value().to_string(), high.unit().to_string()),
                (high_value.into(), high_unit.into()),
                "{text}"
            );
        }
        let (low, high) = parse_range("5 - 10 sản phẩm", Lang::Vi).unwrap();
        assert_eq!((low.bound(), high.bound()), (Bound::Exact, Bound::Exact));
    }

    #[test]
    fn malformed_ranges_are_refused_at_the_offending_character() {
        let cases = [
            ("14 - 13%", Lang::Vi, 0, "lower end to its higher end"),
            ("10 - 10%", Lang::Vi, 0, "lower end"),
            ("2 tỷ - 500 triệu đồng", Lang::Vi, 0, "lower end"),
            ("9 USD - 10%", Lang::Vi, 2, "the unit of the higher end (percent)"),
            ("từ 9 - 10%", Lang::Vi, 5, "đến, tới"),
            ("between 9 to 10%", Lang::En, 10, "and"),
            ("9 10%", Lang::Vi, 2, "joining the two ends"),
            ("9 -", Lang::Vi, 3, "a number"),
            ("9 - 10", Lang::Vi, 6, "a unit"),
            ("2022 - 2025", Lang::Vi, 11, "a unit"),
            ("9 - 10% nữa", Lang::Vi, 8, "the end of the range"),
            ("9 triệu - 10%", Lang::Vi, 2, "no scale word here"),
        ];
        for (text, lang, offset, expected) in cases {
            let (at, message) = refusal(parse_range(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn formatted_quantities_read_back_equal() {
        let bounds = Bound::ALL.into_iter().filter(|b| *b != Bound::Exact);
        let units = [
            "billion VND",
            "million USD",
            "billion kWh",
            "percent",
            "points",
            "percentage points",
            "trillion VND",
            "thousand fairs",
        ];
        for bound in bounds {
            for unit in units {
                for lang in [Lang::Vi, Lang::En] {
                    let quantity = q("-1234.50", unit, bound);
                    let printed = format_quantity(&quantity, lang);
                    assert_eq!(parse_quantity(&printed, lang).unwrap(), quantity, "{printed}");
                }
            }
        }
        for (noun, _) in COUNT_NOUNS {
            for lang in [Lang::Vi, Lang::En] {
                let quantity = q("41", noun, Bound::Exact);
                let printed = format_quantity(&quantity, lang);
                assert_eq!(parse_quantity(&printed, lang).unwrap(), quantity, "{printed}");
            }
        }
    }

    #[test]
    fn formatted_growths_read_back_equal() {
        for text in ["11.4", "-2.1", "0"] {
            let reported: crate::value::Reported = text.parse().unwrap();
            for lang in [Lang::Vi, Lang::En] {
                let printed = crate::text::format::format_growth(&reported, lang);
                let growth = parse_growth(&printed, lang).unwrap();
                assert_eq!(growth.reported(), &reported, "{printed}");
            }
        }
    }

    #[test]
    fn money_printed_currency_first_reads_as_english_press_prints_it() {
        let cases = [
            ("$34.5 billion", "34.5 billion USD"),
            ("US$34.5 billion", "34.5 billion USD"),
            ("US $34.5 billion", "34.5 billion USD"),
            ("USD 34.8 billion", "34.8 billion USD"),
            ("USD34.8 billion", "34.8 billion USD"),
            ("VND 126,144 billion", "126144 billion VND"),
            ("VND72 trillion", "72 trillion VND"),
            ("VND6.2 quadrillion", "6.2 quadrillion VND"),
            ("$1.2bn", "1.2 billion USD"),
            ("US$1.5 bn", "1.5 billion USD"),
            ("$2b", "2 billion USD"),
            ("$500m", "500 million USD"),
            ("$500M", "500 million USD"),
            ("$500 mln", "500 million USD"),
            ("VND500m", "500 million VND"),
            ("$1.2tn", "1.2 trillion USD"),
            ("$750k", "750 thousand USD"),
            ("€20 million", "20 million EUR"),
            ("EUR 20 million", "20 million EUR"),
            ("$1,200", "1200 USD"),
            ("more than $2 billion", "more than 2 billion USD"),
            ("about VND1.2 trillion", "about 1.2 trillion VND"),
            ("nearly US$3bn", "about 3 billion USD"),
            ("$10 billion or more", "at least 10 billion USD"),
        ];
        for (text, read) in cases {
            assert_eq!(parse_quantity(text, Lang::En).unwrap().to_string(), read, "{text}");
        }
        let refused = [
            ("500m", Lang::En, 3, "a unit"),
            ("A$5 million", Lang::En, 0, "a number"),
            ("US$ million", Lang::En, 0, "a number"),
            ("$5 tỷ", Lang::Vi, 0, "a number"),
            ("$5 billion USD", Lang::En, 11, "the end of the quantity"),
        ];
        for (text, lang, offset, expected) in refused {
            let (at, message) = refusal(parse_quantity(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn vietnamese_long_figures_and_quadrillions_read() {
        let cases = [
            ("1,2 triệu tỷ đồng", "1.2 quadrillion VND"),
            ("1,2 triệu tỉ đồng", "1.2 quadrillion VND"),
            ("6.391.002,5 tỷ đồng", "6391002.5 billion VND"),
            ("1.234.567.890 đồng", "1234567890 VND"),
        ];
        for (text, read) in cases {
            assert_eq!(parse_quantity(text, Lang::Vi).unwrap().to_string(), read, "{text}");
        }
    }

    #[test]
    fn qualifiers_after_the_number_bound_it_too() {
        let cases = [
            ("10% trở lên", Lang::Vi, Bound::AtLeast),
            ("từ 10% trở lên", Lang::Vi, Bound::AtLeast),
            ("từ 10%", Lang::Vi, Bound::AtLeast),
            ("tối thiểu 10%", Lang::Vi, Bound::AtLeast),
            ("không dưới 10%", Lang::Vi, Bound::AtLeast),
            ("10% trở xuống", Lang::Vi, Bound::AtMost),
            ("10% or more", Lang::En, Bound::AtLeast),
            ("10% or above", Lang::En, Bound::AtLeast),
            ("10% or higher", Lang::En, Bound::AtLeast),
            ("10% and above", Lang::En, Bound::AtLeast),
            ("from 10%", Lang::En, Bound::AtLeast),
            ("at least 10% or more", Lang::En, Bound::AtLeast),
            ("10% or less", Lang::En, Bound::AtMost),
            ("10 percent or lower", Lang::En, Bound::AtMost),
        ];
        for (text, lang, bound) in cases {
            let quantity = parse_quantity(text, lang).unwrap();
            assert_eq!((quantity.value(), quantity.bound()), (d("10"), bound), "{text}");
        }
        let refused = [
            ("hơn 10% trở xuống", Lang::Vi, 8, "no second qualifier"),
            ("từ 10% lên", Lang::Vi, 6, "a lower limit"),
            ("from 10% to", Lang::En, 8, "a lower limit"),
        ];
        for (text, lang, offset, expected) in refused {
            let (at, message) = refusal(parse_quantity(text, lang), text);
            assert_eq!(at, offset, "{text:?}: {message}");
            assert!(message.contains(expected), "{text:?}: {message}");
        }
    }

    #[test]
    fn growth_phrases_read_signed_in_both_languages() {
        let cases = [
            ("an increase of 12.2 per cent", Lang::En, "12.2 percent"),
            ("a rise of 3%", Lang::En, "3 percent"),
            ("a year-on-year rise of 9%", Lang::En, "9 percent"),
            ("a y/y increase of 9%", Lang::En, "9 percent"),
            ("growth of 7.4%", Lang::En, "7.4 percent"),
            ("a decline of 3.5%", Lang::En, "-3.5 percent"),
            ("a drop of 2 percentage points", Lang::En, "-2 percentage points"),
            ("a fall of nearly 4%", Lang::En, "about -4 percent"),
            ("rose by an estimated 10.19 per cent", Lang::En, "10.19 percent"),
            ("grew an estimated 7%", Lang::En, "7 percent"),
            ("up 12.7 per cent year-on-year", Lang::En, "12.7 percent"),
            ("down 1.2%", Lang::En, "-1.2 percent"),
            ("grew 14.3 percent from a year earlier", Lang::En, "14.3 percent"),
            ("climbed 5% month-on-month", Lang::En, "5 percent"),
            ("slipped 0.2% m/m", Lang::En, "-0.2 percent"),
            ("contracted 1.5% q/q", Lang::En, "-1.5 percent"),
            ("surged 30% y/y", Lang::En, "30 percent"),
            ("up 1.2 percentage points", Lang::En, "1.2 percentage points"),
            ("rose by $1.2 billion", Lang::En, "1.2 billion USD"),
            ("increased by 10% or more", Lang::En, "at least 10 percent"),
            ("tăng 9,22% so với cùng kỳ", Lang::Vi, "9.22 percent"),
            ("tăng 9,22% so cùng kỳ", Lang::Vi, "9.22 percent"),
            ("tăng 5% so với cùng kỳ năm 2023", Lang::Vi, "5 percent"),
            ("giảm 2,1% so với tháng trước", Lang::Vi, "-2.1 percent"),
            ("giảm 0,3% so với quý trước", Lang::Vi, "-0.3 percent"),
            ("suy giảm 4%", Lang::Vi, "-4 percent"),
            ("tăng 1,2 điểm phần trăm", Lang::Vi, "1.2 percentage points"),
            ("tăng 10% trở lên", Lang::Vi, "at least 10 percent"),
            ("tăng 5% so với kế hoạch", Lang::Vi, "5 percent"),
        ];
        for (text, lang, read) in cases {
            assert_eq!(parse_growth(text, lang).unwrap().to_string(), read, "{text}");
        }
        let (at, message) = refusal(parse_growth("an increase 5%", Lang::En), "an increase 5%");
        assert_eq!(at, 0, "{message}");
        assert!(message.contains("a verb"), "{message}");
    }

    #[test]
    fn english_ranges_read_with_words_and_dashes() {
        let cases = [
            ("9–10 per cent", Lang::En, ("9", "10", "percent")),
            ("9-10 percent", Lang::En, ("9", "10", "percent")),
            ("9 to 10 percent", Lang::En, ("9", "10", "percent")),
            ("between 9 and 10 per cent", Lang::En, ("9", "10", "percent")),
            ("an increase of 9-10%", Lang::En, ("9", "10", "percent")),
            ("a decline of 2-3%", Lang::En, ("-3", "-2", "percent")),
            ("up 1-1.5 percentage points", Lang::En, ("1", "1.5", "percentage points")),
            ("tăng 1 - 1,5 điểm phần trăm", Lang::Vi, ("1", "1.5", "percentage points")),
            ("9 – 10%", Lang::Vi, ("9", "10", "percent")),
        ];
        for (text, lang, (low, high, unit)) in cases {
            let (l, h) = parse_range(text, lang).unwrap();
            assert_eq!((l.value(), h.value(), h.unit().to_string()), (d(low), d(high), unit.to_string()), "{text}");
        }
    }

    fn any_decimal() -> impl Strategy<Value = Decimal> {
        (any::<i128>(), 0u32..=28).prop_map(|(mantissa, scale)| {
            Decimal::from_i128_with_scale(mantissa % 79_228_162_514_264_337_593_543_950_336, scale)
        })
    }

    fn any_lang() -> impl Strategy<Value = Lang> {
        prop_oneof![Just(Lang::Vi), Just(Lang::En)]
    }

    proptest! {
        #[test]
        fn formatted_decimals_read_back_with_their_scale(value in any_decimal(), lang in any_lang()) {
            let printed = format_decimal(value, lang);
            let read = parse_number(&printed, lang).unwrap();
            prop_assert_eq!(read, value);
            prop_assert_eq!(read.scale(), value.scale());
        }

        #[test]
        fn plain_numbers_read_in_one_pass_as_the_general_reader_reads_them(
            text in "[-+]?[0-9.,]{0,24}",
            lang in any_lang(),
        ) {
            if let Some(value) = read_plain_number(&text, lang) {
                let general = read_all(&text, lang, "number", read_number).unwrap();
                prop_assert_eq!(value, general);
                prop_assert_eq!(value.scale(), general.scale());
            }
        }

        #[test]
        fn formatted_numbers_of_19_digits_take_the_one_pass_reader(
            mantissa in -9_999_999_999_999_999_999i128..=9_999_999_999_999_999_999,
            // At most 19 printed digits: a zero before the mark counts.
            scale in 0u32..=18,
            lang in any_lang(),
        ) {
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            let read = read_plain_number(&format_decimal(value, lang), lang);
            prop_assert_eq!(read.map(|v| (v, v.scale())), Some((value, value.scale())));
        }

        #[test]
        fn readers_never_panic(text in "\\PC{0,40}", lang in any_lang()) {
            let _ = parse_number(&text, lang);
            let _ = parse_quantity(&text, lang);
            let _ = parse_growth(&text, lang);
            let _ = parse_range(&text, lang);
        }

        #[test]
        fn readers_never_panic_on_figure_like_text(
            text in "[ \u{a0}0-9.,%+−–-]{0,12}( ?(hơn|tăng|giảm|từ|đến|nghìn|tỷ|triệu|đồng|USD|%|kWh|sản phẩm|more than|up|to|billion)){0,4}[0-9.,%−-]{0,6}",
            lang in any_lang(),
        ) {
            let _ = parse_number(&text, lang);
            let _ = parse_quantity(&text, lang);
            let _ = parse_growth(&text, lang);
            let _ = parse_range(&text, lang);
        }
    }
}
