//! Grouping near-duplicate questions, so the list shows "who was offered?"
//! once with its count instead of once per wording.
//!
//! A question's *key* is its question word and its content terms as the
//! engine reads them ([`crate::engine::normalize`]: folded, stop words
//! dropped, irregular forms and stems, the built-in synonym groups): "Who was
//! offered?", "who were offered" and "WHO WAS OFFERED??" all become
//! `{?who, offer}`, while "when was he sentenced?" and "why was he
//! sentenced?" stay apart. Questions with equal
//! keys are counted together first (one map pass, so any log size is cheap);
//! then distinct keys are merged when their term sets are very similar
//! ([`MIN_SIMILARITY`]), with one typo per long term forgiven. That second
//! step compares keys pairwise, so it looks at the [`MAX_FUZZY_KEYS`] most
//! frequent keys only; rarer keys stay grouped by equal key alone.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Gap, Reason};
use crate::engine::normalize::{fold_phrase, is_stop, stem, tokenize};
use crate::engine::synonyms::Synonyms;

/// Lowest (typo-tolerant) Jaccard similarity of two term sets for their
/// questions to count as one. 0.75 merges sets that differ by one term in
/// four or more ("when did Biden and Putin talk about the swap" / "… about
/// the exchange swap") but never short ones that differ at all: "who was
/// offered?" and "who was offered in the swap?" ({offer} vs {offer, swap},
/// 0.5) are different questions.
pub const MIN_SIMILARITY: f64 = 0.75;

/// Terms this long or longer may differ by one edit and still match
/// ("sentenced"/"sentanced"); shorter ones, and any with a digit ("2022"),
/// must be equal, like the engine's own typo rule.
const TYPO_MIN_LEN: usize = 5;

/// Only this many distinct keys (the most frequent) are compared pairwise.
pub const MAX_FUZZY_KEYS: usize = 2000;

/// One group of near-duplicate questions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The most frequent wording (the latest on a tie).
    pub question: String,
    /// Entries in the group.
    pub count: usize,
    /// When the latest entry was recorded.
    #[serde(serialize_with = "super::time::serialize")]
    pub last_seen: DateTime<Utc>,
    /// Entries per reason.
    pub reasons: BTreeMap<Reason, usize>,
    /// The facts given as answers (low confidence, thumbs down), sorted.
    pub facts: Vec<String>,
    /// Distinct wordings in the group.
    pub variants: usize,
}

/// Question words kept in a key (as `?who`…): "who was offered?" and "what
/// was offered?" are different questions. "whom" and "whose" count as "who".
const QUESTION_WORDS: &[&str] = &["who", "what", "when", "where", "why", "how", "which"];

impl Group {
    /// The reasons with their counts: "unanswered 3, 👎 1".
    pub fn reasons_text(&self) -> String {
        self.reasons
            .iter()
            .map(|(r, n)| format!("{} {n}", r.label()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The key of a question: its question words and content terms, sorted. A
/// question with no content term ("who?") keys on its folded text instead;
/// an empty question has an empty key.
///
/// ```
/// use storybot::engine::synonyms::Synonyms;
/// use storybot::gaps::group::key;
/// let syn = Synonyms::new(&[]);
/// assert_eq!(key(&syn, "Who was offered?"), ["?who", "offer"]);
/// assert_eq!(key(&syn, "who were OFFERED"), ["?who", "offer"]);
/// assert_ne!(key(&syn, "who?"), key(&syn, "what?"));
/// assert_eq!(key(&syn, " ?! "), Vec::<String>::new());
/// ```
pub fn key(syn: &Synonyms, question: &str) -> Vec<String> {
    let mut content = false;
    let terms: BTreeSet<String> = tokenize(question)
        .into_iter()
        .filter_map(|t| {
            let w = match t.text.as_str() {
                "whom" | "whose" => "who",
                w => w,
            };
            if QUESTION_WORDS.contains(&w) {
                Some(format!("?{w}"))
            } else if is_stop(w) {
                None
            } else {
                content = true;
                Some(syn.canon(&stem(w)).to_string())
            }
        })
        .collect();
    if !content {
        let folded = fold_phrase(question);
        return if folded.is_empty() {
            Vec::new()
        } else {
            vec![format!("={folded}")]
        };
    }
    terms.into_iter().collect()
}

/// Typo-tolerant Jaccard similarity of two sorted term sets: each term of
/// `a` matches at most one of `b`, equal or (both long) one edit apart.
///
/// ```
/// use storybot::gaps::group::similarity;
/// let s = |a: &[&str], b: &[&str]| similarity(
///     &a.iter().map(|x| x.to_string()).collect::<Vec<_>>(),
///     &b.iter().map(|x| x.to_string()).collect::<Vec<_>>());
/// assert_eq!(s(&["offer"], &["offer"]), 1.0);
/// assert_eq!(s(&["offer"], &["offer", "swap"]), 0.5);
/// assert_eq!(s(&["sentenc", "whelan"], &["sentanc", "whelan"]), 1.0);
/// assert_eq!(s(&[], &[]), 1.0);
/// assert_eq!(s(&["a"], &[]), 0.0);
/// ```
pub fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let mut used = vec![false; b.len()];
    let mut matched = 0usize;
    for x in a {
        let found = (0..b.len()).find(|&i| !used[i] && b[i] == *x).or_else(|| {
            typo_ok(x)
                .then(|| {
                    (0..b.len()).find(|&i| {
                        !used[i] && typo_ok(&b[i]) && strsim::osa_distance(x, &b[i]) <= 1
                    })
                })
                .flatten()
        });
        if let Some(i) = found {
            used[i] = true;
            matched += 1;
        }
    }
    matched as f64 / (a.len() + b.len() - matched) as f64
}

/// Whether a term may match another one edit away.
fn typo_ok(t: &str) -> bool {
    t.len() >= TYPO_MIN_LEN && t.bytes().all(|b| b.is_ascii_lowercase())
}

/// Entries under one key, with their positions in the log (oldest first).
struct Bucket<'a> {
    key: Vec<String>,
    items: Vec<(usize, &'a Gap)>,
}

/// Gaps grouped by near-duplicate question, most frequent first (then the
/// most recent), at most `limit` groups.
pub fn group(gaps: &[Gap], limit: usize) -> Vec<Group> {
    let syn = Synonyms::new(&[]);
    // 1. Equal keys, one pass.
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    let mut buckets: Vec<Bucket> = Vec::new();
    for (n, g) in gaps.iter().enumerate() {
        let k = key(&syn, &g.question);
        if k.is_empty() {
            continue;
        }
        let i = *index.entry(k.clone()).or_insert_with(|| {
            buckets.push(Bucket {
                key: k,
                items: Vec::new(),
            });
            buckets.len() - 1
        });
        buckets[i].items.push((n, g));
    }
    let last = |b: &Bucket| b.items.iter().map(|(_, g)| g.time).max();
    buckets.sort_by(|a, b| {
        b.items
            .len()
            .cmp(&a.items.len())
            .then_with(|| last(b).cmp(&last(a)))
            .then_with(|| a.key.cmp(&b.key))
    });
    // 2. Similar keys: each bucket joins the first (most frequent) cluster
    // whose leading key is close enough.
    let mut clusters: Vec<Bucket> = Vec::new();
    for (n, b) in buckets.into_iter().enumerate() {
        let home = if n < MAX_FUZZY_KEYS {
            clusters.iter().take(MAX_FUZZY_KEYS).position(|c| {
                let k = &c.key;
                let (short, long) = if k.len() <= b.key.len() {
                    (k.len(), b.key.len())
                } else {
                    (b.key.len(), k.len())
                };
                // Jaccard can be no higher than short / long.
                (short as f64) >= MIN_SIMILARITY * long as f64
                    && similarity(k, &b.key) >= MIN_SIMILARITY
            })
        } else {
            None
        };
        match home {
            Some(i) => clusters[i].items.extend(b.items),
            None => clusters.push(b),
        }
    }
    let mut groups: Vec<Group> = clusters
        .into_iter()
        .filter_map(|c| summarise(&c.items))
        .collect();
    groups.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(b.last_seen.cmp(&a.last_seen))
            .then_with(|| a.question.cmp(&b.question))
    });
    groups.truncate(limit);
    groups
}

fn summarise(items: &[(usize, &Gap)]) -> Option<Group> {
    let last_seen = items.iter().map(|(_, g)| g.time).max()?;
    // Wordings compared without outer spaces; the representative is the
    // most frequent, the latest on a tie (by time, then by place in the log,
    // since times have whole seconds).
    let mut wordings: HashMap<&str, (usize, DateTime<Utc>, usize)> = HashMap::new();
    let mut reasons = BTreeMap::new();
    let mut facts = BTreeSet::new();
    for &(n, g) in items {
        let w = wordings.entry(g.question.trim()).or_insert((0, g.time, n));
        w.0 += 1;
        w.1 = w.1.max(g.time);
        w.2 = w.2.max(n);
        *reasons.entry(g.reason).or_insert(0) += 1;
        if let Some(f) = &g.fact {
            facts.insert(f.clone());
        }
    }
    let question = wordings
        .iter()
        .max_by_key(|(_, w)| **w)
        .map(|(w, _)| w.to_string())?;
    Some(Group {
        question,
        count: items.len(),
        last_seen,
        reasons,
        facts: facts.into_iter().collect(),
        variants: wordings.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn gap(q: &str, minute: u32) -> Gap {
        Gap {
            question: q.into(),
            time: Utc.with_ymd_and_hms(2024, 5, 1, 10, minute, 0).unwrap(),
            channel: Some(7),
            reason: Reason::Unanswered,
            fact: None,
        }
    }

    #[test]
    fn wordings_of_one_question_are_one_group() {
        let gaps = [
            gap("who was offered?", 1),
            gap("Who was offered", 2),
            gap("who were offered?", 3),
            gap("  WHO WAS OFFERED??  ", 4),
            gap("Who was offerd?", 5),
            gap("who was offered?", 6),
            gap("What is the weather in Paris?", 7),
            gap("who was offered in the swap?", 8),
            gap("Where was Bout arrested?", 9),
            gap("where was bout arrested", 10),
        ];
        let g = group(&gaps, 10);
        let shown: Vec<(&str, usize)> = g.iter().map(|g| (g.question.as_str(), g.count)).collect();
        assert_eq!(
            shown,
            [
                ("who was offered?", 6),
                ("where was bout arrested", 2),
                ("who was offered in the swap?", 1),
                ("What is the weather in Paris?", 1),
            ]
        );
        assert_eq!(g[0].variants, 5);
        assert_eq!(g[0].last_seen, gaps[5].time);
        assert_eq!(g[0].reasons[&Reason::Unanswered], 6);
    }

    #[test]
    fn different_questions_stay_apart() {
        let gaps = [
            gap("Who was offered?", 1),
            gap("Who offered?", 2),
            gap("When was Whelan sentenced?", 3),
            gap("Why was Whelan sentenced?", 4),
            gap("Who is Kirby?", 5),
            gap("Who is Peskov?", 6),
        ];
        // "who offered" and "who was offered" read the same to the engine.
        let g = group(&gaps, 10);
        assert_eq!(g.len(), 5, "{g:#?}");
        assert_eq!(g[0].count, 2);
        assert!(g[1..].iter().all(|g| g.count == 1));
    }

    #[test]
    fn synonyms_and_long_near_duplicates_merge() {
        let gaps = [
            gap(
                "What did Lavrov say about the prisoner exchange with Blinken?",
                1,
            ),
            gap(
                "what did lavrov say about the prisoner swap with blinken",
                2,
            ),
            gap(
                "What did Lavrov tell Blinken about the prisoner swap in Phnom?",
                3,
            ),
        ];
        let g = group(&gaps, 10);
        assert_eq!(g.len(), 1, "{g:#?}");
        assert_eq!(g[0].count, 3);
    }

    #[test]
    fn facts_and_reasons_are_collected_and_limit_applies() {
        let mut a = gap("who was offered", 1);
        a.reason = Reason::ThumbsDown;
        a.fact = Some("offer-terms".into());
        let mut b = gap("who was offered", 2);
        b.reason = Reason::LowConfidence;
        b.fact = Some("bout-swap".into());
        let g = group(&[a, b, gap("x y z", 3), gap("?!", 4)], 1);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].facts, ["bout-swap", "offer-terms"]);
        assert_eq!(g[0].reasons.len(), 2);
        assert!(group(&[], 5).is_empty());
    }

    #[test]
    fn a_large_log_groups_in_bounded_work() {
        // 12,500 entries with 2,500 distinct questions (more than are
        // compared pairwise), 5 of each.
        let word = |mut n: usize| {
            let mut w = String::new();
            for _ in 0..3 {
                w.push((b'a' + (n % 26) as u8) as char);
                n /= 26;
            }
            w
        };
        let gaps: Vec<Gap> = (0..12_500)
            .map(|i| {
                gap(
                    &format!("what about {} {}", word(i % 2500), word(i % 2500 + 9000)),
                    1,
                )
            })
            .collect();
        let g = group(&gaps, 10);
        assert_eq!(g.len(), 10);
        assert!(g.iter().all(|g| g.count == 5), "{g:#?}");
    }

    #[test]
    fn numbers_need_an_exact_match() {
        let g = group(
            &[
                gap("What happened in 2022?", 1),
                gap("What happened in 2023?", 2),
            ],
            10,
        );
        assert_eq!(g.len(), 2);
    }
}
