//! Sentences, headings and pull-quote attributions within a paragraph.
//!
//! All results are byte ranges into the paragraph, so a fact's quote is
//! always a verbatim slice of its article.

use std::ops::Range;

use super::lexicon::{
    DEMONYMS, FUNCTION_WORDS, NAME_PARTICLES, ORG_CUES, SENTENCE_STARTERS, SPEECH_VERBS,
    TITLE_MODIFIERS, TITLES, WEEKDAYS, contains, month_number,
};
use super::text::{Tok, tokens};

/// Abbreviations after which a period never ends a sentence: they stand
/// before a name or a number ("Dr. Smith", "vs. Spain").
const NEVER_BREAK: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
    "hon", "messrs", "mt", "ft", "vs", "v", "cf", "eg", "ie", "fr", "pres", "supt", "cmdr", "adm",
    "maj", "gens", "reps", "sens", "govs", "lieut",
];
/// Abbreviations that end a sentence only when a usual sentence opener
/// follows ("Apple Inc. The company…" but "Jan. 5", "St. Louis").
const MAYBE_BREAK: &[&str] = &[
    "jr", "sr", "st", "inc", "ltd", "co", "corp", "bros", "est", "approx", "ave", "no", "nos",
    "vol", "fig", "pp", "art", "ca", "dept", "univ", "assn", "am", "pm", "al", "etc",
];

const TERMINATORS: &[char] = &['.', '!', '?', '…'];
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];

/// Splits a paragraph into sentences (trimmed byte ranges).
///
/// Handles abbreviations ("Mr.", "U.S.", "Jan."), initials ("Joseph R.
/// Biden"), decimals, closing quotes after the full stop, and bracketed
/// ellipses ("(…)") that mark omissions rather than ends.
///
/// ```
/// use storybot::knowledge::build::sentences::split_sentences;
/// let p = "Dr. Ann Lee arrived at 3.30 p.m. on Jan. 5. She left.";
/// let s: Vec<&str> = split_sentences(p).into_iter().map(|r| &p[r]).collect();
/// assert_eq!(s, ["Dr. Ann Lee arrived at 3.30 p.m. on Jan. 5.", "She left."]);
/// assert!(split_sentences("  ").is_empty());
/// ```
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut out = Vec::new();
    let mut start = 0usize; // char index
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if !TERMINATORS.contains(&c) {
            i += 1;
            continue;
        }
        // An ellipsis inside brackets marks an omission: "(…)".
        if (c == '…' || c == '.') && i > 0 && matches!(chars[i - 1].1, '(' | '[') {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < n && TERMINATORS.contains(&chars[j + 1].1) {
            j += 1;
        }
        let mut k = j;
        while k + 1 < n && CLOSERS.contains(&chars[k + 1].1) {
            k += 1;
        }
        if k + 1 >= n {
            break;
        }
        if !chars[k + 1].1.is_whitespace() {
            i = k + 1;
            continue;
        }
        let mut m = k + 1;
        while m < n && chars[m].1.is_whitespace() {
            m += 1;
        }
        if m >= n {
            break;
        }
        let next = chars[m].1;
        if !(next.is_uppercase() || next.is_ascii_digit() || OPENERS.contains(&next)) {
            i = k + 1;
            continue;
        }
        if c == '.' && j == i && !period_ends(text, byte(i), &text[byte(m)..]) {
            i = k + 1;
            continue;
        }
        push_trimmed(text, byte(start)..byte(k + 1), &mut out);
        start = m;
        i = m;
    }
    push_trimmed(text, byte(start)..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.trim().is_empty() {
        return;
    }
    out.push(r.start + lead..r.end - trail);
}

/// Whether the period at byte `dot` ends a sentence, given what follows.
fn period_ends(text: &str, dot: usize, after: &str) -> bool {
    let before = &text[..dot];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.trim_start_matches('.');
    if word.is_empty() {
        return true;
    }
    let lower = word.replace('.', "").to_lowercase();
    let next_word: String = after
        .chars()
        .skip_while(|c| OPENERS.contains(c))
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let next_digit = after.starts_with(|c: char| c.is_ascii_digit());
    let starter = contains(SENTENCE_STARTERS, &next_word);
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "Roe v. Wade", but "Saturn V." is a numeral.
    if contains(NEVER_BREAK, &lower) && !single_letter {
        return false;
    }
    if single_letter && numeral_after_word(text, word, &before[..before.len() - word.len()]) {
        return true;
    }
    let dotted = word.contains('.');
    if month_number(&lower).is_some() && lower.len() <= 4 {
        return !next_digit && starter;
    }
    if contains(MAYBE_BREAK, &lower) {
        return !next_digit && starter;
    }
    if single_letter || dotted {
        return starter;
    }
    true
}

/// Whether `letter`, a capital I, V or X after `before`, is a Roman numeral
/// ending a name ("Saturn V", "World War I"), not a middle initial ("Louis
/// V. Gerstner"): the paragraph (`text`) also writes the name with no
/// period after the letter ("the Saturn V, carrying …"), which an initial
/// never goes without.
fn numeral_after_word(text: &str, letter: &str, before: &str) -> bool {
    if !matches!(letter, "I" | "V" | "X") {
        return false;
    }
    // (the word right before the letter)
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if !prev.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let name = format!("{prev} {letter}");
    text.match_indices(&name).any(|(at, _)| {
        let boundary = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        boundary
            && text[at + name.len()..]
                .chars()
                .next()
                .is_some_and(|c| c != '.' && !c.is_alphanumeric())
    })
}

/// A short single line without final punctuation: a heading, not a claim.
///
/// ```
/// use storybot::knowledge::build::sentences::is_heading;
/// assert!(is_heading("Talks in Geneva"));
/// assert!(!is_heading("Talks resumed in Geneva."));
/// assert!(!is_heading(""));
/// ```
pub fn is_heading(paragraph: &str) -> bool {
    let p = paragraph.trim();
    let Some(last) = p.chars().last() else {
        return false;
    };
    let words = p.split_whitespace().count();
    !p.contains('\n')
        && words <= 10
        && !matches!(
            last,
            '.' | '!' | '?' | ':' | ';' | '…' | ',' | '"' | '”' | '’' | '\''
        )
        && find_attribution(p).is_none()
}

/// A pull quote that runs straight into its attribution, with no
/// punctuation: "… because it was made sincerely John Kirby strategic
/// communications coordinator at the White House".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The quoted words (byte range in the paragraph).
    pub quote: Range<usize>,
    /// The speaker's name.
    pub name: Range<usize>,
    /// The role words after the name.
    pub role: Range<usize>,
}

/// Could this word be part of a person's name in an attribution?
fn name_like(t: &Tok) -> bool {
    let l = t.lower();
    t.cap()
        && !t.all_caps()
        && !t.possessive()
        && !t.has_digit()
        && !contains(FUNCTION_WORDS, &l)
        && !contains(TITLES, &l)
        && !contains(TITLE_MODIFIERS, &l)
        && !contains(DEMONYMS, &l)
        && !contains(ORG_CUES, &l)
        && !contains(WEEKDAYS, &l)
        && month_number(&l).is_none()
}

/// Finds a trailing "Firstname Lastname role words" run at the end of a
/// paragraph that has no final punctuation.
///
/// ```
/// use storybot::knowledge::build::sentences::find_attribution;
/// let p = "We will not give up Anna Berg chief negotiator of the union";
/// let a = find_attribution(p).unwrap();
/// assert_eq!(&p[a.quote], "We will not give up");
/// assert_eq!(&p[a.name], "Anna Berg");
/// assert_eq!(&p[a.role], "chief negotiator of the union");
/// assert!(find_attribution("We will not give up.").is_none());
/// let p = "It was soft Pieter de Vries manager of Ashgrove United";
/// assert_eq!(&p[find_attribution(p).unwrap().name], "Pieter de Vries");
/// ```
pub fn find_attribution(paragraph: &str) -> Option<Attribution> {
    let p = paragraph.trim_end();
    let last = p.chars().last()?;
    if matches!(
        last,
        '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ':' | ';' | ','
    ) {
        return None;
    }
    let sentences = split_sentences(p);
    let sent = sentences.last()?.clone();
    let toks = tokens(&p[sent.clone()]);
    if toks.len() < 4 {
        return None;
    }
    for i in (0..toks.len()).rev() {
        if !name_like(&toks[i]) {
            continue;
        }
        let mut k = i;
        while k + 1 < toks.len() && k - i < 3 {
            if name_like(&toks[k + 1]) {
                k += 1;
            } else if toks[k + 1].lowercase()
                && contains(NAME_PARTICLES, &toks[k + 1].lower())
                && toks.get(k + 2).is_some_and(name_like)
            {
                // "Pieter de Vries"
                k += 2;
            } else {
                break;
            }
        }
        if k == i {
            continue;
        }
        let tail = &toks[k + 1..];
        if tail.is_empty() || tail.len() > 20 || !tail_is_role(tail) {
            continue;
        }
        let quote_end = if i == 0 {
            if sentences.len() < 2 {
                continue;
            }
            sentences[sentences.len() - 2].end
        } else {
            let prev = &toks[i - 1];
            let ok = (prev.word && !prev.cap())
                || (!prev.word && matches!(prev.text, ")" | "”" | "\"" | "’" | "…"));
            if !ok {
                continue;
            }
            sent.start + prev.end
        };
        let quote_start = p.len() - p.trim_start().len();
        if quote_end <= quote_start {
            continue;
        }
        return Some(Attribution {
            quote: quote_start..quote_end,
            name: sent.start + toks[i].start..sent.start + toks[k].end,
            role: sent.start + tail[0].start..sent.start + tail[tail.len() - 1].end,
        });
    }
    None
}

/// Role words after an attribution's name: no verbs, no sentence punctuation.
fn tail_is_role(tail: &[Tok]) -> bool {
    let first = &tail[0];
    let l0 = first.lower();
    let starts_well = if first.lowercase() {
        !contains(FUNCTION_WORDS, &l0) && !l0.ends_with("ed") && !contains(SPEECH_VERBS, &l0)
    } else {
        first.cap()
            && (contains(TITLES, &l0) || contains(TITLE_MODIFIERS, &l0) || contains(DEMONYMS, &l0))
    };
    if !starts_well {
        return false;
    }
    const VERBS: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "do",
        "does", "did", "be", "been",
    ];
    tail.iter().all(|t| {
        if t.word {
            let l = t.lower();
            let speech = t.lowercase() && contains(SPEECH_VERBS, &l);
            !contains(VERBS, &l) && !speech
        } else {
            matches!(t.text, "(" | ")" | "-" | "–" | "&" | "/")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        split_sentences(p).into_iter().map(|r| &p[r]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Tan met St. John's staff in the U.S. capital. Talks went well."),
            [
                "Mr. Tan met St. John's staff in the U.S. capital.",
                "Talks went well."
            ]
        );
    }

    #[test]
    fn acronym_at_end_splits_before_opener() {
        assert_eq!(
            split("He moved to the U.S. The move was quick."),
            ["He moved to the U.S.", "The move was quick."]
        );
    }

    #[test]
    fn initials_and_decimals() {
        assert_eq!(
            split("Joseph R. Biden won 51.3 percent. Turnout rose."),
            ["Joseph R. Biden won 51.3 percent.", "Turnout rose."]
        );
    }

    #[test]
    fn a_roman_numeral_can_end_a_sentence() {
        assert_eq!(
            split("NASA caught up on the Saturn V. Apollo 4 flew on the Saturn V, in 1967."),
            [
                "NASA caught up on the Saturn V.",
                "Apollo 4 flew on the Saturn V, in 1967."
            ]
        );
        // Not a middle initial, nor "v." for versus.
        assert_eq!(
            split("Louis V. Gerstner cited Roe v. Wade. Louis V. Gerstner left."),
            [
                "Louis V. Gerstner cited Roe v. Wade.",
                "Louis V. Gerstner left."
            ]
        );
        assert_eq!(split("Harry S. Truman left."), ["Harry S. Truman left."]);
    }

    #[test]
    fn quotes_and_questions() {
        assert_eq!(
            split("\"Will it hold?\" she asked. \"Yes.\" Then he left!"),
            ["\"Will it hold?\" she asked.", "\"Yes.\"", "Then he left!"]
        );
        assert_eq!(
            split("She said: “It is over.” The crowd cheered."),
            ["She said: “It is over.”", "The crowd cheered."]
        );
    }

    #[test]
    fn bracketed_ellipsis_is_not_an_end() {
        assert_eq!(
            split("We tried (…) and failed. (…) We will try again."),
            ["We tried (…) and failed.", "(…) We will try again."]
        );
    }

    #[test]
    fn lower_case_after_period_continues() {
        assert_eq!(
            split("It cost approx. ten dollars."),
            ["It cost approx. ten dollars."]
        );
    }

    #[test]
    fn attribution_with_capitalised_title() {
        let p = "The plant will reopen next year Hanna Olsen Mayor of the town";
        let a = find_attribution(p).unwrap();
        assert_eq!(&p[a.quote], "The plant will reopen next year");
        assert_eq!(&p[a.name], "Hanna Olsen");
        assert_eq!(&p[a.role], "Mayor of the town");
    }

    #[test]
    fn attribution_after_full_sentences() {
        let p = "Prices rose. They will fall again soon Ian Gray market analyst at Fenwick (FIA)";
        let a = find_attribution(p).unwrap();
        assert_eq!(&p[a.quote], "Prices rose. They will fall again soon");
        assert_eq!(&p[a.name], "Ian Gray");
        assert_eq!(&p[a.role], "market analyst at Fenwick (FIA)");
    }

    #[test]
    fn plain_prose_and_headings_have_no_attribution() {
        assert!(find_attribution("The talks in Geneva ended").is_none());
        assert!(find_attribution("Talks were held by Anna Berg and Tom Lee in Oslo").is_none());
        assert!(is_heading("Moscow’s reply"));
        assert!(!is_heading(
            "A long line that carries on well beyond any reasonable heading length at all"
        ));
    }
}
