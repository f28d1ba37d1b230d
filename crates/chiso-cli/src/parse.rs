//! `chiso parse`: every figure in a text, where it is and what was read.

use chiso::{extract, format_quantity, Lang, Mention};

use crate::table::{fitted, Layout};
use crate::ParseFormat;

/// Every figure of `text`, as a table laid out as `layout` says (the context is the column left
/// out first to fit, then the figure's text) or as JSON.
pub fn render(text: &str, lang: Lang, format: ParseFormat, layout: Layout) -> String {
    let mentions = extract(text, lang);
    match format {
        ParseFormat::Json => serde_json::to_string_pretty(&mentions).map(|s| s + "\n").unwrap_or_default(),
        ParseFormat::Table if mentions.is_empty() => "no figures found\n".to_string(),
        ParseFormat::Table => {
            let header = ["at", "kind", "text", "read as", "context"].map(String::from);
            let rows: Vec<Vec<String>> = mentions
                .iter()
                .map(|m| {
                    vec![
                        format!("{}–{}", m.start(), m.end()),
                        kind(m),
                        m.text().to_string(),
                        reading(m, lang),
                        m.context().to_string(),
                    ]
                })
                .collect();
            // The table's words are English whatever the text's language.
            fitted(&header, &rows, layout, &[4, 2], Lang::En)
        }
    }
}

/// What the figure is, with what the text says of it: `growth, aim, same_period`.
fn kind(mention: &Mention) -> String {
    let mut kind = mention.kind().name().to_string();
    if mention.aim() {
        kind.push_str(", aim");
    }
    if let Some(comparison) = mention.compared_with() {
        kind = format!("{kind}, {comparison}");
    }
    if let Some((first, last)) = mention.span() {
        kind = format!("{kind}, {first}–{last}");
    }
    kind
}

/// The figure as read, printed canonically with its bound in the text's language.
fn reading(mention: &Mention, lang: Lang) -> String {
    let show = |q| format!("{} [{}]", format_quantity(q, lang), chiso::Quantity::bound(q));
    match (mention.quantity(), mention.range()) {
        (Some(quantity), _) => show(quantity),
        (None, Some((low, high))) => format!("{} … {}", show(low), show(high)),
        (None, None) => String::new(),
    }
}
