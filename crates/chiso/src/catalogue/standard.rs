//! The standard catalogue shipped with the crate (`data/indicators.json`), and the aliases an
//! indicator is printed under.

use std::sync::OnceLock;

use serde::Deserialize;

use super::Catalogue;
use crate::error::{Error, Result};
use crate::report::indicator_of_json;
use crate::text::Lang;

/// The standard catalogue as shipped: `chiso.indicators/1`.
const STANDARD: &str = include_str!("../../data/indicators.json");

/// The format tag of a catalogue document.
pub(crate) const FORMAT: &str = "chiso.indicators/1";

/// Another way the press names an indicator: a synonym (`xuất khẩu`), an abbreviation (`XK`,
/// `IIP`) or a phrase that names it with the opposite sign (`nhập siêu`, a trade deficit, is
/// the trade balance negated).
///
/// # Example
///
/// ```
/// use chiso::{Alias, Lang};
///
/// let deficit = Alias::new("nhập siêu", Lang::Vi).negated();
/// assert_eq!((deficit.text(), deficit.lang(), deficit.is_negated()), ("nhập siêu", Lang::Vi, true));
/// assert!(!Alias::new("exports", Lang::En).is_negated());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Alias {
    text: String,
    lang: Lang,
    negated: bool,
}

impl Alias {
    /// An alias in `lang` that names the indicator with its own sign.
    ///
    /// # Example
    ///
    /// See [`Alias`].
    pub fn new(text: impl Into<String>, lang: Lang) -> Alias {
        Alias { text: text.into(), lang, negated: false }
    }

    /// The same alias, naming the indicator with the opposite sign: a figure printed under it
    /// is the indicator's value negated (`nhập siêu 2 tỷ USD` is a trade balance of −2 billion
    /// USD).
    ///
    /// # Example
    ///
    /// See [`Alias`].
    pub fn negated(mut self) -> Alias {
        self.negated = true;
        self
    }

    /// The alias as the press prints it.
    ///
    /// # Example
    ///
    /// See [`Alias`].
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The language it is printed in.
    ///
    /// # Example
    ///
    /// See [`Alias`].
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a figure printed under it is the indicator's value negated.
    ///
    /// # Example
    ///
    /// See [`Alias`].
    pub fn is_negated(&self) -> bool {
        self.negated
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    format: String,
    indicators: Vec<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireAliases {
    vi: Vec<WireAlias>,
    en: Vec<WireAlias>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum WireAlias {
    Plain(String),
    Signed { text: String, negated: bool },
}

impl WireAlias {
    fn into_alias(self, lang: Lang) -> Alias {
        match self {
            WireAlias::Plain(text) => Alias::new(text, lang),
            WireAlias::Signed { text, negated } => Alias { text, lang, negated },
        }
    }
}

/// A catalogue document read: every indicator with its aliases, checked as
/// [`Catalogue::new`] checks a catalogue. Errors name the path of what is wrong.
pub(crate) fn from_json(text: &str) -> Result<Catalogue> {
    let invalid = |path: String, message: String| Error::InvalidReport { path, message };
    let document: Document = serde_json::from_str(text).map_err(|err| invalid(".".into(), err.to_string()))?;
    if document.format != FORMAT {
        return Err(invalid("format".into(), format!("{:?} is not {FORMAT:?}", document.format)));
    }
    let mut indicators = Vec::with_capacity(document.indicators.len());
    let mut aliases = Vec::with_capacity(document.indicators.len());
    for (i, mut entry) in document.indicators.into_iter().enumerate() {
        let wire = match entry.remove("aliases") {
            Some(value) => serde_json::from_value::<WireAliases>(value)
                .map_err(|err| invalid(format!("indicators[{i}].aliases"), err.to_string()))?,
            None => WireAliases { vi: Vec::new(), en: Vec::new() },
        };
        let indicator = indicator_of_json(serde_json::Value::Object(entry))
            .map_err(|(field, message)| invalid(format!("indicators[{i}]{field}"), message))?;
        let mut own: Vec<Alias> = wire.vi.into_iter().map(|a| a.into_alias(Lang::Vi)).collect();
        own.extend(wire.en.into_iter().map(|a| a.into_alias(Lang::En)));
        indicators.push(indicator);
        aliases.push(own);
    }
    let mut catalogue = Catalogue::new(indicators)?;
    catalogue.aliases = aliases;
    Ok(catalogue)
}

impl Catalogue {
    /// The standard catalogue: the indicators that Vietnamese statistical and departmental
    /// reports print (GRDP, IIP, retail sales, exports, imports, the trade balance, CPI, FDI,
    /// budget revenue, visitors, new enterprises, electricity, …), each with its Vietnamese
    /// and English names and the aliases the press prints it under. It ships in the crate as
    /// `data/indicators.json` (format `chiso.indicators/1`); the indicators of the embedded
    /// reports are defined in it exactly as the reports define them, so a report may refer to
    /// one as `{"standard": "exports"}`.
    ///
    /// # Example
    ///
    /// ```
    /// let standard = chiso::Catalogue::standard();
    /// let exports = standard.get("exports").unwrap();
    /// assert_eq!(exports.name().vi, "Kim ngạch xuất khẩu");
    /// assert_eq!(exports.unit().to_string(), "billion USD");
    /// assert!(standard.aliases("exports").iter().any(|a| a.text() == "XK"));
    /// ```
    pub fn standard() -> &'static Catalogue {
        static STANDARD_CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        STANDARD_CATALOGUE.get_or_init(|| {
            // The document is fixed at compile time and read by the crate's tests.
            // OK because a failure here is a build defect, not bad user input.
            from_json(STANDARD).expect("the standard catalogue data/indicators.json is valid")
        })
    }

    /// The standard catalogue's document as shipped, `chiso.indicators/1`: every indicator of
    /// `chiso.report/1` with its `aliases` (`{"vi": [...], "en": [...]}`; an alias that names
    /// the indicator negated is written `{"text": "nhập siêu", "negated": true}`).
    ///
    /// # Example
    ///
    /// ```
    /// assert!(chiso::Catalogue::standard_json().contains("\"chiso.indicators/1\""));
    /// ```
    pub fn standard_json() -> &'static str {
        STANDARD
    }

    /// The aliases of the indicator with this id, Vietnamese first; empty for an unknown id
    /// or an indicator that has none. The names ([`Indicator::name`](crate::Indicator::name))
    /// are matched too, and are not repeated here.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::Lang;
    ///
    /// let aliases = chiso::Catalogue::standard().aliases("trade_balance");
    /// let deficit = aliases.iter().find(|a| a.text() == "nhập siêu").unwrap();
    /// assert!(deficit.is_negated());
    /// assert!(aliases.iter().any(|a| a.lang() == Lang::En && a.text() == "trade surplus"));
    /// assert!(chiso::Catalogue::standard().aliases("no_such_id").is_empty());
    /// ```
    pub fn aliases(&self, id: &str) -> &[Alias] {
        self.position(id).map_or(&[], |i| self.aliases_at(i))
    }

    /// The same catalogue with `aliases` added to the indicator with this id, for matching
    /// text against a catalogue of one's own.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the catalogue has no indicator with this id, or an alias
    /// is blank.
    ///
    /// # Example
    ///
    /// ```
    /// use chiso::{Alias, Catalogue, Lang};
    ///
    /// let catalogue = Catalogue::new(chiso::datasets::binh_duong_2024().indicators().to_vec())?
    ///     .with_aliases("exports", vec![Alias::new("hàng xuất", Lang::Vi)])?;
    /// assert_eq!(catalogue.find("hàng xuất").unwrap().id(), "exports");
    /// assert!(catalogue.clone().with_aliases("nothing", vec![]).is_err());
    /// # Ok::<(), chiso::Error>(())
    /// ```
    pub fn with_aliases(mut self, id: &str, aliases: Vec<Alias>) -> Result<Catalogue> {
        let Some(position) = self.position(id) else {
            return Err(self.unknown(id));
        };
        if let Some(blank) = aliases.iter().find(|a| crate::text::fold::fold(a.text()).is_empty()) {
            return Err(Error::invalid("alias", blank.text(), "an alias needs at least one letter or digit"));
        }
        self.aliases.resize(self.indicators.len(), Vec::new());
        self.aliases[position].extend(aliases);
        self.index = OnceLock::new();
        Ok(self)
    }
}
