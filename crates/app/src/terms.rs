//! The terms editor the call's negotiation panel and the wrap-up share: what the trainee
//! types (amounts with the locale's decimal separator, dates as `YYYY-MM-DD` with −/+ day
//! buttons), parsed into core [`Terms`] with a localised message for what is wrong.
//!
//! Dates are text fields, not egui_extras' `DatePickerButton`: its calendar writes English
//! month and day names and "Save"/"Cancel" into the Polish interface, and it works on `jiff`
//! dates where the core uses chrono.

use bevy_egui::egui;
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use crate::widgets::accessible_name;

use callcoach_core::content::l10n::{Localiser, s};
use callcoach_core::content::negotiation::{Frequency, Terms, TermsKind};
use callcoach_core::engine::negotiation::schedule::monthly;
use callcoach_core::engine::runner::Call;

/// A field of the editor that can be wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Amount,
    Count,
    First,
    SettleAmount,
    SettleBy,
    ExtendTo,
    FullBy,
}

impl Field {
    /// Kebab-case name (script commands, message ids `app-terms-field-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Amount => "amount",
            Field::Count => "count",
            Field::First => "first",
            Field::SettleAmount => "settle-amount",
            Field::SettleBy => "settle-by",
            Field::ExtendTo => "extend-to",
            Field::FullBy => "full-by",
        }
    }
}

/// What the trainee has typed into the terms editor.
#[derive(Debug, Clone, PartialEq)]
pub struct TermsForm {
    /// The kind of terms being built.
    pub kind: TermsKind,
    /// Plan: the instalment, as typed.
    pub amount: String,
    /// Plan: how often.
    pub every: Frequency,
    /// Plan: the number of instalments, as typed.
    pub count: String,
    /// Plan: the first payment date, `YYYY-MM-DD`.
    pub first: String,
    /// Settlement: the amount, as typed.
    pub settle_amount: String,
    /// Settlement: paid by, `YYYY-MM-DD`.
    pub settle_by: String,
    /// Extension: the new due date.
    pub extend_to: String,
    /// Payment in full: paid by.
    pub full_by: String,
}

impl TermsForm {
    /// An empty form of `kind`, every date a week after the call.
    pub fn new(kind: TermsKind, call_date: NaiveDate) -> TermsForm {
        let week = call_date
            .checked_add_days(Days::new(7))
            .unwrap_or(call_date)
            .format("%Y-%m-%d")
            .to_string();
        TermsForm {
            kind,
            amount: String::new(),
            every: Frequency::Monthly,
            count: String::new(),
            first: week.clone(),
            settle_amount: String::new(),
            settle_by: week.clone(),
            extend_to: week.clone(),
            full_by: week,
        }
    }

    /// The form filled with `terms` (amounts written the language's way).
    pub fn fill(&mut self, terms: &Terms, loc: &Localiser, lang: &str) {
        let money = |a: Decimal| loc.number(lang, a, 2);
        let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        self.kind = terms.kind();
        match *terms {
            Terms::Plan {
                amount,
                every,
                count,
                first,
            } => {
                self.amount = money(amount);
                self.every = every;
                self.count = count.to_string();
                self.first = date(first);
            }
            Terms::Settlement { amount, by } => {
                self.settle_amount = money(amount);
                self.settle_by = date(by);
            }
            Terms::Extension { to } => self.extend_to = date(to),
            Terms::InFull { by } => self.full_by = date(by),
        }
    }

    /// Sets a field by its name (script commands): `kind`, `every` or a [`Field`] key.
    pub fn set(&mut self, field: &str, value: &str) -> Result<(), String> {
        let value = value.trim().to_string();
        match field {
            "kind" => {
                self.kind = TermsKind::ALL
                    .into_iter()
                    .find(|k| k.key() == value)
                    .ok_or_else(|| format!("unknown kind {value:?}"))?;
            }
            "every" => {
                self.every = Frequency::parse(&value)
                    .ok_or_else(|| format!("unknown frequency {value:?}"))?;
            }
            "amount" => self.amount = value,
            "count" => self.count = value,
            "first" => self.first = value,
            "settle-amount" => self.settle_amount = value,
            "settle-by" => self.settle_by = value,
            "extend-to" => self.extend_to = value,
            "full-by" => self.full_by = value,
            other => return Err(format!("unknown terms field {other:?}")),
        }
        Ok(())
    }

    /// The terms typed, or the field that is wrong.
    pub fn parse(&self) -> Result<Terms, Field> {
        let date = |text: &str, f: Field| parse_date(text).ok_or(f);
        let money = |text: &str, f: Field| parse_money(text).ok_or(f);
        Ok(match self.kind {
            TermsKind::Plan => Terms::Plan {
                amount: money(&self.amount, Field::Amount)?,
                every: self.every,
                count: self.count.trim().parse().map_err(|_| Field::Count)?,
                first: date(&self.first, Field::First)?,
            },
            TermsKind::Settlement => Terms::Settlement {
                amount: money(&self.settle_amount, Field::SettleAmount)?,
                by: date(&self.settle_by, Field::SettleBy)?,
            },
            TermsKind::Extension => Terms::Extension {
                to: date(&self.extend_to, Field::ExtendTo)?,
            },
            TermsKind::InFull => Terms::InFull {
                by: date(&self.full_by, Field::FullBy)?,
            },
        })
    }

    /// The terms typed, or a localised message saying which field is wrong.
    pub fn parse_or_message(&self, loc: &Localiser, lang: &str) -> Result<Terms, String> {
        self.parse().map_err(|f| field_message(loc, lang, f))
    }
}

/// "Check the field …" for a field that does not parse.
pub fn field_message(loc: &Localiser, lang: &str, field: Field) -> String {
    let id = match field {
        Field::Amount | Field::SettleAmount => "app-terms-bad-amount",
        Field::Count => "app-terms-bad-count",
        _ => "app-terms-bad-date",
    };
    let label = loc.t(lang, &format!("app-terms-field-{}", field.key()));
    loc.ta(lang, id, &[("field", s(label))])
}

/// An amount as a person types it: `60`, `60.00`, `60,00`, `1 240,50`, `1,240.50`, `$60`.
/// The last `,` or `.` followed by one or two digits is the decimal separator; other
/// separators, spaces and currency signs are ignored. `None` when no number is there.
pub fn parse_money(text: &str) -> Option<Decimal> {
    let kept: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-'))
        .collect();
    if !kept.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (whole, fraction) = match kept.rfind([',', '.']) {
        Some(i) if (1..=2).contains(&(kept.len() - i - 1)) => (&kept[..i], &kept[i + 1..]),
        _ => (kept.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|c| *c != ',' && *c != '.').collect();
    let number = if fraction.is_empty() {
        whole
    } else {
        format!("{whole}.{fraction}")
    };
    number.parse().ok()
}

/// A date written `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// The localised message for the core's reason that terms cannot be proposed; the reason
/// itself (in English) when this shell has no message for it.
pub fn invalid_terms_message(loc: &Localiser, lang: &str, why: &str) -> String {
    const KNOWN: [(&str, &str); 8] = [
        ("before the call", "app-terms-why-before-call"),
        ("ten years", "app-terms-why-too-far"),
        ("an instalment must be", "app-terms-why-instalment"),
        ("1 to 600 instalments", "app-terms-why-count"),
        ("a settlement must be", "app-terms-why-settlement"),
        ("less than the balance", "app-terms-why-settlement-balance"),
        ("not on offer here", "app-terms-why-kind"),
        ("not discussing terms", "app-terms-why-not-now"),
    ];
    let reason = KNOWN
        .iter()
        .find(|(needle, _)| why.contains(needle))
        .map_or_else(|| why.to_string(), |(_, id)| loc.t(lang, id));
    loc.ta(lang, "app-terms-invalid", &[("why", s(reason))])
}

/// "This asks … a month" for a plan typed in full, once the trainee has discovered the
/// debtor's finances (`None` before: the form must not give the hidden budget away).
pub fn monthly_hint(form: &TermsForm, call: &Call, loc: &Localiser, lang: &str) -> Option<String> {
    if !call.finances_revealed() {
        return None;
    }
    let Ok(Terms::Plan { amount, every, .. }) = form.parse() else {
        return None;
    };
    let currency = &call.scenario().source.account.currency;
    let month = monthly(amount, every).round_dp(2);
    let money = loc.money(lang, month, currency);
    Some(loc.ta(lang, "app-terms-asks", &[("amount", s(money))]))
}

/// Draws the editor for the kinds offered; returns whether a field changed. The kind picker
/// is left out when only one kind is offered.
pub fn editor(
    ui: &mut egui::Ui,
    form: &mut TermsForm,
    kinds: &[TermsKind],
    loc: &Localiser,
    lang: &str,
    id: &str,
) -> bool {
    let before = form.clone();
    if !kinds.contains(&form.kind)
        && let Some(k) = kinds.first()
    {
        form.kind = *k;
    }
    if kinds.len() > 1 {
        ui.horizontal_wrapped(|ui| {
            for k in kinds {
                let label = loc.t(lang, &format!("terms-{}", k.key()));
                ui.selectable_value(&mut form.kind, *k, label);
            }
        });
        ui.add_space(4.0);
    }
    egui::Grid::new(format!("{id}-grid"))
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| match form.kind {
            TermsKind::Plan => {
                text_row(ui, loc, lang, Field::Amount, &mut form.amount);
                label(ui, loc, lang, "app-terms-field-every");
                egui::ComboBox::from_id_salt(format!("{id}-every"))
                    .width(160.0)
                    .selected_text(loc.t(lang, &format!("every-{}", form.every.key())))
                    .show_ui(ui, |ui| {
                        for f in Frequency::ALL {
                            let label = loc.t(lang, &format!("every-{}", f.key()));
                            ui.selectable_value(&mut form.every, f, label);
                        }
                    });
                ui.end_row();
                text_row(ui, loc, lang, Field::Count, &mut form.count);
                date_row(ui, loc, lang, Field::First, &mut form.first);
            }
            TermsKind::Settlement => {
                text_row(ui, loc, lang, Field::SettleAmount, &mut form.settle_amount);
                date_row(ui, loc, lang, Field::SettleBy, &mut form.settle_by);
            }
            TermsKind::Extension => date_row(ui, loc, lang, Field::ExtendTo, &mut form.extend_to),
            TermsKind::InFull => date_row(ui, loc, lang, Field::FullBy, &mut form.full_by),
        });
    *form != before
}

fn label(ui: &mut egui::Ui, loc: &Localiser, lang: &str, id: &str) -> egui::Id {
    ui.label(loc.t(lang, id)).id
}

/// A labelled text field.
fn text_row(ui: &mut egui::Ui, loc: &Localiser, lang: &str, field: Field, value: &mut String) {
    let name = label(ui, loc, lang, &format!("app-terms-field-{}", field.key()));
    ui.add(egui::TextEdit::singleline(value).desired_width(110.0))
        .labelled_by(name);
    ui.end_row();
}

/// A labelled `YYYY-MM-DD` field with −/+ a day, and the date written the language's way
/// (or "not a date").
fn date_row(ui: &mut egui::Ui, loc: &Localiser, lang: &str, field: Field, value: &mut String) {
    let name = label(ui, loc, lang, &format!("app-terms-field-{}", field.key()));
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            let parsed = parse_date(value);
            let step = |d: Option<NaiveDate>, back: bool| {
                d.and_then(|d| {
                    if back {
                        d.checked_sub_days(Days::new(1))
                    } else {
                        d.checked_add_days(Days::new(1))
                    }
                })
            };
            let day = ui
                .small_button("−")
                .on_hover_text(loc.t(lang, "app-terms-day-earlier"));
            accessible_name(
                &day,
                egui::WidgetType::Button,
                &loc.t(lang, "app-terms-day-earlier"),
            );
            if day.clicked()
                && let Some(d) = step(parsed, true)
            {
                *value = d.format("%Y-%m-%d").to_string();
            }
            ui.add(
                egui::TextEdit::singleline(value)
                    .desired_width(90.0)
                    .hint_text(loc.t(lang, "app-date-hint")),
            )
            .labelled_by(name);
            let day = ui
                .small_button("+")
                .on_hover_text(loc.t(lang, "app-terms-day-later"));
            accessible_name(
                &day,
                egui::WidgetType::Button,
                &loc.t(lang, "app-terms-day-later"),
            );
            if day.clicked()
                && let Some(d) = step(parsed, false)
            {
                *value = d.format("%Y-%m-%d").to_string();
            }
        });
        match parse_date(value) {
            Some(d) => ui.small(loc.date(lang, d)),
            None => ui.small(loc.t(lang, "app-terms-not-a-date")),
        };
    });
    ui.end_row();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_parses_with_either_decimal_separator() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(parse_money("60"), Some(d("60")));
        assert_eq!(parse_money("60.50"), Some(d("60.50")));
        assert_eq!(parse_money("60,50"), Some(d("60.50")));
        assert_eq!(parse_money("1\u{a0}240,50 zł"), Some(d("1240.50")));
        assert_eq!(parse_money("1,240.50"), Some(d("1240.50")));
        assert_eq!(parse_money("$1,240"), Some(d("1240")));
        assert_eq!(parse_money("60,5"), Some(d("60.5")));
        assert_eq!(parse_money("abc"), None);
        assert_eq!(parse_money(""), None);
    }

    #[test]
    fn a_form_parses_to_terms_or_names_the_wrong_field() {
        let call = NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
        let mut f = TermsForm::new(TermsKind::Plan, call);
        assert_eq!(f.first, "2026-11-24");
        assert_eq!(f.parse(), Err(Field::Amount));
        f.set("amount", "60,00").unwrap();
        assert_eq!(f.parse(), Err(Field::Count));
        f.set("count", "20").unwrap();
        f.set("every", "fortnightly").unwrap();
        assert_eq!(
            f.parse().unwrap().to_string(),
            "plan:60.00:20:fortnightly:2026-11-24"
        );
        f.set("first", "24.11.2026").unwrap();
        assert_eq!(f.parse(), Err(Field::First));
        f.set("kind", "settlement").unwrap();
        f.set("settle-amount", "900").unwrap();
        assert_eq!(f.parse().unwrap().to_string(), "settle:900:2026-11-24");
        assert!(f.set("kind", "loan").is_err());
        assert!(f.set("colour", "red").is_err());
    }
}
