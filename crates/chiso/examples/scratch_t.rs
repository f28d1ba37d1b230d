use chiso::*;
fn main() {
    let lines = std::fs::read_to_string("/tmp/t/in.txt").unwrap();
    for line in lines.lines() {
        let (lang, text) = line.split_once('|').unwrap();
        let lang: Lang = lang.parse().unwrap();
        if let Some(t) = text.strip_prefix("Q ") {
            println!("Q {t:?} -> {:?}", parse_quantity(t, lang).map(|q| q.to_string()));
            continue;
        }
        if let Some(t) = text.strip_prefix("G ") {
            println!("G {t:?} -> {:?}", parse_growth(t, lang).map(|q| q.to_string()));
            continue;
        }
        if let Some(t) = text.strip_prefix("R ") {
            println!("R {t:?} -> {:?}", parse_range(t, lang).map(|(a, b)| format!("{a} … {b}")));
            continue;
        }
        println!("E {text:?}");
        for m in extract(text, lang) {
            let read = match (m.quantity(), m.range()) {
                (Some(q), _) => q.to_string(),
                (_, Some((a, b))) => format!("{a} … {b}"),
                _ => unreachable!(),
            };
            println!(
                "   [{}..{}] {:?} {} {} cmp={:?} aim={} est={} span={:?} ctx={:?}",
                m.start(),
                m.end(),
                m.text(),
                m.kind(),
                read,
                m.compared_with(),
                m.aim(),
                m.estimated(),
                m.span(),
                m.context()
            );
        }
    }
}
