//! Spoken forms against the words a person says, in English (US and British) and Polish.

use callcoach_core::voice::pl::{self, Gender};
use callcoach_core::voice::{Speech, en, spoken};

const US: Speech = Speech::English { british: false };
const GB: Speech = Speech::English { british: true };
const PL: Speech = Speech::Polish;

fn say(text: &str, speech: Speech) -> String {
    let s = spoken(text, speech);
    assert!(s.problems.is_empty(), "{text:?}: {:?}", s.problems);
    s.text
}

fn table(speech: Speech, cases: &[(&str, &str)]) {
    let mut wrong = Vec::new();
    for (written, expected) in cases {
        let got = say(written, speech);
        if got != *expected {
            wrong.push(format!(
                "{written:?}\n   want {expected:?}\n    got {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn english_cardinals_and_ordinals() {
    for (n, us, gb) in [
        (0, "zero", "zero"),
        (7, "seven", "seven"),
        (15, "fifteen", "fifteen"),
        (40, "forty", "forty"),
        (99, "ninety-nine", "ninety-nine"),
        (100, "one hundred", "one hundred"),
        (105, "one hundred five", "one hundred and five"),
        (
            1240,
            "one thousand two hundred forty",
            "one thousand two hundred and forty",
        ),
        (1005, "one thousand five", "one thousand and five"),
        (
            20_400,
            "twenty thousand four hundred",
            "twenty thousand four hundred",
        ),
        (1_000_000, "one million", "one million"),
        (
            2_500_017,
            "two million five hundred thousand seventeen",
            "two million five hundred thousand and seventeen",
        ),
    ] {
        assert_eq!(en::cardinal(n, false), us, "{n}");
        assert_eq!(en::cardinal(n, true), gb, "{n}");
    }
    for (n, w) in [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (4, "fourth"),
        (5, "fifth"),
        (8, "eighth"),
        (9, "ninth"),
        (11, "eleventh"),
        (12, "twelfth"),
        (20, "twentieth"),
        (21, "twenty-first"),
        (22, "twenty-second"),
        (30, "thirtieth"),
        (31, "thirty-first"),
        (100, "one hundredth"),
    ] {
        assert_eq!(en::ordinal(n, false), w);
    }
    for (y, w) in [
        (2026, "twenty twenty-six"),
        (1974, "nineteen seventy-four"),
        (1905, "nineteen oh five"),
        (1900, "nineteen hundred"),
        (2000, "two thousand"),
        (2005, "two thousand five"),
        (2010, "twenty ten"),
    ] {
        assert_eq!(en::year(y, false), w);
    }
    assert_eq!(en::year(2005, true), "two thousand and five");
}

#[test]
fn english_money() {
    table(
        US,
        &[
            (
                "$1,240.50",
                "one thousand two hundred forty dollars and fifty cents",
            ),
            ("$1.00", "one dollar"),
            ("$0.99", "ninety-nine cents"),
            ("$0.01", "one cent"),
            ("It's $70 a month.", "It's seventy dollars a month."),
            (
                "$120, $150",
                "one hundred twenty dollars, one hundred fifty dollars",
            ),
            ("$2,600. Rent", "two thousand six hundred dollars. Rent"),
            ("€12,000.00 for", "twelve thousand euros for"),
            ("€1 only", "one euro only"),
            (
                "€20,400 overdue;",
                "twenty thousand four hundred euros overdue;",
            ),
            ("PLN 4,820.00", "four thousand eight hundred twenty zlotys"),
            (
                "(14,760.00 zł",
                "(fourteen thousand seven hundred sixty zlotys",
            ),
            (
                "4,048.80 zł",
                "four thousand forty-eight zlotys and eighty groszy",
            ),
            ("20 USD", "twenty dollars"),
        ],
    );
    table(
        GB,
        &[
            ("£90.00 monthly", "ninety pounds monthly"),
            ("£1", "one pound"),
            ("£0.01", "one penny"),
            (
                "£3,240.50",
                "three thousand two hundred and forty pounds and fifty pence",
            ),
            ("£105", "one hundred and five pounds"),
        ],
    );
}

#[test]
fn english_dates_times_and_codes() {
    table(
        US,
        &[
            ("on 1 December.", "on December first."),
            (
                "by 15 September 2026",
                "by September fifteenth, twenty twenty-six",
            ),
            ("May 12, 1994,", "May twelfth, nineteen ninety-four,"),
            ("March 14th, '83.", "March fourteenth, eighty-three."),
            ("the 27th.", "the twenty-seventh."),
            ("the 1st of June", "the first of June"),
            (
                "7/14/1983, ZIP",
                "July fourteenth, nineteen eighty-three, ZIP",
            ),
            ("6/2/79, and", "June second, seventy-nine, and"),
            ("at 10:15 a.m.", "at ten fifteen a.m."),
            ("at 9:05 a.m.", "at nine oh five a.m."),
            ("6:30 this evening", "six thirty this evening"),
            ("at 6:00", "at six o'clock"),
            (
                "Born 1968. Forty-two",
                "Born nineteen sixty-eight. Forty-two",
            ),
            (
                "312-555-0187.",
                "three one two, five five five, zero one eight seven.",
            ),
            ("ZIP 60614.", "ZIP six zero six one four."),
            ("INV-20931 is", "I N V-two zero nine three one is"),
            ("M19 2PL.", "M one nine two P L."),
            ("45 seats", "forty-five seats"),
            ("1,350, then", "one thousand three hundred fifty, then"),
            ("5% and 2.5%", "five percent and two point five percent"),
            ("14 × 30", "fourteen times thirty"),
            ("section 8.2", "section eight point two"),
            ("dana.whit88@mail.com", "dana.whit eight eight@mail.com"),
        ],
    );
    table(
        GB,
        &[
            ("on 1 December.", "on the first of December."),
            (
                "by 15 September 2026",
                "by the fifteenth of September, twenty twenty-six",
            ),
            ("the 4 June", "the fourth of June"),
            ("BS3 4NW.", "B S three four N W."),
        ],
    );
}

#[test]
fn polish_cardinals_genders_and_plurals() {
    for (n, g, w) in [
        (0, Gender::Masculine, "zero"),
        (1, Gender::Masculine, "jeden"),
        (1, Gender::Feminine, "jedna"),
        (1, Gender::Neuter, "jedno"),
        (2, Gender::Masculine, "dwa"),
        (2, Gender::Feminine, "dwie"),
        (2, Gender::Neuter, "dwa"),
        (12, Gender::Feminine, "dwanaście"),
        (21, Gender::Feminine, "dwadzieścia jeden"),
        (22, Gender::Feminine, "dwadzieścia dwie"),
        (100, Gender::Masculine, "sto"),
        (215, Gender::Masculine, "dwieście piętnaście"),
        (1000, Gender::Masculine, "tysiąc"),
        (1001, Gender::Feminine, "tysiąc jeden"),
        (2000, Gender::Masculine, "dwa tysiące"),
        (5000, Gender::Masculine, "pięć tysięcy"),
        (12_000, Gender::Masculine, "dwanaście tysięcy"),
        (22_000, Gender::Masculine, "dwadzieścia dwa tysiące"),
        (
            4820,
            Gender::Masculine,
            "cztery tysiące osiemset dwadzieścia",
        ),
        (1_000_000, Gender::Masculine, "milion"),
        (3_000_000, Gender::Masculine, "trzy miliony"),
        (
            5_200_000,
            Gender::Masculine,
            "pięć milionów dwieście tysięcy",
        ),
        (2_000_000_000, Gender::Masculine, "dwa miliardy"),
    ] {
        assert_eq!(pl::cardinal(n, g), w, "{n} {g:?}");
    }
    let zl = ["złoty", "złote", "złotych"];
    for (n, w) in [
        (1, "złoty"),
        (2, "złote"),
        (4, "złote"),
        (5, "złotych"),
        (12, "złotych"),
        (14, "złotych"),
        (21, "złotych"),
        (22, "złote"),
        (104, "złote"),
        (111, "złotych"),
        (0, "złotych"),
    ] {
        assert_eq!(pl::plural(n, zl), w, "{n}");
    }
    for (n, w) in [
        (1, "pierwszego"),
        (2, "drugiego"),
        (3, "trzeciego"),
        (15, "piętnastego"),
        (20, "dwudziestego"),
        (21, "dwudziestego pierwszego"),
        (28, "dwudziestego ósmego"),
        (31, "trzydziestego pierwszego"),
        (1974, "tysiąc dziewięćset siedemdziesiątego czwartego"),
        (2026, "dwa tysiące dwudziestego szóstego"),
        (2000, "dwutysięcznego"),
        (1900, "tysiąc dziewięćsetnego"),
        (2100, "dwa tysiące setnego"),
    ] {
        assert_eq!(pl::ordinal_genitive(n).as_deref(), Some(w), "{n}");
    }
    assert_eq!(
        pl::ordinal_locative(2019).as_deref(),
        Some("dwa tysiące dziewiętnastym")
    );
    assert_eq!(
        pl::ordinal_locative(2003).as_deref(),
        Some("dwa tysiące trzecim")
    );
}

#[test]
fn polish_money() {
    table(
        PL,
        &[
            (
                "4\u{a0}820,00\u{a0}zł",
                "cztery tysiące osiemset dwadzieścia złotych",
            ),
            (
                "1\u{a0}860,00\u{a0}zł",
                "tysiąc osiemset sześćdziesiąt złotych",
            ),
            ("1,00 zł", "jeden złoty"),
            ("2,00 zł", "dwa złote"),
            ("22 zł", "dwadzieścia dwa złote"),
            ("25 zł", "dwadzieścia pięć złotych"),
            ("12 zł", "dwanaście złotych"),
            ("po 300 zł, od", "po trzysta złotych, od"),
            ("2900 zł.", "dwa tysiące dziewięćset złotych."),
            (
                "4048,80 zł",
                "cztery tysiące czterdzieści osiem złotych osiemdziesiąt groszy",
            ),
            ("0,01 zł", "jeden grosz"),
            ("0,02 zł", "dwa grosze"),
            ("0,05 zł", "pięć groszy"),
            ("120,50 zł", "sto dwadzieścia złotych pięćdziesiąt groszy"),
            ("12 000,00 €", "dwanaście tysięcy euro"),
            ("(4800,00 €,", "(cztery tysiące osiemset euro,"),
            ("90,00 GBP", "dziewięćdziesiąt funtów"),
            ("2,50 GBP", "dwa funty pięćdziesiąt pensów"),
            (
                "1\u{a0}240,50\u{a0}USD",
                "tysiąc dwieście czterdzieści dolarów pięćdziesiąt centów",
            ),
            ("3 USD", "trzy dolary"),
            ("1 000 000 zł", "milion złotych"),
            ("2 000 000,00 zł", "dwa miliony złotych"),
            ("5\u{a0}000\u{a0}000\u{a0}zł", "pięć milionów złotych"),
        ],
    );
}

#[test]
fn polish_dates_times_and_numbers() {
    table(
        PL,
        &[
            ("15 września", "piętnastego września"),
            ("do 1 grudnia?", "do pierwszego grudnia?"),
            ("od 10 grudnia.", "od dziesiątego grudnia."),
            ("28 sierpnia", "dwudziestego ósmego sierpnia"),
            (
                "15 września 2026",
                "piętnastego września dwa tysiące dwudziestego szóstego",
            ),
            (
                "31 grudnia 2026 r.",
                "trzydziestego pierwszego grudnia dwa tysiące dwudziestego szóstego roku.",
            ),
            (
                "w lipcu 2019 roku.",
                "w lipcu dwa tysiące dziewiętnastego roku.",
            ),
            ("w 2019 roku", "w dwa tysiące dziewiętnastym roku"),
            (
                "Od 2026 r. oznacza",
                "Od dwa tysiące dwudziestego szóstego roku. oznacza",
            ),
            (
                "14.07.1983, kod",
                "czternastego lipca tysiąc dziewięćset osiemdziesiątego trzeciego, kod",
            ),
            ("o 18:30?", "o osiemnastej trzydzieści?"),
            ("do 17:00", "do siedemnastej"),
            ("przed 11:00", "przed jedenastą"),
            ("Jest 9:05", "Jest dziewiąta zero pięć"),
            ("o 12:15", "o dwunastej piętnaście"),
            ("o 2:00", "o drugiej"),
            ("2 raty", "dwie raty"),
            ("1 rata", "jedna rata"),
            ("42 licencje,", "czterdzieści dwie licencje,"),
            ("22 faktury", "dwadzieścia dwie faktury"),
            ("2 dni", "dwa dni"),
            ("1 stanowisko", "jedno stanowisko"),
            ("30 dni", "trzydzieści dni"),
            ("2600 dolarów", "dwa tysiące sześćset dolarów"),
            ("10 000 euro", "dziesięć tysięcy euro"),
            ("1250, prąd", "tysiąc dwieście pięćdziesiąt, prąd"),
            ("120, 150", "sto dwadzieścia, sto pięćdziesiąt"),
            ("5 %", "pięć procent"),
            ("2,5 %", "dwa przecinek pięć procent"),
            (
                "725-218-44-19,",
                "siedem dwa pięć, dwa jeden osiem, cztery cztery, jeden dziewięć,",
            ),
            (
                "FV/2026/10/0117",
                "F V/dwa zero dwa sześć/jeden zero/zero jeden jeden siedem",
            ),
            ("14 × 90", "czternaście razy dziewięćdziesiąt"),
        ],
    );
}

#[test]
fn what_cannot_be_said_is_reported() {
    let s = spoken("That's { $terms } then.", US);
    assert_eq!(s.problems.len(), 1, "{s:?}");
    assert_eq!(s.problems[0].at, 7);
    let s = spoken("CHF 1,200.00 or 1,200.00 CHF", US);
    assert!(s.problems.is_empty(), "CHF is not read as money: {s:?}");
    let s = spoken("99999999999999999999", PL);
    assert!(s.text.contains("9"));
    let s = spoken("1 000 000 000 000 000 000 zł", PL);
    assert!(!s.problems.is_empty() || s.text.contains("zł"), "{s:?}");
}
