//! Plain-text tables and CSV: display only.
//!
//! A table is printed at its full width ([`Layout::Full`]), or fitted to a number of columns
//! ([`Layout::Fit`]), as it is on a terminal. Fitting narrows the widest columns first, wrapping
//! their cells at spaces, then moves width between columns while that makes the table shorter; a column is not narrowed below [`FLOOR`] characters (or its widest
//! word, if longer) while the caller's optional columns can still be omitted, one by one in the
//! caller's order; a note under the table names those omitted. With nothing left to omit, columns narrow to their widest word, then split
//! words without a digit, then (only when nothing else fits) figures, so that every line fits
//! whatever the width.

use chiso::Lang;

/// How wide a table may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Every column at the width of its widest cell.
    Full,
    /// At most this many characters a line.
    Fit(usize),
}

/// How narrow a column becomes before an optional column is omitted instead.
pub const FLOOR: usize = 12;

/// The most characters moved at once from one column to another to save lines.
const MOVE: usize = 8;

/// Columns separated by two spaces.
const GAP: usize = 2;

/// A printed table, and which of its columns were left out to fit.
pub struct Table {
    /// The lines, each ending in a line break.
    pub text: String,
    /// The headers of the columns omitted, in the order they were.
    pub omitted: Vec<String>,
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

fn widest_word(text: &str) -> usize {
    text.split(' ').map(chars).max().unwrap_or(0)
}

/// `text` as one line of words separated by single spaces: a line break, a tab or another
/// control character in a name (which a report may hold) neither breaks the table's lines nor
/// reaches the terminal.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The widest word of `text` with a digit in it (a year, a value, a range), or 0.
fn widest_figure(text: &str) -> usize {
    text.split(' ').filter(|w| w.chars().any(|c| c.is_ascii_digit())).map(chars).max().unwrap_or(0)
}

/// `text` in lines of at most `width` characters, broken at spaces; a word longer than
/// `width` is split.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word: Vec<char> = word.chars().collect();
        if !line.is_empty() && chars(&line) + 1 + word.len() <= width {
            line.push(' ');
            line.extend(&word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        while word.len() > width {
            lines.push(word.drain(..width).collect());
        }
        line = word.into_iter().collect();
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Text lines (a title, a note) wrapped to the layout's width.
pub fn paragraph(text: &str, layout: Layout) -> String {
    match layout {
        Layout::Full => format!("{text}\n"),
        Layout::Fit(width) => wrap(text, width).into_iter().map(|l| l + "\n").collect(),
    }
}

/// The table of `header` and `rows`, padded to each column's width and laid out as `layout`
/// says. `optional` lists the columns that may be omitted to fit, the first to go first.
pub fn render(header: &[String], rows: &[Vec<String>], layout: Layout, optional: &[usize]) -> Table {
    let header: Vec<String> = header.iter().map(|cell| one_line(cell)).collect();
    let rows: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(|cell| one_line(cell)).collect()).collect();
    let (header, rows) = (header.as_slice(), rows.as_slice());
    let columns = header.len();
    let cells = |column: usize| std::iter::once(&header[column]).chain(rows.iter().map(move |r| &r[column]));
    let natural: Vec<usize> = (0..columns).map(|c| cells(c).map(|t| chars(t)).max().unwrap_or(0)).collect();
    let words: Vec<usize> = (0..columns).map(|c| cells(c).map(|t| widest_word(t)).max().unwrap_or(0)).collect();
    let figures: Vec<usize> =
        (0..columns).map(|c| cells(c).map(|t| widest_figure(t)).max().unwrap_or(0).max(1)).collect();
    let by_column: Vec<Vec<&str>> = (0..columns).map(|c| cells(c).map(String::as_str).collect()).collect();
    let mut kept: Vec<usize> = (0..columns).collect();
    let mut widths = natural.clone();
    if let Layout::Fit(width) = layout {
        let mut omittable = optional.iter();
        loop {
            widths = natural.clone();
            let floors: Vec<usize> = (0..columns).map(|c| natural[c].min(words[c].max(FLOOR))).collect();
            if narrow(&mut widths, &kept, &floors, width, &by_column) {
                break;
            }
            match omittable.next() {
                Some(column) => kept.retain(|c| c != column),
                None => {
                    // Split words of text before figures, and figures only when nothing else fits.
                    let _ = narrow(&mut widths, &kept, &words, width, &by_column)
                        || narrow(&mut widths, &kept, &figures, width, &by_column)
                        || narrow(&mut widths, &kept, &vec![1; columns], width, &by_column);
                    break;
                }
            }
        }
    }
    let line = |cells: &[String]| -> String {
        let wrapped: Vec<Vec<String>> = kept.iter().map(|&c| wrap(&cells[c], widths[c])).collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        let mut out = String::new();
        for i in 0..height {
            let padded: Vec<String> = wrapped
                .iter()
                .zip(&kept)
                .map(|(lines, &c)| {
                    let text = lines.get(i).map_or("", String::as_str);
                    format!("{text}{}", " ".repeat(widths[c].saturating_sub(chars(text))))
                })
                .collect();
            out.push_str(padded.join(&" ".repeat(GAP)).trim_end());
            out.push('\n');
        }
        out
    };
    let mut text = line(header);
    let rule: Vec<String> = widths.iter().map(|&w| "─".repeat(w)).collect();
    text.push_str(&line(&rule));
    for row in rows {
        text.push_str(&line(row));
    }
    let omitted = optional.iter().filter(|c| !kept.contains(c)).map(|&c| header[c].clone()).collect();
    Table { text, omitted }
}

/// A table fitted to `layout`, with a note naming the columns left out.
pub fn fitted(header: &[String], rows: &[Vec<String>], layout: Layout, optional: &[usize], lang: Lang) -> String {
    let table = render(header, rows, layout, optional);
    match (table.omitted.is_empty(), layout) {
        (false, Layout::Fit(width)) => {
            let omitted = table.omitted.join(", ");
            let note = match lang {
                Lang::Vi => format!("(không hiện, để vừa {width} cột: {omitted}; --wide để xem đủ)"),
                Lang::En => format!("(not shown, to fit {width} columns: {omitted}; --wide shows every column)"),
            };
            table.text + &paragraph(&note, layout)
        }
        _ => table.text,
    }
}

/// Narrows the widest of the `kept` columns, one character at a time and none below its floor,
/// until the line fits `width`; then moves width from column to column while that saves lines
/// (`cells` by column, header first). Whether the line fits.
fn narrow(widths: &mut [usize], kept: &[usize], floors: &[usize], width: usize, cells: &[Vec<&str>]) -> bool {
    let mut total = kept.iter().map(|&c| widths[c]).sum::<usize>() + GAP * kept.len().saturating_sub(1);
    while total > width {
        let Some(&widest) = kept.iter().filter(|&&c| widths[c] > floors[c]).max_by_key(|&&c| widths[c]) else {
            return false;
        };
        widths[widest] -= 1;
        total -= 1;
    }
    let height = |widths: &[usize]| -> usize {
        (0..cells[0].len())
            .map(|row| kept.iter().map(|&c| wrap(cells[c][row], widths[c]).len()).max().unwrap_or(1))
            .sum()
    };
    let mut lines = height(widths);
    // Each move is kept only if the table gets shorter, so this ends.
    'better: loop {
        for &from in kept {
            for &to in kept {
                for step in 1..=widths[from].saturating_sub(floors[from]).min(MOVE) {
                    if from == to {
                        break;
                    }
                    let mut moved = widths.to_vec();
                    moved[from] -= step;
                    moved[to] += step;
                    let after = height(&moved);
                    if after < lines {
                        widths.copy_from_slice(&moved);
                        lines = after;
                        continue 'better;
                    }
                }
            }
        }
        return true;
    }
}

/// One CSV record, quoting a field that holds a comma, a quote or a line break (RFC 4180).
pub fn csv_record(fields: &[String]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| if f.contains([',', '"', '\n', '\r']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f.clone() })
        .collect();
    quoted.join(",") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn cells_align_by_characters_not_bytes() {
        let header = strings(&["a", "b"]);
        let rows = vec![strings(&["đồng", "x"])];
        let text = render(&header, &rows, Layout::Full, &[]).text;
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "a     b");
        assert_eq!(lines[2], "đồng  x");
    }

    /// The embedded report's scorecard as the command prints it, at its full width of 156.
    fn scorecard() -> (Vec<String>, Vec<Vec<String>>) {
        let header = strings(&["Indicator", "Period", "Value", "Growth", "Implied previous year"]);
        let rows = vec![
            strings(&["Trade balance", "2024", "10 billion USD", "—", "—"]),
            strings(&[
                "Commercial electricity sold",
                "2024",
                "16.94 billion kWh",
                "up 11.4%",
                "15.21 billion kWh (15.19–15.22)",
            ]),
            strings(&[
                "Retail sales of goods and service revenue",
                "2024",
                "351,640 billion VND",
                "up 13.3%",
                "310,361.87 billion VND (310,224.52–310,499.34)",
            ]),
            strings(&[
                "Typical rural industrial products recognised at province level",
                "2024",
                "41 products",
                "—",
                "—",
            ]),
            strings(&["Industrial-extension programme budget", "2024", "more than 2.79 billion VND", "—", "—"]),
        ];
        (header, rows)
    }

    fn widest_line(text: &str) -> usize {
        text.lines().map(chars).max().unwrap_or(0)
    }

    #[test]
    fn a_fitted_table_has_no_line_wider_than_the_terminal() {
        let (header, rows) = scorecard();
        let full = render(&header, &rows, Layout::Full, &[4]);
        assert_eq!(widest_line(&full.text), 156);
        for width in [80, 100, 200] {
            let table = render(&header, &rows, Layout::Fit(width), &[4, 3]);
            assert!(widest_line(&table.text) <= width, "{width}:\n{}", table.text);
            // Wrapping alone fits these widths: every column stays, every word whole.
            assert!(table.omitted.is_empty(), "{width}: {:?}", table.omitted);
            for word in ["(310,224.52–310,499.34)", "351,640", "Industrial-extension", "recognised"] {
                assert!(table.text.contains(word), "{width}: {word} split in\n{}", table.text);
            }
        }
        // Wide enough for the whole table: it is the full table.
        assert_eq!(render(&header, &rows, Layout::Fit(200), &[4]).text, full.text);
    }

    #[test]
    fn a_table_fitted_to_80_columns_wraps_the_cells_that_cost_the_fewest_lines() {
        let (header, rows) = scorecard();
        let table = render(&header, &rows, Layout::Fit(80), &[4, 3]);
        let expected = "\
Indicator              Period  Value           Growth    Implied previous year
─────────────────────  ──────  ──────────────  ────────  ───────────────────────
Trade balance          2024    10 billion USD  —         —
Commercial             2024    16.94 billion   up 11.4%  15.21 billion kWh
electricity sold               kWh                       (15.19–15.22)
Retail sales of goods  2024    351,640         up 13.3%  310,361.87 billion VND
and service revenue            billion VND               (310,224.52–310,499.34)
Typical rural          2024    41 products     —         —
industrial products
recognised at
province level
Industrial-extension   2024    more than 2.79  —         —
programme budget               billion VND
";
        assert_eq!(table.text, expected);
    }

    #[test]
    fn optional_columns_go_in_order_when_wrapping_is_not_enough() {
        let (header, rows) = scorecard();
        let table = render(&header, &rows, Layout::Fit(60), &[4, 3]);
        assert_eq!(table.omitted, strings(&["Implied previous year"]));
        assert!(widest_line(&table.text) <= 60, "{}", table.text);
        let table = render(&header, &rows, Layout::Fit(40), &[4, 3]);
        assert_eq!(table.omitted, strings(&["Implied previous year", "Growth"]));
        assert!(widest_line(&table.text) <= 40, "{}", table.text);
        // Nothing more to omit: words are split rather than a line overflowing.
        let table = render(&header, &rows, Layout::Fit(20), &[4, 3]);
        assert!(widest_line(&table.text) <= 20, "{}", table.text);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_splits_only_a_word_too_long() {
        assert_eq!(wrap("up 13.3% to 351,640", 9), strings(&["up 13.3%", "to", "351,640"]));
        assert_eq!(wrap("abcdefgh ij", 3), strings(&["abc", "def", "gh", "ij"]));
        assert_eq!(wrap("", 5), strings(&[""]));
        assert_eq!(paragraph("Binh Duong — Department", Layout::Fit(12)), "Binh Duong —\nDepartment\n");
    }

    #[test]
    fn a_line_break_or_a_control_character_in_a_cell_does_not_break_the_table() {
        let header = strings(&["Indicator", "Value"]);
        let rows = vec![strings(&["Retail, \"sales\"\nand\tservices\u{1b}[31m", "351,640"])];
        let expected = "\
Indicator                          Value
─────────────────────────────────  ───────
Retail, \"sales\" and services [31m  351,640
";
        assert_eq!(render(&header, &rows, Layout::Full, &[]).text, expected);
        let fitted = render(&header, &rows, Layout::Fit(20), &[]).text;
        assert_eq!(fitted.lines().count(), 6, "{fitted}");
        assert!(widest_line(&fitted) <= 20, "{fitted}");
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let fields = strings(&["plain", "a,b", "say \"hi\""]);
        assert_eq!(csv_record(&fields), "plain,\"a,b\",\"say \"\"hi\"\"\"\n");
    }
}
