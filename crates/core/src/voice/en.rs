//! English number words: cardinals, ordinals, years, money and clock times.
//!
//! American style by default ("one thousand two hundred forty"); British style puts "and"
//! before the last two digits ("one thousand two hundred and forty"). Money is always said in
//! full ("one thousand two hundred forty dollars and fifty cents"), never "twelve hundred …":
//! the full form is unambiguous above 1,999 and is what collectors are trained to read back.

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const SCALES: [(u64, &str); 4] = [
    (1_000_000_000_000, "trillion"),
    (1_000_000_000, "billion"),
    (1_000_000, "million"),
    (1_000, "thousand"),
];

/// The month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn below_100(n: u64) -> String {
    if n < 20 {
        ONES[n as usize].to_string()
    } else if n.is_multiple_of(10) {
        TENS[(n / 10) as usize].to_string()
    } else {
        format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize])
    }
}

fn below_1000(n: u64, british: bool) -> String {
    let (h, rest) = (n / 100, n % 100);
    match (h, rest) {
        (0, r) => below_100(r),
        (h, 0) => format!("{} hundred", ONES[h as usize]),
        (h, r) if british => format!("{} hundred and {}", ONES[h as usize], below_100(r)),
        (h, r) => format!("{} hundred {}", ONES[h as usize], below_100(r)),
    }
}

/// A whole number in words: 1240 → "one thousand two hundred forty" (British: "… and forty").
pub fn cardinal(n: u64, british: bool) -> String {
    if n == 0 {
        return ONES[0].to_string();
    }
    let mut words: Vec<String> = Vec::new();
    let mut rest = n;
    for (scale, name) in SCALES {
        if rest >= scale {
            let count = rest / scale;
            // Above 999 trillion the count itself has scales.
            words.push(format!("{} {name}", cardinal(count, british)));
            rest %= scale;
        }
    }
    if rest > 0 {
        if british && !words.is_empty() && rest < 100 {
            words.push(format!("and {}", below_100(rest)));
        } else {
            words.push(below_1000(rest, british));
        }
    }
    words.join(" ")
}

/// An ordinal in words: 1 → "first", 21 → "twenty-first", 112 → "one hundred twelfth".
pub fn ordinal(n: u64, british: bool) -> String {
    let words = cardinal(n, british);
    let split = words.rfind([' ', '-']).map_or(0, |i| i + 1);
    let (head, last) = words.split_at(split);
    let last = match last {
        "one" => "first".to_string(),
        "two" => "second".to_string(),
        "three" => "third".to_string(),
        "five" => "fifth".to_string(),
        "eight" => "eighth".to_string(),
        "nine" => "ninth".to_string(),
        "twelve" => "twelfth".to_string(),
        w if w.ends_with('y') => format!("{}ieth", &w[..w.len() - 1]),
        w => format!("{w}th"),
    };
    format!("{head}{last}")
}

/// A year as people say it: 2026 → "twenty twenty-six", 1905 → "nineteen oh five",
/// 2005 → "two thousand five" ("two thousand and five" in British), 1900 → "nineteen hundred".
pub fn year(n: u64, british: bool) -> String {
    if !(1000..=9999).contains(&n) {
        return cardinal(n, british);
    }
    let (high, low) = (n / 100, n % 100);
    if n % 1000 < 10 {
        // 2000–2009: "two thousand (and) five".
        return cardinal(n, british);
    }
    match low {
        0 => format!("{} hundred", below_100(high)),
        1..=9 => format!("{} oh {}", below_100(high), ONES[low as usize]),
        _ => format!("{} {}", below_100(high), below_100(low)),
    }
}

/// The names of a currency's unit and subunit, singular and plural, by ISO code.
fn currency_words(code: &str) -> Option<[&'static str; 4]> {
    Some(match code {
        "USD" => ["dollar", "dollars", "cent", "cents"],
        "GBP" => ["pound", "pounds", "penny", "pence"],
        "EUR" => ["euro", "euros", "cent", "cents"],
        "PLN" => ["zloty", "zlotys", "grosz", "groszy"],
        _ => return None,
    })
}

/// An amount of money in words: (1240, 50, "USD") → "one thousand two hundred forty dollars
/// and fifty cents"; `None` for a currency without English words here.
pub fn money(whole: u64, cents: u32, code: &str, british: bool) -> Option<String> {
    let [one, many, sub_one, sub_many] = currency_words(code)?;
    let unit = |n: u64, one: &str, many: &str| {
        format!(
            "{} {}",
            cardinal(n, british),
            if n == 1 { one } else { many }
        )
    };
    let cents = u64::from(cents);
    Some(match (whole, cents) {
        (0, 0) => unit(0, one, many),
        (0, c) => unit(c, sub_one, sub_many),
        (w, 0) => unit(w, one, many),
        (w, c) => format!("{} and {}", unit(w, one, many), unit(c, sub_one, sub_many)),
    })
}

/// A clock time: (10, 15) → "ten fifteen", (9, 5) → "nine oh five", (6, 0) → "six o'clock"
/// (just "six" when a.m./p.m. follows).
pub fn time(hour: u32, minute: u32, meridiem_follows: bool) -> String {
    let h = below_100(u64::from(hour));
    match minute {
        0 if meridiem_follows => h,
        0 => format!("{h} o'clock"),
        1..=9 => format!("{h} oh {}", ONES[minute as usize]),
        m => format!("{h} {}", below_100(u64::from(m))),
    }
}

/// One digit's name ("oh" is for clock times and years only; codes say "zero").
pub fn digit(d: u32) -> &'static str {
    ONES[d as usize]
}
