//! Plain-text tables and CSV: display only.

/// Columns padded to their widest cell (counted in characters), separated by two spaces.
pub fn aligned(header: &[String], rows: &[Vec<String>]) -> String {
    let width = |column: usize| {
        std::iter::once(&header[column])
            .chain(rows.iter().map(|r| &r[column]))
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, &w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        padded.join("  ").trim_end().to_string() + "\n"
    };
    let mut out = line(header);
    let rule: Vec<String> = widths.iter().map(|&w| "─".repeat(w)).collect();
    out.push_str(&line(&rule));
    for row in rows {
        out.push_str(&line(row));
    }
    out
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

    #[test]
    fn cells_align_by_characters_not_bytes() {
        let header = vec!["a".to_string(), "b".to_string()];
        let rows = vec![vec!["đồng".to_string(), "x".to_string()]];
        let text = aligned(&header, &rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "a     b");
        assert_eq!(lines[2], "đồng  x");
    }

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let fields = vec!["plain".to_string(), "a,b".to_string(), "say \"hi\"".to_string()];
        assert_eq!(csv_record(&fields), "plain,\"a,b\",\"say \"\"hi\"\"\"\n");
    }
}
