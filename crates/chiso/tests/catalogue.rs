//! The standard catalogue of indicators (`data/indicators.json`): its definitions agree with
//! every embedded report and with the JSON Schema, and it names indicators as the press
//! prints them, in Vietnamese with or without diacritics and in English.

use std::collections::BTreeSet;

use chiso::{Catalogue, Lang, MatchHow, Report};
use rust_decimal::Decimal;
use serde_json::Value;

const EMBEDDED: [(&str, &str); 4] = [
    ("binh_duong_2024.json", include_str!("../data/binh_duong_2024.json")),
    ("provinces_2024/dong_nai.json", include_str!("../data/provinces_2024/dong_nai.json")),
    ("provinces_2024/ho_chi_minh_city.json", include_str!("../data/provinces_2024/ho_chi_minh_city.json")),
    ("provinces_2024/vietnam.json", include_str!("../data/provinces_2024/vietnam.json")),
];

fn standard() -> &'static Catalogue {
    Catalogue::standard()
}

#[test]
fn every_indicator_of_every_embedded_report_is_the_standard_one() {
    let mut seen = BTreeSet::new();
    for (file, json) in EMBEDDED {
        let report = Report::from_json(json).unwrap();
        for indicator in report.indicators() {
            let standard =
                standard().get(indicator.id()).unwrap_or_else(|| panic!("{file}: {} is not standard", indicator.id()));
            assert_eq!(indicator, standard, "{file}: {}", indicator.id());
            seen.insert(indicator.id().to_string());
        }
    }
    assert!(seen.contains("grdp") && seen.contains("gdp") && seen.contains("electricity_output"), "{seen:?}");
    assert_eq!(seen.len(), 23, "{seen:?}");
}

#[test]
fn the_catalogue_covers_what_the_issue_lists() {
    let wanted = [
        "grdp",
        "gdp",
        "iip",
        "retail_sales",
        "exports",
        "imports",
        "trade_balance",
        "total_trade",
        "cpi",
        "fdi_registered",
        "fdi_disbursed",
        "budget_revenue",
        "public_investment_disbursed",
        "commercial_electricity",
        "electricity_saved",
        "international_visitors",
        "domestic_visitors",
        "new_enterprises",
        "electricity_output",
        "tourism_revenue",
    ];
    for id in wanted {
        let indicator = standard().require(id).unwrap();
        let aliases = standard().aliases(id);
        assert!(aliases.iter().any(|a| a.lang() == Lang::Vi), "{id} has no Vietnamese alias");
        assert!(aliases.iter().any(|a| a.lang() == Lang::En), "{id} has no English alias");
        assert!(!indicator.name().vi.is_empty() && !indicator.name().en.is_empty());
    }
    assert_eq!(standard().len(), 38);
    let total = standard().get("total_trade").unwrap();
    assert_eq!(total.identity(), Some(&chiso::Identity::Sum(vec!["exports".into(), "imports".into()])));
    assert_eq!(standard().get("cpi").unwrap().polarity(), chiso::Polarity::LowerIsBetter);
    let visitors = standard().get("total_visitors").unwrap().identity();
    let parts = vec!["international_visitors".to_string(), "domestic_visitors".to_string()];
    assert_eq!(visitors, Some(&chiso::Identity::Sum(parts)));
    // A component is not the whole: core inflation is not the CPI.
    assert_eq!(standard().best_in("Lạm phát cơ bản tăng 2,7%").unwrap().id(), "core_inflation");
}

#[test]
fn the_schema_lists_exactly_the_standard_ids() {
    let schema: Value = serde_json::from_str(chiso::REPORT_SCHEMA).unwrap();
    let listed: Vec<&str> = schema["$defs"]["standard_indicator"]["properties"]["standard"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let ids: Vec<&str> = standard().indicators().iter().map(|i| i.id()).collect();
    assert_eq!(listed, ids);
}

#[test]
fn the_shipped_document_reads_back_to_the_catalogue() {
    let document: Value = serde_json::from_str(Catalogue::standard_json()).unwrap();
    assert_eq!(document["format"], "chiso.indicators/1");
    let entries = document["indicators"].as_array().unwrap();
    assert_eq!(entries.len(), standard().len());
    let negated: Vec<(&str, &str)> = entries
        .iter()
        .flat_map(|e| {
            let id = e["id"].as_str().unwrap();
            ["vi", "en"].into_iter().flat_map(move |lang| {
                e["aliases"][lang]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(move |a| a.get("negated").map(|_| (id, a["text"].as_str().unwrap())))
            })
        })
        .collect();
    assert_eq!(
        negated,
        [
            ("trade_balance", "nhập siêu"),
            ("trade_balance", "thâm hụt thương mại"),
            ("trade_balance", "giá trị nhập siêu"),
            ("trade_balance", "trade deficit"),
            ("trade_balance", "trade gap")
        ]
    );
}

fn found(query: &str) -> (String, Decimal, MatchHow, bool) {
    let m = standard().find(query).unwrap_or_else(|| panic!("nothing found for {query:?}"));
    (m.id().to_string(), m.score(), m.how(), m.is_ambiguous())
}

#[test]
fn the_press_names_find_their_indicator() {
    let cases = [
        ("chỉ số sản xuất công nghiệp", "iip"),
        ("IIP", "iip"),
        ("index of industrial production", "iip"),
        ("industrial production index", "iip"),
        ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "retail_sales"),
        ("tổng mức bán lẻ hàng hóa", "retail_sales"),
        ("retail sales", "retail_sales"),
        ("total retail sales of goods and services", "retail_sales"),
        ("retail sales of goods and consumer services revenue", "retail_sales"),
        ("kim ngạch xuất khẩu", "exports"),
        ("xuất khẩu", "exports"),
        ("kim ngạch XK", "exports"),
        ("XK", "exports"),
        ("export turnover", "exports"),
        ("exports", "exports"),
        ("export value", "exports"),
        ("xuất siêu", "trade_balance"),
        ("nhập siêu", "trade_balance"),
        ("cán cân thương mại", "trade_balance"),
        ("trade surplus", "trade_balance"),
        ("vốn FDI đăng ký", "fdi_registered"),
        ("vốn đầu tư trực tiếp nước ngoài", "fdi_registered"),
        ("FDI registered", "fdi_registered"),
        ("FDI disbursed", "fdi_disbursed"),
        ("vốn FDI giải ngân", "fdi_disbursed"),
        ("thu ngân sách nhà nước", "budget_revenue"),
        ("thu NSNN", "budget_revenue"),
        ("state budget revenue", "budget_revenue"),
        ("giải ngân vốn đầu tư công", "public_investment_disbursed"),
        ("public investment disbursement", "public_investment_disbursed"),
        ("khách quốc tế", "international_visitors"),
        ("international arrivals", "international_visitors"),
        ("foreign visitors", "international_visitors"),
        ("khách nội địa", "domestic_visitors"),
        ("domestic tourists", "domestic_visitors"),
        ("doanh nghiệp thành lập mới", "new_enterprises"),
        ("newly established enterprises", "new_enterprises"),
        ("chỉ số giá tiêu dùng", "cpi"),
        ("CPI", "cpi"),
        ("consumer price index", "cpi"),
        ("inflation", "cpi"),
        ("tổng sản phẩm trên địa bàn", "grdp"),
        ("GRDP", "grdp"),
        ("tăng trưởng kinh tế", "grdp"),
        ("economic growth", "grdp"),
        ("kim ngạch xuất nhập khẩu", "total_trade"),
        ("sản lượng điện thương phẩm", "commercial_electricity"),
        ("tiết kiệm điện", "electricity_saved"),
        ("sản lượng điện sản xuất", "electricity_output"),
        ("doanh thu du lịch", "tourism_revenue"),
        ("lạm phát cơ bản", "core_inflation"),
        ("tổng lượt khách du lịch", "total_visitors"),
    ];
    for (query, id) in cases {
        let (got, score, how, ambiguous) = found(query);
        assert_eq!((got.as_str(), score, ambiguous), (id, Decimal::ONE, false), "{query}");
        assert!(matches!(how, MatchHow::Id | MatchHow::Name | MatchHow::Alias), "{query}: {how}");
    }
}

#[test]
fn a_negated_alias_says_so() {
    let deficit = standard().find("nhập siêu").unwrap();
    assert!(deficit.negated());
    assert_eq!(deficit.matched(), "nhập siêu");
    assert!(standard().find("trade deficit").unwrap().negated());
    assert!(!standard().find("xuất siêu").unwrap().negated());
    assert!(standard().best_in("Bình Dương nhập siêu 1,2 tỷ USD").unwrap().negated());
}

#[test]
fn without_diacritics_and_in_any_case_the_same_indicator() {
    assert_eq!(found("kim ngach xuat khau"), ("exports".into(), Decimal::ONE, MatchHow::Folded, false));
    assert_eq!(found("KIM NGẠCH   XUẤT KHẨU"), ("exports".into(), Decimal::ONE, MatchHow::Name, false));
    assert_eq!(found("tong muc ban le hang hoa"), ("retail_sales".into(), Decimal::ONE, MatchHow::Folded, false));
    assert_eq!(found("nhap sieu").0, "trade_balance");
    assert_eq!(found("Chi so san xuat cong nghiep (IIP)"), ("iip".into(), Decimal::ONE, MatchHow::Folded, false));
}

#[test]
fn every_name_and_alias_finds_its_own_indicator() {
    for indicator in standard().indicators() {
        let id = indicator.id();
        let names = [indicator.name().vi.as_str(), indicator.name().en.as_str()];
        let texts = names.into_iter().chain(standard().aliases(id).iter().map(|a| a.text()));
        for text in texts {
            for query in [text.to_string(), text.to_uppercase()] {
                let m = standard().find(&query).unwrap();
                let among = m.id() == id || m.alternatives().iter().any(|(alt, s)| alt == id && *s == Decimal::ONE);
                assert!(among && m.score() == Decimal::ONE, "{query:?} found {} not {id}", m.id());
            }
        }
    }
}

#[test]
fn an_alias_two_indicators_share_is_ambiguous() {
    let fdi = standard().find("FDI").unwrap();
    assert_eq!(fdi.id(), "fdi_registered");
    assert!(fdi.is_ambiguous());
    assert_eq!(fdi.alternatives(), [("fdi_disbursed".to_string(), Decimal::ONE)]);
    assert!(!standard().find("vốn FDI đăng ký").unwrap().is_ambiguous());
}

#[test]
fn fuzzy_matches_score_below_one_and_say_how() {
    let m = standard().find("giá trị xuất khẩu hàng hóa tỉnh").unwrap();
    assert_eq!((m.id(), m.how(), m.score()), ("exports", MatchHow::Fuzzy, Decimal::new(72, 2)));
    // The same words in another order share every word, and still score below 1.
    let m = standard().find("xuất khẩu kim ngạch").unwrap();
    assert_eq!((m.id(), m.how(), m.score()), ("exports", MatchHow::Fuzzy, Decimal::new(99, 2)));
    // Abbreviations expand: "KN XK" is kim ngạch xuất khẩu.
    let m = standard().find("kim ngach XK cua tinh").unwrap();
    assert_eq!((m.id(), m.how()), ("exports", MatchHow::Fuzzy));
    assert!(m.score() < Decimal::ONE && m.score() >= chiso::MIN_FUZZY_SCORE);
    assert!(standard().find("giá vàng").is_none());
    assert!(standard().find("").is_none());
    assert!(standard().find("  ,; ").is_none());
}

#[test]
fn fuzzy_alternatives_close_to_the_best_make_it_ambiguous() {
    // "chỉ số" and "sản xuất" are shared by IIP and CPI-like names; "giá" leans to CPI.
    let m = standard().find("chỉ số giá").unwrap();
    assert_eq!(m.id(), "cpi");
    assert_eq!(m.how(), MatchHow::Fuzzy);
    let gap = m.score() - m.alternatives().first().map_or(Decimal::ZERO, |a| a.1);
    assert_eq!(m.is_ambiguous(), gap <= chiso::AMBIGUITY_MARGIN);
}

#[test]
fn best_in_prefers_the_longest_name_in_the_clause() {
    let m = standard().best_in("Trong năm, kim ngạch xuất khẩu cả nước đạt 405,5 tỷ USD").unwrap();
    assert_eq!((m.id(), m.how(), m.is_ambiguous()), ("national_exports", MatchHow::Alias, false));
    assert_eq!(m.alternatives(), [] as [(String, Decimal); 0], "exports is inside the longer name");
    let m = standard().best_in("Kim ngạch xuất nhập khẩu đạt 60 tỷ USD").unwrap();
    assert_eq!(m.id(), "total_trade");
    let m = standard().best_in("Tong muc ban le hang hoa va doanh thu dich vu uoc dat 351.640 ty dong").unwrap();
    assert_eq!((m.id(), m.how()), ("retail_sales", MatchHow::Folded));
    let m = standard().best_in("Export turnover rose 12.2 per cent to US$34.5 billion").unwrap();
    assert_eq!((m.id(), m.how()), ("exports", MatchHow::Name));
    let m = standard().best_in("The province welcomed 1.2 million international arrivals").unwrap();
    assert_eq!(m.id(), "international_visitors");
}

#[test]
fn best_in_matches_whole_words_only() {
    // "XK" and "NK" inside longer words name nothing.
    assert!(standard().best_in("Công ty XKD và NKT đạt 5 tỷ đồng").is_none());
    assert!(standard().best_in("reimports and exporters").is_none());
    assert_eq!(standard().best_in("XK đạt 5 tỷ USD").unwrap().id(), "exports");
}

#[test]
fn best_in_reports_other_indicators_of_the_clause() {
    let m = standard().best_in("xuất khẩu 10 tỷ USD, nhập khẩu 8 tỷ USD").unwrap();
    assert_eq!(m.id(), "exports");
    assert_eq!(m.alternatives(), [("imports".to_string(), Decimal::ONE)]);
    assert!(m.is_ambiguous());
    let m = standard().best_in("kim ngạch xuất khẩu 10 tỷ USD, nhập khẩu 8 tỷ USD").unwrap();
    assert_eq!(m.alternatives(), [("imports".to_string(), Decimal::new(47, 2))]);
    assert!(!m.is_ambiguous());
}

#[test]
fn best_in_where_keeps_only_what_the_caller_accepts() {
    let clause = "6 phiên chợ hàng Việt với tổng kinh phí 350 triệu đồng";
    assert_eq!(standard().best_in(clause).unwrap().id(), "vietnamese_goods_fairs");
    let money = standard().best_in_where(clause, |i| matches!(i.unit().dimension(), chiso::Dimension::Money(_)));
    assert!(money.is_none(), "the clause names no money indicator of its own");
}

#[test]
fn all_in_lists_each_indicator_with_its_place() {
    let text = "Xuất siêu 10 tỷ USD; kim ngạch nhập khẩu 30,2 tỷ USD, FDI 1,2 tỷ USD, CPI tăng 3,2%.";
    let found = standard().all_in(text);
    let got: Vec<(&str, &str, bool)> = found
        .iter()
        .map(|m| {
            let (start, end) = m.span().unwrap();
            (m.id(), &text[start..end], m.is_ambiguous())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("trade_balance", "Xuất siêu", false),
            ("imports", "kim ngạch nhập khẩu", false),
            ("fdi_registered", "FDI", true),
            ("cpi", "CPI", false)
        ]
    );
    assert!(standard().find("exports").unwrap().span().is_none());
}

#[test]
fn the_source_text_names_its_indicators() {
    let source = include_str!("../data/sources/binh_duong_2024.txt");
    let ids: BTreeSet<&str> = standard().all_in(source).iter().map(|m| m.id()).collect();
    for id in [
        "trade_balance",
        "iip",
        "commercial_electricity",
        "electricity_saved",
        "retail_sales",
        "exports",
        "imports",
        "national_exports",
        "vietnamese_goods_fairs",
        "dossiers_resolved_on_time",
        "dossier_results_digitised",
        "industrial_parks",
        "household_electricity_access",
        "rural_industrial_products_province",
        "rural_industrial_products_regional",
    ] {
        assert!(ids.contains(id), "{id} is not named in the source text: {ids:?}");
    }
}

#[test]
fn a_standard_reference_loads_as_the_standard_definition_and_writes_in_full() {
    let json = r#"{"format": "chiso.report/1",
        "region": {"id": "VN-57", "name": {"vi": "Bình Dương", "en": "Binh Duong"}},
        "publisher": {"vi": "Sở", "en": "Department"},
        "indicators": [{"standard": "exports"}, {"standard": "imports"}, {"standard": "trade_balance"}],
        "observations": [{"indicator": "exports", "period": "2024", "value": "40.1"}],
        "targets": []}"#;
    let report = Report::from_json(json).unwrap();
    assert_eq!(report.indicator("trade_balance"), standard().get("trade_balance"));
    let written = report.to_json();
    assert!(!written.contains("\"standard\""), "{written}");
    assert!(written.contains("\"name\": {\n        \"vi\": \"Kim ngạch xuất khẩu\""), "{written}");
    assert_eq!(Report::from_json(&written).unwrap().to_json(), written);
}

#[test]
fn a_bad_standard_reference_is_refused_with_its_path() {
    let with = |indicators: &str| {
        let json = format!(
            r#"{{"format": "chiso.report/1", "region": {{"id": "VN", "name": {{"vi": "Việt Nam", "en": "Vietnam"}}}},
            "publisher": {{"vi": "TCTK", "en": "GSO"}}, "indicators": [{indicators}], "observations": [], "targets": []}}"#
        );
        Report::from_json(&json).unwrap_err().to_string()
    };
    assert_eq!(
        with(r#"{"standard": "exports"}, {"standard": "export"}"#),
        "indicators[1].standard: \"export\" is not a valid indicator id: the standard catalogue has no such indicator; \
         did you mean \"exports\", \"national_exports\" or \"export_share_national\"?"
    );
    assert_eq!(
        with(r#"{"standard": "gdp", "unit": "billion USD"}"#),
        "indicators[0]: a standard indicator is written {\"standard\": \"gdp\"} alone; \"unit\" is not allowed with it"
    );
    assert_eq!(
        with(r#"{"id": "gdp", "name": {"vi": "GDP", "en": "GDP"}, "measure": "flow", "polarity": "higher_is_better"}"#),
        "indicators[0]: missing field `unit` (or write {\"standard\": id} alone for a standard indicator)"
    );
    assert!(with(r#"{"standard": 3}"#).starts_with("indicators[0].standard: invalid type: integer `3`"));
}

#[test]
fn require_names_the_closest_ids() {
    let err = standard().require("fdi").unwrap_err().to_string();
    assert_eq!(
        err,
        "\"fdi\" is not a valid indicator id: the catalogue has no such indicator; did you mean \"fdi_registered\" or \"fdi_disbursed\"?"
    );
    let err = standard().require("grpd").unwrap_err().to_string();
    assert!(err.contains("did you mean \"grdp\""), "{err}");
    let err = standard().require("zzzzzzzzzz").unwrap_err().to_string();
    assert!(err.ends_with("the catalogue has no such indicator"), "{err}");
}

#[test]
fn a_catalogue_of_ones_own_matches_its_names() {
    let report = chiso::datasets::binh_duong_2024();
    let own = Catalogue::new(report.indicators().to_vec()).unwrap();
    assert_eq!(own.find("Kim ngạch xuất khẩu").unwrap().id(), "exports");
    // A report's catalogue has names, not the standard aliases: "XK" (xuất khẩu) shares two
    // of the four words of "Kim ngạch xuất khẩu".
    let xk = own.find("XK").unwrap();
    assert_eq!((xk.id(), xk.how(), xk.score()), ("exports", MatchHow::Fuzzy, Decimal::new(66, 2)));
    let union = own.union(standard()).unwrap();
    assert_eq!(union.find("FDI").unwrap().id(), "fdi_registered");
    assert_eq!(union.aliases("fdi_registered"), standard().aliases("fdi_registered"));
}

/// Every name and alias of the standard catalogue, with the id it names.
fn every_name() -> Vec<(&'static str, &'static str)> {
    standard()
        .indicators()
        .iter()
        .flat_map(|i| {
            let names = [i.name().vi.as_str(), i.name().en.as_str()];
            names.into_iter().chain(standard().aliases(i.id()).iter().map(|a| a.text())).map(move |t| (i.id(), t))
        })
        .collect()
}

/// Words that name no indicator and join no name into a longer one.
const NEUTRAL: [&str; 12] =
    ["năm", "nay", "ước", "đạt", "khoảng", "so", "với", "year", "reached", "about", "2024", "9,7%"];

proptest::proptest! {
    #[test]
    fn a_name_in_neutral_words_is_found_where_it_stands(
        which in 0usize..1000,
        before in proptest::collection::vec(0usize..NEUTRAL.len(), 0..6),
        after in proptest::collection::vec(0usize..NEUTRAL.len(), 0..6),
        upper in proptest::bool::ANY,
    ) {
        let names = every_name();
        let (id, name) = names[which % names.len()];
        let name = if upper { name.to_uppercase() } else { name.to_string() };
        let words = |picks: &[usize]| picks.iter().map(|&p| NEUTRAL[p]).collect::<Vec<_>>().join(" ");
        let (head, tail) = (words(&before), words(&after));
        let text = format!("{head} {name}, {tail}");
        let found = standard().best_in(&text).unwrap();
        let named = found.id() == id || found.alternatives().iter().any(|(alt, s)| alt == id && *s == Decimal::ONE);
        proptest::prop_assert!(named, "{text:?}: {} {:?}", found.id(), found.alternatives());
        let (start, end) = found.span().unwrap();
        // A name ends at its last word: "(GRDP)" is found as "(GRDP".
        let words_of_name = name.trim_matches(|c: char| !c.is_alphanumeric());
        proptest::prop_assert_eq!(&text[start..end], words_of_name);
    }

    #[test]
    fn any_text_is_matched_without_a_panic(text in "\\PC{0,80}") {
        if let Some(found) = standard().find(&text) {
            proptest::prop_assert!(found.score() > Decimal::ZERO && found.score() <= Decimal::ONE);
        }
        let mut end = 0;
        for found in standard().all_in(&text) {
            let (start, stop) = found.span().unwrap();
            proptest::prop_assert!(end <= start && start < stop && text.get(start..stop).is_some());
            end = stop;
        }
        if let Some(found) = standard().best_in(&text) {
            let (start, stop) = found.span().unwrap();
            proptest::prop_assert!(text.get(start..stop).is_some());
        }
    }
}
