//! The `LMS.LaunchData` state document (spec 10.2): the launch mode, moveOn, the mastery
//! score, and the scenario the launch assigns.

use serde_json::Value;

use super::EXT_SESSION_ID;
use super::launch::Launch;

/// How the LMS launched the AU (spec 10.2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchMode {
    /// Satisfaction-related statements are recorded.
    Normal,
    /// Look around without judgement: only `initialized` and `terminated`.
    Browse,
    /// Revisit finished material: only `initialized` and `terminated`.
    Review,
}

/// The LMS's rule for when the AU is satisfied (spec 13.1.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveOn {
    Passed,
    Completed,
    CompletedAndPassed,
    CompletedOrPassed,
    NotApplicable,
}

impl MoveOn {
    /// Every value, as the course structure spells them.
    pub const ALL: [MoveOn; 5] = [
        MoveOn::Passed,
        MoveOn::Completed,
        MoveOn::CompletedAndPassed,
        MoveOn::CompletedOrPassed,
        MoveOn::NotApplicable,
    ];

    /// The value as the spec spells it.
    pub fn key(self) -> &'static str {
        match self {
            MoveOn::Passed => "Passed",
            MoveOn::Completed => "Completed",
            MoveOn::CompletedAndPassed => "CompletedAndPassed",
            MoveOn::CompletedOrPassed => "CompletedOrPassed",
            MoveOn::NotApplicable => "NotApplicable",
        }
    }

    /// The value from its spelling.
    pub fn parse(text: &str) -> Option<MoveOn> {
        MoveOn::ALL.into_iter().find(|m| m.key() == text)
    }
}

/// Whether a registration that has `passed` and `completed` (in this or an earlier session)
/// meets the rule.
pub fn move_on_met(rule: MoveOn, passed: bool, completed: bool) -> bool {
    match rule {
        MoveOn::Passed => passed,
        MoveOn::Completed => completed,
        MoveOn::CompletedAndPassed => passed && completed,
        MoveOn::CompletedOrPassed => passed || completed,
        MoveOn::NotApplicable => true,
    }
}

/// The `LMS.LaunchData` state document (spec 10.2), as much as callcoach uses.
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchData {
    /// The context every statement starts from (session id and publisher grouping inside).
    pub context_template: Value,
    pub launch_mode: LaunchMode,
    /// What the course structure (or the LMS) gives the AU: here, the scenario to play.
    pub launch_parameters: Option<String>,
    /// The scaled score that passes (0–1).
    pub mastery_score: Option<f64>,
    pub move_on: MoveOn,
    /// Where a browser AU would send the learner at the end.
    pub return_url: Option<String>,
    /// The session id the LMS put in the context template (spec 9.6.3.1).
    pub session_id: String,
}

/// Reads the `LMS.LaunchData` document; the error names the property that is wrong.
pub fn parse_launch_data(text: &str) -> Result<LaunchData, String> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| format!("LMS.LaunchData is not JSON ({e})"))?;
    let template = doc
        .get("contextTemplate")
        .filter(|t| t.is_object())
        .cloned()
        .ok_or("LMS.LaunchData has no contextTemplate object (cmi5 10.2.1)")?;
    let session_id = template["extensions"][EXT_SESSION_ID]
        .as_str()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            format!("LMS.LaunchData's contextTemplate has no session id (extension {EXT_SESSION_ID}, cmi5 10.2.1)")
        })?
        .to_string();
    let launch_mode = match doc["launchMode"].as_str() {
        Some("Normal") => LaunchMode::Normal,
        Some("Browse") => LaunchMode::Browse,
        Some("Review") => LaunchMode::Review,
        other => {
            return Err(format!(
                "LMS.LaunchData's launchMode is {other:?}, not one of Normal, Browse, Review (cmi5 10.2.2)"
            ));
        }
    };
    let move_on = match doc["moveOn"].as_str() {
        Some(m) => MoveOn::parse(m).ok_or_else(|| {
            format!("LMS.LaunchData's moveOn {m:?} is not one of Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable")
        })?,
        None => return Err("LMS.LaunchData has no moveOn (cmi5 10.2.5)".to_string()),
    };
    let mastery_score = match &doc["masteryScore"] {
        Value::Null => None,
        v => match v.as_f64() {
            Some(m) if (0.0..=1.0).contains(&m) => Some(m),
            _ => {
                return Err(format!(
                    "LMS.LaunchData's masteryScore {v} is not a number from 0 to 1 (cmi5 10.2.4)"
                ));
            }
        },
    };
    let text_of = |key: &str| doc[key].as_str().map(str::to_string);
    Ok(LaunchData {
        context_template: template,
        launch_mode,
        launch_parameters: text_of("launchParameters"),
        mastery_score,
        move_on,
        return_url: text_of("returnURL"),
        session_id,
    })
}

/// What the launch asks callcoach to play, and where that was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The scenario id.
    pub scenario: String,
    /// The call's language, if the launch parameters give one.
    pub lang: Option<String>,
    /// Where the scenario id came from (for messages).
    pub source: &'static str,
}

/// The scenario to play: the launch parameters' `{"scenario": "<id>", "lang": "<code>"}` or a
/// bare scenario id, else the last path segment of the activity id (spec 10.2.3 leaves the
/// format to the AU).
pub fn assignment(launch: &Launch, data: &LaunchData) -> Result<Assignment, String> {
    let valid = |id: &str| {
        !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    };
    match data.launch_parameters.as_deref().map(str::trim) {
        Some(p) if p.starts_with('{') => {
            let v: Value = serde_json::from_str(p)
                .map_err(|e| format!("LMS.LaunchData's launchParameters is not JSON ({e})"))?;
            let scenario = v["scenario"].as_str().filter(|s| valid(s)).ok_or_else(|| {
                format!("LMS.LaunchData's launchParameters {p} has no \"scenario\" id (e.g. {{\"scenario\":\"us-stop-calling\"}})")
            })?;
            Ok(Assignment {
                scenario: scenario.to_string(),
                lang: v["lang"].as_str().map(str::to_string),
                source: "LMS.LaunchData launchParameters",
            })
        }
        Some(p) if !p.is_empty() => {
            if !valid(p) {
                return Err(format!(
                    "LMS.LaunchData's launchParameters {p:?} is neither a scenario id nor JSON with a \"scenario\""
                ));
            }
            Ok(Assignment {
                scenario: p.to_string(),
                lang: None,
                source: "LMS.LaunchData launchParameters",
            })
        }
        _ => {
            let last = launch
                .activity_id
                .trim_end_matches('/')
                .rsplit(['/', ':', '#'])
                .next()
                .unwrap_or_default();
            if !valid(last) {
                return Err(format!(
                    "no scenario named: LMS.LaunchData has no launchParameters and the activity id {:?} does not end in a scenario id",
                    launch.activity_id
                ));
            }
            Ok(Assignment {
                scenario: last.to_string(),
                lang: None,
                source: "the activity id",
            })
        }
    }
}
