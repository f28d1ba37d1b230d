//! Naming an indicator from text: by id, by name or alias, without diacritics, or by the
//! words a phrase shares with a name, with a score the caller sees.
//!
//! The names and aliases of a catalogue are indexed once (on first use) by their exact lower
//! case, their folded form (no diacritics, `đ` as `d`, punctuation as spaces) and their first
//! folded word, so that matching a query or scanning a clause costs a few hash look-ups per
//! word and nothing is compiled per call.

use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;

use super::Catalogue;
use crate::indicator::Indicator;
use crate::text::fold::{self, Word};

/// How a query or a clause named the indicator of a [`Match`], from the surest to the least.
///
/// # Example
///
/// ```
/// use chiso::{Catalogue, MatchHow};
///
/// let standard = Catalogue::standard();
/// assert_eq!(standard.find("exports").unwrap().how(), MatchHow::Id);
/// assert_eq!(standard.find("Kim ngạch xuất khẩu").unwrap().how(), MatchHow::Name);
/// assert_eq!(standard.find("XK").unwrap().how(), MatchHow::Alias);
/// assert_eq!(standard.find("kim ngach xuat khau").unwrap().how(), MatchHow::Folded);
/// assert_eq!(standard.find("xuất khẩu kim ngạch hàng hoá của tỉnh").unwrap().how(), MatchHow::Fuzzy);
/// assert_eq!(MatchHow::Folded.name(), "folded");
/// assert_eq!("fuzzy".parse::<MatchHow>()?, MatchHow::Fuzzy);
/// assert!("close".parse::<MatchHow>().is_err());
/// # Ok::<(), chiso::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchHow {
    /// The query is the indicator's id: `exports`.
    Id,
    /// A name, ignoring case and runs of spaces: `kim ngạch xuất khẩu`.
    Name,
    /// An alias, ignoring case and runs of spaces: `XK`, `export turnover`.
    Alias,
    /// A name or alias once both are folded (no diacritics, `đ` as `d`, punctuation dropped):
    /// `kim ngach xuat khau`.
    Folded,
    /// Some of the words of a name or alias, folded, abbreviations expanded; the score says
    /// how many.
    Fuzzy,
}

impl MatchHow {
    /// The name used in JSON and in Python: `id`, `name`, `alias`, `folded`, `fuzzy`.
    ///
    /// # Example
    ///
    /// See [`MatchHow`].
    pub fn name(self) -> &'static str {
        match self {
            MatchHow::Id => "id",
            MatchHow::Name => "name",
            MatchHow::Alias => "alias",
            MatchHow::Folded => "folded",
            MatchHow::Fuzzy => "fuzzy",
        }
    }
}

impl std::str::FromStr for MatchHow {
    type Err = crate::Error;

    /// The variant of a [`MatchHow::name`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`](crate::Error::InvalidInput) for any other text.
    fn from_str(text: &str) -> crate::Result<MatchHow> {
        [MatchHow::Id, MatchHow::Name, MatchHow::Alias, MatchHow::Folded, MatchHow::Fuzzy]
            .into_iter()
            .find(|how| how.name() == text)
            .ok_or_else(|| crate::Error::invalid("match kind", text, "expected id, name, alias, folded or fuzzy"))
    }
}

impl std::fmt::Display for MatchHow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A fuzzy match scores at least this (0.5): fewer shared words name nothing.
pub const MIN_FUZZY_SCORE: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// A match is ambiguous when another indicator scores within this (0.1) of it.
pub const AMBIGUITY_MARGIN: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// A fuzzy score never reaches this (0.99 is the most): only an exact name or alias scores 1.
const MAX_FUZZY_SCORE: Decimal = Decimal::from_parts(99, 0, 0, false, 2);

/// Abbreviations the press uses, folded, and the folded words they stand for. Fuzzy matching
/// reads both the query and the names with them expanded.
const ABBREVIATIONS: [(&str, &str); 14] = [
    ("xk", "xuat khau"),
    ("nk", "nhap khau"),
    ("xnk", "xuat nhap khau"),
    ("knxk", "kim ngach xuat khau"),
    ("knnk", "kim ngach nhap khau"),
    ("fdi", "von dau tu truc tiep nuoc ngoai"),
    ("grdp", "tong san pham tren dia ban"),
    ("gdp", "tong san pham trong nuoc"),
    ("cpi", "chi so gia tieu dung"),
    ("iip", "chi so san xuat cong nghiep"),
    ("nsnn", "ngan sach nha nuoc"),
    ("kcn", "khu cong nghiep"),
    ("dn", "doanh nghiep"),
    ("dtc", "dau tu cong"),
];

/// What an indicator of a [`Catalogue`] was matched by: the indicator, how and how surely,
/// and the other indicators that came close.
///
/// # Example
///
/// ```
/// let standard = chiso::Catalogue::standard();
/// let found = standard.find("kim ngạch XK").unwrap();
/// assert_eq!((found.id(), found.score(), found.is_ambiguous()), ("exports", rust_decimal::Decimal::ONE, false));
/// assert_eq!(found.indicator().unit().to_string(), "billion USD");
/// let fdi = standard.find("FDI").unwrap();
/// assert!(fdi.is_ambiguous());
/// assert_eq!(fdi.alternatives()[0].0, "fdi_disbursed");
/// let deficit = standard.find("nhập siêu").unwrap();
/// assert_eq!((deficit.id(), deficit.negated()), ("trade_balance", true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'a> {
    indicator: &'a Indicator,
    score: Decimal,
    how: MatchHow,
    matched: &'a str,
    negated: bool,
    alternatives: Vec<(String, Decimal)>,
    span: Option<(usize, usize)>,
}

impl<'a> Match<'a> {
    /// The id of the indicator matched.
    ///
    /// # Example
    ///
    /// See [`Match`].
    pub fn id(&self) -> &'a str {
        self.indicator.id()
    }

    /// The indicator matched.
    ///
    /// # Example
    ///
    /// See [`Match`].
    pub fn indicator(&self) -> &'a Indicator {
        self.indicator
    }

    /// How sure the match is, from 0 to 1, an exact decimal: 1 for an id, a name or an alias
    /// (with or without diacritics); for a fuzzy match, the share of words the query and the
    /// closest name have in common (Dice's coefficient, `2·shared / (query words + name
    /// words)`), rounded down to hundredths and at most 0.99.
    ///
    /// # Example
    ///
    /// ```
    /// let found = chiso::Catalogue::standard().find("giá trị xuất khẩu hàng hóa tỉnh").unwrap();
    /// assert_eq!(found.id(), "exports");
    /// assert_eq!(found.score().to_string(), "0.72"); // 4 shared words of 7 and 4: 8/11
    /// ```
    pub fn score(&self) -> Decimal {
        self.score
    }

    /// How the indicator was named.
    ///
    /// # Example
    ///
    /// See [`MatchHow`].
    pub fn how(&self) -> MatchHow {
        self.how
    }

    /// The id, name or alias that matched, as the catalogue writes it.
    ///
    /// # Example
    ///
    /// ```
    /// let found = chiso::Catalogue::standard().find("kim ngach xk").unwrap();
    /// assert_eq!(found.matched(), "kim ngạch XK");
    /// ```
    pub fn matched(&self) -> &'a str {
        self.matched
    }

    /// Whether the words matched name the indicator with the opposite sign, so that a figure
    /// printed under them is the indicator's value negated: `nhập siêu` (a trade deficit) is
    /// the trade balance negated.
    ///
    /// # Example
    ///
    /// See [`Match`].
    pub fn negated(&self) -> bool {
        self.negated
    }

    /// Whether another indicator came within [`AMBIGUITY_MARGIN`] of this one: the caller
    /// should not pick this one without more context.
    ///
    /// # Example
    ///
    /// See [`Match`].
    pub fn is_ambiguous(&self) -> bool {
        self.alternatives.first().is_some_and(|(_, score)| self.score - score <= AMBIGUITY_MARGIN)
    }

    /// The other indicators that matched, best first, with their scores (at most five).
    ///
    /// # Example
    ///
    /// See [`Match`].
    pub fn alternatives(&self) -> &[(String, Decimal)] {
        &self.alternatives
    }

    /// Where in the text the words matched stand, in bytes (start, end), for a match found
    /// in running text by [`Catalogue::best_in`] or [`Catalogue::all_in`]; `None` for
    /// [`Catalogue::find`].
    ///
    /// # Example
    ///
    /// ```
    /// let text = "Kim ngạch xuất khẩu cả nước đạt 405,5 tỷ USD";
    /// let found = chiso::Catalogue::standard().best_in(text).unwrap();
    /// let (start, end) = found.span().unwrap();
    /// assert_eq!(&text[start..end], "Kim ngạch xuất khẩu cả nước");
    /// ```
    pub fn span(&self) -> Option<(usize, usize)> {
        self.span
    }
}

/// `part / whole`, at most 1 here, rounded down to hundredths in integer arithmetic.
fn hundredths(part: usize, whole: usize) -> Decimal {
    // usize to i128 is lossless on every platform Rust supports.
    Decimal::from_i128_with_scale((100 * part / whole.max(1)) as i128, 2)
}

/// A name or alias of an indicator, indexed.
#[derive(Debug, Clone)]
struct Entry {
    indicator: usize,
    text: String,
    how: MatchHow,
    negated: bool,
    /// The folded words.
    words: Vec<String>,
    /// The lower-case words, diacritics kept.
    lower_words: Vec<String>,
    /// How many different words it has once folded and abbreviations are expanded.
    expanded: usize,
    /// The length of the folded form in characters, which ranks matches in running text.
    length: usize,
}

/// The names and aliases of a catalogue, indexed for matching.
#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    entries: Vec<Entry>,
    by_lower: FxHashMap<String, Vec<usize>>,
    by_folded: FxHashMap<String, Vec<usize>>,
    by_first_word: FxHashMap<String, Vec<usize>>,
    /// The entries each expanded folded word appears in, for fuzzy matching.
    by_word: FxHashMap<String, Vec<usize>>,
}

/// Lower case, composed, one space between words: the key of an exact name or alias.
fn lower_key(text: &str) -> String {
    text.nfc().flat_map(char::to_lowercase).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn expanded(words: &[String]) -> Vec<String> {
    let mut out: Vec<String> = words
        .iter()
        .flat_map(|w| match ABBREVIATIONS.iter().find(|(short, _)| short == w) {
            Some((_, long)) => long.split(' ').map(str::to_string).collect(),
            None => vec![w.clone()],
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl Index {
    pub(super) fn build(catalogue: &Catalogue) -> Index {
        let mut index = Index::default();
        for (i, indicator) in catalogue.indicators.iter().enumerate() {
            let names = [&indicator.name().vi, &indicator.name().en].map(|n| (n.as_str(), MatchHow::Name, false));
            let aliases = catalogue.aliases.get(i).into_iter().flatten();
            let all = names.into_iter().chain(aliases.map(|a| (a.text(), MatchHow::Alias, a.is_negated())));
            for (text, how, negated) in all {
                let words = fold::words(text);
                if words.is_empty() {
                    continue;
                }
                let folded: Vec<String> = words.iter().map(|w| w.folded.clone()).collect();
                let joined = folded.join(" ");
                let expanded = expanded(&folded);
                let at = index.entries.len();
                for word in &expanded {
                    index.by_word.entry(word.clone()).or_default().push(at);
                }
                let entry = Entry {
                    indicator: i,
                    text: text.to_string(),
                    how,
                    negated,
                    expanded: expanded.len(),
                    lower_words: words.into_iter().map(|w| w.lower).collect(),
                    length: joined.chars().count(),
                    words: folded,
                };
                index.by_lower.entry(lower_key(text)).or_default().push(at);
                index.by_folded.entry(joined).or_default().push(at);
                index.by_first_word.entry(entry.words[0].clone()).or_default().push(at);
                index.entries.push(entry);
            }
        }
        index
    }
}

/// A name or alias found in running text: the entry and the words it covers.
#[derive(Debug, Clone, Copy)]
struct Found {
    entry: usize,
    first: usize,
    last: usize,
    exact: bool,
}

impl Catalogue {
    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self))
    }

    fn entry_match<'s>(&'s self, entry: &'s Entry, score: Decimal, how: MatchHow) -> Match<'s> {
        Match {
            indicator: &self.indicators[entry.indicator],
            score,
            how,
            matched: &entry.text,
            negated: entry.negated,
            alternatives: Vec::new(),
            span: None,
        }
    }

    /// The exact matches among `entries` (positions in the index), one per indicator (a name
    /// before an alias, then the catalogue's order), as a match with the others as
    /// alternatives scoring 1.
    fn exact(&self, entries: &[usize], how: Option<MatchHow>) -> Option<Match<'_>> {
        let index = self.index();
        let mut best: Vec<&Entry> = Vec::new();
        for entry in entries.iter().map(|&e| &index.entries[e]) {
            match best.iter_mut().find(|b| b.indicator == entry.indicator) {
                Some(b) if b.how == MatchHow::Alias && entry.how == MatchHow::Name => *b = entry,
                Some(_) => {}
                None => best.push(entry),
            }
        }
        best.sort_by_key(|e| (e.how != MatchHow::Name, e.indicator));
        let (first, rest) = best.split_first()?;
        let mut found = self.entry_match(first, Decimal::ONE, how.unwrap_or(first.how));
        found.alternatives =
            rest.iter().take(5).map(|e| (self.indicators[e.indicator].id().to_string(), Decimal::ONE)).collect();
        Some(found)
    }

    /// The indicator `query` names, tried in this order: its id; a name or alias, ignoring
    /// case and runs of spaces (score 1); the same once diacritics and punctuation are dropped
    /// (`kim ngach xuat khau`, score 1); then the name or alias that shares the most words
    /// with it, folded, abbreviations such as `XK`, `NK`, `FDI`, `GRDP`, `CPI` and `IIP`
    /// expanded (a score below 1, at least [`MIN_FUZZY_SCORE`]). `None` when nothing matches
    /// so well, or the query has no words.
    ///
    /// A query that names several indicators equally (`FDI`: registered or disbursed) gives
    /// the first with the others as [`Match::alternatives`], and
    /// [`is_ambiguous`](Match::is_ambiguous) says so.
    ///
    /// # Example
    ///
    /// ```
    /// let standard = chiso::Catalogue::standard();
    /// assert_eq!(standard.find("chi so san xuat cong nghiep").unwrap().id(), "iip");
    /// assert_eq!(standard.find("Index of Industrial Production").unwrap().id(), "iip");
    /// assert_eq!(standard.find("retail sales of goods").unwrap().id(), "retail_sales");
    /// assert!(standard.find("weather").is_none());
    /// ```
    pub fn find(&self, query: &str) -> Option<Match<'_>> {
        let trimmed = query.trim();
        if let Some(indicator) = self.get(trimmed) {
            return Some(Match {
                indicator,
                score: Decimal::ONE,
                how: MatchHow::Id,
                matched: indicator.id(),
                negated: false,
                alternatives: Vec::new(),
                span: None,
            });
        }
        let index = self.index();
        if let Some(found) = index.by_lower.get(&lower_key(trimmed)).and_then(|e| self.exact(e, None)) {
            return Some(found);
        }
        let words: Vec<String> = fold::words(trimmed).into_iter().map(|w| w.folded).collect();
        if words.is_empty() {
            return None;
        }
        if let Some(found) = index.by_folded.get(&words.join(" ")).and_then(|e| self.exact(e, Some(MatchHow::Folded))) {
            return Some(found);
        }
        self.fuzzy(&expanded(&words))
    }

    fn fuzzy(&self, query: &[String]) -> Option<Match<'_>> {
        let index = self.index();
        let mut shared = vec![0usize; index.entries.len()];
        for word in query {
            for &e in index.by_word.get(word).into_iter().flatten() {
                shared[e] += 1;
            }
        }
        let mut scores: Vec<(Decimal, &Entry)> = Vec::new();
        for (entry, shared) in index.entries.iter().zip(shared) {
            if shared == 0 {
                continue;
            }
            let score = hundredths(2 * shared, entry.expanded + query.len()).min(MAX_FUZZY_SCORE);
            if score < MIN_FUZZY_SCORE {
                continue;
            }
            match scores.iter_mut().find(|(_, e)| e.indicator == entry.indicator) {
                Some(best) if best.0 < score => *best = (score, entry),
                Some(_) => {}
                None => scores.push((score, entry)),
            }
        }
        scores.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.indicator.cmp(&b.1.indicator)));
        let (&(score, entry), rest) = scores.split_first()?;
        let mut found = self.entry_match(entry, score, MatchHow::Fuzzy);
        found.alternatives =
            rest.iter().take(5).map(|(s, e)| (self.indicators[e.indicator].id().to_string(), *s)).collect();
        Some(found)
    }

    /// Every name or alias found in `words`, at word boundaries: a name never matches inside a
    /// longer word, and one found inside a longer one that was found is dropped. A text
    /// written with diacritics must give a name's own (wherever the tone is placed: `hoá` is
    /// `hóa`), since `so` (compared) is not `số` (number); a text without any matches the
    /// names folded.
    fn found_in(&self, words: &[Word], keep: &dyn Fn(&Indicator) -> bool) -> Vec<Found> {
        let index = self.index();
        let accented = fold::accented(words);
        let mut found = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let Some(entries) = index.by_first_word.get(&word.folded) else { continue };
            for &e in entries {
                let entry = &index.entries[e];
                let Some(text) = words.get(i..i + entry.words.len()) else { continue };
                if !entry.words.iter().zip(text).all(|(a, w)| *a == w.folded)
                    || !keep(&self.indicators[entry.indicator])
                {
                    continue;
                }
                let exact = entry.lower_words.iter().zip(text).all(|(a, w)| *a == w.lower);
                if accented && !exact {
                    continue;
                }
                found.push(Found { entry: e, first: i, last: i + entry.words.len(), exact });
            }
        }
        let length = |f: &Found| index.entries[f.entry].length;
        let inside = |f: &Found, g: &Found| g.first <= f.first && f.last <= g.last && length(g) > length(f);
        found.iter().filter(|f| !found.iter().any(|g| inside(f, g))).copied().collect()
    }

    fn found_match<'s>(&'s self, words: &[Word], f: &Found) -> Match<'s> {
        let entry = &self.index().entries[f.entry];
        let how = if f.exact { entry.how } else { MatchHow::Folded };
        let mut found = self.entry_match(entry, Decimal::ONE, how);
        found.span = Some((words[f.first].start, words[f.last - 1].end));
        found
    }

    /// The indicator named anywhere in a clause of running text: the longest name or alias
    /// found in it, at word boundaries, with its own diacritics or (in a text typed without
    /// any) folded (`kim ngạch xuất khẩu cả nước` names
    /// `national_exports`, not `exports`). Its score is 1; the other indicators named in the
    /// text are its alternatives, each scored by the length of its name over the best one's
    /// (rounded down to hundredths), so an equally long name of another indicator makes the
    /// match ambiguous.
    ///
    /// # Example
    ///
    /// ```
    /// let standard = chiso::Catalogue::standard();
    /// let found = standard.best_in("Trong 5 tháng, kim ngạch xuất khẩu cả nước đạt 180 tỷ USD").unwrap();
    /// assert_eq!(found.id(), "national_exports");
    /// assert_eq!(standard.best_in("nhap sieu 2 ty USD").unwrap().negated(), true);
    /// assert!(standard.best_in("Tình hình thời tiết").is_none());
    /// ```
    pub fn best_in(&self, text: &str) -> Option<Match<'_>> {
        self.best_in_where(text, |_| true)
    }

    /// [`Catalogue::best_in`] among the indicators `keep` accepts: those whose unit fits the
    /// figure, for example.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Dimension;
    ///
    /// let standard = chiso::Catalogue::standard();
    /// let clause = "chương trình khuyến công đã thực hiện 14 kế hoạch, đề án, với kinh phí thực hiện hơn 2,79 tỷ đồng";
    /// let money = standard.best_in_where(clause, |i| matches!(i.unit().dimension(), Dimension::Money(_))).unwrap();
    /// assert_eq!(money.id(), "industrial_extension_budget");
    /// let plans = standard.best_in_where(clause, |i| i.unit().to_string() == "plans").unwrap();
    /// assert_eq!(plans.id(), "industrial_extension_plans");
    /// ```
    pub fn best_in_where(&self, text: &str, keep: impl Fn(&Indicator) -> bool) -> Option<Match<'_>> {
        let words = fold::words(text);
        let found = self.found_in(&words, &keep);
        let entries = &self.index().entries;
        // The longest name of each indicator, the exact spelling before the folded one, then
        // the earliest.
        let rank = |f: &Found| (entries[f.entry].length, f.exact, std::cmp::Reverse(f.first));
        let mut best: Vec<Found> = Vec::new();
        for f in found {
            match best.iter_mut().find(|b| entries[b.entry].indicator == entries[f.entry].indicator) {
                Some(b) if rank(&f) > rank(b) => *b = f,
                Some(_) => {}
                None => best.push(f),
            }
        }
        best.sort_by(|a, b| rank(b).cmp(&rank(a)).then(entries[a.entry].indicator.cmp(&entries[b.entry].indicator)));
        let (first, rest) = best.split_first()?;
        let mut found = self.found_match(&words, first);
        let longest = entries[first.entry].length;
        found.alternatives = rest
            .iter()
            .take(5)
            .map(|f| {
                let id = self.indicators[entries[f.entry].indicator].id().to_string();
                (id, hundredths(entries[f.entry].length, longest))
            })
            .collect();
        Some(found)
    }

    /// Every indicator named in running text, in the order of the text: at each point the
    /// longest name or alias found there, as [`Catalogue::best_in`] finds them, without
    /// overlaps. Each
    /// match has its [`span`](Match::span); a name two indicators share (`FDI`) gives the
    /// first with the other as its alternative, so the match is ambiguous.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "Xuất siêu 10 tỷ USD; kim ngạch nhập khẩu 30,2 tỷ USD, FDI 1,2 tỷ USD.";
    /// let found = chiso::Catalogue::standard().all_in(text);
    /// let ids: Vec<&str> = found.iter().map(|m| m.id()).collect();
    /// assert_eq!(ids, ["trade_balance", "imports", "fdi_registered"]);
    /// assert!(found[2].is_ambiguous());
    /// ```
    pub fn all_in(&self, text: &str) -> Vec<Match<'_>> {
        let words = fold::words(text);
        let mut found = self.found_in(&words, &|_| true);
        let entries = &self.index().entries;
        found.sort_by_key(|f| {
            (f.first, std::cmp::Reverse(entries[f.entry].length), !f.exact, entries[f.entry].indicator)
        });
        let mut out: Vec<Match<'_>> = Vec::new();
        let mut end = 0;
        let mut taken: Option<Found> = None;
        for f in found {
            if let (Some(t), Some(last)) = (taken, out.last_mut()) {
                let same_words = t.first == f.first && t.last == f.last;
                let other = entries[f.entry].indicator != entries[t.entry].indicator;
                if same_words
                    && other
                    && !last.alternatives.iter().any(|(id, _)| id == self.indicators[entries[f.entry].indicator].id())
                {
                    last.alternatives
                        .push((self.indicators[entries[f.entry].indicator].id().to_string(), Decimal::ONE));
                    continue;
                }
            }
            if f.first < end {
                continue;
            }
            out.push(self.found_match(&words, &f));
            end = f.last;
            taken = Some(f);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_round_down_to_hundredths_in_integers() {
        assert_eq!(hundredths(8, 11).to_string(), "0.72");
        assert_eq!(hundredths(2, 3).to_string(), "0.66");
        assert_eq!(hundredths(5, 5).to_string(), "1.00");
        assert_eq!(hundredths(0, 0).to_string(), "0.00");
    }

    #[test]
    fn abbreviations_expand_to_their_words() {
        let words = |text: &str| text.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(expanded(&words("kim ngach xk")), words("khau kim ngach xuat"));
        assert_eq!(expanded(&words("knxk xuat khau")), words("khau kim ngach xuat"));
        assert_eq!(expanded(&words("von fdi")), words("dau ngoai nuoc tiep truc tu von"));
    }

    #[test]
    fn the_index_is_built_once_per_catalogue() {
        let standard = Catalogue::standard();
        assert!(std::ptr::eq(standard.index(), standard.index()));
        let index = standard.index();
        assert_eq!(index.by_folded["kim ngach xuat khau"].len(), 2, "the Vietnamese name and its alias");
        let copy = standard.clone().with_aliases("exports", vec![crate::Alias::new("hàng xuất", crate::Lang::Vi)]);
        assert!(copy.unwrap().index().by_folded.contains_key("hang xuat"), "new aliases make a new index");
    }

    #[test]
    fn lower_keys_ignore_case_and_spacing_but_keep_diacritics() {
        assert_eq!(lower_key("  Kim  ngạch\tXUẤT khẩu "), "kim ngạch xuất khẩu");
        assert_ne!(lower_key("xuat khau"), lower_key("xuất khẩu"));
    }
}
