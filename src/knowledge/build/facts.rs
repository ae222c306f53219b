//! One sentence → the parts of a fact: its kinds (with the words that
//! suggested them), its speaker, its answer text and a question.

use std::ops::Range;

use super::lexicon::{
    DEMONYMS, FUNCTION_WORDS, LOCATION_PREPS, NUMBER_WORDS, PLACE_PARTS, SPEECH_VERBS,
    TITLE_MODIFIERS, TITLES, WEEKDAYS, contains, is_role_noun, month_number,
};
use super::text::{Tok, squash};
use crate::knowledge::{EntityKind, FactKind};

/// Sentences longer than this are cut at a clause boundary, so an answer
/// plus its quote stays short enough to read (and to judge).
pub const MAX_SENTENCE: usize = 280;

/// A resolved name in a sentence.
#[derive(Debug, Clone)]
pub struct EntitySpan {
    pub span: Range<usize>,
    /// Index into the registry of known entities.
    pub entity: usize,
    pub kind: EntityKind,
}

/// Cuts a long sentence at clause boundaries ("; ", ", but …") near its
/// middle until every piece is at most [`MAX_SENTENCE`] bytes or cannot be cut.
///
/// ```
/// use storybot::knowledge::build::facts::pieces;
/// assert_eq!(pieces("Short."), vec![0..6]);
/// let long = format!("{}; {}", "a".repeat(200), "b".repeat(200));
/// assert_eq!(pieces(&long).len(), 2);
/// ```
pub fn pieces(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    cut(text, 0..text.len(), &mut out);
    out
}

fn cut(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    if s.len() <= MAX_SENTENCE {
        out.push(r);
        return;
    }
    const JOINS: &[&str] = &[
        "and", "but", "while", "whereas", "which", "although", "though", "so", "yet", "because",
        "as", "after", "before", "when", "where", "who",
    ];
    let mut cands: Vec<usize> = s.match_indices("; ").map(|(i, _)| i + 1).collect();
    for (i, _) in s.match_indices(", ") {
        let next: String = s[i + 2..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if JOINS.contains(&next.to_lowercase().as_str()) {
            cands.push(i + 1);
        }
    }
    let mid = s.len() / 2;
    let best = cands
        .into_iter()
        .filter(|&c| c >= 40 && s.len() - c >= 40)
        .min_by_key(|&c| c.abs_diff(mid));
    match best {
        Some(c) => {
            let left = r.start..r.start + c;
            let right_start = r.start + c + (s[c..].len() - s[c..].trim_start().len());
            cut(text, left, out);
            cut(text, right_start..r.end, out);
        }
        None => out.push(r),
    }
}

/// A kind with the words that suggested it.
pub type KindCue = (FactKind, String);

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "neither", "nor", "nobody", "nothing", "cannot",
];
const WHY_WORDS: &[&str] = &["because", "since", "therefore"];
const FOR_NOT_WHY: &[&str] = &[
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "decades", "a",
    "an", "example", "instance", "now", "ever", "long", "more", "less", "about", "the", "this",
    "that", "some", "several", "many", "two", "three", "four", "five", "first",
];

/// Whether the word before byte `at` of `text` is a preposition ("by El
/// Temür", "of the referee"): a name there is no sentence's subject.
///
/// ```
/// use storybot::knowledge::build::facts::after_preposition;
/// let t = "Dominated by El Temür, Tugh Temür is known for it.";
/// assert!(after_preposition(t, t.find("El").unwrap()));
/// assert!(!after_preposition(t, t.find("Tugh").unwrap()));
/// assert!(!after_preposition(t, 0));
/// ```
pub fn after_preposition(text: &str, at: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "by", "of", "to", "with", "from", "for", "against", "than", "at", "on", "in", "about",
        "under", "over", "between", "among", "toward", "towards", "beside", "behind",
    ];
    let before = text.get(..at).unwrap_or("");
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let word = if word.eq_ignore_ascii_case("the") {
        // "of the referee": look one word further back.
        let rest = before.trim_end();
        let rest = &rest[..rest.len() - word.len()];
        rest.trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
    } else {
        word
    };
    PREPOSITIONS.contains(&word.to_lowercase().as_str())
}

/// The nationality a role states, if any: "a 41-year-old German logistics
/// coordinator" → "German".
///
/// ```
/// use storybot::knowledge::build::facts::demonym;
/// assert_eq!(demonym("a 41-year-old German logistics coordinator").as_deref(), Some("German"));
/// assert_eq!(demonym("Russian Foreign Minister").as_deref(), Some("Russian"));
/// assert_eq!(demonym("the club's assistant coach"), None);
/// ```
pub fn demonym(role: &str) -> Option<String> {
    super::text::tokens(role)
        .iter()
        .find(|t| t.cap() && contains(DEMONYMS, &t.lower()))
        .map(|t| t.text.to_string())
}

/// A person's age stated in passing: "Tanaka, 21, said", "the
/// 32-year-old center", "aged 67". Returns the words that state it.
///
/// ```
/// use storybot::knowledge::build::{facts::age, text::tokens};
/// assert_eq!(age(&tokens("Ryo Tanaka, 21, said in an interview.")).as_deref(), Some("21"));
/// assert_eq!(age(&tokens("The 32-year-old center returned.")).as_deref(), Some("32-year-old"));
/// assert_eq!(age(&tokens("She died aged 67.")).as_deref(), Some("aged 67"));
/// assert_eq!(age(&tokens("It cost $21, a record.")), None);
/// assert_eq!(age(&tokens("In 2010, 45, or most, left.")), None);
/// ```
pub fn age(toks: &[Tok]) -> Option<String> {
    let years = |t: &Tok| t.text.parse::<u32>().ok().filter(|n| (1..=120).contains(n));
    toks.iter().enumerate().find_map(|(i, t)| {
        let lower = t.text.to_lowercase();
        if lower.ends_with("-year-old") || lower.ends_with("-years-old") {
            return Some(t.text.to_string());
        }
        if lower == "aged" && toks.get(i + 1).and_then(years).is_some() {
            return Some(format!("{} {}", t.text, toks[i + 1].text));
        }
        // "She was 87.": a name or pronoun, "was", a small number ending
        // the sentence.
        let closes = toks.get(i + 1).is_none_or(|n| n.is("."));
        let was_age = i >= 2
            && closes
            && years(t).is_some()
            && matches!(toks[i - 1].text, "was" | "is")
            && toks[..i - 1].iter().all(|w| w.cap() && !w.has_digit());
        if was_age {
            return Some(t.text.to_string());
        }
        // "Name, 21,": a capitalised name, a comma, a small number, a comma.
        let name_before =
            i >= 2 && toks[i - 1].is(",") && toks[i - 2].cap() && !toks[i - 2].has_digit();
        (name_before && years(t).is_some() && toks.get(i + 1).is_some_and(|n| n.is(",")))
            .then(|| t.text.to_string())
    })
}

/// Sources that say nothing themselves: "according to preliminary
/// results", "according to the census" report figures; no one speaks.
const RECORDS: &[&str] = &[
    "results",
    "result",
    "data",
    "figures",
    "statistics",
    "study",
    "studies",
    "survey",
    "surveys",
    "estimates",
    "estimate",
    "records",
    "record",
    "documents",
    "census",
    "poll",
    "polls",
    "tally",
    "count",
    "calculations",
    "analysis",
    "research",
    "report",
    "reports",
    "findings",
    "forecast",
    "forecasts",
    "filings",
    "filing",
    "list",
    "map",
    "maps",
    "rules",
];

/// Whether the words after "according to" name a record rather than a
/// speaker: a [`RECORDS`] noun within the first four lowercase words
/// ("according to a large study published…", "according to official
/// figures"), before any name.
fn record_source(after: &[Tok]) -> bool {
    after
        .iter()
        .take(4)
        .take_while(|t| t.lowercase())
        .any(|t| RECORDS.contains(&t.lower().as_str()))
}

/// The kinds of questions a sentence answers.
pub fn kinds(
    toks: &[Tok],
    text: &str,
    ents: &[EntitySpan],
    date_spans: &[Range<usize>],
    quoted: bool,
    role: bool,
    person: bool,
) -> Vec<KindCue> {
    let mut cues: Vec<KindCue> = Vec::new();
    let lower: Vec<String> = toks.iter().map(|t| t.lower()).collect();
    let word = |i: usize| lower.get(i).map_or("", String::as_str);
    let in_date = |t: &Tok| {
        date_spans
            .iter()
            .any(|d| d.start <= t.start && t.end <= d.end)
    };
    let mut add = |k: FactKind, cue: String| {
        if !cues.iter().any(|(c, _)| *c == k) {
            cues.push((k, cue));
        }
    };
    add(FactKind::What, String::new());
    if person {
        add(FactKind::Who, String::new());
    }
    if let Some(d) = date_spans.first() {
        add(FactKind::When, format!("“{}”", squash(&text[d.clone()])));
    }
    for (i, t) in toks.iter().enumerate() {
        let l = word(i);
        // where: "in Abu Dhabi", "at the Grand Hotel", "to Moscow"
        if t.lowercase() && (contains(LOCATION_PREPS, l) || l == "to" || l == "from") {
            let mut j = i + 1;
            if word(j) == "the" {
                j += 1;
            }
            // "in the south-east of Australia", "in northern Syria", "near
            // the border": a part of a land places without a name.
            if let Some(n) = toks.get(j)
                && n.lowercase()
                && contains(PLACE_PARTS, &n.lower())
            {
                add(FactKind::Where, format!("“{} {}”", t.text, n.text));
            }
            if let Some(n) = toks.get(j)
                && n.cap()
                && !contains(WEEKDAYS, &n.lower())
                && month_number(&n.lower()).is_none()
            {
                let ent = ents.iter().find(|e| e.span.start == n.start);
                let placeish = match ent {
                    Some(e) => e.kind != EntityKind::Person,
                    None => contains(LOCATION_PREPS, l),
                };
                let strict = l == "to" || l == "from";
                if placeish && (!strict || ent.is_some_and(|e| e.kind == EntityKind::Place)) {
                    let place = ent.map_or(n.text, |e| &text[e.span.clone()]);
                    add(FactKind::Where, format!("“{} {place}”", t.text));
                }
            }
        }
        // who: an organisation doing the deed ("owned by Pelagos Shipping",
        // "run by the Harbour Trust").
        if l == "by" && t.lowercase() {
            let j = if word(i + 1) == "the" { i + 2 } else { i + 1 };
            if let Some(n) = toks.get(j)
                && let Some(e) = ents
                    .iter()
                    .find(|e| e.span.start == n.start && e.kind == EntityKind::Organisation)
            {
                add(FactKind::Who, format!("“by {}”", &text[e.span.clone()]));
            }
        }
        // when: a time of day ("at 4:37 a.m.", "at 9pm", "at noon").
        if time_of_day(word(i.wrapping_sub(1)), l, word(i + 1)) {
            add(FactKind::When, format!("“{}”", t.text));
        }
        // how many: numbers that are not dates.
        if (t.has_digit() && !in_date(t))
            || (contains(NUMBER_WORDS, l)
                && !matches!(l, "one" | "several" | "many" | "few" | "half"))
        {
            add(FactKind::HowMany, format!("“{}”", t.text));
        }
        // "was reported to the directorate", "is said to be": no one speaks.
        let passive_to = matches!(
            word(i.wrapping_sub(1)),
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        ) && word(i + 1) == "to";
        if t.lowercase() && contains(SPEECH_VERBS, l) && !passive_to {
            add(FactKind::Said, format!("“{}”", t.text));
        }
        if l == "according"
            && word(i + 1) == "to"
            && !record_source(&toks[(i + 2).min(toks.len())..])
        {
            add(FactKind::Said, "“according to”".into());
        }
        // why: "because", "due to", "for their mediation"
        if t.lowercase() {
            let why = contains(WHY_WORDS, l)
                || (matches!(l, "due" | "owing" | "thanks") && word(i + 1) == "to")
                || (l == "result" && word(i.wrapping_sub(1)) == "a" && word(i + 1) == "of")
                || (l == "order" && word(i.wrapping_sub(1)) == "in" && word(i + 1) == "to")
                || (l == "for"
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.lowercase() && !n.has_digit())
                    && !contains(FOR_NOT_WHY, word(i + 1))
                    && !matches!(word(i.wrapping_sub(1)), "exchange" | "return" | "swap"));
            if why {
                add(FactKind::Why, format!("“{}”", t.text));
            }
            if (l == "by" && word(i + 1).ends_with("ing")) || matches!(l, "through" | "via") {
                add(FactKind::How, format!("“{}”", t.text));
            }
            if contains(NEGATIONS, l) || l.ends_with("n't") || l.ends_with("n’t") {
                add(FactKind::YesNo, format!("“{}”", t.text));
            }
        }
    }
    if quoted || text.contains('“') || text.matches('"').count() >= 2 {
        add(FactKind::Said, "quotation".into());
    }
    if role {
        add(FactKind::Role, String::new());
    }
    let mut out: Vec<KindCue> = Vec::new();
    for k in FactKind::ALL {
        if let Some(c) = cues.iter().find(|(c, _)| *c == k) {
            out.push(c.clone());
        }
    }
    out
}

/// Whether `word` (between `prev` and `next`) tells a time of day: "37"
/// of "4:37 a.m.", "9pm", "noon" after "at".
fn time_of_day(prev: &str, word: &str, next: &str) -> bool {
    let hour = |h: &str| h.parse::<u8>().is_ok_and(|h| (1..=12).contains(&h));
    let meridiem = |x: &str| matches!(x, "a.m" | "p.m" | "am" | "pm");
    let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    (digits && meridiem(next))
        || ["am", "pm"]
            .iter()
            .any(|m| word.strip_suffix(m).is_some_and(hour))
        || (matches!(word, "noon" | "midnight")
            && matches!(prev, "at" | "after" | "before" | "until" | "by"))
}

/// Who speaks in a sentence: the name before a speech verb (a person
/// rather than an organisation named in an apposition), the name after
/// "according to", or the name right after the verb ("said Biden").
pub fn speaker(toks: &[Tok], ents: &[EntitySpan], pronoun: Option<usize>) -> Option<usize> {
    for (i, t) in toks.iter().enumerate() {
        let l = t.lower();
        if l == "according" && toks.get(i + 1).is_some_and(|n| n.is("to")) {
            // "According to White House press secretary Karine Jean-Pierre, …"
            let from = toks.get(i + 2).map_or(usize::MAX, |n| n.start);
            let until = toks[i + 2..]
                .iter()
                .find(|n| !n.word)
                .map_or(usize::MAX, |n| n.start);
            let near: Vec<&EntitySpan> = ents
                .iter()
                .filter(|e| e.span.start >= from && e.span.end <= until)
                .collect();
            if let Some(e) = near
                .iter()
                .find(|e| e.kind == EntityKind::Person)
                .or_else(|| near.first())
            {
                return Some(e.entity);
            }
            continue;
        }
        if !(t.lowercase() && contains(SPEECH_VERBS, &l)) {
            continue;
        }
        // Names that can be the verb's subject: right before it, or
        // separated from it by an apposition between commas.
        let before: Vec<&EntitySpan> = ents
            .iter()
            .filter(|e| e.span.end <= t.start && subject_gap(toks, e.span.end, i))
            .collect();
        // The first person whose apposition holds the others ("Lavrov, in a
        // call with Blinken, said"), unless a name follows it directly
        // ("the aide to Tom Lee, Ann Smith, said").
        let named_next = |e: &EntitySpan| {
            let comma = toks.iter().find(|t| t.start >= e.span.end);
            comma.is_some_and(|c| c.is(","))
                && toks
                    .iter()
                    .find(|t| t.start > comma.map_or(0, |c| c.start))
                    .is_some_and(|n| {
                        before
                            .iter()
                            .any(|o| o.kind == EntityKind::Person && o.span.start == n.start)
                    })
        };
        if let Some(e) = before
            .iter()
            .find(|e| e.kind == EntityKind::Person && !named_next(e))
            .or_else(|| before.iter().rev().find(|e| e.kind == EntityKind::Person))
            .or_else(|| {
                before
                    .iter()
                    .rev()
                    .find(|e| e.kind == EntityKind::Organisation)
            })
        {
            return Some(e.entity);
        }
        let leading_pronoun = toks
            .first()
            .is_some_and(|f| matches!(f.text, "He" | "She" | "They"));
        // "… everywhere,” he said.": a pronoun right after the quotation.
        let quoted_pronoun =
            i >= 2 && matches!(toks[i - 1].text, "he" | "she" | "they") && !toks[i - 2].word;
        if (leading_pronoun || quoted_pronoun)
            && let Some(p) = pronoun
        {
            return Some(p);
        }
        // "said Biden", or "said councillor Aisha Rahman" / "said police
        // spokesman Tom Reyes": up to three role words between verb and name.
        let after = &toks[i + 1..];
        let roles = after
            .iter()
            .take(4)
            .take_while(|n| {
                let l = n.lower();
                n.word
                    && !n.has_digit()
                    && !contains(FUNCTION_WORDS, &l)
                    && !ents.iter().any(|e| e.span.start == n.start)
                    && (is_role_noun(&l)
                        || contains(TITLES, &l)
                        || contains(TITLE_MODIFIERS, &l)
                        || n.lowercase())
            })
            .count();
        let role_led = roles == 0 || {
            let l = after[roles - 1].lower();
            is_role_noun(&l) || contains(TITLES, &l)
        };
        let next = after.get(roles).map_or(usize::MAX, |n| n.start);
        if role_led
            && roles < 4
            && let Some(e) = ents
                .iter()
                .find(|e| e.span.start == next && (roles == 0 || e.kind == EntityKind::Person))
        {
            return Some(e.entity);
        }
    }
    None
}

/// Whether the tokens between a name (ending at byte `end`) and the verb at
/// token `verb` let the name be the verb's subject: nothing, a few words
/// ("Biden also said", "X on Tuesday said"), or an apposition ", …,".
fn subject_gap(toks: &[Tok], end: usize, verb: usize) -> bool {
    let gap: Vec<&Tok> = toks[..verb].iter().filter(|t| t.start >= end).collect();
    match (gap.first(), gap.last()) {
        (None, _) => true,
        (Some(f), Some(l)) if f.is(",") && l.is(",") => {
            gap.len() <= 24
                && !gap
                    .iter()
                    .any(|t| matches!(t.text, ";" | ":" | "." | "“" | "”"))
        }
        _ => {
            gap.len() <= 3
                && gap
                    .iter()
                    .all(|t| t.word || matches!(t.text, "’" | "'" | ")"))
        }
    }
}

/// A leading personal pronoun: "He", "She", "His", "Her".
pub fn lead_pronoun(text: &str) -> Option<&'static str> {
    let first: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    let rest = &text[first.len()..];
    if !rest.starts_with([' ', '\n', '\t']) {
        return None;
    }
    match first.as_str() {
        "He" => Some("He"),
        "She" => Some("She"),
        "His" => Some("His"),
        "Her" => Some("Her"),
        _ => None,
    }
}

/// Whether the text's first third-person singular pronoun is a man's
/// ("he", "him", "his": `Some(true)`) or a woman's.
pub fn pronoun_male(toks: &[Tok]) -> Option<bool> {
    toks.iter().find_map(|t| match t.lower().as_str() {
        "he" | "him" | "his" => Some(true),
        "she" | "her" | "hers" => Some(false),
        _ => None,
    })
}

/// Where the text first uses a third-person singular pronoun (byte offset).
pub fn first_pronoun(toks: &[Tok]) -> Option<usize> {
    toks.iter()
        .find(|t| {
            matches!(
                t.lower().as_str(),
                "he" | "him" | "his" | "she" | "her" | "hers"
            )
        })
        .map(|t| t.start)
}

/// The answer text: the sentence on one line without the wire dateline
/// ("PUERTO CABRAL - "; the quote keeps it), a leading pronoun replaced
/// by the name it stands for, closed with a full stop when it has none.
///
/// ```
/// use storybot::knowledge::build::facts::answer_text;
/// assert_eq!(answer_text("She left\n  early", Some("Ann Lee")), "Ann Lee left early.");
/// assert_eq!(answer_text("His car broke.", Some("Tom")), "Tom's car broke.");
/// assert_eq!(answer_text("It broke.", Some("Tom")), "It broke.");
/// assert_eq!(answer_text("LONDON, Aug 3 (Reuters) - Prices rose.", None), "Prices rose.");
/// ```
pub fn answer_text(sentence: &str, referent: Option<&str>) -> String {
    let mut s = squash(sentence);
    let cut = dateline_len(&s);
    s.drain(..cut);
    if let (Some(p), Some(name)) = (lead_pronoun(&s), referent) {
        let with = match p {
            "His" | "Her" => format!("{name}'s"),
            _ => name.to_string(),
        };
        s = format!("{with}{}", &s[p.len()..]);
    }
    close(s)
}

/// Separators between a wire dateline and the story.
const DATELINE_DASHES: &[&str] = &[" - ", " — ", " – ", " -- "];

/// The length of a wire dateline opening the text, 0 when there is none:
/// a place in capitals, then perhaps a date and agency, then a dash
/// ("WASHINGTON (AP) — ", "LONDON, Aug 3 (Reuters) - ", "PUERTO CABRAL - ").
///
/// ```
/// use storybot::knowledge::build::facts::dateline_len;
/// assert_eq!(dateline_len("PUERTO CABRAL - A court ruled."), 16);
/// assert_eq!(dateline_len("WASHINGTON (AP) — Talks ended."), "WASHINGTON (AP) — ".len());
/// assert_eq!(dateline_len("ROME - Rain fell."), 7);
/// assert_eq!(dateline_len("EU - talks - ended."), 0);
/// assert_eq!(dateline_len("Prices rose - a lot."), 0);
/// assert_eq!(dateline_len("US and EU officials - not all - agreed."), 0);
/// ```
pub fn dateline_len(text: &str) -> usize {
    /// The longest dateline read.
    const MAX: usize = 60;
    let Some((at, dash)) = DATELINE_DASHES
        .iter()
        .filter_map(|d| text.find(d).map(|at| (at, d.len())))
        .min()
    else {
        return 0;
    };
    if at > MAX {
        return 0;
    }
    let head = &text[..at];
    let place = head.split([',', '(']).next().unwrap_or("").trim();
    let capitals = place.split_whitespace().all(|w| {
        w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
    });
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if capitals && letters >= 3 {
        at + dash
    } else {
        0
    }
}

/// Adds a full stop to text that does not end in punctuation.
pub fn close(mut s: String) -> String {
    if s.chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == ')')
    {
        s.push('.');
    }
    s
}

/// "X is the Deputy Foreign Minister." / "X is an American basketball player."
///
/// ```
/// use storybot::knowledge::build::facts::role_answer;
/// assert_eq!(role_answer("Ann Lee", "Deputy Foreign Minister"), "Ann Lee is the Deputy Foreign Minister.");
/// assert_eq!(role_answer("Ann Lee", "American basketball player"), "Ann Lee is an American basketball player.");
/// assert_eq!(role_answer("Ann Lee", "head of the agency"), "Ann Lee is the head of the agency.");
/// assert_eq!(role_answer("Ann Lee", "Tom's wife"), "Ann Lee is Tom's wife.");
/// assert_eq!(role_answer("Ann Lee", "a former Marine"), "Ann Lee is a former Marine.");
/// ```
pub fn role_answer(name: &str, role: &str) -> String {
    use super::lexicon::{DEMONYMS, TITLES};
    let r = role.trim();
    let words: Vec<&str> = r.split_whitespace().collect();
    let first = words.first().copied().unwrap_or("");
    let fl = first.to_lowercase();
    let article = if matches!(
        fl.as_str(),
        "a" | "an" | "the" | "his" | "her" | "their" | "its"
    ) || first.ends_with("'s")
        || first.ends_with("’s")
    {
        ""
    } else {
        let titled = words.iter().any(|w| {
            w.starts_with(char::is_uppercase)
                && contains(TITLES, &w.to_lowercase().replace('.', ""))
        });
        let specific = words
            .iter()
            .any(|w| matches!(*w, "of" | "at" | "for" | "to" | "in"));
        let capital_start =
            first.starts_with(char::is_uppercase) && !contains(DEMONYMS, &fl.replace('.', ""));
        if titled || specific || capital_start {
            "the "
        } else if fl.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an "
        } else {
            "a "
        }
    };
    close(format!("{name} is {article}{r}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::build::text::tokens;

    fn k(text: &str) -> Vec<FactKind> {
        let toks = tokens(text);
        kinds(&toks, text, &[], &[], false, false, false)
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    }

    #[test]
    fn kind_cues() {
        assert!(k("The ferry sank in Lake Orta.").contains(&FactKind::Where));
        assert!(k("Twelve crew members were rescued.").contains(&FactKind::HowMany));
        assert!(k("The crew of twelve was rescued.").contains(&FactKind::HowMany));
        assert!(k("He got 25 years.").contains(&FactKind::HowMany));
        assert!(k("The mayor said the port would reopen.").contains(&FactKind::Said));
        assert!(!k("The find was reported to the museum.").contains(&FactKind::Said));
        assert!(k("It closed because of the storm.").contains(&FactKind::Why));
        assert!(k("He was jailed for fraud.").contains(&FactKind::Why));
        assert!(!k("He waited for years.").contains(&FactKind::Why));
        assert!(k("She was not at home.").contains(&FactKind::YesNo));
        assert!(k("They won by cheating.").contains(&FactKind::How));
        assert!(!k("They met in June.").contains(&FactKind::Where));
        assert!(k("It is a state in the south-east of the continent.").contains(&FactKind::Where));
        assert!(k("Fighting flared in northern areas.").contains(&FactKind::Where));
        assert!(k("Troops massed near the border.").contains(&FactKind::Where));
        assert!(!k("It rose in the first quarter.").contains(&FactKind::Where));
    }

    #[test]
    fn speakers() {
        let text = "Ann Lee, head of the Port Authority, said it would reopen.";
        let toks = tokens(text);
        let ents = vec![
            EntitySpan {
                span: 0..7,
                entity: 0,
                kind: EntityKind::Person,
            },
            EntitySpan {
                span: 21..35,
                entity: 1,
                kind: EntityKind::Organisation,
            },
        ];
        assert_eq!(speaker(&toks, &ents, None), Some(0));
        let text = "She said it would reopen.";
        assert_eq!(speaker(&tokens(text), &[], Some(7)), Some(7));
        let text = "Ann Lee, in a call with Bo Sun, said no.";
        let ents = vec![
            EntitySpan {
                span: 0..7,
                entity: 0,
                kind: EntityKind::Person,
            },
            EntitySpan {
                span: 24..30,
                entity: 1,
                kind: EntityKind::Person,
            },
        ];
        assert_eq!(speaker(&tokens(text), &ents, None), Some(0));
        let text = "According to port chief Ann Lee, it was calm.";
        let ents = vec![EntitySpan {
            span: 24..31,
            entity: 3,
            kind: EntityKind::Person,
        }];
        assert_eq!(speaker(&tokens(text), &ents, None), Some(3));
        let text = "Ann Lee waved, and the crowd in Oslo cheered as ministers said yes.";
        let ents = vec![EntitySpan {
            span: 0..7,
            entity: 0,
            kind: EntityKind::Person,
        }];
        assert_eq!(speaker(&tokens(text), &ents, None), None);
        // Role words between the verb and the name.
        let text = "\"We cannot wait,\" said county councillor Ann Lee.";
        let ents = vec![EntitySpan {
            span: 41..48,
            entity: 4,
            kind: EntityKind::Person,
        }];
        assert_eq!(&text[41..48], "Ann Lee");
        assert_eq!(speaker(&tokens(text), &ents, None), Some(4));
        // Not across other words: "said on Tuesday Oslo …".
        let text = "\"No,\" they said in Oslo on Tuesday.";
        let ents = vec![EntitySpan {
            span: 20..24,
            entity: 5,
            kind: EntityKind::Place,
        }];
        assert_eq!(speaker(&tokens(text), &ents, None), None);
    }

    #[test]
    fn long_sentences_are_cut_at_clauses() {
        let a = "word ".repeat(40);
        let text = format!("{}and more, but {}then stop.", a, a);
        let p = pieces(&text);
        assert_eq!(p.len(), 2);
        assert!(text[p[1].clone()].starts_with("but"));
    }
}
