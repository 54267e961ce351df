//! The scenario's header: the fields above `nodes`.

use super::Resolver;

impl Resolver<'_> {
    /// Checks the header: the scenario id against its file name (E004), the account's
    /// currency code and amount (E118), its dates
    /// (E130, see [`super::limits`]), and the outcome scores (E108, above 100).
    pub(super) fn header(&mut self) {
        self.id_matches_file_name();
        self.header_dates();
        self.count_limits();
        self.account();
        self.outcome_scores();
    }

    /// E004: the scenario id must be the file's name.
    fn id_matches_file_name(&mut self) {
        let id = &self.scenario.id;
        let file_stem = self
            .source
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if *id == file_stem {
            return;
        }
        let span = self
            .locator
            .find(id, 0, self.source.text.len())
            .unwrap_or(0..0);
        let diagnostic = self
            .error(
                "E004",
                span,
                format!("scenario id \"{id}\" does not match its file name"),
            )
            .help("name the file <id>.ron, and its text locales/<lang>/scenarios/<id>.ftl");
        self.report(diagnostic);
    }

    /// E118: an ISO 4217 currency code, and an amount owed that is not negative.
    fn account(&mut self) {
        let account = &self.scenario.account;
        let currency = &account.currency;
        if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
            let span = self
                .locator
                .find(currency, 0, self.source.text.len())
                .unwrap_or(0..0);
            let diagnostic = self
                .error(
                    "E118",
                    span,
                    format!("\"{currency}\" is not an ISO 4217 currency code"),
                )
                .help("use three capital letters, e.g. USD, GBP, EUR, PLN");
            self.report(diagnostic);
        }
        if account.amount.is_sign_negative() {
            let span = self.locator.field("amount");
            let diagnostic = self
                .error("E118", span, "the amount owed is negative".into())
                .help("write the amount owed as a positive decimal string, e.g. \"4820.00\"");
            self.report(diagnostic);
        }
    }

    /// E108: every outcome score is 0..=100.
    fn outcome_scores(&mut self) {
        for (outcome, score) in &self.scenario.outcomes {
            if *score > 100 {
                let span = self.locator.field("outcomes");
                let diagnostic = self
                    .error(
                        "E108",
                        span,
                        format!("outcome {outcome:?} scores {score}, above 100"),
                    )
                    .help("outcome scores are 0..=100");
                self.report(diagnostic);
            }
        }
    }
}
