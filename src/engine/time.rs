//! Time references in questions ("in August 2022", "in 2008", "in June"):
//! they are filters on when a fact happened or was reported, not words a
//! fact must contain.

use super::normalize::Token;
use crate::knowledge::StoryDate;
use crate::knowledge::model::MONTH_NAMES;

/// A year and/or a month named by a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRef {
    pub year: Option<i32>,
    pub month: Option<u32>,
}

pub(crate) fn month(word: &str) -> Option<u32> {
    MONTH_NAMES
        .iter()
        .map(|m| m.to_ascii_lowercase())
        .position(|m| m == word || (word.len() == 3 && m.starts_with(word) && word != "may"))
        .map(|i| i as u32 + 1)
}

/// The time a question refers to, and the positions of the words that say it.
/// "may" counts as a month only when written with a capital, next to a
/// year or after a preposition ("in may").
///
/// ```
/// use storybot::engine::normalize::tokenize;
/// use storybot::engine::time::time_ref;
/// let (t, at) = time_ref(&tokenize("What was offered in August 2022?"));
/// assert_eq!(t.map(|t| (t.year, t.month)), Some((Some(2022), Some(8))));
/// assert_eq!(at, vec![4, 5]);
/// assert_eq!(time_ref(&tokenize("who may go")).0, None);
/// assert_eq!(time_ref(&tokenize("how much rain fell in may")).0.and_then(|t| t.month), Some(5));
/// assert_eq!(time_ref(&[]).0, None);
/// // (a bound is no period: the eruption before 2002 was not in 2002)
/// assert_eq!(time_ref(&tokenize("When did it last erupt before 2002?")).0, None);
/// assert_eq!(time_ref(&tokenize("What happened prior to 2002?")).0, None);
/// ```
pub fn time_ref(tokens: &[Token]) -> (Option<TimeRef>, Vec<usize>) {
    let mut t = TimeRef {
        year: None,
        month: None,
    };
    let mut at = Vec::new();
    let is_year = |w: &str| {
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && w.parse::<i32>().is_ok_and(|y| (1800..=2200).contains(&y))
    };
    for (i, tok) in tokens.iter().enumerate() {
        let w = tok.text.as_str();
        // "before 2002", "since March": a bound, not the period itself.
        if bound_before(tokens, i).is_some() {
            // (still a time word, not one a fact must contain)
            if is_year(w) || month(w).is_some() {
                at.push(i);
            }
            continue;
        }
        if is_year(w) && t.year.is_none() {
            t.year = w.parse().ok();
            at.push(i);
        } else if let Some(m) = month(w)
            && t.month.is_none()
        {
            let near_year = tokens.get(i + 1).is_some_and(|n| {
                is_year(&n.text) || n.text.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            });
            // ("rain fell in may": after a preposition it is no verb;
            // "this may be" is)
            let after = i.checked_sub(1).is_some_and(|p| {
                matches!(
                    tokens[p].text.as_str(),
                    "in" | "of" | "during" | "early" | "late" | "mid" | "last" | "next" | "from"
                )
            });
            if w != "may" || tok.capital || near_year || after {
                t.month = Some(m);
                at.push(i);
            }
        }
    }
    if t.year.is_none() && t.month.is_none() {
        return (None, at);
    }
    (Some(t), at)
}

/// How the words before token `i` bound it: "before 2002" and "prior to
/// 2002" ([`Bound::Before`]), "after 2020" ([`Bound::After`]), "since",
/// "until", "till" ([`Bound::Other`]); `None` when they set no bound.
pub fn bound_before(tokens: &[Token], i: usize) -> Option<Bound> {
    let word_at = |k: usize| tokens.get(k).map_or("", |t| t.text.as_str());
    let p = i.checked_sub(1)?;
    match word_at(p) {
        "before" => Some(Bound::Before),
        "after" => Some(Bound::After),
        "since" | "until" | "till" => Some(Bound::Other),
        "to" if p.checked_sub(1).is_some_and(|q| word_at(q) == "prior") => Some(Bound::Before),
        _ => None,
    }
}

/// A bound a question sets on a time ([`bound_before`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Before,
    After,
    Other,
}

impl TimeRef {
    /// Whether a date falls in the referenced period.
    pub fn matches(&self, d: StoryDate) -> bool {
        self.year.is_none_or(|y| y == d.year) && self.month.is_none_or(|m| d.month == Some(m))
    }
}
