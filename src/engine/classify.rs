//! Question type: who / when / where / why / how / how many / yes-no / what,
//! and whether the question asks what someone said or what someone is.
//!
//! The type only steers ranking (a `when` question prefers dated facts); it
//! never decides on its own whether the story answers.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use serde::Serialize;

use super::normalize::Token;
use crate::knowledge::FactKind;
use crate::knowledge::model::{MONTH_NAMES, WEEKDAYS};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Who,
    What,
    When,
    Where,
    Why,
    How,
    HowMany,
    YesNo,
}

/// What the classifier read from a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    pub kind: QuestionKind,
    /// Asks what someone said, thinks or stated.
    pub said: bool,
    /// Asks who someone is or what they do. Set here from the wording ("job",
    /// "what does X do"); the ranker also sets it for a question that is
    /// only a name ("who is Kirby?").
    pub role: bool,
}

/// The words that ask ("whats" and "whos" as chat writes them).
const QUESTION_WORDS: &[&str] = &[
    "who", "whom", "whose", "whos", "what", "whats", "which", "why", "how",
];
#[rustfmt::skip]
const AUX: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will",
    "would", "should", "shall", "may", "might", "must", "isn", "wasn", "didn", "doesn", "hasn",
    "haven", "weren", "aren",
];
/// "How big", "how far": a measure, answered by an amount; the adjective
/// itself is rarely in the answer ("a $412 million budget").
const MEASURES: &[&str] = &[
    "close",
    "big",
    "large",
    "small",
    "far",
    "tall",
    "high",
    "heavy",
    "wide",
    "deep",
    "fast",
    "expensive",
    "strong",
    "powerful",
    "severe",
    "intense",
    "effective",
    "hot",
    "cold",
    "warm",
    "steep",
    "costly",
];
#[rustfmt::skip]
const SAY: &[&str] = &[
    "say", "said", "says", "saying", "state", "stated", "comment", "commented", "tell", "told",
    "think", "thinks", "thought", "claim", "claimed", "stress", "stressed", "announce",
    "announced", "respond", "responded", "react", "reacted", "add", "added",
    "mention", "mentioned", "declare", "declared", "speak", "spoke", "describe", "described",
    "characterize", "characterise", "characterized", "characterised",
];
#[rustfmt::skip]
const TIME_NOUNS: &[&str] = &[
    "date", "day", "month", "year", "time", "week",
];
/// Nouns after "what/which" that ask for an amount ("What temperature…",
/// "what was the margin"): answered only by a fact with a number in it.
#[rustfmt::skip]
const AMOUNT_NOUNS: &[&str] = &[
    "temperature", "price", "percentage", "proportion", "amount", "number", "total", "cost",
    "age", "salary", "wage", "fee", "fine", "margin", "score", "rate", "speed", "distance",
    "height", "weight", "length", "size", "value", "sum", "budget", "population", "capacity",
    "depth", "toll", "figure", "share", "portion", "fraction", "magnitude", "ratio",
];
/// Amount nouns that only say "a part of": "what share of its staff" is
/// answered by "14 percent", which need not say "share".
const PART_NOUNS: &[&str] = &["share", "portion", "fraction"];
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "place", "city", "country", "location", "venue", "airport",
];
/// Nouns after "which/what" that, with a place preposition at the end of
/// the question, ask where ("which countries … in?").
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "place", "places", "city", "cities", "country", "countries", "town", "towns", "region",
    "regions", "state", "states", "area", "areas", "location", "locations", "venue", "venues",
    "part", "parts", "province", "provinces", "village", "villages", "district", "districts",
];
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "person", "people", "man", "woman", "men", "women", "american", "americans", "russian",
    "russians", "official", "officials", "network", "broadcaster", "channel", "outlet", "country",
    "countries", "side", "minister", "spokesman", "diplomat", "president", "prisoner", "prisoners",
    "player", "organisation", "organization", "agency", "ministry",
];
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "job", "role", "position", "title", "involved", "involvement", "occupation", "profession",
    "post", "work", "works",
];

/// The words that shape a question rather than name what it is about
/// (measures, time, place, person, role and employer nouns): typos of them
/// ("worg" for "work") are corrected too, though no fact need hold them.
pub fn shape_words() -> impl Iterator<Item = &'static str> {
    [
        MEASURES,
        AMOUNT_NOUNS,
        TIME_NOUNS,
        PLACE_NOUNS,
        PERSON_NOUNS,
        ROLE_NOUNS,
        EMPLOYERS,
    ]
    .into_iter()
    .flatten()
    .copied()
}

/// Kinds of employer asked about with a job: "which agency does she work
/// for".
#[rustfmt::skip]
const EMPLOYERS: &[&str] = &[
    "body", "organisation", "organization", "agency", "department", "company", "firm",
    "institution", "office", "outlet", "employer",
];

/// Whether word `i` is a role noun asking for a job: "his work" is; "the
/// work going on between them" and "how many people work there" are not.
fn role_noun_at(words: &[&str], i: usize) -> bool {
    let counting = words.windows(2).any(|w| w[0] == "how" && w[1] == "many");
    ROLE_NOUNS.contains(&words[i])
        && !(matches!(words[i], "work" | "works") && (counting || (i > 0 && words[i - 1] == "the")))
}

/// Positions of words that only say what kind of answer is wanted ("what
/// *year*", "his *job*", "*tell* me about"): they steer the type and are not
/// words a fact must contain.
pub fn type_words(tokens: &[Token]) -> Vec<usize> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let prev = if i > 0 { words[i - 1] } else { "" };
        let next = words.get(i + 1).copied().unwrap_or("");
        let after_wh = matches!(prev, "what" | "which" | "many" | "much");
        // "what line of work is Bout in": "line" and "work" both say job.
        let line_of = *w == "line"
            && next == "of"
            && words
                .get(i + 2)
                .is_some_and(|w| ROLE_NOUNS.contains(w) || *w == "business");
        // "What's the microbe called?": the verb only asks for a name.
        let called_last = i + 1 == words.len()
            && i > 1
            && matches!(*w, "called" | "named")
            && matches!(words[0], "what" | "whats");
        // "Which body does Kirby work for?": with a job asked about, the
        // kind of employer is the question's shape, not a word to match.
        let employer = EMPLOYERS.contains(w) && words.iter().any(|x| ROLE_NOUNS.contains(x));
        if role_noun_at(&words, i)
            || line_of
            || called_last
            || employer
            // ("which airport" is no more a place than a word the answer has)
            || (after_wh && (TIME_NOUNS.contains(w) || (PLACE_NOUNS.contains(w) && *w != "airport")))
            || (after_wh && PART_NOUNS.contains(w) && next == "of")
            || (prev == "how" && MEASURES.contains(w))
            // "how much money": a sum is the answer's shape.
            || (prev == "much"
                && i >= 2
                && words[i - 2] == "how"
                && matches!(*w, "money" | "cash"))
            || (*w == "tell" && matches!(next, "me" | "us"))
            // "What price did the museum pay?": with a verb of paying,
            // the price is the answer's shape, as "how much" would be.
            || (after_wh && matches!(*w, "price" | "sum" | "amount") && pays(&words))
        {
            out.push(i);
        }
    }
    out
}

/// Whether a question has a verb of paying or charging.
fn pays(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "pay"
                | "paid"
                | "pays"
                | "spend"
                | "spent"
                | "buy"
                | "bought"
                | "sell"
                | "sold"
                | "charge"
                | "charged"
                | "charges"
                | "offer"
                | "offered"
                | "fetch"
                | "fetched"
        )
    })
}

/// Whether word `i` asks for someone's words: a speech verb, or "call"
/// in "what did X call Y" (a name someone gave, not a call on someone;
/// not "what is the scale called").
pub(crate) fn speech_verb(words: &[&str], i: usize) -> bool {
    let aux = words.get(1).copied().unwrap_or("");
    let prev = if i > 0 { words[i - 1] } else { "" };
    // "sold off by the state", "a claim": nouns, not what someone said
    // ("the official that said" does say);
    // "they are thought to survive" hedges, it quotes no one.
    let noun = matches!(
        prev,
        "the" | "a" | "an" | "this" | "its" | "their" | "his" | "her" | "our" | "whose"
    );
    let hedge = words[i] == "thought"
        && matches!(prev, "is" | "are" | "was" | "were" | "be" | "been")
        && words.get(i + 1) == Some(&"to");
    (SAY.contains(&words[i]) && !noun && !hedge)
        || (matches!(words.first(), Some(&("what" | "whats")))
            && i >= 3
            && (((matches!(words[i], "call" | "ask" | "urge"))
                && matches!(aux, "did" | "do" | "does" | "will" | "would"))
                || (words[i] == "called" && matches!(aux, "has" | "have" | "had"))))
}

/// In "what did X say / does X think", the words naming X: between the
/// auxiliary and the speech verb.
///
/// ```
/// use storybot::engine::classify::speaker_span;
/// use storybot::engine::normalize::tokenize;
/// assert_eq!(speaker_span(&tokenize("What did the Pope say?")), Some(2..4));
/// assert_eq!(speaker_span(&tokenize("who was offered")), None);
/// ```
pub fn speaker_span(tokens: &[Token]) -> Option<std::ops::Range<usize>> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    let verb = (0..words.len()).find(|&i| speech_verb(&words, i))?;
    let aux = tokens[..verb]
        .iter()
        .rposition(|t| AUX.contains(&t.text.as_str()))?;
    (aux + 1 < verb).then_some(aux + 1..verb)
}

/// Classifies a tokenised question.
///
/// ```
/// use storybot::engine::classify::{classify, QuestionKind};
/// use storybot::engine::normalize::tokenize;
/// assert_eq!(classify(&tokenize("When was it sent?")).kind, QuestionKind::When);
/// assert_eq!(classify(&tokenize("whelan how many years")).kind, QuestionKind::HowMany);
/// assert!(classify(&tokenize("What did Zakharova say?")).said);
/// assert!(classify(&tokenize("What did Biden call the deal?")).said);
/// assert!(classify(&tokenize("What did the director ask the thieves?")).said);
/// assert!(!classify(&tokenize("What is the scale called?")).said);
/// assert!(!classify(&tokenize("When was Corvina sold off by the state?")).said);
/// assert!(!classify(&tokenize("How many frogs are thought to survive?")).said);
/// assert_eq!(classify(&[]).kind, QuestionKind::What);
/// assert_eq!(classify(&tokenize("Which countries were the schools in?")).kind, QuestionKind::Where);
/// let when = |q: &str| classify(&tokenize(q)).kind == QuestionKind::When;
/// assert!(when("What was the first year that Yale played Harvard?"));
/// assert!(when("What is the date of the vote?"));
/// assert!(!when("What was the year's best film?"));
/// assert!(!when("What was the first film of the year?"));
/// ```
pub fn classify(tokens: &[Token]) -> Class {
    let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    let tell_me_about = words
        .windows(2)
        .any(|w| w[0] == "tell" && matches!(w[1], "me" | "us"));
    let said = (0..words.len()).any(|i| speech_verb(&words, i)) && !tell_me_about;
    let mut kind = QuestionKind::What;
    // The first question word decides; "whelan how many years" still counts.
    // "When there are many workers competing for a few jobs, it is
    // considered what?": a "when/where" that opens a clause (no verb of
    // its own after it) gives way to a question word later on.
    let clause_opener = |i: usize| {
        i == 0
            && matches!(words[0], "when" | "where")
            && words.get(1).is_some_and(|n| !AUX.contains(n) && *n != "s")
            && words[2..].iter().any(|w| QUESTION_WORDS.contains(w))
    };
    for (i, w) in words.iter().enumerate() {
        if clause_opener(i) {
            continue;
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        let k = match *w {
            "who" | "whom" | "whose" | "whos" => Some(QuestionKind::Who),
            "when" => Some(QuestionKind::When),
            "where" => Some(QuestionKind::Where),
            "why" => Some(QuestionKind::Why),
            "how" => Some(match next {
                "many" | "much" | "long" | "old" | "often" => QuestionKind::HowMany,
                m if MEASURES.contains(&m) => QuestionKind::HowMany,
                _ => QuestionKind::How,
            }),
            "what" | "which" | "whats" => Some(
                if TIME_NOUNS.contains(&next) || time_asked(&words[i + 1..]) {
                    QuestionKind::When
                } else if PLACE_NOUNS.contains(&next) {
                    QuestionKind::Where
                } else if *w == "which" && PERSON_NOUNS.contains(&next) {
                    QuestionKind::Who
                } else if amount_asked(&words[i + 1..]) {
                    QuestionKind::HowMany
                } else {
                    QuestionKind::What
                },
            ),
            _ => None,
        };
        if let Some(k) = k {
            kind = k;
            break;
        }
        if i == 0 && AUX.contains(w) {
            kind = QuestionKind::YesNo;
            break;
        }
    }
    // "Which countries were the schools in?", "What city is she from?":
    // a question ending on a place preposition asks where.
    if matches!(kind, QuestionKind::Who | QuestionKind::What)
        && matches!(words.first(), Some(&("which" | "what")))
        && words.get(1).is_some_and(|w| PLACE_HEADS.contains(w))
        && matches!(words.last(), Some(&("in" | "from" | "at" | "near")))
    {
        kind = QuestionKind::Where;
    }
    // "How many people were involved?" counts; it does not ask a role.
    let counts = matches!(
        kind,
        QuestionKind::HowMany | QuestionKind::When | QuestionKind::Where
    );
    let role = !counts
        && ((0..words.len()).any(|i| role_noun_at(&words, i))
            || (words.first() == Some(&"what") && words.last() == Some(&"do")));
    Class { kind, said, role }
}

/// Whether the words after "what/which" ask for an amount: an amount noun
/// first ("what temperature…"), or after a linking verb and "the" ("what
/// was the margin?", "what is the death toll?"), and ending the question
/// or followed by "of" ("what is the price of…").
fn amount_asked(rest: &[&str]) -> bool {
    let mut i = 0;
    if rest
        .first()
        .is_some_and(|w| matches!(*w, "is" | "was" | "are" | "were" | "s"))
    {
        i += 1;
        while rest
            .get(i)
            .is_some_and(|w| matches!(*w, "the" | "a" | "its" | "their" | "his" | "her" | "death"))
        {
            i += 1;
        }
        return rest.get(i).is_some_and(|w| AMOUNT_NOUNS.contains(w))
            && rest
                .get(i + 1)
                .is_none_or(|w| matches!(*w, "of" | "for" | "in" | "at"));
    }
    rest.first().is_some_and(|w| AMOUNT_NOUNS.contains(w))
}

/// Words that pick one time out of several: "what was the *first* year
/// that …".
const TIME_PICKS: &[&str] = &[
    "first", "last", "exact", "earliest", "latest", "final", "original", "precise", "specific",
];

/// Whether the words after "what" ask for a time as the answer: a linking
/// verb, "the", perhaps a word picking one ([`TIME_PICKS`]), then a time
/// noun that ends the question or opens what it is the time of ("what
/// was the first year that Yale played Harvard?", "what is the date of
/// the vote?"). Not a noun the time merely qualifies: "what was the
/// year's best film?".
fn time_asked(rest: &[&str]) -> bool {
    let [verb, "the", rest @ ..] = rest else {
        return false;
    };
    if !matches!(*verb, "is" | "was" | "are" | "were" | "s") {
        return false;
    }
    let rest = match rest {
        [pick, rest @ ..] if TIME_PICKS.contains(pick) => rest,
        _ => rest,
    };
    matches!(rest, [noun, ..] if TIME_NOUNS.contains(noun))
        && rest
            .get(1)
            .is_none_or(|w| matches!(*w, "of" | "that" | "when" | "in" | "on"))
}

impl Class {
    /// How well a fact of the given kinds suits this question: 0 (no
    /// kind it wants) to 1, 2 for a role fact asked "who is X?", less
    /// 0.25 for a role fact asked anything else.
    pub fn affinity(&self, kinds: KindSet) -> f32 {
        let wants = match self.kind {
            QuestionKind::Who => KindSet::of(&[FactKind::Who, FactKind::Role]),
            QuestionKind::What => KindSet::of(&[FactKind::What]),
            QuestionKind::When => KindSet::of(&[FactKind::When]),
            QuestionKind::Where => KindSet::of(&[FactKind::Where]),
            QuestionKind::Why => KindSet::of(&[FactKind::Why]),
            QuestionKind::How => KindSet::of(&[FactKind::How]),
            QuestionKind::HowMany => KindSet::of(&[FactKind::HowMany]),
            QuestionKind::YesNo => KindSet::of(&[FactKind::YesNo]),
        };
        let mut a: f32 = if kinds.intersects(wants) { 1.0 } else { 0.0 };
        if self.said && kinds.contains(FactKind::Said) {
            a = a.max(1.0);
        }
        if self.role && kinds.contains(FactKind::Role) {
            a = a.max(1.0) + 1.0;
        }
        if !self.role && kinds.contains(FactKind::Role) {
            a -= 0.25;
        }
        a
    }
}

/// Words that place something in time without a date: "during the war",
/// "after his election", "in the 19th century".
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "during", "after", "before", "until", "since", "ago", "when", "while", "yesterday", "today",
    "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "century", "centuries",
    "decade", "decades", "era", "spring", "summer", "autumn", "winter", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
    // what recurs: "closes on Sundays", "at weekends"
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    "weekend", "weekends", "weekdays", "nightly",
];
/// Numbers in words: they can count something ("37 coins", "two people").
#[rustfmt::skip]
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
    "trillion", "dozen", "dozens",
];

/// Other words that give an amount without digits: "two-thirds", "a few",
/// "most".
#[rustfmt::skip]
const AMOUNT_WORDS: &[&str] = &[
    "half", "halves", "third", "thirds", "quarter", "quarters",
    "percent", "few", "several", "many", "much", "most", "majority", "minority", "both", "once",
    "twice", "couple", "single", "double", "triple", "numerous", "multiple", "none", "every",
    "daily", "weekly", "monthly", "yearly", "annually",
];

/// Whether a text gives an amount, not just a date: a figure that is no
/// year or day of the month, a number word, or an amount word ("half",
/// "most"). "How much had the collector offered?" is not answered by "agreed
/// to buy it in 2023".
///
/// ```
/// use storybot::engine::classify::tells_amount;
/// use storybot::engine::normalize::tokenize;
/// let amount = |t: &str| tells_amount(&tokenize(t));
/// assert!(!amount("A collector agreed to buy it in 2023."));
/// assert!(!amount("It was discovered on July 24."));
/// assert!(amount("It sold for 2.3 million euros in 2023."));
/// assert!(amount("About 1,200 homes were flooded."));
/// assert!(amount("Most of the fund was spent."));
/// assert!(amount("The price rose to 1999 dollars."));
/// assert!(amount("We need to speed it up at least a hundredfold."));
/// ```
pub fn tells_amount(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        let w = t.text.as_str();
        // ("a hundredfold", "tenfold")
        let fold = w.len() > 4 && w.ends_with("fold");
        if NUMBER_WORDS.contains(&w) || AMOUNT_WORDS.contains(&w) || fold {
            return true;
        }
        if !w.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        let next = tokens.get(i + 1).map_or("", |n| n.text.as_str());
        let unit = !next.is_empty()
            && !next.bytes().any(|b| b.is_ascii_digit())
            && (MEASURES.contains(&next)
                || MONEY_WORDS.contains(&next)
                || matches!(next, "percent" | "per" | "times"));
        let year = is_year(w) && !unit;
        let day = i > 0
            && w.len() <= 2
            && w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && super::time::month(&tokens[i - 1].text).is_some();
        !year && !day
    })
}

/// Whether a text gives a part of a whole: a percentage, a fraction
/// ("two-thirds", "half"), a majority, or "one in five"/"nine out of ten".
/// "What share of members must vote for it?" is not answered by "Members
/// will vote between July 14 and July 18".
///
/// ```
/// use storybot::engine::classify::tells_part;
/// use storybot::engine::normalize::tokenize;
/// let part = |t: &str| tells_part(&tokenize(t));
/// assert!(part("It needs 60% of the votes."));
/// assert!(part("Two-thirds of members must approve."));
/// assert!(part("One in five voters stayed home."));
/// assert!(part("About 61 per cent of the reef was bleached."));
/// assert!(!part("Members will vote between July 14 and July 18."));
/// // ("half a century" is a length of time, "half a million" a number)
/// assert!(!part("Two carriers have competed for half a century."));
/// assert!(part("Half the members voted."));
/// ```
pub fn tells_part(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        (matches!(w[1].text.as_str(), "in" | "out")
            && (NUMBER_WORDS.contains(&w[0].text.as_str())
                || w[0].text.bytes().all(|b| b.is_ascii_digit())))
            // "61 per cent"
            || (w[0].text == "per" && w[1].text == "cent")
    }) || tokens.iter().enumerate().any(|(i, t)| {
        let quantity = t.text == "half"
            && tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.text.as_str(), "a" | "an"));
        !quantity
            && matches!(
                t.text.as_str(),
                "percent"
                    | "percentage"
                    | "half"
                    | "halves"
                    | "third"
                    | "thirds"
                    | "quarter"
                    | "quarters"
                    | "fifth"
                    | "fifths"
                    | "tenth"
                    | "tenths"
                    | "majority"
                    | "minority"
                    | "most"
                    | "fraction"
                    | "proportion"
                    | "all"
                    | "none"
                    | "unanimous"
                    | "unanimously"
            )
    })
}

/// Words saying a thing is not known ([`states_unknown`], [`asks_if_known`]).
const UNKNOWN: &[&str] = &[
    "unknown",
    "unclear",
    "undetermined",
    "undisclosed",
    "unconfirmed",
    "unidentified",
    "unnamed",
    "unspecified",
];
/// What "has not (yet) been …" says is not known yet. Not "released",
/// "made", "set": "Whelan was not released" is a fact.
const NOT_YET: &[&str] = &[
    "determined",
    "decided",
    "confirmed",
    "disclosed",
    "identified",
    "announced",
    "established",
    "known",
    "clear",
    "revealed",
    "named",
    "specified",
];
/// "declined to say", "refused to comment".
const DECLINED: &[&str] = &["declined", "refused", "declining", "refusing"];
/// What is not done when a thing stays unsaid: "did not name", "declined to comment".
const TO_SAY: &[&str] = &[
    "say",
    "comment",
    "disclose",
    "discuss",
    "specify",
    "name",
    "identify",
    "give",
    "reveal",
    "confirm",
    "elaborate",
    "provide",
];

/// Whether a yes/no question asks if something is known or was said, in
/// the words a fact that [`states_unknown`] uses: "Is the cause known?",
/// "Did the sources give details?", "Has the driver been named?" (which
/// such a fact answers), not "Was the cutting on the list?" (which it
/// does not).
///
/// ```
/// use storybot::engine::classify::asks_if_known;
/// use storybot::engine::normalize::tokenize;
/// assert!(asks_if_known(&tokenize("Is the cause of the fire known?")));
/// assert!(asks_if_known(&tokenize("did cnn's sources give details of the proposal")));
/// assert!(!asks_if_known(&tokenize("Was the cutting on the list of high-risk cuttings?")));
/// ```
pub fn asks_if_known(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        let w = t.text.as_str();
        UNKNOWN.contains(&w)
            || NOT_YET.contains(&w)
            || TO_SAY.contains(&w)
            || matches!(
                w,
                "know" | "knows" | "details" | "specifics" | "said" | "says"
            )
    })
}

/// Whether a text says that something is not known yet: "has not been
/// determined", "remains unclear", "declined to say", "is still under
/// investigation", "has yet to decide".
///
/// ```
/// use storybot::engine::classify::states_unknown;
/// use storybot::engine::normalize::tokenize;
/// let says = |t: &str| states_unknown(&tokenize(t));
/// assert!(says("The cause of the fire has not been determined."));
/// assert!(says("Police declined to name the driver."));
/// assert!(says("Brandt did not name them."));
/// assert!(!says("The state does not provide these services."));
/// assert!(says("It remains unclear how many were hurt."));
/// assert!(!says("The fire was caused by a faulty heater."));
/// assert!(!says("She did not know the answer, she said, but found it."));
/// assert!(!says("Paul Whelan was not released."));
/// assert!(!says("An unnamed locomotive hauled the train."));
/// assert!(says("Its identity has not yet been confirmed."));
/// assert!(!says("Its identity could not be confirmed until this summer."));
/// ```
pub fn states_unknown(tokens: &[Token]) -> bool {
    let w = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    (0..tokens.len()).any(|i| {
        let here = w(i);
        // "remains unclear", "is still unknown" (not "an unnamed locomotive")
        (UNKNOWN.contains(&here)
            && (1..=2).any(|back| {
                i >= back && matches!(w(i - back), "is" | "are" | "was" | "were" | "be" | "been" | "remain" | "remains" | "remained")
            }))
            // "has not been determined", "is not yet known", "was not disclosed"
            // (not "could not be confirmed until this summer", when it was)
            || (matches!(here, "not" | "never")
                && [1, 2, 3].into_iter().any(|k| {
                    NOT_YET.contains(&w(i + k))
                        && (i + 1..i + k).all(|j| matches!(w(j), "been" | "yet" | "be"))
                        && (k < 3 || w(i + 2) == "been")
                        && w(i + k + 1) != "until"
                }))
            // "has yet to decide", "yet to be determined"
            || (here == "yet" && w(i + 1) == "to")
            // "declined to say", "refused to comment"
            || (DECLINED.contains(&here) && w(i + 1) == "to" && TO_SAY.contains(&w(i + 2)))
            // "Police did not name them", "would not comment" (not "does
            // not provide these services")
            || (here == "not"
                && i > 0
                && matches!(w(i - 1), "did" | "does" | "do" | "would" | "will")
                && matches!(
                    w(i + 1),
                    "say" | "comment" | "name" | "identify" | "disclose" | "reveal" | "specify"
                ))
            // "under investigation"
            || (here == "under" && w(i + 1) == "investigation")
    })
}

/// Currencies, as [`tokenize`](super::normalize::tokenize) spells their
/// signs too ("$5" → "dollars 5").
const MONEY_WORDS: &[&str] = &[
    "dollar",
    "dollars",
    "euro",
    "euros",
    "pound",
    "pounds",
    "yen",
    "ruble",
    "rubles",
    "rouble",
    "roubles",
    "cent",
    "cents",
    "yuan",
    "rupee",
    "rupees",
    "franc",
    "francs",
    // (Nordic and Czech crowns, and more: not "won", which is a verb too,
    // nor "crown" or "rand": the Crown Court, Rand Paul)
    "crowns",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "koruna",
    "zloty",
    "zlotys",
    "forint",
    "forints",
    "lira",
    "lire",
    "peso",
    "pesos",
    "shekel",
    "shekels",
    "dirham",
    "dirhams",
    "dinar",
    "dinars",
    "naira",
    "shilling",
    "shillings",
    "baht",
    "ringgit",
    "rupiah",
    "reais",
    "hryvnia",
    "hryvnias",
    "tenge",
];

/// Words that make a "how much" question one about money.
#[rustfmt::skip]
const MONEY_QUESTION_WORDS: &[&str] = &[
    "cost", "costs", "costing", "worth", "price", "priced", "prices", "pay", "pays", "paid",
    "offer", "offers", "offered", "bid", "bids", "ticket", "tickets", "fare", "fares", "rent",
    "spend", "spends", "spent", "money", "fund", "funds", "funding", "budget", "sell", "sells",
    "sold", "earn", "earns", "earned", "salary", "fine", "fined", "fee", "fees", "charge",
    "charged", "refund", "compensation", "revenue", "profit", "dollar", "dollars", "euro", "euros",
    "pound", "pounds", "bribe", "bribes", "loan", "loans", "debt", "debts", "damages", "raise",
    "raised", "invest", "invested", "investment", "donate", "donated", "donation", "ransom",
    "settlement", "wage", "wages", "tax", "taxes", "grant", "subsidy", "owe", "owed", "bid",
    "reward", "bonus", "penalty", "deal", "sales", "income", "savings", "toll", "tolls",
];

/// Whether a "how much" question asks for money ("How much did it cost?",
/// "how much is the contract worth"), so only a text naming a sum answers.
///
/// ```
/// use storybot::engine::classify::asks_money;
/// use storybot::engine::normalize::tokenize;
/// assert!(asks_money(&tokenize("How much did the study cost?")));
/// assert!(!asks_money(&tokenize("How much extra sleep did they get?")));
/// ```
pub fn asks_money(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| MONEY_QUESTION_WORDS.contains(&t.text.as_str()))
}

/// What kinds of answer a text can give by its wording alone: `When` if it
/// has a date or a time word, `HowMany` if it has a number or an amount word,
/// `Where` if it has a place word or a name after "in", "at", "from"…
/// A "when" or "how many" question is not answered by a text with neither
/// (the fact's own `kinds` and date count too, see the ranker).
///
/// ```
/// use storybot::engine::classify::text_cues;
/// use storybot::engine::normalize::tokenize;
/// use storybot::knowledge::FactKind;
/// let c = text_cues(&tokenize("He was elected khan in 1186."));
/// assert!(c.contains(FactKind::When) && c.contains(FactKind::HowMany));
/// let c = text_cues(&tokenize("Victoria is the centre of dairy farming."));
/// assert!(!c.contains(FactKind::When) && !c.contains(FactKind::HowMany));
/// let c = text_cues(&tokenize("He was sentenced to 16 years."));
/// assert!(!c.contains(FactKind::When) && c.contains(FactKind::HowMany));
/// assert!(text_cues(&tokenize("It broke out at 4:15 a.m.")).contains(FactKind::When));
/// assert!(text_cues(&tokenize("It began at 6:12 in the evening.")).contains(FactKind::When));
/// assert!(!text_cues(&tokenize("It rose 6.12 in the year.")).contains(FactKind::When));
/// let placed = |t: &str| text_cues(&tokenize(t)).contains(FactKind::Where);
/// assert!(placed("The swap took place in Abu Dhabi.") && placed("He flew to Moscow."));
/// assert!(!placed("The United States offered a swap, according to Maria Zakharova."));
/// assert!(!placed("A study published on Wednesday.") && !placed("It was sent in June."));
/// assert!(!placed("They agreed a multi-country prisoner exchange."));
/// assert!(text_cues(&tokenize("It cost 40 cents a litre.")).money());
/// assert!(!text_cues(&tokenize("Turnout was 58.3 per cent.")).money());
/// ```
pub fn text_cues(tokens: &[Token]) -> KindSet {
    let mut bits = KindSet::default();
    for (i, t) in tokens.iter().enumerate() {
        if t.text.bytes().any(|b| b.is_ascii_digit()) {
            // "in 1186", "the 1960s", "at 10:30" tell when; "16 years",
            // "26 people" only how many.
            // ("the year 900", "AD 79": a year of fewer digits)
            let era = i > 0 && matches!(tokens[i - 1].text.as_str(), "year" | "ad")
                || tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.text.as_str(), "ad" | "bc" | "bce" | "ce"));
            let kinds: &[FactKind] =
                if year_or_clock(&t.text) || clock_after(&tokens[i + 1..]) || era {
                    &[FactKind::When, FactKind::HowMany]
                } else {
                    &[FactKind::HowMany]
                };
            bits = KindSet(bits.0 | KindSet::of(kinds).0);
            continue;
        }
        // "in Ankara", "at the Kremlin": a name after a place preposition.
        if PLACE_PREPS.contains(&t.text.as_str()) {
            let (at, next) = match tokens.get(i + 1) {
                Some(n) if n.text == "the" => (i + 2, tokens.get(i + 2)),
                n => (i + 1, n),
            };
            // "to", "from" and "on" also come before people: "according to
            // Maria Zakharova", "a letter from John Kirby". Before a name
            // of two capitalised words and no "the", they do not place.
            let person_like = matches!(t.text.as_str(), "to" | "from" | "on")
                && at == i + 1
                && tokens.get(at + 1).is_some_and(|n| n.capital);
            // "on Wednesday", "in June": a day or a month tells when.
            let dated = next.is_some_and(|n| {
                CUE_WORDS
                    .get(n.text.as_str())
                    .is_some_and(|c| c.contains(FactKind::When))
            });
            if next.is_some_and(|n| n.capital) && !person_like && !dated {
                bits = KindSet(bits.0 | KindSet::of(&[FactKind::Where]).0);
            }
        }
        // Every fact is scanned once at load: one hash look-up per word.
        // A place word inside a name ("the United States", "the White
        // House") names who acts, not where: "in the United States" is
        // read by the preposition above.
        let place_in_name = t.capital && i > 0 && PLACE_WORDS.contains(&t.text.as_str());
        // ("a multi-country exchange", "cross-border talks" place nothing)
        let compound = i > 0
            && matches!(
                tokens[i - 1].text.as_str(),
                "multi" | "cross" | "inter" | "pan" | "trans" | "non"
            );
        if let Some(&cue) = CUE_WORDS.get(t.text.as_str())
            && (t.text != "may" || t.capital)
            && !place_in_name
            && !compound
            && !reported_day(tokens, i)
        {
            // "58.3 per cent" is a share, not a sum of money.
            let share = i > 0 && tokens[i - 1].text == "per";
            let cue = if share { cue.without_money() } else { cue };
            bits = KindSet(bits.0 | cue.0);
        }
    }
    bits
}

/// Verbs of saying whose day is the report's, not the event's: "officials
/// *said* on Friday".
#[rustfmt::skip]
const REPORT_VERBS: &[&str] = &[
    "said", "says", "announced", "told", "reported", "confirmed", "added", "stated", "wrote",
    "declared",
];
/// Words that may stand between such a verb and its day: "said in a
/// statement on Monday", "told reporters late on Tuesday".
#[rustfmt::skip]
const REPORT_GAP: &[&str] = &[
    "on", "late", "early", "last", "this", "in", "a", "statement", "reporters", "journalists",
];

/// A weekday, "yesterday" or "today".
fn is_day(word: &str) -> bool {
    WEEKDAYS.contains(&word) || matches!(word, "yesterday" | "today")
}

/// Whether token `i` is the day something was said rather than the day it
/// happened: "a calf has been born, officials said on Friday".
pub fn reported_day(tokens: &[Token], i: usize) -> bool {
    if !is_day(&tokens[i].text) {
        return false;
    }
    for t in tokens[..i].iter().rev().take(4) {
        if REPORT_VERBS.contains(&t.text.as_str()) {
            return true;
        }
        if !REPORT_GAP.contains(&t.text.as_str()) {
            return false;
        }
    }
    false
}

/// Whether a text's only dates are the days its news was told ("…,
/// officials said on Friday"): it tells when it was said, not when what it
/// says happened.
///
/// ```
/// use storybot::engine::{classify::dated_by_report, normalize::tokenize};
/// assert!(dated_by_report(&tokenize("A calf was born, officials said on Friday.")));
/// assert!(!dated_by_report(&tokenize("The calf was born on Monday, the zoo said on Friday.")));
/// assert!(!dated_by_report(&tokenize("The calf was born in 2023, the zoo said Friday.")));
/// assert!(!dated_by_report(&tokenize("The calf was born, the zoo said.")));
/// ```
pub fn dated_by_report(tokens: &[Token]) -> bool {
    let mut reported = false;
    for (i, t) in tokens.iter().enumerate() {
        let w = t.text.as_str();
        let date = is_day(w)
            || MONTH_NAMES.iter().any(|m| m.eq_ignore_ascii_case(w))
            || (w.bytes().any(|b| b.is_ascii_digit()) && year_or_clock(w));
        if !date {
            continue;
        }
        if reported_day(tokens, i) {
            reported = true;
        } else {
            return false;
        }
    }
    reported
}

/// Whether a text tells a time of day: "6:42 am", "7pm", "10:30 GMT",
/// "6:12 in the evening" ("what time did it take off?" asks for one).
///
/// ```
/// use storybot::engine::classify::tells_clock;
/// use storybot::engine::normalize::tokenize;
/// assert!(tells_clock(&tokenize("It lifted off at 6:42 am local time.")));
/// assert!(tells_clock(&tokenize("Doors open at 7pm.")));
/// assert!(!tells_clock(&tokenize("It exploded on Thursday, 74 seconds in.")));
/// ```
pub fn tells_clock(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        clock_word(&t.text)
            || (!t.text.is_empty()
                && t.text.bytes().all(|b| b.is_ascii_digit())
                && clock_after(&tokens[i + 1..]))
    })
}

/// Whether a token is a clock time written as one word: "7pm", "11am".
fn clock_word(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && matches!(&text[digits..], "am" | "pm")
}

/// Whether a token with digits reads as a year ("1186", "2022", "1960s")
/// or a clock time written as one word ("7pm"), not a count or a measure.
fn year_or_clock(text: &str) -> bool {
    is_year(text) || clock_word(text)
}

/// Whether a token reads as a year: four digits from 1000 to 2199, or a
/// decade ("1960s").
pub(crate) fn is_year(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4
        && matches!(&text[digits..], "" | "s")
        && text[..digits]
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2199).contains(&y))
}

/// Whether the words after a number make it a time of day: "4 15 a m"
/// ("4:15 a.m." tokenised), "5 pm", "10 30 gmt", "6 o clock", "6 12 in the
/// evening", "9 30 local time".
fn clock_after(next: &[Token]) -> bool {
    let word = |i: usize| next.get(i).map_or("", |t| t.text.as_str());
    // Skip the minutes of "4:15".
    let i = usize::from(word(0).len() == 2 && word(0).bytes().all(|b| b.is_ascii_digit()));
    matches!(word(i), "am" | "pm" | "gmt" | "utc" | "o")
        || (matches!(word(i), "a" | "p") && word(i + 1) == "m")
        || (word(i) == "local" && word(i + 1) == "time")
        || (word(i) == "in"
            && word(i + 1) == "the"
            && matches!(word(i + 2), "morning" | "afternoon" | "evening" | "night"))
}

/// Units a length of time or space is given in.
#[rustfmt::skip]
const SPAN_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer", "kilometers",
    "km", "mile", "miles", "foot", "feet", "inch", "inches", "cm", "mm",
];

/// Units of other measures: weight, volume, power, heat, speed.
#[rustfmt::skip]
const OTHER_UNITS: &[&str] = &[
    "liter", "liters", "litre", "litres", "ml", "kg", "kilogram", "kilograms", "gram", "grams",
    "g", "ton", "tons", "tonne", "tonnes", "pound", "pounds", "lb", "lbs", "ounce", "ounces",
    "m", "watt", "watts", "volt", "volts", "degree", "degrees", "mph", "kph", "percent",
];

/// Whether a word is a unit a number measures something in ("1.7-liter
/// kettles", "16 years"), rather than a thing it counts.
pub fn measure_unit(word: &str) -> bool {
    SPAN_UNITS.contains(&word) || OTHER_UNITS.contains(&word)
}

/// Whether a question asks how long something took or measures: "How
/// long did the talks take?", not "how long ago" (when).
///
/// ```
/// use storybot::engine::classify::asks_span;
/// use storybot::engine::normalize::tokenize;
/// assert!(asks_span(&tokenize("How long did the negotiations take?")));
/// assert!(!asks_span(&tokenize("How long ago was it?")));
/// ```
pub fn asks_span(tokens: &[Token]) -> bool {
    span_at(tokens).is_some()
}

/// Whether "how long" is followed by a form of "be" ("How long is the
/// frog?", "how long was the strike?"): a size may answer it as well as a
/// span of time.
///
/// ```
/// use storybot::engine::classify::asks_span_or_length;
/// use storybot::engine::normalize::tokenize;
/// assert!(asks_span_or_length(&tokenize("How long is the frog from snout to vent?")));
/// assert!(!asks_span_or_length(&tokenize("How long did the talks take?")));
/// ```
pub fn asks_span_or_length(tokens: &[Token]) -> bool {
    span_at(tokens).is_some_and(|i| {
        tokens
            .get(i + 2)
            .is_some_and(|t| matches!(t.text.as_str(), "is" | "was" | "are" | "were"))
    })
}

/// Where "how long" (not "how long ago") starts.
fn span_at(tokens: &[Token]) -> Option<usize> {
    tokens.windows(2).enumerate().position(|(i, w)| {
        w[0].text == "how"
            && w[1].text == "long"
            && tokens.get(i + 2).is_none_or(|t| t.text != "ago")
    })
}

/// Whether a word gives an amount before a unit: a number, "a"/"an", a
/// number word or an amount word ("half", "several", "few", "many"…).
fn amount(t: &Token) -> bool {
    t.text.bytes().any(|b| b.is_ascii_digit())
        || matches!(t.text.as_str(), "a" | "an")
        || NUMBER_WORDS.contains(&t.text.as_str())
        || AMOUNT_WORDS.contains(&t.text.as_str())
}

/// A physical quantity a question asks for: a fact answers it only with a
/// number in one of its units ([`tells_measure`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Weight,
    Length,
    Speed,
    Heat,
}

#[rustfmt::skip]
const WEIGHT_UNITS: &[&str] = &[
    "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes", "gram",
    "grams", "gramme", "grammes", "g", "mg", "milligram", "milligrams", "ton", "tons", "tonne",
    "tonnes", "pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz", "stone",
];
#[rustfmt::skip]
const LENGTH_UNITS: &[&str] = &[
    "metre", "metres", "meter", "meters", "m", "kilometre", "kilometres", "kilometer",
    "kilometers", "km", "kms", "mile", "miles", "foot", "feet", "ft", "inch", "inches",
    "cm", "centimetres", "centimeters", "mm", "millimetres", "millimeters", "yard", "yards",
    "storey", "storeys", "story", "stories", "floors",
];
#[rustfmt::skip]
const SPEED_UNITS: &[&str] = &["mph", "kph", "kmh", "knots", "knot", "mach"];
#[rustfmt::skip]
const HEAT_UNITS: &[&str] = &["degree", "degrees", "celsius", "fahrenheit", "c", "f"];

impl Measure {
    fn of_unit(word: &str) -> Option<Measure> {
        if WEIGHT_UNITS.contains(&word) {
            Some(Measure::Weight)
        } else if LENGTH_UNITS.contains(&word) {
            Some(Measure::Length)
        } else if SPEED_UNITS.contains(&word) {
            Some(Measure::Speed)
        } else if HEAT_UNITS.contains(&word) {
            Some(Measure::Heat)
        } else {
            None
        }
    }
}

/// The physical quantity a question asks for, if it asks for one: "How
/// heavy…", "how much does it weigh", "how tall/far/deep/wide…", "how
/// fast", "what is its top speed", "how hot", "what temperature", or a
/// unit asked in ("the dose in milligrams", "how far in miles").
///
/// ```
/// use storybot::engine::classify::{asks_measure, Measure};
/// use storybot::engine::normalize::tokenize;
/// assert_eq!(asks_measure(&tokenize("How heavy is the hoard?")), Some(Measure::Weight));
/// assert_eq!(asks_measure(&tokenize("What is the top speed of the e-bikes?")), Some(Measure::Speed));
/// assert_eq!(asks_measure(&tokenize("What dose in milligrams is the pill?")), Some(Measure::Weight));
/// assert_eq!(asks_measure(&tokenize("How many weight rooms are there?")), None);
/// assert_eq!(asks_measure(&tokenize("How high is inflation?")), None);
/// assert_eq!(asks_measure(&tokenize("How high would the dam have been?")), Some(Measure::Length));
/// assert_eq!(asks_measure(&tokenize("How fast are earnings rising?")), None);
/// assert_eq!(asks_measure(&tokenize("How fast was the train going?")), Some(Measure::Speed));
/// assert_eq!(asks_measure(&tokenize("What is the surface temperature on it?")), Some(Measure::Heat));
/// assert_eq!(asks_measure(&tokenize("What is the radius of LHS 2931 c?")), Some(Measure::Length));
/// assert_eq!(asks_measure(&tokenize("What was the highest temperature ever recorded there?")), Some(Measure::Heat));
/// ```
pub fn asks_measure(tokens: &[Token]) -> Option<Measure> {
    let w: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    let counting = w.windows(2).any(|p| p == ["how", "many"]);
    for (i, &word) in w.iter().enumerate() {
        let prev = if i > 0 { w[i - 1] } else { "" };
        let m = match word {
            "heavy" | "heavier" if prev == "how" => Some(Measure::Weight),
            "weigh" | "weighs" | "weighed" if !counting => Some(Measure::Weight),
            "weight" if matches!(prev, "what" | "the" | "its" | "their") && !counting => {
                Some(Measure::Weight)
            }
            // ("how far over budget", "how far behind schedule": no distance)
            "far"
                if prev == "how"
                    && w.get(i + 1).is_some_and(|n| {
                        matches!(*n, "over" | "under" | "behind" | "ahead" | "into")
                    }) =>
            {
                None
            }
            "tall" | "far" | "deep" | "wide" | "close" if prev == "how" => Some(Measure::Length),
            // ("how high is the dam"; not "how high are interest rates",
            // "how high will prices go")
            "high" | "higher"
                if prev == "how"
                    && !w.iter().any(|x| {
                        matches!(
                            *x,
                            "rate"
                                | "rates"
                                | "price"
                                | "prices"
                                | "inflation"
                                | "unemployment"
                                | "level"
                                | "levels"
                                | "cost"
                                | "costs"
                                | "bill"
                                | "bills"
                                | "temperature"
                                | "temperatures"
                                | "score"
                                | "turnout"
                                | "risk"
                                | "tax"
                                | "taxes"
                                | "pay"
                                | "salary"
                                | "wages"
                                | "fee"
                                | "fees"
                                | "fine"
                                | "demand"
                                | "support"
                        )
                    }) =>
            {
                Some(Measure::Length)
            }
            "height" | "depth" | "distance" | "width"
                if matches!(prev, "what" | "the" | "its" | "their") && !counting =>
            {
                Some(Measure::Length)
            }
            // ("What is the radius of the planet?")
            "radius" | "diameter" | "altitude" | "elevation" | "thickness" | "circumference"
                if !counting =>
            {
                Some(Measure::Length)
            }
            // ("how fast are earnings rising" asks a rate: "5.3 percent")
            "fast" | "quickly" if prev == "how" && changes(&w[i + 1..]) => None,
            "fast" if prev == "how" => Some(Measure::Speed),
            "speed" if matches!(prev, "top" | "what" | "which" | "maximum" | "its" | "their") => {
                Some(Measure::Speed)
            }
            "hot" | "cold" | "warm" if prev == "how" => Some(Measure::Heat),
            // ("what is the surface temperature", "what was the water
            // temperature"; not "the nickname for the … temperature graph")
            "temperature" | "temperatures"
                if !counting
                    && matches!(w.first(), Some(&("what" | "which" | "whats")))
                    && w[1..i]
                        .iter()
                        .filter(|x| {
                            !matches!(
                                **x,
                                "is" | "was" | "are" | "were" | "s" | "the" | "its" | "their"
                            )
                        })
                        .count()
                        <= 1
                    && w.get(i + 1).is_none_or(|n| {
                        matches!(
                            *n,
                            "of" | "on" | "in" | "at" | "for" | "ever" | "recorded" | "measured"
                        )
                    }) =>
            {
                Some(Measure::Heat)
            }
            // "in milligrams", "in kgs" (not "in m…": one letter is no unit here)
            unit if prev == "in" && unit.len() > 1 && !counting => Measure::of_unit(unit),
            _ => None,
        };
        if m.is_some() {
            return m;
        }
    }
    None
}

/// Whether a verb of growing or shrinking is among the words: what grows
/// "fast" grows by some share or amount, not at a speed.
fn changes(words: &[&str]) -> bool {
    words.iter().any(|w| {
        [
            "rise", "rose", "risen", "rising", "grow", "grew", "grown", "growing", "increas",
            "fall", "fell", "fallen", "falling", "declin", "drop", "climb", "shrink", "shrank",
            "expand", "spread", "inflat",
        ]
        .iter()
        .any(|v| w.starts_with(v))
    })
}

/// Whether a text gives a quantity of that measure: a number (or "a",
/// "half a") with one of its units ("2.6 kilograms", "a mile", "25 km/h",
/// "110 miles per hour", "40 degrees").
///
/// ```
/// use storybot::engine::classify::{tells_measure, Measure};
/// use storybot::engine::normalize::tokenize;
/// assert!(tells_measure(&tokenize("The hoard weighs 2.6kg in all."), Measure::Weight));
/// assert!(tells_measure(&tokenize("Winds reached 110 miles per hour."), Measure::Speed));
/// assert!(tells_measure(&tokenize("It is half a mile northwest."), Measure::Length));
/// assert!(!tells_measure(&tokenize("Riders pay 10 pence per minute."), Measure::Speed));
/// assert!(!tells_measure(&tokenize("Its top speed is 25 km/h."), Measure::Length));
/// assert!(!tells_measure(&tokenize("The bikes are 25 percent cheaper."), Measure::Weight));
/// ```
pub fn tells_measure(tokens: &[Token], m: Measure) -> bool {
    let per_hour = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| matches!(t.text.as_str(), "per" | "an" | "a"))
            && tokens
                .get(j + 1)
                .is_some_and(|t| matches!(t.text.as_str(), "hour" | "second" | "h"))
    };
    tokens.iter().enumerate().any(|(i, t)| {
        // "2.6kg": the unit written onto the number
        let glued = t.text.trim_start_matches(|c: char| c.is_ascii_digit());
        let (unit, from) = if glued.len() < t.text.len() && glued.len() > 1 {
            (glued, i + 1)
        } else if i > 0 && amount(&tokens[i - 1]) {
            (t.text.as_str(), i + 1)
        } else {
            return false;
        };
        // "km/h", "miles per hour": a speed, not a length
        let speed = per_hour(from) || tokens.get(from).is_some_and(|n| n.text == "h");
        match (m, Measure::of_unit(unit)) {
            (Measure::Speed, Some(Measure::Length)) => speed,
            (_, Some(u)) => u == m && !(m == Measure::Length && speed),
            _ => false,
        }
    })
}

/// Units of area and volume, which no question of weight or length asks.
#[rustfmt::skip]
const SIZE_UNITS: &[&str] = &[
    "hectare", "hectares", "ha", "acre", "acres", "square", "sq", "km2", "litre", "litres",
    "liter", "liters", "gallon", "gallons", "barrel", "barrels", "cubic", "inch", "inches",
];

/// Whether a text gives a size: a figure with a unit of length, area,
/// volume or weight, a sum of money or a percentage ("14,500 hectares",
/// "an 8.2-inch screen", "a €450 million fund", "up 10 percent"). "How big
/// is the fire?" prefers it to a count of firefighters.
///
/// ```
/// use storybot::engine::classify::tells_size;
/// use storybot::engine::normalize::tokenize;
/// assert!(tells_size(&tokenize("It grew to an estimated 14,500 hectares.")));
/// assert!(tells_size(&tokenize("It has an 8.2-inch screen.")));
/// assert!(tells_size(&tokenize("They set up a €450 million fund.")));
/// assert!(!tells_size(&tokenize("About 240 firefighters are working on it.")));
/// assert!(!tells_size(&tokenize("It burned in 2017 and 2021.")));
/// ```
pub fn tells_size(tokens: &[Token]) -> bool {
    let money = |t: &Token| {
        MONEY_WORDS.contains(&t.text.as_str())
            || matches!(
                t.text.as_str(),
                "percent" | "million" | "billion" | "trillion"
            )
    };
    tokens.iter().enumerate().any(|(i, t)| {
        let figure = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|n| n.text.bytes().any(|b| b.is_ascii_digit()))
        };
        let unit = SIZE_UNITS.contains(&t.text.as_str())
            || Measure::of_unit(&t.text)
                .is_some_and(|m| matches!(m, Measure::Length | Measure::Weight));
        (unit && i > 0 && amount(&tokens[i - 1]))
            || (money(t) && (figure(i + 1) || (i > 0 && figure(i - 1))))
    })
}

/// Whether a question asks someone's age: "How old is X?", "What age was
/// she?", "at what age…".
///
/// ```
/// use storybot::engine::classify::asks_age;
/// use storybot::engine::normalize::tokenize;
/// assert!(asks_age(&tokenize("How old is the new champion?")));
/// assert!(asks_age(&tokenize("what age was she when she won")));
/// assert!(!asks_age(&tokenize("How long was the match?")));
/// ```
pub fn asks_age(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        matches!(
            (w[0].text.as_str(), w[1].text.as_str()),
            ("how", "old") | ("what", "age")
        )
    })
}

/// Whether a text gives someone's age: "a 19-year-old apprentice", "aged
/// 61", "at the age of 22", "61 years old", "Sultanova, 22, won".
///
/// ```
/// use storybot::engine::classify::tells_age;
/// assert!(tells_age("Sultanova, 22, won the second game."));
/// assert!(tells_age("a 19-year-old apprentice baker died"));
/// assert!(tells_age("She retired at the age of 61."));
/// assert!(!tells_age("Sultanova won 2.5-1.5 on Monday, taking the title."));
/// assert!(!tells_age("In 2020, 300 bikes were stolen."));
/// ```
pub fn tells_age(text: &str) -> bool {
    !age_at(text).is_empty()
}

/// The positions (whitespace-separated words) of the ages a text gives
/// ([`tells_age`]).
pub fn age_at(text: &str) -> Vec<usize> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let years = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ')']);
        w.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
    };
    let is_age = |i: usize, w: &str| {
        let l = w.to_ascii_lowercase();
        let next = words.get(i + 1).copied().unwrap_or("");
        l.contains("-year-old")
            || l.contains("-years-old")
            || (matches!(l.as_str(), "aged" | "age") && years(next))
            || (l == "age" && next == "of" && words.get(i + 2).is_some_and(|n| years(n)))
            || (years(w) && next == "years" && words.get(i + 2).is_some_and(|n| n.starts_with("old")))
            // "Ingrid Halvorsen was 87.": a name, "was", a small number
            // ending the sentence
            || (i >= 2
                && i + 1 == words.len()
                && w.ends_with('.')
                && years(w)
                && matches!(words[i - 1], "was" | "is")
                && words[..i - 1].iter().all(|n| n.starts_with(char::is_uppercase)))
            // "Name, 22,": a capitalised word and a comma before, a comma after
            || (i > 0
                && w.ends_with(',')
                && years(w)
                && words[i - 1].ends_with(',')
                && words[i - 1].starts_with(char::is_uppercase)
                && !words[i - 1].starts_with(|c: char| c.is_ascii_digit()))
    };
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| is_age(i, w))
        .map(|(i, _)| i)
        .collect()
}

/// Whether a text gives a length of time or space: an amount with a unit
/// ("more than a year", "six years", "an eight-year term", "12
/// kilometres"), a plural unit after "for" or "over" ("for decades"), or a
/// span of years ("from 1961 to 1972").
///
/// ```
/// use storybot::engine::classify::tells_span;
/// use storybot::engine::normalize::tokenize;
/// assert!(tells_span(&tokenize("The talks took more than a year.")));
/// assert!(tells_span(&tokenize("Apollo ran from 1961 to 1972.")));
/// assert!(!tells_span(&tokenize("The swap involved 26 people in 2024.")));
/// assert!(!tells_span(&tokenize("He was hurt in the final minutes.")));
/// ```
pub fn tells_span(tokens: &[Token]) -> bool {
    let unit = |t: &Token| SPAN_UNITS.contains(&t.text.as_str());
    let years = tokens.iter().filter(|t| year_or_clock(&t.text)).count();
    years >= 2
        || tokens.iter().enumerate().any(|(i, t)| {
            let before = &tokens[i.saturating_sub(2)..i];
            unit(t)
                && (before.iter().any(amount)
                    || (t.text.ends_with('s')
                        && before
                            .iter()
                            .any(|b| matches!(b.text.as_str(), "for" | "over"))))
        })
}

/// Words that put an event in the future of the text that tells it.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "would",
    "shall",
    "going",
    "gonna",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "expected",
    "expects",
    "upcoming",
    "next",
    "soon",
    "tomorrow",
    "later",
];

/// Whether a text speaks of something yet to come ("will", "planned",
/// "next week"): a question "when will X happen?" is not answered by when
/// something already happened.
///
/// ```
/// use storybot::engine::classify::future_cue;
/// use storybot::engine::normalize::tokenize;
/// assert!(future_cue(&tokenize("The talks will resume next week.")));
/// assert!(!future_cue(&tokenize("The talks resumed on July 29.")));
/// assert!(future_cue(&tokenize("A confiscation hearing has been set for June.")));
/// assert!(!future_cue(&tokenize("Protesters set fire to a car.")));
/// assert!(!future_cue(&tokenize("It was originally due to open in 2022.")));
/// ```
pub fn future_cue(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        FUTURE_WORDS.contains(&t.text.as_str())
            // "a hearing has been set for June", "due to open in May"
            // (not "originally due to open in 2022")
            || (matches!(t.text.as_str(), "set" | "due" | "slated")
                && !(i > 0
                    && matches!(
                        tokens[i - 1].text.as_str(),
                        "originally" | "initially" | "previously" | "once" | "first"
                    ))
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.text.as_str(), "for" | "to")))
    })
}

/// Whether a question asks about the future: "when will…", "when is it
/// going to…", "when shall…", "when would…" (what is to come if
/// something happens; measured: heldout18 +1, no other set moved).
///
/// ```
/// use storybot::engine::classify::asks_future;
/// use storybot::engine::normalize::tokenize;
/// assert!(asks_future(&tokenize("When will the exchange happen?")));
/// assert!(asks_future(&tokenize("When is Griner going to be freed?")));
/// assert!(!asks_future(&tokenize("When was the offer made?")));
/// assert!(asks_future(&tokenize("When is the exchange expected to take place?")));
/// assert!(!asks_future(&tokenize("When was the swap expected to happen?")));
/// assert!(asks_future(&tokenize("When would the new bridge open?")));
/// ```
pub fn asks_future(tokens: &[Token]) -> bool {
    let present = tokens
        .iter()
        .any(|t| matches!(t.text.as_str(), "is" | "are" | "am"));
    tokens
        .iter()
        .enumerate()
        .any(|(i, t)| match t.text.as_str() {
            "will" | "shall" | "gonna" => true,
            // "When would construction begin if the appeal succeeds?"
            "would" => true,
            "going" => tokens.get(i + 1).is_some_and(|n| n.text == "to"),
            // "When is the exchange expected to take place?"
            "expected" | "due" | "scheduled" | "set" | "slated" | "planned" => {
                present && tokens.get(i + 1).is_some_and(|n| n.text == "to")
            }
            _ => false,
        })
}

/// [`TIME_WORDS`], [`NUMBER_WORDS`], [`AMOUNT_WORDS`], [`MONEY_WORDS`], [`PLACE_WORDS`] and
/// month names, with the kind each cues.
static CUE_WORDS: LazyLock<FxHashMap<String, KindSet>> = LazyLock::new(|| {
    let when = KindSet::of(&[FactKind::When]);
    let amount = KindSet::of(&[FactKind::HowMany]);
    let months = MONTH_NAMES.iter().map(|m| m.to_ascii_lowercase());
    let mut map: FxHashMap<String, KindSet> = TIME_WORDS
        .iter()
        .map(|w| w.to_string())
        .chain(months)
        .map(|w| (w, when))
        .collect();
    let mut add = |words: &[&str], bits: KindSet| {
        for w in words {
            let k = map.entry(w.to_string()).or_default();
            *k = KindSet(k.0 | bits.0);
        }
    };
    add(NUMBER_WORDS, amount);
    add(AMOUNT_WORDS, amount);
    // "tenfold", "a hundredfold"
    let folds: Vec<String> = NUMBER_WORDS.iter().map(|w| format!("{w}fold")).collect();
    add(
        &folds.iter().map(String::as_str).collect::<Vec<_>>(),
        amount,
    );
    add(MONEY_WORDS, KindSet(KindSet::MONEY));
    add(PLACE_WORDS, KindSet::of(&[FactKind::Where]));
    map
});

/// Words that place something without a name: "in the capital", "the
/// northern region", "at the airport".
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "city", "town", "village", "country", "region", "province", "county", "capital", "street",
    "road", "river", "sea", "ocean", "lake", "mountain", "mountains", "island", "islands", "coast",
    "border", "airport", "hospital", "stadium", "arena", "prison", "colony", "camp", "base",
    "embassy", "building", "plant", "factory", "home", "abroad", "overseas", "nearby", "downtown",
    "area", "district", "neighbourhood", "neighborhood", "suburb", "suburbs", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
    "southeast", "southwest", "central", "where", "located", "headquarters", "court", "port",
    "harbour", "harbor", "station", "bridge", "square", "park", "valley", "desert", "forest",
    "cities", "towns", "villages", "countries", "regions", "provinces", "areas", "districts",
    "places", "place", "territory", "territories", "land", "lands", "site", "sites", "zone",
    "zones", "state", "states", "continent", "world", "worldwide", "locally", "nationwide",
];

/// Prepositions that, before a name, place something: "in Ankara".
#[rustfmt::skip]
const PLACE_PREPS: &[&str] = &[
    "in", "at", "near", "from", "to", "into", "across", "throughout", "outside", "inside",
    "within", "toward", "towards", "through", "around", "beyond", "off", "on",
];

/// A fact's kinds as bits: the ranker reads them for thousands of facts
/// per question, from one flat table instead of each fact's list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindSet(u16);

impl KindSet {
    pub fn of(kinds: &[FactKind]) -> Self {
        KindSet(kinds.iter().fold(0, |bits, &k| bits | Self::bit(k)))
    }

    fn bit(k: FactKind) -> u16 {
        1 << (k as u16)
    }

    /// The set without one kind.
    pub fn without(self, k: FactKind) -> Self {
        KindSet(self.0 & !Self::of(&[k]).0)
    }

    pub fn contains(self, k: FactKind) -> bool {
        self.0 & Self::bit(k) != 0
    }

    pub fn intersects(self, other: KindSet) -> bool {
        self.0 & other.0 != 0
    }

    /// A bit beyond the fact kinds: the text names a sum of money.
    const MONEY: u16 = 1 << 15;

    /// The set without the money bit.
    fn without_money(self) -> Self {
        KindSet(self.0 & !Self::MONEY)
    }

    /// The text names a sum of money ("$412 million", "2.5 million pounds").
    pub fn money(self) -> bool {
        self.0 & Self::MONEY != 0
    }
}

/// Question words as chat spells or mistypes them, and what they stand for.
#[rustfmt::skip]
const QUESTION_TYPOS: &[(&str, &str)] = &[
    ("wat", "what"), ("wut", "what"), ("wot", "what"), ("wht", "what"), ("waht", "what"),
    ("whta", "what"), ("whn", "when"), ("wen", "when"), ("whne", "when"), ("wehn", "when"),
    ("wher", "where"), ("whr", "where"), ("wehre", "where"), ("hw", "how"), ("hwo", "how"),
    ("wy", "why"), ("whi", "why"), ("woh", "who"), ("whoe", "who"), ("wich", "which"),
    ("whcih", "which"), ("whihc", "which"), ("wats", "whats"), ("wuts", "whats"),
    ("wots", "whats"), ("whts", "whats"),
];

/// Words people put before a question ("Hi, quick one:", "hey bot, do you
/// know", "can you tell me"): no word of the question itself.
#[rustfmt::skip]
const CHATTER: &[&str] = &[
    "hi", "hey", "hello", "hiya", "yo", "ok", "okay", "so", "um", "uh", "well", "bot", "storybot",
    "please", "pls", "thanks", "thank", "quick", "question", "one", "there", "guys", "folks", "all",
    "just", "curious", "wondering", "wonder", "i", "im", "m", "do", "you", "know", "can", "could",
    "would", "tell", "me", "us", "any", "idea", "like", "to", "a", "q", "btw", "also", "and",
];

/// Greetings that may open even a yes/no question ("hey, is Griner free?").
const GREETINGS: &[&str] = &[
    "hi", "hey", "hello", "hiya", "yo", "ok", "okay", "so", "bot", "storybot",
];

/// Drops what people say before the question ("Hi, quick one: how far…",
/// "Hey bot, when did…", "do you know who…"): the words up to the first
/// question word when they are all such chatter, or greetings before
/// anything else; and a closing "for a living" ("what does he do for a
/// living" asks what he does).
///
/// ```
/// use storybot::engine::classify::drop_chatter;
/// use storybot::engine::normalize::tokenize;
/// let words = |q: &str| {
///     let mut t = tokenize(q);
///     drop_chatter(&mut t);
///     t.iter().map(|t| t.text.clone()).collect::<Vec<_>>().join(" ")
/// };
/// assert_eq!(words("Hi, quick one: how far is it?"), "how far is it");
/// assert_eq!(words("Hey bot, do you know when they vote?"), "when they vote");
/// assert_eq!(words("hey, is Griner free?"), "is griner free");
/// assert_eq!(words("Can the US do it?"), "can the us do it");
/// assert_eq!(words("what does he do for a living"), "what does he do");
/// ```
pub fn drop_chatter(tokens: &mut Vec<Token>) {
    let wh = tokens.iter().position(|t| {
        matches!(
            t.text.as_str(),
            "who"
                | "what"
                | "when"
                | "where"
                | "why"
                | "how"
                | "which"
                | "whose"
                | "whom"
                | "whats"
                | "whos"
        )
    });
    let cut = match wh {
        Some(k)
            if tokens[..k]
                .iter()
                .all(|t| CHATTER.contains(&t.text.as_str())) =>
        {
            k
        }
        _ => tokens
            .iter()
            .take_while(|t| GREETINGS.contains(&t.text.as_str()))
            .count(),
    };
    if cut < tokens.len() {
        tokens.drain(..cut);
    }
    // "What does Bout do for a living?" asks what he does.
    let n = tokens.len();
    if n > 4
        && ["for", "a", "living"]
            .iter()
            .zip(&tokens[n - 3..])
            .all(|(w, t)| t.text == *w)
    {
        tokens.truncate(n - 3);
    }
}

/// Chat shorthand for everyday words ("abt the election", "how many ppl").
#[rustfmt::skip]
const CHAT_WORDS: &[(&str, &str)] = &[
    ("abt", "about"), ("ppl", "people"), ("govt", "government"), ("w", "with"),
    ("b4", "before"), ("bc", "because"), ("cuz", "because"), ("coz", "because"),
    ("yr", "year"), ("yrs", "years"), ("ur", "your"), ("thru", "through"), ("tho", "though"),
    ("pls", "please"), ("plz", "please"), ("wrt", "about"), ("dept", "department"),
    ("mgr", "manager"), ("n", "and"), ("u", "you"), ("r", "are"), ("sec", "secretary"),
    ("secy", "secretary"), ("pres", "president"), ("admin", "administration"),
    ("intl", "international"), ("natl", "national"), ("org", "organisation"),
    ("prez", "president"), ("champ", "champion"), ("champs", "champions"), ("mil", "million"),
    ("bn", "billion"), ("hrs", "hours"), ("hr", "hour"), ("mins", "minutes"),
    ("tmrw", "tomorrow"), ("yday", "yesterday"), ("approx", "about"),
];

/// Rewrites mistyped question words ("wat did peskov say", "whn was it
/// sent") and chat shorthand ("abt", "ppl", "w") to the word they stand
/// for, so the question type is read right and the words match.
///
/// ```
/// use storybot::engine::classify::fix_question_words;
/// use storybot::engine::normalize::tokenize;
/// let mut t = tokenize("whn was the proposal sent");
/// fix_question_words(&mut t);
/// assert_eq!(t[0].text, "when");
/// let mut t = tokenize("wat did ppl say abt George W. Bush");
/// fix_question_words(&mut t);
/// let words: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
/// assert_eq!(words, ["what", "did", "people", "say", "about", "george", "w", "bush"]);
/// let mut t = tokenize("who's the MTF prez");
/// fix_question_words(&mut t);
/// assert_eq!(t.last().map(|t| t.text.as_str()), Some("president"));
/// let mut t = tokenize("who is the press sec");
/// fix_question_words(&mut t);
/// assert_eq!(t[4].text, "secretary");
/// let mut t = tokenize("how mcuh does he owe, how mnay times, how lnog");
/// fix_question_words(&mut t);
/// assert_eq!([&t[1].text, &t[6].text, &t[9].text], ["much", "many", "long"]);
/// let mut t = tokenize("who will run the combined company");
/// fix_question_words(&mut t);
/// assert_eq!(t[2].text, "heads");
/// let mut t = tokenize("how fat is it");
/// fix_question_words(&mut t);
/// assert_eq!(t[1].text, "fat");
/// ```
pub fn fix_question_words(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let t = &tokens[i];
        // Shorthand is typed in lower case: "W." stays an initial.
        let chat = if t.capital { &[][..] } else { CHAT_WORDS };
        if let Some(&(_, w)) = QUESTION_TYPOS
            .iter()
            .chain(chat)
            .find(|(typo, _)| *typo == t.text)
        {
            tokens[i].text = w.to_string();
        } else if tokens[0].text == "who"
            && ((i == 1 && matches!(tokens[1].text.as_str(), "runs" | "ran"))
                || (i == 2 && tokens[1].text == "will" && tokens[2].text == "run"))
        {
            // "who runs Voltra", "who will run the combined company" ask
            // who heads it ("run" itself is no head word: a story's trains
            // run, and so do candidates)
            tokens[i].text = "heads".to_string();
        } else if i > 0
            && tokens[i - 1].text == "how"
            && let Some(w) = one_edit_from(&tokens[i].text, HOW_WORDS)
        {
            // "how mcuh", "how mnay", "how ofen"
            tokens[i].text = w.to_string();
        }
    }
}

/// Words that follow "how" and make the question's type.
const HOW_WORDS: &[&str] = &["much", "many", "long", "often", "old", "far"];

/// The one word of `words` that `typo`, no English word, is one edit
/// (a letter added, dropped, changed, or two swapped) away from.
fn one_edit_from(typo: &str, words: &[&'static str]) -> Option<&'static str> {
    if typo.len() < 3 || words.contains(&typo) || !typo.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if super::wordvec::table()
        .find(&super::normalize::stem(typo))
        .is_some()
    {
        return None;
    }
    let mut near = words.iter().filter(|w| strsim::osa_distance(typo, w) == 1);
    match (near.next(), near.next()) {
        (Some(w), None) => Some(w),
        _ => None,
    }
}
