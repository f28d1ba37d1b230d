//! Golden reasons and findings: every kind, in English and in Vietnamese, word for word. The
//! Vietnamese follows the source report (`data/sources/binh_duong_2024.txt`): *tăng … so với
//! cùng kỳ*, *đạt*, *vượt kế hoạch*, *chưa có số liệu*, numbers written 351.640 and 16,94.

use chiso::{datasets, Condition, FindingKind, Lang, Observation, Region, Report, Spec, Target};
use rust_decimal::Decimal;

fn d(text: &str) -> Decimal {
    chiso::parse_decimal(text).unwrap()
}

fn growth(indicator: &str, period: &str, growth: &str) -> Observation {
    Observation::new(indicator, period.parse().unwrap()).unwrap().with_growth(growth.parse().unwrap())
}

fn level(indicator: &str, period: &str, value: &str, bound: &str) -> Observation {
    let value = chiso::Reported::new(d(value), bound.parse().unwrap());
    Observation::new(indicator, period.parse().unwrap()).unwrap().with_value(value)
}

/// The embedded report as if Bình Dương had not ceased to exist in 2025.
fn existing() -> Report {
    let report = datasets::binh_duong_2024();
    let region = Region::new("VN-57", report.region().name.clone());
    report.with_region(region).unwrap()
}

fn with(observations: Vec<Observation>) -> Report {
    observations.into_iter().fold(existing(), |r, o| r.with_observation(o).unwrap())
}

/// The kind and the sentences of `target` checked against `report`.
fn reason(report: &Report, target: &Target) -> [String; 3] {
    let a = target.check(report).unwrap();
    assert_eq!(a.reason().to_string(), a.reason_in(Lang::En));
    [a.reason().kind().to_string(), a.reason_in(Lang::En), a.reason_in(Lang::Vi)]
}

/// The embedded report's own target on `indicator`, with `observations` added.
fn own(indicator: &str, observations: Vec<Observation>) -> [String; 3] {
    let report = with(observations);
    let target = report.targets().iter().find(|t| t.indicator() == indicator).unwrap().clone();
    reason(&report, &target)
}

fn assert_reason(got: [String; 3], kind: &str, en: &str, vi: &str) {
    assert_eq!(got, [kind, en, vi].map(str::to_string));
}

#[test]
fn the_embedded_scorecard_gives_five_not_assessable_reasons_in_both_languages() {
    let card = datasets::binh_duong_2024().scorecard().unwrap();
    let got: Vec<[String; 3]> = card
        .rows()
        .iter()
        .flat_map(|row| row.assessments())
        .map(|a| [a.reason().kind().to_string(), a.reason_in(Lang::En), a.reason_in(Lang::Vi)])
        .collect();
    let names = [
        ("Export turnover", "Kim ngạch xuất khẩu"),
        ("Import turnover", "Kim ngạch nhập khẩu"),
        ("Index of industrial production (IIP)", "Chỉ số sản xuất công nghiệp (IIP)"),
        ("Retail sales of goods and service revenue", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"),
        ("Share of households using electricity", "Tỷ lệ hộ dân sử dụng điện"),
    ];
    let expected: Vec<[String; 3]> = names
        .iter()
        .map(|(en, vi)| {
            [
                "not_assessable_region_ended".to_string(),
                format!(
                    "{en}: Binh Duong ceased to exist on 1 July 2025 (merged into VN-SG); no 2025 figure will be \
                     published for it, so the target cannot be assessed."
                ),
                format!(
                    "{vi}: Bình Dương không còn là đơn vị hành chính từ ngày 1/7/2025 (sáp nhập vào VN-SG); sẽ không có \
                     số liệu năm 2025 của địa phương này nên không đánh giá được mục tiêu."
                ),
            ]
        })
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn the_embedded_scorecard_without_its_end_gives_five_pending_reasons_in_both_languages() {
    let report = existing();
    let card = report.scorecard().unwrap();
    let got: Vec<[String; 3]> = card
        .rows()
        .iter()
        .flat_map(|row| row.assessments())
        .map(|a| [a.reason().kind().to_string(), a.reason_in(Lang::En), a.reason_in(Lang::Vi)])
        .collect();
    let expected = [
        (
            "Export turnover: no 2025 figure is reported yet; the target is growth of 9–10%.",
            "Kim ngạch xuất khẩu: chưa có số liệu năm 2025; mục tiêu là tăng 9–10% so với cùng kỳ.",
        ),
        (
            "Import turnover: no 2025 figure is reported yet; the target is growth of 9–10%.",
            "Kim ngạch nhập khẩu: chưa có số liệu năm 2025; mục tiêu là tăng 9–10% so với cùng kỳ.",
        ),
        (
            "Index of industrial production (IIP): no 2025 figure is reported yet; the target is growth of at least 9.7%.",
            "Chỉ số sản xuất công nghiệp (IIP): chưa có số liệu năm 2025; mục tiêu là tăng ít nhất 9,7% so với cùng kỳ.",
        ),
        (
            "Retail sales of goods and service revenue: no 2025 figure is reported yet; growth of 13–14% requires a \
             2025 level of 397,353.20 billion VND (397,352.63–397,353.77) to 400,869.60 billion VND \
             (400,869.03–400,870.17).",
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: chưa có số liệu năm 2025; để tăng 13–14% so với cùng kỳ, \
             năm 2025 cần đạt từ 397.353,20 tỷ đồng (397.352,63–397.353,77) đến 400.869,60 tỷ đồng \
             (400.869,03–400.870,17).",
        ),
        (
            "Share of households using electricity: no 2025 figure is reported yet; the target is a level of at least \
             99.99%.",
            "Tỷ lệ hộ dân sử dụng điện: chưa có số liệu năm 2025; mục tiêu là đạt ít nhất 99,99%.",
        ),
    ];
    // In the report's order of indicators.
    let expected: Vec<[String; 3]> =
        expected.iter().map(|(en, vi)| ["pending_no_figure".to_string(), en.to_string(), vi.to_string()]).collect();
    assert_eq!(got, expected);
    // The scorecard's lines carry the English reason.
    let lines = card.lines();
    let access = lines.iter().find(|l| l.indicator == "household_electricity_access").unwrap();
    assert_eq!(access.reason.as_deref(), Some(expected[4][1].as_str()));
}

#[test]
fn met_exceeded_and_met_perhaps_beyond_a_range() {
    assert_reason(
        own("retail_sales", vec![growth("retail_sales", "2025", "13.5")]),
        "met",
        "Retail sales of goods and service revenue: the 2025 growth of 13.5% (13.45–13.55) meets the 2025 target of \
         13–14% whatever the printed figures' rounding.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: năm 2025 tăng 13,5% (13,45–13,55) so với cùng kỳ, đạt mục \
         tiêu năm 2025 (tăng 13–14% so với cùng kỳ) dù số liệu công bố được làm tròn thế nào.",
    );
    assert_reason(
        own("retail_sales", vec![growth("retail_sales", "2025", "14")]),
        "met_may_exceed",
        "Retail sales of goods and service revenue: the 2025 growth of 14% (13.5–14.5) meets the 2025 target of \
         13–14%, and may exceed its range: the printed figures allow both.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: năm 2025 tăng 14% (13,5–14,5) so với cùng kỳ, đạt mục tiêu \
         năm 2025 (tăng 13–14% so với cùng kỳ) và có thể vượt kế hoạch: số liệu công bố cho phép cả hai khả năng.",
    );
    assert_reason(
        own("retail_sales", vec![growth("retail_sales", "2025", "14.5")]),
        "exceeded",
        "Retail sales of goods and service revenue: the 2025 growth of 14.5% (14.45–14.55) lies beyond the range of \
         the 2025 target of 13–14%, on the good side.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: năm 2025 tăng 14,5% (14,45–14,55) so với cùng kỳ, vượt kế \
         hoạch so với mục tiêu năm 2025 (tăng 13–14% so với cùng kỳ).",
    );
}

#[test]
fn missed_and_undetermined_growth_and_a_fall() {
    assert_reason(
        own("iip", vec![growth("iip", "2025", "7.6")]),
        "missed",
        "Index of industrial production (IIP): the 2025 growth of 7.6% (7.55–7.65) falls short of the 2025 target of \
         at least 9.7% even at the edge of its printed bounds.",
        "Chỉ số sản xuất công nghiệp (IIP): năm 2025 tăng 7,6% (7,55–7,65) so với cùng kỳ, không đạt mục tiêu năm \
         2025 (tăng ít nhất 9,7% so với cùng kỳ) kể cả ở biên của số liệu công bố.",
    );
    assert_reason(
        own("iip", vec![growth("iip", "2025", "9.7")]),
        "undetermined",
        "Index of industrial production (IIP): the 2025 growth of 9.7% (9.65–9.75) straddles the 2025 target of at \
         least 9.7%: the printed figures allow values on both sides, so whether it is met cannot be told.",
        "Chỉ số sản xuất công nghiệp (IIP): năm 2025 tăng 9,7% (9,65–9,75) so với cùng kỳ, nằm vắt qua mục tiêu năm \
         2025 (tăng ít nhất 9,7% so với cùng kỳ): số liệu công bố cho phép giá trị ở cả hai phía nên chưa xác định \
         được có đạt hay không.",
    );
    // A fall is "giảm", with its size, as the report prints one.
    let [_, en, vi] = own("iip", vec![growth("iip", "2025", "-2.1")]);
    assert!(en.contains("the 2025 growth of -2.1% (-2.15–-2.05) falls short"), "{en}");
    assert!(vi.contains("năm 2025 giảm 2,1% (2,05–2,15) so với cùng kỳ, không đạt"), "{vi}");
}

#[test]
fn on_and_off_track_for_a_growth_and_a_level_at_its_pace() {
    assert_reason(
        own("retail_sales", vec![growth("retail_sales", "2025-YTD06", "13.5")]),
        "on_track",
        "Retail sales of goods and service revenue: the 2025-YTD06 growth of 13.5% (13.45–13.55) is on track for the \
         2025 target of 13–14%.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 6 tháng đầu năm 2025 tăng 13,5% (13,45–13,55) so với cùng \
         kỳ, đúng tiến độ để đạt mục tiêu năm 2025 (tăng 13–14% so với cùng kỳ).",
    );
    assert_reason(
        own("retail_sales", vec![growth("retail_sales", "2025-YTD06", "10")]),
        "off_track",
        "Retail sales of goods and service revenue: the 2025-YTD06 growth of 10% (9.5–10.5) is off track for the 2025 \
         target of 13–14%.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 6 tháng đầu năm 2025 tăng 10% (9,5–10,5) so với cùng kỳ, \
         chậm tiến độ so với mục tiêu năm 2025 (tăng 13–14% so với cùng kỳ).",
    );
    let report = with(vec![level("retail_sales", "2025-YTD06", "180000", "as_printed")]);
    let target = Target::level("retail_sales", "2025".parse().unwrap(), Condition::AtLeast(d("370000"))).unwrap();
    assert_reason(
        reason(&report, &target),
        "off_track",
        "Retail sales of goods and service revenue: the 2025-YTD06 level of 180,000 billion VND \
         (179,999.5–180,000.5) at its pace over twelve months is off track for the 2025 target of at least 370,000 \
         billion VND.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: 6 tháng đầu năm 2025 đạt 180.000 tỷ đồng \
         (179.999,5–180.000,5), theo nhịp độ này trong cả năm, chậm tiến độ so với mục tiêu năm 2025 (đạt ít nhất \
         370.000 tỷ đồng).",
    );
}

#[test]
fn a_level_target_names_its_unit() {
    assert_reason(
        own("household_electricity_access", vec![level("household_electricity_access", "2025", "100", "exact")]),
        "met",
        "Share of households using electricity: the 2025 level of 100% meets the 2025 target of at least 99.99% \
         whatever the printed figures' rounding.",
        "Tỷ lệ hộ dân sử dụng điện: năm 2025 đạt 100%, đạt mục tiêu năm 2025 (đạt ít nhất 99,99%) dù số liệu công bố \
         được làm tròn thế nào.",
    );
    assert_reason(
        own("household_electricity_access", vec![level("household_electricity_access", "2025", "99.5", "as_printed")]),
        "missed",
        "Share of households using electricity: the 2025 level of 99.5% (99.45–99.55) falls short of the 2025 target \
         of at least 99.99% even at the edge of its printed bounds.",
        "Tỷ lệ hộ dân sử dụng điện: năm 2025 đạt 99,5% (99,45–99,55), không đạt mục tiêu năm 2025 (đạt ít nhất \
         99,99%) kể cả ở biên của số liệu công bố.",
    );
}

#[test]
fn a_growth_against_an_earlier_baseline_says_which_levels_are_missing() {
    let spec = Spec::Growth(Condition::between(d("13"), d("14")).unwrap());
    let against_2023 =
        Target::new("retail_sales", "2025".parse().unwrap(), Some("2023".parse().unwrap()), spec).unwrap();
    assert_reason(
        reason(&with(vec![growth("retail_sales", "2025", "13.5")]), &against_2023),
        "pending_missing_levels",
        "Retail sales of goods and service revenue: the reported 2025 growth of 13.5% is against the same period a \
         year earlier, not the baseline 2023, and there is no 2025 or 2023 level to compute it from; the target is \
         growth of 13–14% against 2023.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: số liệu công bố năm 2025 tăng 13,5% là so với cùng kỳ, không \
         phải so với năm 2023, và chưa có số liệu năm 2025 và năm 2023 để tính; mục tiêu là tăng 13–14% so với năm \
         2023.",
    );
    assert_reason(
        reason(&with(vec![level("retail_sales", "2025", "400000", "as_printed")]), &against_2023),
        "pending_missing_levels",
        "Retail sales of goods and service revenue: no growth is reported for 2025, and there is no 2023 level to \
         compute it from; the target is growth of 13–14% against 2023.",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: chưa có số liệu tăng trưởng năm 2025, và chưa có số liệu năm \
         2023 để tính; mục tiêu là tăng 13–14% so với năm 2023.",
    );
    // With both levels, the growth is computed against 2023 and the reason says so.
    let report =
        with(vec![level("retail_sales", "2023", "310000", "exact"), level("retail_sales", "2025", "353400", "exact")]);
    let [kind, en, vi] = reason(&report, &against_2023);
    assert_eq!(kind, "met");
    assert!(en.contains("the 2025 growth of 14% against 2023 meets the 2025 target of 13–14%"), "{en}");
    assert!(
        vi.contains("năm 2025 tăng 14% so với năm 2023, đạt mục tiêu năm 2025 (tăng 13–14% so với năm 2023)"),
        "{vi}"
    );
}

#[test]
fn a_reason_serialises_as_its_kind_and_figures() {
    let report = with(vec![growth("retail_sales", "2025", "13.5")]);
    let a = report.assess(&report.targets()[1]).unwrap();
    let json = serde_json::to_value(a.reason()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "kind": "met",
            "indicator": "retail_sales",
            "name_vi": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
            "name_en": "Retail sales of goods and service revenue",
            "unit": "billion VND",
            "period": "2025",
            "target": "growth",
            "condition": "between",
            "threshold": "13",
            "threshold_upper": "14",
            "baseline": "2024",
            "required": "397353.20",
            "required_low": "397352.635",
            "required_high": "397353.765",
            "required_upper": "400869.60",
            "required_upper_low": "400869.030",
            "required_upper_high": "400870.170",
            "actual_period": "2025",
            "actual": "13.5",
            "actual_low": "13.45",
            "actual_high": "13.55",
            "against": null,
            "at_pace": false,
            "status": "A"
        })
    );
    // An assessment serialises its reason the same way: language-neutral.
    let assessment = serde_json::to_value(&a).unwrap();
    assert_eq!(assessment["reason"], json);
    let pending = report.assess(&report.targets()[0]).unwrap();
    let missing = serde_json::to_value(against(&report).reason()).unwrap();
    assert_eq!(missing["missing"], serde_json::json!(["2025", "2023"]));
    assert_eq!(missing["printed_growth"], "13.5");
    assert_eq!(serde_json::to_value(pending.reason()).unwrap()["required"], serde_json::Value::Null);
}

fn against(report: &Report) -> chiso::Assessment {
    let spec = Spec::Growth(Condition::between(d("13"), d("14")).unwrap());
    Target::new("retail_sales", "2025".parse().unwrap(), Some("2023".parse().unwrap()), spec)
        .unwrap()
        .check(report)
        .unwrap()
}

#[test]
fn growth_and_identity_findings_in_both_languages() {
    // A 2023 level the printed 13.3% cannot reach from 351,640.
    let report = with(vec![level("retail_sales", "2023", "300000", "as_printed")]);
    let [f] = <[_; 1]>::try_from(report.check()).unwrap();
    assert_eq!(f.kind(), FindingKind::Growth);
    assert_eq!(
        f.to_string(),
        "Retail sales of goods and service revenue 2024: the reported growth of 13.3% and the levels 351,640 billion \
         VND (2024) and 300,000 billion VND (2023) disagree: the levels give 17.21% (17.21–17.22); the printed bounds \
         cannot explain a gap of 3.86 percentage points."
    );
    assert_eq!(
        f.message_in(Lang::Vi),
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2024: số liệu công bố tăng 13,3% so với cùng kỳ và các \
         mức 351.640 tỷ đồng (năm 2024) và 300.000 tỷ đồng (năm 2023) không khớp nhau: các mức này cho thấy tăng \
         17,21% (17,21–17,22); sai số làm tròn không giải thích được khoảng chênh 3,86 điểm phần trăm."
    );
    // Exports of 30 and imports of 25 billion USD against a printed balance of 10, and a share
    // of more than 10% of the nation's 405.53 that 30 cannot make.
    let report = with(vec![
        level("exports", "2024", "30", "as_printed"),
        level("imports", "2024", "25", "as_printed"),
        level("national_exports", "2024", "405.53", "as_printed"),
    ]);
    let findings = report.check();
    let messages: Vec<(FindingKind, String, String)> =
        findings.iter().map(|f| (f.kind(), f.to_string(), f.message_in(Lang::Vi))).collect();
    assert_eq!(
        messages,
        [
            (
                FindingKind::Identity,
                "Trade balance 2024: the reported 10 billion USD = Export turnover − Import turnover does not hold: the \
                 inputs give 5 billion USD (4.0–6.0); the printed bounds cannot explain a gap of 3.5 billion USD."
                    .to_string(),
                "Cán cân thương mại năm 2024: số liệu công bố 10 tỷ USD = Kim ngạch xuất khẩu − Kim ngạch nhập khẩu \
                 không đúng: các thành phần cho 5 tỷ USD (4,0–6,0); sai số làm tròn không giải thích được khoảng chênh 3,5 \
                 tỷ USD."
                    .to_string(),
            ),
            (
                FindingKind::Identity,
                "Share of national exports 2024: the reported more than 10% = Export turnover / Vietnam's total \
                 export turnover × 100 does not hold: the inputs give 7.40% (7.27–7.53); the printed bounds cannot \
                 explain a gap of 2.48 percentage points."
                    .to_string(),
                "Tỷ trọng xuất khẩu so với cả nước năm 2024: số liệu công bố hơn 10% = Kim ngạch xuất khẩu / Tổng kim \
                 ngạch xuất khẩu cả nước × 100 không đúng: các thành phần cho 7,40% (7,27–7,53); sai số làm tròn \
                 không giải thích được khoảng chênh 2,48 điểm phần trăm."
                    .to_string(),
            ),
        ]
    );
    // No message doubles a percent sign.
    assert!(findings.iter().all(|f| !f.to_string().contains("%%") && !f.to_string().contains(")%")));
}
