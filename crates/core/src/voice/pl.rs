//! Polish number words: cardinals with grammatical gender, the plural forms numbers govern
//! (złoty / złote / złotych), genitive ordinals for dates ("piętnastego września"), years,
//! money and clock times ("o osiemnastej trzydzieści").

/// Grammatical gender of the noun a number counts (it changes 1 and 2: jeden / jedna / jedno,
/// dwa / dwie).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Masculine,
    Feminine,
    Neuter,
}

const UNITS: [&str; 20] = [
    "zero",
    "jeden",
    "dwa",
    "trzy",
    "cztery",
    "pięć",
    "sześć",
    "siedem",
    "osiem",
    "dziewięć",
    "dziesięć",
    "jedenaście",
    "dwanaście",
    "trzynaście",
    "czternaście",
    "piętnaście",
    "szesnaście",
    "siedemnaście",
    "osiemnaście",
    "dziewiętnaście",
];
const TENS: [&str; 10] = [
    "",
    "",
    "dwadzieścia",
    "trzydzieści",
    "czterdzieści",
    "pięćdziesiąt",
    "sześćdziesiąt",
    "siedemdziesiąt",
    "osiemdziesiąt",
    "dziewięćdziesiąt",
];
const HUNDREDS: [&str; 10] = [
    "",
    "sto",
    "dwieście",
    "trzysta",
    "czterysta",
    "pięćset",
    "sześćset",
    "siedemset",
    "osiemset",
    "dziewięćset",
];
/// Scale words in their three forms (one, few, many), largest first.
const SCALES: [(u64, [&str; 3]); 3] = [
    (1_000_000_000, ["miliard", "miliardy", "miliardów"]),
    (1_000_000, ["milion", "miliony", "milionów"]),
    (1_000, ["tysiąc", "tysiące", "tysięcy"]),
];

/// Genitive masculine ordinals 1–19 ("pierwszego" … "dziewiętnastego").
const ORD_UNITS: [&str; 20] = [
    "zerowego",
    "pierwszego",
    "drugiego",
    "trzeciego",
    "czwartego",
    "piątego",
    "szóstego",
    "siódmego",
    "ósmego",
    "dziewiątego",
    "dziesiątego",
    "jedenastego",
    "dwunastego",
    "trzynastego",
    "czternastego",
    "piętnastego",
    "szesnastego",
    "siedemnastego",
    "osiemnastego",
    "dziewiętnastego",
];
const ORD_TENS: [&str; 10] = [
    "",
    "",
    "dwudziestego",
    "trzydziestego",
    "czterdziestego",
    "pięćdziesiątego",
    "sześćdziesiątego",
    "siedemdziesiątego",
    "osiemdziesiątego",
    "dziewięćdziesiątego",
];
const ORD_HUNDREDS: [&str; 10] = [
    "",
    "setnego",
    "dwusetnego",
    "trzechsetnego",
    "czterechsetnego",
    "pięćsetnego",
    "sześćsetnego",
    "siedemsetnego",
    "osiemsetnego",
    "dziewięćsetnego",
];
const ORD_THOUSANDS: [&str; 10] = [
    "",
    "tysięcznego",
    "dwutysięcznego",
    "trzytysięcznego",
    "czterotysięcznego",
    "pięciotysięcznego",
    "sześciotysięcznego",
    "siedmiotysięcznego",
    "ośmiotysięcznego",
    "dziewięciotysięcznego",
];

/// Month names in the genitive, as dates use them ("15 września"), January first.
pub const MONTHS_GENITIVE: [&str; 12] = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
];

/// Which of a noun's three forms a count takes: 1 → one ("złoty"), 2–4, 22–24, … → few
/// ("złote"), everything else, 12–14 included → many ("złotych").
pub fn plural(n: u64, forms: [&str; 3]) -> &str {
    let (last, last2) = (n % 10, n % 100);
    if n == 1 {
        forms[0]
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last2) {
        forms[1]
    } else {
        forms[2]
    }
}

fn below_1000(n: u64, gender: Gender, whole_is_one: bool) -> String {
    let (h, t, u) = (n / 100, (n / 10) % 10, n % 10);
    let mut words: Vec<&str> = Vec::new();
    if h > 0 {
        words.push(HUNDREDS[h as usize]);
    }
    let rest = n % 100;
    if rest >= 20 {
        words.push(TENS[t as usize]);
        if u > 0 {
            words.push(unit(u, gender, false));
        }
    } else if rest > 0 {
        words.push(unit(rest, gender, whole_is_one && n == 1));
    }
    words.join(" ")
}

/// One unit word with the gender it agrees with: 1 alone is jeden / jedna / jedno, inside a
/// compound always "jeden" ("dwadzieścia jeden rat"); 2 is "dwie" before a feminine noun.
fn unit(u: u64, gender: Gender, alone: bool) -> &'static str {
    match (u, gender) {
        (1, Gender::Feminine) if alone => "jedna",
        (1, Gender::Neuter) if alone => "jedno",
        (2, Gender::Feminine) => "dwie",
        _ => UNITS[u as usize],
    }
}

/// A whole number in words, agreeing with a noun of the given gender:
/// 4820 → "cztery tysiące osiemset dwadzieścia", (2, Feminine) → "dwie".
pub fn cardinal(n: u64, gender: Gender) -> String {
    if n == 0 {
        return UNITS[0].to_string();
    }
    let mut words: Vec<String> = Vec::new();
    let mut rest = n;
    for (scale, forms) in SCALES {
        if rest >= scale {
            let count = rest / scale;
            if count == 1 {
                words.push(forms[0].to_string());
            } else {
                // Scale nouns are masculine: "dwa tysiące", "dwa miliony".
                words.push(format!(
                    "{} {}",
                    cardinal(count, Gender::Masculine),
                    plural(count, forms)
                ));
            }
            rest %= scale;
        }
    }
    if rest > 0 {
        words.push(below_1000(rest, gender, n == rest));
    }
    words.join(" ")
}

fn ordinal_below_100(n: u64) -> String {
    if n < 20 {
        ORD_UNITS[n as usize].to_string()
    } else if n.is_multiple_of(10) {
        ORD_TENS[(n / 10) as usize].to_string()
    } else {
        format!(
            "{} {}",
            ORD_TENS[(n / 10) as usize],
            ORD_UNITS[(n % 10) as usize]
        )
    }
}

/// A masculine ordinal in the genitive, as days and years of a date are said:
/// 15 → "piętnastego", 2026 → "dwa tysiące dwudziestego szóstego", 2000 → "dwutysięcznego";
/// `None` above 9,999.
pub fn ordinal_genitive(n: u64) -> Option<String> {
    if n > 9_999 {
        return None;
    }
    let (thousands, hundreds, rest) = (n / 1000, (n / 100) % 10, n % 100);
    Some(if rest != 0 || n == 0 {
        let head = n - rest;
        if head == 0 {
            ordinal_below_100(rest)
        } else {
            format!(
                "{} {}",
                cardinal(head, Gender::Masculine),
                ordinal_below_100(rest)
            )
        }
    } else if hundreds != 0 {
        let head = thousands * 1000;
        if head == 0 {
            ORD_HUNDREDS[hundreds as usize].to_string()
        } else {
            format!(
                "{} {}",
                cardinal(head, Gender::Masculine),
                ORD_HUNDREDS[hundreds as usize]
            )
        }
    } else {
        ORD_THOUSANDS[thousands as usize].to_string()
    })
}

/// The same ordinal in the locative ("w dwa tysiące dziewiętnastym roku"): -ego → -ym,
/// -iego → -im on every ordinal word.
pub fn ordinal_locative(n: u64) -> Option<String> {
    let genitive = ordinal_genitive(n)?;
    Some(
        genitive
            .split(' ')
            .map(|w| {
                if let Some(stem) = w.strip_suffix("iego") {
                    format!("{stem}im")
                } else if let Some(stem) = w.strip_suffix("ego") {
                    format!("{stem}ym")
                } else {
                    w.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The names of a currency's unit and subunit (one, few, many), by ISO code.
fn currency_words(code: &str) -> Option<[[&'static str; 3]; 2]> {
    Some(match code {
        "PLN" => [["złoty", "złote", "złotych"], ["grosz", "grosze", "groszy"]],
        "EUR" => [["euro", "euro", "euro"], ["cent", "centy", "centów"]],
        "USD" => [["dolar", "dolary", "dolarów"], ["cent", "centy", "centów"]],
        "GBP" => [["funt", "funty", "funtów"], ["pens", "pensy", "pensów"]],
        _ => return None,
    })
}

/// An amount of money in words: (4820, 0, "PLN") → "cztery tysiące osiemset dwadzieścia
/// złotych", (1, 2, "PLN") → "jeden złoty dwa grosze"; `None` for a currency without Polish
/// words here. Every unit here is masculine (or indeclinable: euro).
pub fn money(whole: u64, cents: u32, code: &str) -> Option<String> {
    let [unit, sub] = currency_words(code)?;
    let say = |n: u64, forms: [&str; 3]| {
        format!("{} {}", cardinal(n, Gender::Masculine), plural(n, forms))
    };
    let cents = u64::from(cents);
    Some(match (whole, cents) {
        (0, 0) => say(0, unit),
        (0, c) => say(c, sub),
        (w, 0) => say(w, unit),
        (w, c) => format!("{} {}", say(w, unit), say(c, sub)),
    })
}

/// Feminine ordinals 1–23 in the nominative, as hours are said ("jedenasta").
const HOURS: [&str; 24] = [
    "zero",
    "pierwsza",
    "druga",
    "trzecia",
    "czwarta",
    "piąta",
    "szósta",
    "siódma",
    "ósma",
    "dziewiąta",
    "dziesiąta",
    "jedenasta",
    "dwunasta",
    "trzynasta",
    "czternasta",
    "piętnasta",
    "szesnasta",
    "siedemnasta",
    "osiemnasta",
    "dziewiętnasta",
    "dwudziesta",
    "dwudziesta pierwsza",
    "dwudziesta druga",
    "dwudziesta trzecia",
];

/// The case an hour is said in, from the preposition before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HourCase {
    /// "jest jedenasta"
    Nominative,
    /// "o jedenastej", "do jedenastej", "po jedenastej" (genitive and locative agree here)
    Oblique,
    /// "przed jedenastą"
    Instrumental,
}

impl HourCase {
    /// The case the word before an hour asks for.
    pub fn after(word: &str) -> HourCase {
        match word.to_lowercase().as_str() {
            "o" | "po" | "do" | "od" | "około" | "koło" | "wpół" => HourCase::Oblique,
            "przed" | "za" | "między" | "pomiędzy" | "nad" => HourCase::Instrumental,
            _ => HourCase::Nominative,
        }
    }
}

/// A clock time: (18, 30, Oblique) → "osiemnastej trzydzieści", (9, 5, Nominative) →
/// "dziewiąta zero pięć"; `None` for an hour above 23 or minutes above 59.
pub fn time(hour: u32, minute: u32, case: HourCase) -> Option<String> {
    if hour > 23 || minute > 59 {
        return None;
    }
    let h = HOURS[hour as usize]
        .split(' ')
        .map(|w| match case {
            HourCase::Nominative => w.to_string(),
            _ if w == "zero" => w.to_string(),
            HourCase::Oblique => {
                let stem = &w[..w.len() - 1];
                if stem.ends_with('g') {
                    format!("{stem}iej")
                } else {
                    format!("{stem}ej")
                }
            }
            HourCase::Instrumental => format!("{}ą", &w[..w.len() - 1]),
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(match minute {
        0 => h,
        1..=9 => format!("{h} zero {}", UNITS[minute as usize]),
        m => format!("{h} {}", cardinal(u64::from(m), Gender::Masculine)),
    })
}

/// One digit's name.
pub fn digit(d: u32) -> &'static str {
    UNITS[d as usize]
}

/// The gender of a noun that follows a number, for the few forms that change (1 and 2):
/// a short list of feminine and neuter nouns met in collection calls; any other word is
/// masculine. Case-insensitive; trailing punctuation is ignored by the caller.
pub fn gender_of(noun: &str) -> Gender {
    const FEMININE: &[&str] = &[
        "rata",
        "raty",
        "rat",
        "faktura",
        "faktury",
        "godzina",
        "godziny",
        "minuta",
        "minuty",
        "osoba",
        "osoby",
        "wpłata",
        "wpłaty",
        "sprawa",
        "sprawy",
        "noc",
        "noce",
        "strona",
        "strony",
        "licencja",
        "licencje",
        "umowa",
        "umowy",
        "płatność",
        "płatności",
        "zaległość",
        "zaległości",
        "część",
        "części",
        "doba",
        "doby",
        "pensja",
        "pensje",
        "kwota",
        "kwoty",
        "transza",
        "transze",
        "wiadomość",
        "wiadomości",
        "złotówka",
        "złotówki",
        "sekunda",
        "sekundy",
        "wizyta",
        "wizyty",
        "opłata",
        "opłaty",
        "pozycja",
        "pozycje",
        "korekta",
        "korekty",
        "noty",
        "nota",
        "miesięczna",
        "tygodniowa",
    ];
    const NEUTER: &[&str] = &[
        "dziecko",
        "stanowisko",
        "stanowiska",
        "konto",
        "konta",
        "pismo",
        "pisma",
        "okno",
        "wezwanie",
        "wezwania",
        "zamówienie",
        "zamówienia",
        "upomnienie",
        "upomnienia",
    ];
    let w = noun.to_lowercase();
    if FEMININE.contains(&w.as_str()) {
        Gender::Feminine
    } else if NEUTER.contains(&w.as_str()) {
        Gender::Neuter
    } else {
        Gender::Masculine
    }
}
