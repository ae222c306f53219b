//! The plain answer of a long sentence: the clause that answers.
//!
//! A drafted fact's answer is its whole sentence, and news writes
//! sentences of 300 characters and more ("Marine biologists have
//! identified a bacterium living near hydrothermal vents …, the team
//! said on Monday in a paper published in …"). The reply quotes that
//! sentence verbatim anyway, so repeating all of it as the plain answer
//! says nothing twice. [`focus`] keeps the clauses that hold the
//! question's words — and, for "when", "where" and "how many", a clause
//! that can give that kind of answer — marking what it left out with "…".
//! The quote, and so the source, stays whole.

use super::classify::text_cues;
use super::index::Index;
use super::normalize::tokenize;
use crate::knowledge::FactKind;

/// Answers longer than this are focused.
pub const LONG_ANSWER: usize = 240;
/// A focused answer grows by neighbouring clauses up to about this length.
const FOCUS_LEN: usize = 160;
/// Clauses shorter than this join the one before ("said Ortiz", "in 2021").
const MIN_CLAUSE: usize = 25;

/// The clauses of a sentence as byte ranges: split after ", ", "; ", ": "
/// and around " — " outside quotation marks (a quotation is one clause).
fn clauses(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            ',' | ';' | ':' | '—' if !quoted => {
                let end = i + c.len_utf8();
                // (a comma inside a figure, "2,300", has no space after it)
                if bytes.get(end) == Some(&b' ') {
                    let cut = if c == '—' { i } else { end };
                    if cut > start {
                        out.push((start, cut));
                    }
                    start = end;
                }
            }
            _ => {}
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    // Short pieces ("said Ortiz", "on Monday") belong to the clause before.
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if text[s..e].trim().len() < MIN_CLAUSE => last.1 = e,
            _ => merged.push((s, e)),
        }
    }
    if merged.len() > 1 && text[merged[0].0..merged[0].1].trim().len() < MIN_CLAUSE {
        let first = merged.remove(0);
        merged[0].0 = first.0;
    }
    merged
}

/// The part of a long answer that answers: the clause sharing the most of
/// the question's weighted `terms` (ties to the first), with a cue of the
/// `wants` kind counting nearly as much as the question's heaviest word
/// (so a clause with the question's words comes first on a tie), grown
/// by neighbours that share something, or by any while short. `None`
/// when the answer is short, is one clause, or no clause shares anything.
///
/// ```
/// use storybot::engine::focus::focus;
/// use storybot::engine::index::Index;
/// use storybot::knowledge::FactKind;
/// let index = Index::default();
/// let long = "The council approved the plan on Monday after a debate that ran \
///             late into the night, with eleven members voting in favour and \
///             four against, while protesters gathered outside the town hall \
///             in the rain, chanting slogans about rents, parking fees and the \
///             closure of the old swimming pool.";
/// let terms = vec![("protest".to_string(), 1.0)];
/// let got = focus(&index, &terms, None, long).unwrap();
/// assert!(got.contains("protesters gathered"), "{got}");
/// assert!(got.len() < long.len());
/// assert!(focus(&index, &terms, None, "Protesters gathered.").is_none());
/// ```
pub fn focus(
    index: &Index,
    terms: &[(String, f32)],
    wants: Option<FactKind>,
    answer: &str,
) -> Option<String> {
    if answer.len() <= LONG_ANSWER {
        return None;
    }
    let parts = clauses(answer);
    if parts.len() < 2 {
        return None;
    }
    let heaviest = terms.iter().map(|t| t.1).fold(0.0_f32, f32::max);
    let score = |&(s, e): &(usize, usize)| -> f32 {
        let toks = tokenize(&answer[s..e]);
        let words: Vec<String> = toks.iter().map(|t| index.term(&t.text)).collect();
        let shared: f32 = terms
            .iter()
            .filter(|(t, _)| words.contains(t))
            .map(|t| t.1)
            .sum();
        let cue = wants.is_some_and(|k| text_cues(&toks).contains(k));
        // (a little less than a word: "a century ago" is a cue too)
        shared + if cue { 0.9 * heaviest.max(0.5) } else { 0.0 }
    };
    let scores: Vec<f32> = parts.iter().map(score).collect();
    let (best, top) =
        scores.iter().enumerate().fold(
            (0, 0.0_f32),
            |acc, (i, &s)| if s > acc.1 { (i, s) } else { acc },
        );
    if top <= 0.0 {
        return None;
    }
    let (mut lo, mut hi) = (best, best);
    let len = |lo: usize, hi: usize| answer[parts[lo].0..parts[hi].1].trim().len();
    // Neighbours that share something join up to FOCUS_LEN; any
    // neighbour, while the focus is shorter than half that.
    while len(lo, hi) < FOCUS_LEN {
        let short = len(lo, hi) < FOCUS_LEN / 2;
        let next = (hi + 1 < parts.len()).then(|| scores[hi + 1]);
        let prev = (lo > 0).then(|| scores[lo - 1]);
        match (prev, next) {
            (Some(p), Some(n)) if p > n && (short || p > 0.0) => lo -= 1,
            (_, Some(n)) if short || n > 0.0 => hi += 1,
            (Some(p), _) if short || p > 0.0 => lo -= 1,
            _ => break,
        }
    }
    if lo == 0 && hi + 1 == parts.len() {
        return None;
    }
    let body = answer[parts[lo].0..parts[hi].1]
        .trim()
        .trim_end_matches([',', ';', ':'])
        .trim();
    let open = if lo > 0 { "… " } else { "" };
    let close = if hi + 1 < parts.len() { " …" } else { "" };
    Some(format!("{open}{body}{close}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_keep_figures_and_quotations_whole() {
        let t = "About 2,300 workers walked out, the union said, \
                 after talks failed: “We have waited, and waited, long enough,” said Ortiz.";
        let parts: Vec<&str> = clauses(t).iter().map(|&(s, e)| t[s..e].trim()).collect();
        assert_eq!(
            parts,
            [
                // ("after talks failed:" is too short to stand alone)
                "About 2,300 workers walked out, the union said, after talks failed:",
                "“We have waited, and waited, long enough,” said Ortiz."
            ]
        );
    }

    #[test]
    fn a_cue_of_the_kind_asked_draws_the_focus() {
        let index = Index::default();
        let long = "The museum, which opened its doors to the public in the old town \
                    and holds one of the largest collections of scientific instruments \
                    in the country, said the astrolabe would go on display in the main \
                    gallery, alongside two later instruments, from 14 October.";
        let terms = vec![("display".to_string(), 1.0)];
        let got = focus(&index, &terms, Some(FactKind::When), long).expect("focused");
        assert!(got.contains("14 October"), "{got}");
        assert!(got.starts_with('…'), "{got}");
    }
}
