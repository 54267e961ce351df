//! The compact form of a completion rule, for the command line and the dashboard's field:
//! `passed`, `passed-exam`, `passed-practice`, `score-80` (an overall of at least 80),
//! `no-critical-2` (no critical breach in the last two attempts), several joined by `+`
//! (all of them): `passed-exam+no-critical-2`. A step's target: a scenario id, or
//! `case:<id>`; a whole step `TARGET=RULE` (the rule `passed` when left out).

use std::fmt;
use std::str::FromStr;

use crate::programme::model::{Completion, Step, Target};
use crate::records::record::Mode;

impl fmt::Display for Completion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Completion::PassedOnce { mode: None } => write!(f, "passed"),
            Completion::PassedOnce {
                mode: Some(Mode::Exam),
            } => write!(f, "passed-exam"),
            Completion::PassedOnce {
                mode: Some(Mode::Practice),
            } => write!(f, "passed-practice"),
            Completion::ScoreAtLeast(s) => write!(f, "score-{s}"),
            Completion::NoCriticalInLast(n) => write!(f, "no-critical-{n}"),
            Completion::All(rules) => {
                for (i, r) in rules.iter().enumerate() {
                    if i > 0 {
                        write!(f, "+")?;
                    }
                    // A nested `All` flattens: `+` is associative.
                    write!(f, "{r}")?;
                }
                Ok(())
            }
        }
    }
}

impl FromStr for Completion {
    type Err = String;

    fn from_str(text: &str) -> Result<Completion, String> {
        let parts: Vec<&str> = text.split('+').map(str::trim).collect();
        let one = |p: &str| -> Result<Completion, String> {
            let number = |rest: &str, what: &str| {
                rest.parse::<u32>()
                    .map_err(|_| format!("\"{p}\": {what} must be a whole number"))
            };
            match p {
                "passed" => Ok(Completion::PassedOnce { mode: None }),
                "passed-exam" => Ok(Completion::PassedOnce {
                    mode: Some(Mode::Exam),
                }),
                "passed-practice" => Ok(Completion::PassedOnce {
                    mode: Some(Mode::Practice),
                }),
                _ if p.starts_with("score-") => {
                    let s = number(&p["score-".len()..], "the score")?;
                    u8::try_from(s)
                        .ok()
                        .filter(|s| *s <= 100)
                        .map(Completion::ScoreAtLeast)
                        .ok_or_else(|| format!("\"{p}\": scores are 0 to 100"))
                }
                _ if p.starts_with("no-critical-") => {
                    let n = number(&p["no-critical-".len()..], "the count")?;
                    if n == 0 {
                        return Err(format!("\"{p}\": count at least 1 attempt"));
                    }
                    Ok(Completion::NoCriticalInLast(n))
                }
                _ => Err(format!(
                    "\"{p}\" is not a rule (passed, passed-exam, passed-practice, score-N, \
                     no-critical-N, joined by +)"
                )),
            }
        };
        match parts.as_slice() {
            [single] => one(single),
            many => many
                .iter()
                .map(|p| one(p))
                .collect::<Result<_, _>>()
                .map(Completion::All),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Scenario(id) => write!(f, "{id}"),
            Target::Case(id) => write!(f, "case:{id}"),
        }
    }
}

impl FromStr for Target {
    type Err = String;

    fn from_str(text: &str) -> Result<Target, String> {
        let text = text.trim();
        let (case, id) = match text.strip_prefix("case:") {
            Some(id) => (true, id),
            None => (false, text),
        };
        if id.is_empty() {
            return Err("a step needs a scenario id (or case:<id>)".into());
        }
        Ok(if case {
            Target::Case(id.into())
        } else {
            Target::Scenario(id.into())
        })
    }
}

impl FromStr for Step {
    type Err = String;

    fn from_str(text: &str) -> Result<Step, String> {
        let (target, rule) = match text.split_once('=') {
            Some((t, r)) => (t, r.parse()?),
            None => (text, Completion::PassedOnce { mode: None }),
        };
        Ok(Step {
            target: target.parse()?,
            rule,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_rules_read_back() {
        for text in [
            "passed",
            "passed-exam",
            "passed-practice",
            "score-80",
            "no-critical-2",
            "passed-exam+no-critical-2",
        ] {
            let rule: Completion = text.parse().unwrap();
            assert_eq!(rule.to_string(), text);
        }
        assert_eq!(
            "passed-exam+no-critical-2".parse::<Completion>().unwrap(),
            Completion::All(vec![
                Completion::PassedOnce {
                    mode: Some(Mode::Exam)
                },
                Completion::NoCriticalInLast(2)
            ])
        );
        assert!("score-101".parse::<Completion>().is_err());
        assert!("no-critical-0".parse::<Completion>().is_err());
        assert!(
            "pass"
                .parse::<Completion>()
                .unwrap_err()
                .contains("not a rule")
        );
        let step: Step = "case:uk-broken-promise=passed-exam".parse().unwrap();
        assert_eq!(step.target, Target::Case("uk-broken-promise".into()));
        assert_eq!(step.target.to_string(), "case:uk-broken-promise");
        let step: Step = "us-stop-calling".parse().unwrap();
        assert_eq!(step.rule, Completion::PassedOnce { mode: None });
    }
}
