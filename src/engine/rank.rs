//! Ranking: from an analysed question to scored facts, and the decision to
//! answer or to say the story does not say.
//!
//! A fact's score mixes
//! - *coverage*: the share of the question's content words (weighted by how
//!   specific they are) that the fact contains — the main signal, and the
//!   abstention gate: a question whose specific words the story never uses
//!   ("hometown", "Japan") is not answered from a fact that only shares its
//!   names;
//! - *entities*: the share of named entities the fact is about;
//! - BM25 over the fact's words, saturated, to order close candidates;
//! - the question type's affinity with the fact's kinds (and a date for
//!   `when`).

use std::collections::HashMap;

use super::Snapshot;
use super::answer::{Answer, Hit, SourceRef, Unanswered};
use super::classify::{Class, QuestionKind, classify, speaker_span, type_words};
use super::index::{Index, Link};
use super::normalize::{MAX_QUESTION_CHARS, Token, is_stop, tokenize};
use super::time::{TimeRef, time_ref};
use crate::knowledge::StoryDate;
use crate::knowledge::{EntityKind, FactKind};

/// Below this share of the question's weighted content words, the best fact
/// does not answer the question. Measured (dev questions, 105 paraphrases,
/// 32 out-of-scope questions, 200 SQuAD questions): 0.5 refused too many
/// paraphrases, 0.3 started answering out-of-scope questions.
pub const MIN_COVERAGE: f32 = 0.4;
/// Weight of a word the story never uses, relative to the mean weight of
/// the question's known words. Unknown words are specific ("hometown",
/// "Japan"), but real questions also paraphrase. Measured on 107 paraphrases,
/// 56 out-of-scope questions and 200 SQuAD questions: 0.75 kept every
/// out-of-scope test refused with the fewest paraphrases lost; 1.5 lost
/// 7 SQuAD points for no gain.
const UNKNOWN_WEIGHT: f32 = 0.75;
/// A capitalised unknown word mid-sentence is likely a name the story does not know.
const CAPITAL_FACTOR: f32 = 1.5;
/// Answers within this score of the best are shown with it.
const NEAR_BEST: f32 = 0.75;
/// At most this many answers.
const MAX_HITS: usize = 3;
const MAX_SUGGESTIONS: usize = 3;

const W_COVERAGE: f32 = 3.0;
const W_ENTITY: f32 = 1.5;
const W_PRIMARY: f32 = 0.3;
const W_LEXICAL: f32 = 0.6;
const W_KIND: f32 = 0.8;
const W_DATE: f32 = 0.4;
/// A fact from the period the question names ("in August 2022").
const W_TIME: f32 = 1.0;
/// The newest source's facts, when the question names no time: stories move
/// on, and "what is the state of the talks?" means now.
const W_RECENT: f32 = 0.4;

/// Words that modify a question without naming what it is about ("first",
/// "exactly"): unknown to the story, they still should not sink an answer.
#[rustfmt::skip]
const WEAK: &[&str] = &[
    "first", "last", "again", "really", "actually", "exactly", "currently", "now", "today", "ever",
    "recently", "already", "finally", "officially", "originally", "initially", "later", "earlier",
    "even", "much", "many", "long", "happen", "happened", "thing", "things", "story", "article",
    "news", "exact", "precisely", "specifically", "like", "about", "ago", "back", "hold", "play",
    "far", "yes", "happens", "one", "two", "three", "both", "other", "another", "make", "made",
    "do", "done", "way", "part", "kind", "sort", "type",
];

/// A content word of the question.
#[derive(Debug)]
struct Term {
    term: String,
    weight: f32,
    /// A [`WEAK`] word: counts when a fact has it, is not missed when not.
    weak: bool,
}

#[derive(Debug, Default, Clone)]
struct Cand {
    lexical: f32,
    matched: f32,
    entities: usize,
}

/// Cleans a raw line: control characters become spaces, ends trimmed.
pub fn clean(question: &str) -> String {
    question
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Typo correction: a word that is not a name but lies within a few edits of
/// one becomes that name ("kirbi" → "kirby"); a word the story does not use
/// at all (not even its stem) but that lies close to a story word becomes
/// that word ("sentanced" → "sentenced").
pub(crate) fn correct(index: &Index, tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        if is_stop(&t.text) || t.text.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        if index.is_alias_word(&t.text) || index.vocab.contains(&t.text) {
            continue;
        }
        if let Some((w, _)) = index.names.correct(&t.text) {
            t.text = w.to_string();
            continue;
        }
        if index.has_term(&index.term(&t.text)) {
            continue;
        }
        // Story words are corrected from five letters on: "care" is not a typo of "case".
        if t.text.len() < 5 {
            continue;
        }
        if let Some((w, _)) = index.vocab.correct(&t.text) {
            t.text = w.to_string();
        }
    }
}

fn linked_entities(links: &[Link]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for l in links {
        if !out.contains(&l.entity) {
            out.push(l.entity);
        }
    }
    out
}

/// Everything the ranker worked out about one question; `answer` decides
/// from it and `explain` prints it.
#[derive(Debug)]
struct Analysis {
    class: Class,
    tokens: Vec<Token>,
    ents: Vec<u32>,
    terms: Vec<Term>,
    /// Weight of the non-weak content words: what a fact must cover.
    total: f32,
    /// (fact, score, coverage), best first.
    scored: Vec<(u32, f32, f32)>,
    /// "What did X say?" where X is no one the story knows.
    unknown_speaker: bool,
    /// The period the question names, if any.
    time: Option<TimeRef>,
}

impl Analysis {
    fn answerable(&self) -> bool {
        !self.unknown_speaker && (self.total > 0.0 || !self.ents.is_empty())
    }

    fn confident(&self, coverage: f32) -> bool {
        self.total == 0.0 || coverage >= MIN_COVERAGE
    }
}

fn analyze(snap: &Snapshot, q: &str) -> Result<Analysis, Unanswered> {
    let n = q.chars().count();
    if n > MAX_QUESTION_CHARS {
        return Err(Unanswered::TooLong(n));
    }
    let mut tokens = tokenize(q);
    if tokens.is_empty() {
        return Err(Unanswered::Empty);
    }
    let mut class = classify(&tokens);
    let index = &snap.index;
    correct(index, &mut tokens);
    let links = index.link(&tokens);
    let ents = linked_entities(&links);
    let (time, time_words) = time_ref(&tokens);
    let terms = content_terms(index, &tokens, &links, &time_words);
    // The speaker of a "what did X say" question must be someone the story
    // knows: what Zakharova said is no answer to what the Pope said.
    let unknown_speaker = class.said
        && speaker_span(&tokens).is_some_and(|span| {
            let linked = links.iter().any(|l| span.contains(&l.start));
            let unknown = tokens[span.clone()]
                .iter()
                .any(|t| !is_stop(&t.text) && !index.has_term(&index.term(&t.text)));
            !linked && unknown
        });
    let total: f32 = terms.iter().filter(|t| !t.weak).map(|t| t.weight).sum();
    if total == 0.0
        && !ents.is_empty()
        && matches!(class.kind, QuestionKind::Who | QuestionKind::What)
    {
        class.role = true;
    }

    let mut cands: HashMap<u32, Cand> = HashMap::new();
    for t in &terms {
        for (d, s) in index.bm25(&t.term) {
            let c = cands.entry(d).or_default();
            c.lexical += s;
            c.matched += t.weight;
        }
    }
    for &e in &ents {
        for &d in &index.entity_facts[e as usize] {
            cands.entry(d).or_default().entities += 1;
        }
    }
    let mut scored: Vec<(u32, f32, f32)> = cands
        .into_iter()
        .filter_map(|(d, c)| {
            score(snap, &class, &ents, total, time, d, &c).map(|(s, cov)| (d, s, cov))
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(Analysis {
        class,
        tokens,
        ents,
        terms,
        total,
        scored,
        unknown_speaker,
        time,
    })
}

/// Answers a question from a snapshot. Pure: no I/O, no clocks.
pub fn answer(snap: &Snapshot, question: &str) -> Answer {
    let q = clean(question);
    let mut ans = Answer {
        question: q.clone(),
        kind: QuestionKind::What,
        hits: Vec::new(),
        unanswered: None,
        suggestions: Vec::new(),
        margin: 0.0,
        as_of: None,
    };
    let a = match analyze(snap, &q) {
        Ok(a) => a,
        Err(why) => {
            ans.unanswered = Some(why);
            return ans;
        }
    };
    ans.kind = a.class.kind;
    match a.scored.first() {
        Some(&(_, best, cov)) if a.answerable() && a.confident(cov) => {
            ans.margin = a.scored.get(1).map_or(best, |r| best - r.1);
            for &(d, s, cov) in a.scored.iter().take(MAX_HITS) {
                if s < best - NEAR_BEST || !a.confident(cov) {
                    break;
                }
                ans.hits.push(hit(snap, d as usize, s));
            }
            ans.as_of = as_of(snap, &a);
        }
        _ => {
            ans.unanswered = Some(Unanswered::NotInStory);
            ans.suggestions = suggestions(snap, &a.scored, &a.ents);
        }
    }
    ans
}

/// "As of DATE" for an answer drawn from the newest of several articles
/// when an older article also answered: the story may have moved on since.
fn as_of(snap: &Snapshot, a: &Analysis) -> Option<StoryDate> {
    let index = &snap.index;
    if !index.dated_sources || a.time.is_some() {
        return None;
    }
    let &(best, _, _) = a.scored.first()?;
    let date = index.fact_source_date[best as usize];
    let older = a
        .scored
        .iter()
        .skip(1)
        .any(|&(d, _, cov)| a.confident(cov) && index.fact_source_date[d as usize] < date);
    older.then_some(date)
}

/// How the engine read a question and ranked facts: for curators tuning a
/// knowledge file (`storybot ask --explain`). Not a stable format.
pub fn explain(snap: &Snapshot, question: &str) -> String {
    let q = clean(question);
    let a = match analyze(snap, &q) {
        Ok(a) => a,
        Err(why) => return format!("not analysed: {why:?}"),
    };
    let mut s = format!(
        "type: {:?} (said: {}, role: {})\n",
        a.class.kind, a.class.said, a.class.role
    );
    let words: Vec<&str> = a.tokens.iter().map(|t| t.text.as_str()).collect();
    s.push_str(&format!(
        "words (after typo correction): {}\n",
        words.join(" ")
    ));
    let names: Vec<&str> = a
        .ents
        .iter()
        .map(|&e| snap.knowledge.entities[e as usize].id.as_str())
        .collect();
    s.push_str(&format!("entities: {names:?}\n"));
    for t in &a.terms {
        let known = if snap.index.has_term(&t.term) {
            "known"
        } else {
            "unknown"
        };
        let weak = if t.weak { ", weak" } else { "" };
        s.push_str(&format!(
            "term {:<16} weight {:.2} ({known}{weak})\n",
            t.term, t.weight
        ));
    }
    s.push_str(&format!(
        "must cover {:.2}; answer needs coverage >= {MIN_COVERAGE}\n",
        a.total
    ));
    for &(d, score, cov) in a.scored.iter().take(5) {
        s.push_str(&format!(
            "  {:<36} score {score:.3} coverage {cov:.2}\n",
            snap.knowledge.facts[d as usize].id
        ));
    }
    s
}

/// The content words of a question: not stop words, not part of a name.
fn content_terms(index: &Index, tokens: &[Token], links: &[Link], skip: &[usize]) -> Vec<Term> {
    let in_link = |i: usize| links.iter().any(|l| (l.start..l.end).contains(&i));
    let typed = type_words(tokens);
    // A capitalised word inside a sentence is likely a name the story may not know.
    let shouting = tokens.iter().all(|t| t.capital);
    let max_idf = index.idf("");
    let mut out: Vec<Term> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if in_link(i) || is_stop(&t.text) || typed.contains(&i) || skip.contains(&i) {
            continue;
        }
        let term = index.term(&t.text);
        if out.iter().any(|o| o.term == term) {
            continue;
        }
        let weak = WEAK.contains(&t.text.as_str());
        let known = index.has_term(&term);
        let weight = if weak {
            0.5_f32.min(index.idf(&term))
        } else if known {
            index.idf(&term)
        } else if t.capital && i > 0 && !shouting {
            -CAPITAL_FACTOR
        } else {
            -1.0
        };
        out.push(Term { term, weight, weak });
    }
    // Unknown words weigh relative to the question's known words: as much as
    // a typical known word of this question, times UNKNOWN_WEIGHT.
    let known: Vec<f32> = out
        .iter()
        .filter(|t| !t.weak && t.weight > 0.0)
        .map(|t| t.weight)
        .collect();
    let base = if known.is_empty() {
        max_idf
    } else {
        known.iter().sum::<f32>() / known.len() as f32
    };
    for t in out.iter_mut().filter(|t| t.weight < 0.0) {
        t.weight = -t.weight * base * UNKNOWN_WEIGHT;
    }
    out
}

/// (score, coverage) of fact `d`, or `None` when it cannot answer.
fn score(
    snap: &Snapshot,
    class: &Class,
    ents: &[u32],
    total: f32,
    time: Option<TimeRef>,
    d: u32,
    c: &Cand,
) -> Option<(f32, f32)> {
    let fact = &snap.knowledge.facts[d as usize];
    let about = &snap.index.fact_entities[d as usize];
    // A question that names a person is not answered by a fact about someone
    // else; a fact about no one in particular ("He invented…", where the
    // draft could not tell who) may still answer. Organisations and places
    // are context, and may be missing from a fact.
    let is_person = |e: u32| snap.knowledge.entities[e as usize].kind == EntityKind::Person;
    let names_person = ents.iter().any(|&e| is_person(e));
    let about_someone_else = about.first().is_some_and(|&p| is_person(p));
    if names_person && c.entities == 0 && about_someone_else {
        return None;
    }
    // A bare name asked with "where/when/why/how" needs a fact of that kind:
    // "where is Whelan from?" is not answered by who Whelan is.
    let primary = about.first().is_some_and(|p| ents.first() == Some(p));
    let mut affinity = class.affinity(&fact.kinds);
    // "Who is X?" wants X's own role fact, not one where X is a bystander.
    if class.role && fact.kinds.contains(&FactKind::Role) && !primary {
        affinity -= 0.5;
    }
    if total == 0.0
        && !matches!(class.kind, QuestionKind::Who | QuestionKind::What)
        && affinity < 1.0
    {
        return None;
    }
    // Coverage counts content words only: a fact that merely names the same
    // person ("What is Peskov's hometown?") does not answer. Counting entities
    // too gained 1 SQuAD point and lost three out-of-scope refusals.
    let coverage = if total > 0.0 {
        (c.matched / total).min(1.0)
    } else {
        1.0
    };
    let entity = if ents.is_empty() {
        0.0
    } else {
        c.entities as f32 / ents.len() as f32
    };
    let mut s = W_COVERAGE * coverage
        + W_ENTITY * entity
        + W_LEXICAL * (c.lexical / (c.lexical + 3.0))
        + W_KIND * affinity;
    if primary {
        s += W_PRIMARY;
    }
    if class.kind == QuestionKind::When && fact.date.is_some() {
        s += W_DATE;
    }
    let index = &snap.index;
    match time {
        Some(t) => {
            let reported = index.fact_source_date[d as usize];
            // A fact's own date is when it happened; otherwise when it was reported.
            if t.matches(fact.date.unwrap_or(reported)) {
                s += W_TIME;
            }
        }
        None => s += W_RECENT * index.fact_recency[d as usize],
    }
    Some((s, coverage))
}

pub(crate) fn hit(snap: &Snapshot, d: usize, score: f32) -> Hit {
    let f = &snap.knowledge.facts[d];
    // Validation guarantees the source exists; the fallback only keeps this total.
    let (title, date) = match snap.knowledge.source(&f.source) {
        Some(s) => (s.title.clone(), s.date),
        None => (
            f.source.clone(),
            f.date.unwrap_or(StoryDate {
                year: 0,
                month: None,
                day: None,
            }),
        ),
    };
    Hit {
        fact: f.id.clone(),
        answer: f.answer.clone(),
        quote: f.quote.clone(),
        source: SourceRef {
            id: f.source.clone(),
            title,
            date,
            paragraph: f.paragraph,
        },
        date: f.date,
        score: (score * 1000.0).round() / 1000.0,
    }
}

fn suggestions(snap: &Snapshot, scored: &[(u32, f32, f32)], ents: &[u32]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &(d, _, cov) in scored {
        if out.len() >= MAX_SUGGESTIONS {
            break;
        }
        let f = &snap.knowledge.facts[d as usize];
        if cov <= 0.0 && ents.is_empty() {
            continue;
        }
        if let Some(q) = &f.question
            && !out.contains(q)
        {
            out.push(q.clone());
        }
    }
    for &e in ents {
        if out.len() >= MAX_SUGGESTIONS {
            break;
        }
        let q = format!("Who is {}?", snap.knowledge.entities[e as usize].name);
        if !out.contains(&q) {
            out.push(q);
        }
    }
    out
}
