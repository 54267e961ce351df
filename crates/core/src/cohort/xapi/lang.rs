//! The language tags of a call's language maps: `en-US` for a US scenario, `en-GB` for any
//! other English call, `pl-PL` for a Polish one; a text that fell back to English is tagged
//! English, whatever the call's language.

use serde_json::{Value, json};
use unic_langid::LanguageIdentifier;

use crate::content::l10n::Text;
use crate::content::loader::REFERENCE_LANG;
use crate::content::model::Jurisdiction;

/// The RFC 5646 tag of a call played in `locale` (`en`, `pl`, …) on a scenario of
/// `jurisdiction` (`None` when the scenario is not in the library: then an English call is
/// plain `en`, its region unknown). A locale that already names a region is kept; one that is
/// not a language tag at all is `und`.
pub fn language_tag(locale: &str, jurisdiction: Option<Jurisdiction>) -> String {
    let Ok(id) = locale.parse::<LanguageIdentifier>() else {
        return "und".into();
    };
    if id.region.is_some() || id.script.is_some() {
        return id.to_string();
    }
    match (id.language.as_str(), jurisdiction) {
        ("en", Some(Jurisdiction::Us)) => "en-US".into(),
        ("en", Some(_)) => "en-GB".into(),
        ("en", None) => "en".into(),
        ("pl", _) => "pl-PL".into(),
        ("und", _) => "und".into(),
        (_, _) => id.to_string(),
    }
}

/// The tags one call's texts are written under.
#[derive(Debug, Clone)]
pub struct Tags {
    /// The call's language.
    pub call: String,
    /// English in the call's jurisdiction (for texts that fell back to English).
    pub english: String,
}

impl Tags {
    /// The tags of a call in `locale` on a scenario of `jurisdiction`.
    pub fn new(locale: &str, jurisdiction: Option<Jurisdiction>) -> Tags {
        Tags {
            call: language_tag(locale, jurisdiction),
            english: language_tag(REFERENCE_LANG, jurisdiction),
        }
    }

    /// A language map of one text: under the call's tag, or English's when it fell back.
    pub fn map(&self, text: &Text) -> Value {
        let tag = if text.fallback && !text.missing {
            &self.english
        } else {
            &self.call
        };
        json!({ tag.as_str(): text.text })
    }

    /// A language map of a plain string in the call's language.
    pub fn plain(&self, text: &str) -> Value {
        json!({ self.call.as_str(): text })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_follow_the_language_and_the_jurisdiction() {
        assert_eq!(language_tag("en", Some(Jurisdiction::Us)), "en-US");
        assert_eq!(language_tag("en", Some(Jurisdiction::Uk)), "en-GB");
        assert_eq!(language_tag("en", Some(Jurisdiction::Eu)), "en-GB");
        assert_eq!(language_tag("en", Some(Jurisdiction::Pl)), "en-GB");
        assert_eq!(language_tag("en", None), "en");
        assert_eq!(language_tag("pl", Some(Jurisdiction::Us)), "pl-PL");
        assert_eq!(language_tag("pl", None), "pl-PL");
        assert_eq!(language_tag("de", Some(Jurisdiction::Eu)), "de");
        assert_eq!(language_tag("en-AU", Some(Jurisdiction::Us)), "en-AU");
        assert_eq!(language_tag("no such tag!", None), "und");
    }

    #[test]
    fn a_fallback_text_is_tagged_english() {
        let tags = Tags::new("pl", Some(Jurisdiction::Us));
        let text = |fallback| Text {
            text: "Hello".into(),
            fallback,
            missing: false,
        };
        assert_eq!(tags.map(&text(false)), json!({ "pl-PL": "Hello" }));
        assert_eq!(tags.map(&text(true)), json!({ "en-US": "Hello" }));
    }
}
