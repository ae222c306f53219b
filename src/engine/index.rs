//! The search index, built once per knowledge load and never mutated.
//!
//! - an inverted index from analysed terms (stem → synonym canon) to facts,
//!   with the statistics BM25 needs;
//! - an alias table from folded alias phrases to entities, and the entities
//!   each fact is about (its subjects plus the ones its text names);
//! - a [`FuzzyIndex`] over alias words and the story's vocabulary, so typos
//!   are corrected against candidates a trigram index proposes.

use rustc_hash::{FxHashMap, FxHashSet};

use super::classify::{KindSet, dated_by_report, future_cue, states_unknown, text_cues};
use super::fuzzy::FuzzyIndex;
use super::normalize::{Token, is_stop, phrasal, phrasal_particle, stem, tokenize};
use super::synonyms::Synonyms;
use crate::knowledge::{EntityKind, Knowledge, StoryDate};

/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;

/// What the ranker needs of one fact, in one flat 16-byte row: scoring
/// thousands of candidates scattered over the facts reads these instead of
/// chasing each fact's strings, four rows to a cache line (the 60-byte row
/// with both dates in it made scoring mostly cache misses at 100k facts,
/// BENCHMARKS.md). The dates live beside it ([`Index::when`],
/// [`Index::reported`]): only a question naming a period reads them.
#[derive(Debug, Clone, Copy)]
pub struct FactRow {
    pub kinds: KindSet,
    /// The kinds of answer its text gives by its wording ([`text_cues`]).
    pub cues: KindSet,
    /// The entity the fact is first of all about, or [`NO_ENTITY`].
    about: u32,
    /// How recent its source is among the sources, 0 (oldest) to 1.
    pub recency: f32,
    /// [`ABOUT_PERSON`], [`DATED`], [`FUTURE`], [`UNKNOWN`], [`REPORTED`].
    flags: u8,
}

const _: () = assert!(std::mem::size_of::<FactRow>() == 16);

/// [`FactRow::about`] of a fact about no entity.
const NO_ENTITY: u32 = u32::MAX;
const ABOUT_PERSON: u8 = 1;
const DATED: u8 = 2;
const FUTURE: u8 = 4;
const UNKNOWN: u8 = 8;
const REPORTED: u8 = 16;
const PERSONAL: u8 = 32;
const LEDE: u8 = 64;

impl FactRow {
    /// The entity the fact is first of all about.
    pub fn about(&self) -> Option<u32> {
        (self.about != NO_ENTITY).then_some(self.about)
    }

    /// That entity is a person.
    pub fn about_person(&self) -> bool {
        self.flags & ABOUT_PERSON != 0
    }

    /// The fact carries its own date.
    pub fn dated(&self) -> bool {
        self.flags & DATED != 0
    }

    /// It tells of something to come: its own date after its report, or
    /// future wording ([`future_cue`]).
    pub fn future(&self) -> bool {
        self.flags & FUTURE != 0
    }

    /// Whether its answer or quote says "he", "she", "him", "her", "his"
    /// or "hers": it may speak of a person it does not name.
    pub fn personal(&self) -> bool {
        self.flags & PERSONAL != 0
    }

    /// It is its article's lede: the first sentence of an article of
    /// several paragraphs.
    pub fn lede(&self) -> bool {
        self.flags & LEDE != 0
    }

    /// Its text says something is not known yet ([`states_unknown`]).
    pub fn unknown(&self) -> bool {
        self.flags & UNKNOWN != 0
    }

    /// Its text's only dates are when its news was told ([`dated_by_report`]).
    pub fn reported(&self) -> bool {
        self.flags & REPORTED != 0
    }
}

/// One fact holding a term: the fact's number, how often the term occurs in
/// it, and the fact's length (what BM25 needs of it) in the bytes a pair of
/// fact and frequency would leave as padding, so scoring a posting never
/// reads a per-fact table at a scattered place.
#[derive(Debug, Clone, Copy)]
pub struct Posting {
    pub fact: u32,
    pub tf: u16,
    /// The fact's length in index terms, or [`LONG_FACT`] from there on
    /// (then [`Index::bm25`] reads it from the per-fact table).
    len: u16,
}

/// [`Posting::len`] of a fact of this many terms or more.
const LONG_FACT: u16 = u16::MAX;

/// A span of question tokens that names an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub entity: u32,
    pub start: usize,
    pub end: usize,
}

/// What indexing makes of a run of facts, on one core: its own term
/// numbers (in the order first met), the words that bring them in, and per
/// fact its term frequencies (flat, in `tf`), length, entities and cues.
struct Chunk {
    /// New words, in the order first met: the vocabulary to add.
    words: Vec<String>,
    /// Local term number → index term.
    terms: Vec<String>,
    /// (local term number, frequency) of every fact, one after the other.
    tf: Vec<(u32, u16)>,
    facts: Vec<FactTerms>,
}

struct FactTerms {
    /// How many entries of [`Chunk::tf`] are this fact's.
    terms: usize,
    len: u32,
    ents: Vec<u32>,
    /// Its sentence leans on the one before ([`leans_back`]).
    leans_back: bool,
    cues: KindSet,
    future: bool,
    unknown: bool,
    reported: bool,
    personal: bool,
}

/// Words that may stand for a person a sentence does not name.
const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his", "hers"];

/// Analyses a run of facts against the alias table of `ix` (built before,
/// and read only here).
fn analyse(
    ix: &Index,
    entity_pos: &FxHashMap<&str, u32>,
    facts: &[crate::knowledge::Fact],
) -> Chunk {
    let mut chunk = Chunk {
        words: Vec::new(),
        terms: Vec::new(),
        tf: Vec::new(),
        facts: Vec::with_capacity(facts.len()),
    };
    // Each distinct word is stemmed once per run.
    let mut word_term: FxHashMap<String, u32> = FxHashMap::default();
    let mut term_no: FxHashMap<String, u32> = FxHashMap::default();
    let mut text = String::new();
    for f in facts {
        text.clear();
        for part in [Some(&f.answer), f.quote.as_ref()].into_iter().flatten() {
            text.push_str(part);
            text.push(' ');
        }
        let mut toks = tokenize(&text);
        // Keywords are words to match, not what the fact says: a keyword
        // "court" does not make "on trial on charges…" tell where.
        let said = toks.len();
        text.clear();
        for kw in &f.keywords {
            text.push_str(kw);
            text.push(' ');
        }
        toks.extend(tokenize(&text));
        let first = chunk.tf.len();
        let mut len = 0u32;
        for (i, t) in toks.iter().enumerate() {
            if is_stop(&t.text) || phrasal_particle(&toks, i) {
                continue;
            }
            // "broke out" is indexed as "start" (the particle is dropped).
            let word = phrasal(&toks, i).unwrap_or(&t.text);
            let id = match word_term.get(word) {
                Some(&id) => id,
                None => {
                    chunk.words.push(t.text.clone());
                    if word != t.text {
                        chunk.words.push(word.to_string());
                    }
                    let next = chunk.terms.len() as u32;
                    let term = ix.term(word);
                    let id = *term_no.entry(term.clone()).or_insert(next);
                    if id == next {
                        chunk.terms.push(term);
                    }
                    word_term.insert(word.to_string(), id);
                    id
                }
            };
            match chunk.tf[first..].iter_mut().find(|(i, _)| *i == id) {
                Some((_, n)) => *n = n.saturating_add(1),
                None => chunk.tf.push((id, 1)),
            }
            len += 1;
        }
        let mut ents: Vec<u32> = f
            .subjects
            .iter()
            .filter_map(|s| entity_pos.get(s.as_str()).copied())
            .collect();
        for l in ix.link(&toks) {
            if !ents.contains(&l.entity) {
                ents.push(l.entity);
            }
        }
        chunk.facts.push(FactTerms {
            terms: chunk.tf.len() - first,
            len,
            ents,
            cues: text_cues(&toks[..said]),
            future: future_cue(&toks),
            unknown: states_unknown(&toks),
            reported: dated_by_report(&toks[..said]),
            leans_back: leans_back(&f.answer),
            personal: toks[..said]
                .iter()
                .any(|t| PERSONAL_PRONOUNS.contains(&t.text.as_str())),
        });
    }
    chunk
}

/// Words that point back to the sentence before ("This was crushed by
/// British troops", "These included…").
const ANAPHORS: &[&str] = &[
    "this", "these", "that", "those", "it", "its", "they", "their", "them", "he", "his", "she",
    "her", "such",
];

/// Whether a fact's sentence only makes sense with the one before it: it
/// opens with a word pointing back, or it is a fragment starting lower-case.
pub(crate) fn leans_back(text: &str) -> bool {
    let word = first_word(text);
    word.starts_with(char::is_lowercase) || ANAPHORS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The letters a text opens with, up to the first character that is not
/// one ("This" of "This was…", "" of "\"It…").
pub(crate) fn first_word(text: &str) -> &str {
    let text = text.trim_start();
    let end = text
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

#[derive(Debug, Clone, Default)]
pub struct Index {
    pub synonyms: Synonyms,
    /// Index term → term number.
    terms: FxHashMap<String, u32>,
    /// Per term number: the facts containing it, by fact number.
    postings: Vec<Vec<Posting>>,
    doc_len: Vec<u32>,
    avg_len: f32,
    /// Story words, for typo correction.
    pub vocab: FuzzyIndex,
    /// Alias words, for typo correction of names.
    pub names: FuzzyIndex,
    aliases: FxHashMap<String, u32>,
    max_alias_tokens: usize,
    /// Per fact: the entities it is about (subjects first, then named ones).
    pub fact_entities: Vec<Vec<u32>>,
    /// Per entity: the facts about it.
    pub entity_facts: Vec<Vec<u32>>,
    /// Per entity: the facts about it first of all (their first subject).
    pub entity_primary: Vec<Vec<u32>>,
    /// Per entity: whether it is a person.
    pub entity_person: Vec<bool>,
    /// Per person: the term numbers of the words of their name and
    /// aliases that some fact has ([`Index::name_terms`]).
    name_terms: Vec<Vec<u32>>,
    /// Each word of a person's role (folded tokens), and the people whose
    /// role has it, in entity order: "who is the foreign minister" and
    /// "what did the Kremlin say" look people up by role without reading
    /// every role.
    /// People by the terms of their roles ([`Index::role_holders`]).
    role_words: FxHashMap<String, Vec<u32>>,
    /// Every alias word, for spotting names among question words.
    alias_words: FxHashSet<String>,
    /// The first words of aliases: where a name can start.
    alias_starts: FxHashSet<String>,
    /// Per fact: the position of its source in `Knowledge::sources`.
    pub fact_source: Vec<Option<u32>>,
    /// Per fact: what ranking reads.
    pub rows: Vec<FactRow>,
    /// Per fact: when it happened, its own date or else when it was reported.
    pub when: Vec<StoryDate>,
    /// Per fact: the date of its source article.
    pub reported: Vec<StoryDate>,
    /// More than one source date: answers may need an "as of".
    pub dated_sources: bool,
    /// Per fact: its term numbers, back to back; fact `d`'s end where
    /// `fact_terms_at[d]` says, and start where fact `d - 1` ends (for
    /// matching by meaning, [`Index::fact_terms`]).
    fact_terms: Vec<u32>,
    fact_terms_at: Vec<u32>,
    /// Per term number: its word vector ([`super::wordvec`]), or [`NO_VEC`].
    term_vec: Vec<u32>,
}

/// [`Index::term_vec`] of a term without a word vector.
const NO_VEC: u32 = u32::MAX;

impl Index {
    pub fn build(k: &Knowledge) -> Self {
        let mut ix = Index {
            synonyms: Synonyms::new(&k.synonyms),
            ..Default::default()
        };
        let entity_pos: FxHashMap<&str, u32> = k
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as u32))
            .collect();
        ix.entity_person = k
            .entities
            .iter()
            .map(|e| e.kind == EntityKind::Person)
            .collect();
        for (i, e) in k.entities.iter().enumerate() {
            if e.kind == EntityKind::Person
                && let Some(role) = &e.role
            {
                // Each word, and a title's letters too: "Chief Financial
                // Officer" is held under "chief" and "cfo".
                let toks = tokenize(role);
                let words = toks
                    .iter()
                    .map(|t| t.text.as_str())
                    .chain((0..toks.len()).filter_map(|j| phrasal(&toks, j)));
                for w in words {
                    if is_stop(w) {
                        continue;
                    }
                    let people = ix.role_words.entry(ix.term(w)).or_default();
                    if people.last() != Some(&(i as u32)) {
                        people.push(i as u32);
                    }
                }
            }
            for a in std::iter::once(&e.name).chain(&e.aliases) {
                let toks = tokenize(a);
                if toks.is_empty() {
                    continue;
                }
                ix.max_alias_tokens = ix.max_alias_tokens.max(toks.len());
                ix.alias_starts.insert(toks[0].text.clone());
                for t in &toks {
                    ix.names.insert(&t.text, 1.0);
                    ix.alias_words.insert(t.text.clone());
                }
                let phrase: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
                ix.aliases.insert(phrase.join(" "), i as u32);
            }
        }
        ix.entity_facts = vec![Vec::new(); k.entities.len()];
        ix.entity_primary = vec![Vec::new(); k.entities.len()];
        let mut total = 0u64;
        // Tokenising, stemming and linking are the cost of indexing: done
        // on every core over contiguous runs of facts, each numbering its
        // terms itself; the runs are then merged in fact order, numbering
        // new terms (and adding new words to the vocabulary) in the order
        // a single pass would meet them, so the index is the same.
        let chunks = crate::par::map_chunks(&k.facts, |facts| analyse(&ix, &entity_pos, facts));
        let mut future: Vec<bool> = Vec::with_capacity(k.facts.len());
        let mut unknown: Vec<bool> = Vec::with_capacity(k.facts.len());
        let mut by_report: Vec<bool> = Vec::with_capacity(k.facts.len());
        let mut personal: Vec<bool> = Vec::with_capacity(k.facts.len());
        let mut cues: Vec<KindSet> = Vec::with_capacity(k.facts.len());
        let mut global: Vec<u32> = Vec::new();
        let mut fi = 0u32;
        for chunk in chunks {
            for w in &chunk.words {
                ix.vocab.insert(w, 1.0);
            }
            global.clear();
            for term in chunk.terms {
                let next = ix.postings.len() as u32;
                let id = *ix.terms.entry(term).or_insert(next);
                if id == next {
                    ix.postings.push(Vec::new());
                }
                global.push(id);
            }
            let mut tf = chunk.tf.iter();
            for fact in chunk.facts {
                total += u64::from(fact.len);
                ix.doc_len.push(fact.len);
                let short = u16::try_from(fact.len).unwrap_or(LONG_FACT);
                let own_from = ix.fact_terms.len();
                for &(local, n) in tf.by_ref().take(fact.terms) {
                    ix.fact_terms.push(global[local as usize]);
                    ix.postings[global[local as usize] as usize].push(Posting {
                        fact: fi,
                        tf: n,
                        len: short,
                    });
                }
                // A sentence that leans on the one before ("This was
                // crushed by…") is also found by that sentence's words:
                // context postings, with no frequency.
                let prev = fi.checked_sub(1).map(|p| p as usize);
                let same_paragraph = prev.is_some_and(|p| {
                    let (a, b) = (&k.facts[p], &k.facts[fi as usize]);
                    a.source == b.source && a.paragraph.is_some() && a.paragraph == b.paragraph
                });
                if fact.leans_back && same_paragraph {
                    let own = &ix.fact_terms[own_from..];
                    let before: Vec<u32> = ix
                        .fact_terms(fi - 1)
                        .iter()
                        .copied()
                        .filter(|u| !own.contains(u))
                        .collect();
                    for u in before {
                        ix.postings[u as usize].push(Posting {
                            fact: fi,
                            tf: 0,
                            len: short,
                        });
                    }
                }
                for &e in &fact.ents {
                    ix.entity_facts[e as usize].push(fi);
                }
                if let Some(&e) = fact.ents.first() {
                    ix.entity_primary[e as usize].push(fi);
                }
                ix.fact_terms_at
                    .push(u32::try_from(ix.fact_terms.len()).unwrap_or(u32::MAX));
                ix.fact_entities.push(fact.ents);
                cues.push(fact.cues);
                future.push(fact.future);
                unknown.push(fact.unknown);
                by_report.push(fact.reported);
                personal.push(fact.personal);
                fi += 1;
            }
        }
        ix.name_terms = k
            .entities
            .iter()
            .map(|e| {
                if e.kind != EntityKind::Person {
                    return Vec::new();
                }
                // (not a name word in a synonym group: "Key" of John Key
                // would stand for "main" and "important")
                let mut ids: Vec<u32> = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .flat_map(|a| tokenize(a))
                    .filter(|t| t.text.len() > 2 && !is_stop(&t.text))
                    .filter_map(|t| {
                        let own = stem(&t.text);
                        let term = ix.synonyms.canon(&own);
                        (term == own).then(|| ix.terms.get(term).copied()).flatten()
                    })
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            })
            .collect();
        let vecs = super::wordvec::table();
        ix.term_vec = vec![NO_VEC; ix.postings.len()];
        for (term, &id) in &ix.terms {
            if let Some(v) = vecs.find(term) {
                ix.term_vec[id as usize] = v;
            }
        }
        let mut dates: Vec<StoryDate> = k.sources.iter().map(|s| s.date).collect();
        dates.sort();
        dates.dedup();
        ix.dated_sources = dates.len() > 1;
        // Looked up once per fact: a scan over sources here made indexing
        // quadratic (BENCHMARKS.md, 100k facts).
        let source_pos: FxHashMap<&str, u32> = k
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i as u32))
            .collect();
        const NO_DATE: StoryDate = StoryDate {
            year: 0,
            month: None,
            day: None,
        };
        // Each article's lede: its first fact of its first paragraph, when
        // it has more than one paragraph.
        let mut first_para: FxHashMap<&str, (u32, u32, bool)> = FxHashMap::default();
        for (fi, f) in k.facts.iter().enumerate() {
            let Some(p) = f.paragraph else { continue };
            let e = first_para
                .entry(f.source.as_str())
                .or_insert((p, fi as u32, false));
            if p != e.0 {
                e.2 = true;
            }
            if p < e.0 {
                *e = (p, fi as u32, true);
            }
        }
        for (fi, f) in k.facts.iter().enumerate() {
            let lede = first_para
                .get(f.source.as_str())
                .is_some_and(|&(_, first, several)| several && first == fi as u32);
            let pos = source_pos.get(f.source.as_str()).copied();
            ix.fact_source.push(pos);
            let reported = pos.map_or(NO_DATE, |i| k.sources[i as usize].date);
            let rank = dates.binary_search(&reported).unwrap_or(0);
            let about = ix.fact_entities[fi].first().copied();
            let about_person = about.is_some_and(|e| {
                k.entities
                    .get(e as usize)
                    .is_some_and(|e| e.kind == EntityKind::Person)
            });
            let future = future[fi] || f.date.is_some_and(|d| d > reported);
            let flags = if about_person { ABOUT_PERSON } else { 0 }
                | if f.date.is_some() { DATED } else { 0 }
                | if future { FUTURE } else { 0 }
                | if unknown[fi] { UNKNOWN } else { 0 }
                | if by_report[fi] { REPORTED } else { 0 }
                | if personal[fi] { PERSONAL } else { 0 }
                | if lede { LEDE } else { 0 };
            // An entity number is a position in `Knowledge::entities`,
            // which never holds u32::MAX of them.
            let about = about.unwrap_or(NO_ENTITY);
            ix.rows.push(FactRow {
                kinds: KindSet::of(&f.kinds),
                cues: cues[fi],
                about,
                recency: if dates.len() > 1 {
                    rank as f32 / (dates.len() - 1) as f32
                } else {
                    1.0
                },
                flags,
            });
            ix.when.push(f.date.unwrap_or(reported));
            ix.reported.push(reported);
        }
        ix.avg_len = if k.facts.is_empty() {
            1.0
        } else {
            (total as f32 / k.facts.len() as f32).max(1.0)
        };
        ix
    }

    /// The people whose role has this word (a folded question token), or
    /// a word of the same term ("heads" for "head", "chief" for "head").
    pub fn role_holders(&self, word: &str) -> &[u32] {
        self.role_words
            .get(&self.term(word))
            .map_or(&[], Vec::as_slice)
    }

    /// The index term of a folded word: its stem, mapped through synonyms.
    pub fn term(&self, word: &str) -> String {
        self.synonyms.canon(&stem(word)).to_string()
    }

    /// The term number of an index term, if any fact contains it.
    pub fn term_id(&self, term: &str) -> Option<u32> {
        self.terms.get(term).copied()
    }

    /// The term numbers of fact `d`, each once.
    pub fn fact_terms(&self, d: u32) -> &[u32] {
        let d = d as usize;
        let at = |i: usize| self.fact_terms_at.get(i).map_or(0, |&x| x as usize);
        let start = if d == 0 { 0 } else { at(d - 1) };
        self.fact_terms.get(start..at(d)).unwrap_or(&[])
    }

    /// The term numbers of the words of person `e`'s name and aliases
    /// that some fact has ("khan" of Kublai Khan); none for others.
    pub fn name_terms(&self, e: u32) -> &[u32] {
        self.name_terms.get(e as usize).map_or(&[], Vec::as_slice)
    }

    /// The word vector of term number `id`, if it has one.
    pub fn term_vec(&self, id: u32) -> Option<u32> {
        self.term_vec
            .get(id as usize)
            .copied()
            .filter(|&v| v != NO_VEC)
    }

    /// Whether any fact contains the term.
    pub fn has_term(&self, term: &str) -> bool {
        self.terms.contains_key(term)
    }

    /// Whether entity `e` is a person.
    pub fn is_person(&self, e: u32) -> bool {
        self.entity_person.get(e as usize).copied().unwrap_or(false)
    }

    pub fn is_alias_word(&self, word: &str) -> bool {
        self.alias_words.contains(word)
    }

    /// Inverse document frequency (BM25's, floored at a small positive value).
    /// A term no fact contains gets the largest value: an unknown word is specific.
    pub fn idf(&self, term: &str) -> f32 {
        let n = self.doc_len.len() as f32;
        let df = self.postings(term).len() as f32;
        (((n - df + 0.5) / (df + 0.5)) + 1.0).ln().max(0.05)
    }

    /// The facts containing a term, with its frequency in each, by fact
    /// number (ascending, so membership is a binary search).
    pub fn postings(&self, term: &str) -> &[Posting] {
        self.terms
            .get(term)
            .and_then(|&i| self.postings.get(i as usize))
            .map_or(&[], Vec::as_slice)
    }

    /// BM25 contribution of a term with inverse document frequency `idf`
    /// for one of its postings.
    pub fn bm25(&self, idf: f32, p: &Posting) -> f32 {
        let len = if p.len == LONG_FACT {
            self.doc_len[p.fact as usize]
        } else {
            u32::from(p.len)
        };
        let tf = f32::from(p.tf);
        let norm = K1 * (1.0 - B + B * len as f32 / self.avg_len);
        idf * tf * (K1 + 1.0) / (tf + norm)
    }

    /// Finds entity names in tokens: longest alias phrase first, left to right.
    /// An alias that is also a common word ("US" / "us") counts only when written
    /// in capitals.
    pub fn link(&self, tokens: &[Token]) -> Vec<Link> {
        let mut out = Vec::new();
        let mut phrase = String::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut found = None;
            if self.alias_starts.contains(tokens[i].text.as_str()) {
                phrase.clear();
                for len in 1..=self.max_alias_tokens.min(tokens.len() - i) {
                    if len > 1 {
                        phrase.push(' ');
                    }
                    phrase.push_str(&tokens[i + len - 1].text);
                    if let Some(&e) = self.aliases.get(phrase.as_str()) {
                        if len == 1 && is_stop(&phrase) && !tokens[i].all_caps {
                            continue;
                        }
                        found = Some((e, len));
                    }
                }
            }
            match found {
                Some((entity, len)) => {
                    out.push(Link {
                        entity,
                        start: i,
                        end: i + len,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}
