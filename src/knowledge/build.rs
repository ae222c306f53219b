//! Drafting knowledge from raw article text: `storybot build`.
//!
//! ```text
//! article text ─▶ paragraphs ─▶ sentences (+ pull-quote attributions)
//!              ─▶ names, roles, dates per sentence ─▶ entities (linked, reused)
//!              ─▶ one fact per sentence + one role fact per person ─▶ TOML text
//! ```
//! The extraction is pure ([`draft`] takes the text and a default date, never
//! the clock or the disk); [`build_new`] and [`build_into`] add the file
//! handling. What a draft guarantees:
//! - it is in the loader's format and passes validation on its own (or
//!   together with the file it is appended to) — [`build_new`] and
//!   [`build_into`] check this before they write anything;
//! - the article text is inline, so the file works wherever it is written;
//! - ids are stable: `<source>-p<paragraph>-s<sentence>` for facts, kebab
//!   names for entities, the file name (without a leading date) for sources;
//! - every inferred value carries a `# guessed:` comment.
//!
//! Submodules hold the pieces, each with its own tests: [`sentences`],
//! [`names`], [`dates`], [`entities`], [`facts`], [`emit`], and
//! [`timeline`] (dated facts of any knowledge, oldest first).

pub mod dates;
pub mod emit;
pub mod entities;
pub mod facts;
pub mod lexicon;
pub mod names;
pub mod sentences;
pub mod text;
pub mod timeline;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::load::{self, Files, LoadError};
use super::{Article, EntityKind, FactKind, Knowledge, StoryDate};
use emit::{EntityOut, FactOut, SourceOut};
use entities::{MentionRef, Registry};
use facts::EntitySpan;
use names::{Mention, RoleFound, STRONG, Vote};
use text::{kebab, squash, tokens};

/// One article to draft from.
#[derive(Debug, Clone)]
pub struct ArticleInput {
    /// The raw text, with or without a `date YYYY-MM-DD Title` first line.
    pub text: String,
    /// The file name without extension: the source id and fallback title.
    pub stem: String,
    /// The date to use when the text has no header.
    pub default_date: StoryDate,
    /// Where the default date came from, for the `# guessed:` comment.
    pub default_date_note: String,
}

/// A drafted knowledge fragment and what it adds.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// `[[sources]]`, `[[entities]]` and `[[facts]]` tables, ready to append.
    pub toml: String,
    pub sources: Vec<String>,
    /// Ids of the entities drafted.
    pub entities: Vec<String>,
    /// Ids of existing entities the new facts point at.
    pub reused: Vec<String>,
    pub facts: Vec<String>,
}

/// Why a draft could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(
        "source `{0}` already exists in the knowledge (rename the article file to add it again)"
    )]
    SourceExists(String),
    #[error("{0}: the article has no text")]
    Empty(String),
    /// Not one sentence made a fact: knowledge without facts answers
    /// nothing, and the loader refuses it.
    #[error("{0}: no sentence in the article could be made into a fact")]
    NoFacts(String),
    #[error("the draft does not pass validation — please report this as a bug:\n{0}")]
    Invalid(LoadError),
    #[error("cannot load the existing knowledge:\n{0}")]
    Existing(LoadError),
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

fn io_err(path: &Path, e: impl std::fmt::Display) -> BuildError {
    BuildError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// A sentence (or a clause of a long one) that may become a fact.
#[derive(Debug)]
struct Unit {
    para: u32,
    sent: u32,
    text: String,
    mentions: Vec<Mention>,
    kind: UnitKind,
}

#[derive(Debug, Clone)]
enum UnitKind {
    Plain,
    /// Words of a pull quote; the attribution is the unit at this index.
    Quoted(usize),
    /// "Name role words" closing a pull quote; mention 0 is the speaker.
    Attribution {
        role: String,
    },
}

/// The source id for a file stem: kebab-case, without a leading date.
///
/// ```
/// use storybot::knowledge::build::source_id;
/// assert_eq!(source_id("2022-12-08-griner-freed"), "griner-freed");
/// assert_eq!(source_id("My Article"), "my-article");
/// assert_eq!(source_id("2022-12-08"), "2022-12-08");
/// assert_eq!(source_id("%%"), "article");
/// ```
pub fn source_id(stem: &str) -> String {
    let b = stem.as_bytes();
    let dated = b.len() > 11
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && matches!(b[10], b'-' | b'_' | b' ' | b'.');
    let rest = if dated { &stem[11..] } else { stem };
    let id = kebab(rest);
    if !id.is_empty() {
        return id;
    }
    let id = kebab(stem);
    if id.is_empty() { "article".into() } else { id }
}

/// Drafts knowledge from articles. `existing` is the knowledge the draft
/// will be appended to: its entities are reused (by alias) and its ids
/// avoided; a source id it already has is refused.
pub fn draft(articles: &[ArticleInput], existing: Option<&Knowledge>) -> Result<Draft, BuildError> {
    let mut registry = Registry::new(existing);
    let mut source_ids: HashSet<String> = existing
        .map(|k| k.sources.iter().map(|s| s.id.clone()).collect())
        .unwrap_or_default();
    let mut fact_ids: HashSet<String> = existing
        .map(|k| k.facts.iter().map(|f| f.id.clone()).collect())
        .unwrap_or_default();
    let mut out = Draft::default();
    for input in articles {
        let base = source_id(&input.stem);
        let mut id = base.clone();
        if existing.is_some_and(|k| k.source(&id).is_some()) {
            return Err(BuildError::SourceExists(id));
        }
        let mut n = 2;
        while source_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        source_ids.insert(id.clone());
        let (src, ents, facts, reused) = draft_article(input, &id, &mut registry, &mut fact_ids)?;
        if !out.toml.is_empty() {
            out.toml.push('\n');
        }
        out.toml.push_str(&emit::article(&src, &ents, &facts));
        out.sources.push(id);
        out.entities.extend(ents.into_iter().map(|e| e.id));
        out.facts.extend(facts.into_iter().map(|f| f.id));
        for r in reused {
            if !out.reused.contains(&r) {
                out.reused.push(r);
            }
        }
    }
    if out.facts.is_empty() && existing.is_none_or(|k| k.facts.is_empty()) {
        let names: Vec<&str> = articles.iter().map(|a| a.stem.as_str()).collect();
        return Err(BuildError::NoFacts(names.join(", ")));
    }
    Ok(out)
}

fn paragraph_units(para: &str, p: u32, units: &mut Vec<Unit>) {
    if sentences::is_heading(para) {
        return;
    }
    let attribution = sentences::find_attribution(para);
    let region = attribution
        .as_ref()
        .map_or(0..para.len(), |a| a.quote.clone());
    let first = units.len();
    let mut n = 0;
    for r in sentences::split_sentences(&para[region.clone()]) {
        let r = region.start + r.start..region.start + r.end;
        for piece in facts::pieces(&para[r.clone()]) {
            let text = para[r.start + piece.start..r.start + piece.end].to_string();
            if !text.chars().any(char::is_alphanumeric) {
                continue;
            }
            n += 1;
            units.push(Unit {
                para: p,
                sent: n,
                text,
                mentions: Vec::new(),
                kind: UnitKind::Plain,
            });
        }
    }
    if let Some(a) = attribution {
        let at = units.len();
        for u in &mut units[first..] {
            u.kind = UnitKind::Quoted(at);
        }
        let text = para[a.name.start..a.role.end].to_string();
        let name = squash(&para[a.name.clone()]);
        let role = squash(&para[a.role.clone()]);
        let off = a.role.start - a.name.start;
        let mut mentions = vec![Mention {
            span: 0..a.name.len(),
            words: name.split_whitespace().count(),
            name,
            votes: vec![Vote {
                kind: EntityKind::Person,
                strength: STRONG,
                why: "speaker of a pull quote".into(),
            }],
            role: Some(RoleFound {
                role: role.clone(),
                why: "pull-quote attribution",
            }),
            initial: false,
            acronym: None,
            speaks: true,
        }];
        for mut m in names::mentions(&para[a.role.clone()]) {
            m.span = m.span.start + off..m.span.end + off;
            m.initial = false;
            mentions.push(m);
        }
        n += 1;
        units.push(Unit {
            para: p,
            sent: n,
            text,
            mentions,
            kind: UnitKind::Attribution { role },
        });
    }
}

type ArticleDraft = (SourceOut, Vec<EntityOut>, Vec<FactOut>, Vec<String>);

/// The speaker of each sentence of a quotation whose attribution comes in
/// a later sentence of the paragraph: "“We are devastated. We will not
/// hide …,” Sand said." makes both sentences Sand's. `None` for the rest.
fn speakers_ahead(units: &[Unit], per_unit: &[Vec<EntitySpan>]) -> Vec<Option<usize>> {
    // Whether a quotation is open after each sentence: “ opens, ” closes,
    // a straight mark turns it over; a new paragraph starts closed.
    let mut open_after: Vec<bool> = Vec::with_capacity(units.len());
    for (ui, u) in units.iter().enumerate() {
        let mut open = ui > 0 && units[ui - 1].para == u.para && open_after[ui - 1];
        for c in u.text.chars() {
            match c {
                '“' => open = true,
                '”' => open = false,
                '"' => open = !open,
                _ => {}
            }
        }
        open_after.push(open);
    }
    (0..units.len())
        .map(|ui| {
            if !open_after[ui] || !matches!(units[ui].kind, UnitKind::Plain) {
                return None;
            }
            // The sentence that closes the quotation speaks for it.
            let para = units[ui].para;
            let close = (ui + 1..units.len())
                .take_while(|&j| units[j].para == para && matches!(units[j].kind, UnitKind::Plain))
                .find(|&j| !open_after[j])?;
            let toks = tokens(&units[close].text);
            facts::speaker(&toks, &per_unit[close], None).or_else(|| {
                // "“The surface is rough. There are boulders,” he said.":
                // "he" is who the paragraph named before the quotation.
                let before = (0..ui)
                    .rev()
                    .take_while(|&j| units[j].para == para)
                    .find_map(|j| {
                        per_unit[j]
                            .iter()
                            .find(|e| e.kind == EntityKind::Person)
                            .map(|e| e.entity)
                    })?;
                facts::speaker(&toks, &per_unit[close], Some(before))
            })
        })
        .collect()
}

fn draft_article(
    input: &ArticleInput,
    src_id: &str,
    registry: &mut Registry,
    fact_ids: &mut HashSet<String>,
) -> Result<ArticleDraft, BuildError> {
    let raw = input
        .text
        .trim_start_matches('\u{feff}')
        .replace("\r\n", "\n");
    let article = Article::parse(&raw);
    if article.paragraphs.is_empty() {
        return Err(BuildError::Empty(input.stem.clone()));
    }
    let date = article.date.unwrap_or(input.default_date);
    let art_day = date
        .to_naive()
        .unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default());

    let mut units: Vec<Unit> = Vec::new();
    for (i, para) in article.paragraphs.iter().enumerate() {
        paragraph_units(para, i as u32 + 1, &mut units);
    }
    for u in &mut units {
        if !matches!(u.kind, UnitKind::Attribution { .. }) {
            u.mentions = names::mentions(&u.text);
        }
    }
    let mut lower_words = HashSet::new();
    for p in &article.paragraphs {
        for t in tokens(p) {
            if t.lowercase() {
                lower_words.insert(t.lower());
            }
        }
    }
    let refs: Vec<MentionRef> = units
        .iter()
        .enumerate()
        .flat_map(|(ui, u)| u.mentions.iter().map(move |m| MentionRef { unit: ui, m }))
        .collect();
    let (resolved, new_entities) = entities::resolve(registry, &refs, &lower_words, src_id);
    let mut per_unit: Vec<Vec<EntitySpan>> = units.iter().map(|_| Vec::new()).collect();
    let mut role_mentions: Vec<Vec<Option<usize>>> = units.iter().map(|_| Vec::new()).collect();
    for (r, e) in refs.iter().zip(&resolved) {
        if r.m.role.is_some() {
            role_mentions[r.unit].push(*e);
        }
        if let Some(e) = *e {
            per_unit[r.unit].push(EntitySpan {
                span: r.m.span.clone(),
                entity: e,
                kind: registry.known[e].kind,
            });
        }
    }
    let display = |e: usize| -> String {
        let known = &registry.known;
        let k = &known[e];
        if k.kind == EntityKind::Organisation
            && !k.name.chars().all(|c| !c.is_lowercase())
            && !k.name.starts_with("The ")
        {
            format!("the {}", k.name)
        } else {
            k.name.clone()
        }
    };
    let mut unique_id = |id: String| -> String {
        let mut out = id.clone();
        let mut n = 2;
        while fact_ids.contains(&out) {
            out = format!("{id}-{n}");
            n += 1;
        }
        fact_ids.insert(out.clone());
        out
    };

    let ahead = speakers_ahead(&units, &per_unit);
    let mut facts_out: Vec<FactOut> = Vec::new();
    let mut referenced: Vec<usize> = Vec::new();
    let known = &registry.known;
    let mut last_person: Option<usize> = None;
    let mut last_thing: Option<usize> = None;
    // The speaker of the last sentence if it quoted them, with its paragraph.
    let mut quote_speaker: Option<(u32, usize)> = None;
    // The head noun of each organisation or place named so far ("party"
    // of "Liberal Democratic Party of Russia"), for "the party" later on.
    let mut heads: Vec<(String, usize)> = Vec::new();
    // How often each person has been named so far.
    let mut mentions: Vec<usize> = vec![0; known.len()];
    // Whether each person is a man (`Some(true)`) or a woman, when the
    // story's words tell ([`lexicon::male_word`]), and the people named so
    // far, the latest last: "Her husband, the painter Olav Strand, died.
    // She is survived by …" is not Strand.
    let mut male: Vec<Option<bool>> = known
        .iter()
        .map(|k| {
            k.role.as_deref().and_then(|r| {
                r.split_whitespace()
                    .find_map(|w| lexicon::male_word(&w.to_lowercase()))
            })
        })
        .collect();
    let mut recent: Vec<usize> = Vec::new();
    for (ui, u) in units.iter().enumerate() {
        let ents = &per_unit[ui];
        let toks = tokens(&u.text);
        let speaker_of = |at: usize| per_unit[at].first().map(|e| e.entity);
        let (speaker, quoted) = match &u.kind {
            UnitKind::Attribution { .. } => {
                if let Some(s) = speaker_of(ui) {
                    last_person = Some(s);
                }
                continue;
            }
            UnitKind::Quoted(at) => (speaker_of(*at), true),
            UnitKind::Plain => (None, false),
        };
        let lead = if quoted {
            None
        } else {
            facts::lead_pronoun(&u.text)
        };
        // "The diplomat added …": a role noun standing for the last person;
        // so does an age, "The 24-year-old has signed …".
        let lead_role = !quoted
            && toks.len() > 2
            && toks[0].is("The")
            && ((toks[1].lowercase() && lexicon::is_role_noun(&toks[1].lower()))
                || names::is_age(toks[1].text))
            && !ents.iter().any(|e| e.span.start < toks[2].start);
        // A pronoun stands for the last person named before the sentence,
        // unless the sentence names a person before it.
        let uses_pronoun = !quoted
            && facts::first_pronoun(&toks).is_some_and(|at| {
                !ents
                    .iter()
                    .any(|e| e.kind == EntityKind::Person && e.span.end <= at)
            });
        // A paragraph opening on "He"/"She" most often goes back to the
        // person the article is about, not to whoever spoke last: "Party
        // leader Slutsky said Bout's experience … would be useful. ¶ He was
        // arrested in Thailand in 2008" is Bout.
        let new_paragraph = ui == 0 || units[ui - 1].para != u.para;
        let protagonist = mentions
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .max_by_key(|&(e, &n)| (n, Some(e) == last_person))
            .map(|(e, _)| e)
            .filter(|&e| {
                Some(e) != last_person && mentions[e] >= 2 * last_person.map_or(0, |p| mentions[p])
            });
        for e in ents.iter().filter(|e| e.kind == EntityKind::Person) {
            if let Some(m) = sex_before(&toks, e.span.start)
                && let Some(slot) = male.get_mut(e.entity)
            {
                *slot = Some(m);
            }
        }
        let referent = if uses_pronoun || lead_role {
            match lead {
                Some(_) if new_paragraph && !lead_role => protagonist.or(last_person),
                _ => last_person,
            }
        } else {
            None
        };
        // "She" is no man: the latest person named who may be a woman.
        let pronoun = (uses_pronoun && !lead_role)
            .then(|| facts::pronoun_male(&toks))
            .flatten();
        let other_sex = |p: usize, m: bool| male.get(p).copied().flatten() == Some(!m);
        // (the person most named, if they may be; else the latest who may)
        let referent = match (referent, pronoun) {
            (Some(r), Some(m)) if other_sex(r, m) => {
                let most = recent.iter().copied().max_by_key(|&p| mentions[p]);
                most.filter(|&p| !other_sex(p, m)).or_else(|| {
                    recent
                        .iter()
                        .rev()
                        .copied()
                        .find(|&p| p != r && !other_sex(p, m))
                })
            }
            _ => referent,
        };
        let speaker = speaker
            .or_else(|| facts::speaker(&toks, ents, referent))
            .or(ahead[ui])
            .or_else(|| {
                // "“…,” said Rahman. “What we can do is …”": a quotation
                // going on from the one before, same paragraph, same voice.
                let opens_quote = u.text.starts_with(['“', '"']);
                quote_speaker
                    .filter(|&(p, _)| opens_quote && !quoted && p == u.para)
                    .map(|(_, s)| s)
            });
        let mut subjects: Vec<usize> = Vec::new();
        let push = |e: usize, v: &mut Vec<usize>| {
            if !v.contains(&e) {
                v.push(e);
            }
        };
        if let Some(s) = speaker {
            push(s, &mut subjects);
        }
        if (lead.is_some() || lead_role)
            && let Some(r) = referent
        {
            push(r, &mut subjects);
        }
        for e in ents {
            push(e.entity, &mut subjects);
        }
        let mut subjects_note = None;
        if let Some(r) = referent
            && !ents.iter().any(|e| e.entity == r)
        {
            push(r, &mut subjects);
            let what = if lead_role {
                "“The …” read as"
            } else {
                "a pronoun read as"
            };
            subjects_note = Some(format!("subjects ({what} {})", known[r].id));
        }
        // "it"/"its": the last thing the previous sentences were about.
        if !quoted
            && (toks
                .iter()
                .any(|t| matches!(t.lower().as_str(), "it" | "its"))
                || toks.first().is_some_and(|t| {
                    matches!(
                        t.lower().as_str(),
                        "this" | "these" | "they" | "their" | "such"
                    )
                }))
            && let Some(t) = last_thing
            && !subjects.contains(&t)
        {
            push(t, &mut subjects);
            subjects_note = Some(format!("subjects (“it” read as {})", known[t].id));
        }
        // "the party", "the museum": an organisation or place named
        // before by that head noun.
        if !quoted {
            for w in toks.windows(2) {
                if !(w[0].is("the") || w[0].is("The")) || !w[1].lowercase() {
                    continue;
                }
                let noun = w[1].lower();
                if let Some(&(_, e)) = heads.iter().rev().find(|(h, _)| *h == noun)
                    && !subjects.contains(&e)
                {
                    push(e, &mut subjects);
                    subjects_note =
                        Some(format!("subjects (“the {noun}” read as {})", known[e].id));
                }
            }
        }
        let found_dates = dates::find_dates(&toks, art_day);
        let date_spans: Vec<_> = found_dates.iter().map(|d| d.span.clone()).collect();
        // A drafted person's role gets a role fact of its own (below); the
        // sentence's fact is marked `role` only for roles left without one.
        let role_here = role_mentions[ui].iter().any(|e| {
            e.is_none_or(|e| {
                !new_entities.iter().any(|ne| {
                    ne.known == e && ne.role.is_some() && known[e].kind == EntityKind::Person
                })
            })
        });
        let person = subjects
            .iter()
            .any(|&e| known[e].kind == EntityKind::Person);
        let cues = facts::kinds(
            &toks,
            &u.text,
            ents,
            &date_spans,
            quoted || ahead[ui].is_some(),
            role_here,
            person,
        );
        let kinds: Vec<FactKind> = cues.iter().map(|(k, _)| *k).collect();
        quote_speaker = match speaker {
            Some(s) if u.text.contains(['“', '"']) && kinds.contains(&FactKind::Said) => {
                Some((u.para, s))
            }
            _ => None,
        };
        let cue_text: Vec<String> = cues
            .iter()
            .filter(|(_, c)| !c.is_empty())
            .map(|(k, c)| format!("{} {c}", emit::fact_kind_name(*k)))
            .collect();
        let kinds_note = if cue_text.is_empty() {
            "kinds".to_string()
        } else {
            format!("kinds ({})", cue_text.join("; "))
        };
        let (answer, answer_note) = match (&u.kind, speaker) {
            (UnitKind::Quoted(at), Some(s)) => {
                let role = match &units[*at].kind {
                    UnitKind::Attribution { role } => format!(", {role},"),
                    _ => String::new(),
                };
                let q = facts::close(squash(&u.text));
                (format!("{}{role} said: “{q}”", known[s].name), None)
            }
            _ => {
                let name = lead.and(referent).map(|r| known[r].name.clone());
                let note = match (lead, &name) {
                    (Some(p), Some(n)) => Some(format!("answer (“{p}” read as {n})")),
                    _ => None,
                };
                (facts::answer_text(&u.text, name.as_deref()), note)
            }
        };
        let date = found_dates.first().map(|d| {
            let words = squash(&u.text[d.span.clone()]);
            (
                d.date,
                format!("date (“{words}”, read against the article date {date})"),
            )
        });
        let question = match speaker {
            Some(s) if kinds.contains(&FactKind::Said) => {
                Some(format!("What did {} say?", display(s)))
            }
            _ => None,
        };
        referenced.extend(subjects.iter().copied());
        facts_out.push(FactOut {
            id: unique_id(format!("{src_id}-p{}-s{}", u.para, u.sent)),
            subjects: subjects.iter().map(|&e| known[e].id.clone()).collect(),
            subjects_note,
            kinds,
            kinds_note,
            answer,
            answer_note,
            quote: squash(&u.text),
            source: src_id.to_string(),
            paragraph: u.para,
            date,
            question,
            keywords: facts::age(&toks).map(|a| {
                (
                    vec!["age".to_string(), "old".to_string()],
                    format!("keywords (age “{a}”)"),
                )
            }),
        });
        if let Some(t) = ents.iter().find(|e| e.kind != EntityKind::Person) {
            last_thing = Some(t.entity);
        }
        for e in ents.iter().filter(|e| e.kind == EntityKind::Person) {
            if let Some(n) = mentions.get_mut(e.entity) {
                *n += 1;
            }
            recent.retain(|&p| p != e.entity);
            recent.push(e.entity);
        }
        for e in ents.iter().filter(|e| e.kind != EntityKind::Person) {
            if let Some(h) = head_noun(&known[e.entity].name) {
                heads.retain(|(x, _)| *x != h);
                heads.push((h, e.entity));
            }
        }
        // The next "he"/"she" is most likely this sentence's speaker, or
        // else its subject (the first person named, not after a
        // preposition), rather than someone named in passing: "De Vries was
        // critical of the referee, Helen Marsh. He said …" is De Vries;
        // "… dominated by El Temür, Tugh Temür is known … He …" is Tugh Temür.
        if let Some(p) = speaker
            .filter(|&s| known[s].kind == EntityKind::Person)
            .or_else(|| {
                let persons = || ents.iter().filter(|e| e.kind == EntityKind::Person);
                persons()
                    .find(|e| !facts::after_preposition(&u.text, e.span.start))
                    .or_else(|| persons().next())
                    .map(|e| e.entity)
            })
        {
            last_person = Some(p);
        }
    }

    // One role fact per drafted person with a role.
    for ne in &new_entities {
        let k = &known[ne.known];
        let Some((role, ui)) = &ne.role else { continue };
        if k.kind != EntityKind::Person {
            continue;
        }
        let u = &units[*ui];
        let mut subjects = vec![k.id.clone()];
        for e in &per_unit[*ui] {
            let other = &known[e.entity];
            if other.kind != EntityKind::Person
                && role.role.contains(&other.name)
                && !subjects.contains(&other.id)
            {
                subjects.push(other.id.clone());
            }
        }
        facts_out.push(FactOut {
            id: unique_id(format!("{src_id}-{}-role", k.id)),
            subjects,
            subjects_note: None,
            kinds: vec![FactKind::Who, FactKind::Role],
            kinds_note: format!("kinds ({})", role.why),
            answer: facts::role_answer(&k.name, &role.role),
            answer_note: Some("answer (role sentence)".into()),
            quote: squash(&u.text),
            source: src_id.to_string(),
            paragraph: u.para,
            date: None,
            question: Some(format!("Who is {}?", k.name)),
            // "What nationality is Hartmann?" of "a German logistics
            // coordinator": the role tells it, though it never says so.
            keywords: facts::demonym(&role.role).map(|d| {
                (
                    vec!["nationality".to_string()],
                    format!("keywords (nationality “{d}”)"),
                )
            }),
        });
    }

    let entities_out: Vec<EntityOut> = new_entities
        .iter()
        .map(|ne| {
            let k = &known[ne.known];
            EntityOut {
                id: k.id.clone(),
                name: k.name.clone(),
                kind: k.kind,
                kind_note: ne.kind_why.clone(),
                aliases: ne.aliases.clone(),
                role: ne.role.as_ref().map(|(r, ui)| {
                    (
                        r.role.clone(),
                        format!("{}, paragraph {}", r.why, units[*ui].para),
                    )
                }),
                source: ne.source.clone(),
            }
        })
        .collect();
    let mut reused = Vec::new();
    for e in referenced {
        if known[e].existing && !reused.contains(&known[e].id) {
            reused.push(known[e].id.clone());
        }
    }
    let source = SourceOut {
        id: src_id.to_string(),
        title: article.title.clone().unwrap_or_else(|| input.stem.clone()),
        title_note: article
            .title
            .is_none()
            .then(|| "title (the file name; the text has no `date YYYY-MM-DD Title` line)".into()),
        date,
        date_note: article.date.is_none().then(|| {
            format!(
                "date ({}; the text has no date line)",
                input.default_date_note
            )
        }),
        text: raw.trim_end().to_string(),
    };
    Ok((source, entities_out, facts_out, reused))
}

/// Knowledge text held in memory, for validating a draft before writing
/// it; other files (articles named by `file = …`) come from disk, if any.
struct DraftFiles {
    name: PathBuf,
    text: String,
    disk: Option<load::DiskFiles>,
}

impl Files for DraftFiles {
    fn read(&self, rel: &Path) -> Result<String, String> {
        match &self.disk {
            _ if rel == self.name => Ok(self.text.clone()),
            Some(d) => d.read(rel),
            None => Err("a draft names no other file".into()),
        }
    }

    fn display(&self, rel: &Path) -> String {
        match &self.disk {
            Some(d) => d.display(rel),
            None => format!("(draft)/{}", rel.display()),
        }
    }
}

/// Validates knowledge text on its own (inline articles only).
pub fn check_text(toml: &str) -> Result<Knowledge, LoadError> {
    let name = PathBuf::from("draft.toml");
    let files = DraftFiles {
        name: name.clone(),
        text: toml.to_string(),
        disk: None,
    };
    load::load(&files, &[name])
}

/// Validates the text a knowledge file at `path` would have, reading the
/// articles it names from beside it, without writing anything.
pub fn check_text_at(path: &Path, toml: &str) -> Result<Knowledge, LoadError> {
    let (root, tomls) = super::discover(path)?;
    let name = tomls
        .into_iter()
        .next()
        .unwrap_or_else(|| PathBuf::from("draft.toml"));
    let files = DraftFiles {
        name: name.clone(),
        text: toml.to_string(),
        disk: Some(load::DiskFiles::new(root)),
    };
    load::load(&files, &[name])
}

/// Reads an article file. Without a date line, its modification date (or
/// 2000-01-01 when unknown) is the default date.
pub fn read_article(path: &Path) -> Result<ArticleInput, BuildError> {
    let bytes = std::fs::read(path).map_err(|e| io_err(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| io_err(path, format!("not UTF-8: {e}")))?;
    let stem = path
        .file_stem()
        .map_or_else(|| "article".into(), |s| s.to_string_lossy().into_owned());
    let modified = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .map(|t| chrono::DateTime::<chrono::Utc>::from(t).date_naive());
    let (default_date, note) = match modified.and_then(|d| {
        use chrono::Datelike;
        StoryDate::ymd(d.year(), d.month(), d.day())
    }) {
        Some(d) => (d, "the file's modification date"),
        None => (
            StoryDate {
                year: 2000,
                month: Some(1),
                day: Some(1),
            },
            "unknown; a placeholder",
        ),
    };
    Ok(ArticleInput {
        text,
        stem,
        default_date,
        default_date_note: note.into(),
    })
}

fn header(paths: &[PathBuf]) -> String {
    let names: Vec<String> = paths
        .iter()
        .map(|p| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    format!(
        "# Knowledge drafted by `storybot build` from: {}\n\
         # Values marked `# guessed:` were inferred by heuristics: check them, fix them,\n\
         # and drop the comment. `storybot check FILE` validates the file.\n",
        names.join(", ")
    )
}

/// Writes a file atomically and durably (see [`super::atomic`]): a crash
/// leaves the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), BuildError> {
    super::atomic::write_atomic(path, contents.as_bytes()).map_err(|e| io_err(path, e))
}

/// `storybot build ARTICLE... -o FILE`: drafts a new knowledge file. With
/// no output path, returns the text without writing it.
pub fn build_new(paths: &[PathBuf], output: Option<&Path>) -> Result<Draft, BuildError> {
    let inputs = paths
        .iter()
        .map(|p| read_article(p))
        .collect::<Result<Vec<_>, _>>()?;
    let mut d = draft(&inputs, None)?;
    d.toml = format!("{}\n{}", header(paths), d.toml);
    check_text(&d.toml).map_err(BuildError::Invalid)?;
    if let Some(out) = output {
        write_atomic(out, &d.toml)?;
    }
    Ok(d)
}

/// `storybot build ARTICLE... --into FILE`: appends drafted tables to an
/// existing knowledge file, leaving its bytes untouched before them. The
/// result is validated in memory (its `file = …` articles read from beside
/// the target) before it atomically replaces the file.
pub fn build_into(paths: &[PathBuf], into: &Path) -> Result<Draft, BuildError> {
    if !into.is_file() {
        return Err(io_err(
            into,
            "not a file: --into takes a knowledge .toml file",
        ));
    }
    let existing = super::load_path(into).map_err(BuildError::Existing)?;
    let inputs = paths
        .iter()
        .map(|p| read_article(p))
        .collect::<Result<Vec<_>, _>>()?;
    let d = draft(&inputs, Some(&existing))?;
    let old = std::fs::read_to_string(into).map_err(|e| io_err(into, e))?;
    let mut text = old.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&header(paths).replace("# Knowledge drafted", "# Added"));
    text.push('\n');
    text.push_str(&d.toml);
    check_text_at(into, &text).map_err(BuildError::Invalid)?;
    write_atomic(into, &text)?;
    Ok(Draft { toml: text, ..d })
}

/// The head noun of a name, lower-cased: the last word before "of", or the
/// last word ("Liberal Democratic Party of Russia" → "party", "Kessler
/// Museum" → "museum"); none for one-word names, which are no common noun.
fn head_noun(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let end = words.iter().position(|w| *w == "of").unwrap_or(words.len());
    if end < 2 {
        return None;
    }
    let head = words[end - 1].trim_matches(|c: char| !c.is_alphanumeric());
    (head.len() > 2 && head.chars().all(char::is_alphabetic)).then(|| head.to_lowercase())
}

/// Whether the words right before a name tell a man or a woman: a
/// relation or gendered noun, with only commas, articles and role nouns
/// between ("her son, Erik Halvorsen", "Her husband, the painter Olav
/// Strand").
fn sex_before(toks: &[text::Tok], at: usize) -> Option<bool> {
    for t in toks.iter().rev().filter(|t| t.end <= at) {
        let w = t.lower();
        if let Some(m) = lexicon::male_word(&w) {
            return Some(m);
        }
        let filler = matches!(w.as_str(), "," | "the" | "a" | "an")
            || (t.word
                && t.text.starts_with(|c: char| c.is_lowercase())
                && lexicon::is_role_noun(&w));
        if !filler {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(text: &str, stem: &str) -> ArticleInput {
        ArticleInput {
            text: text.into(),
            stem: stem.into(),
            default_date: "2021-05-04".parse().unwrap(),
            default_date_note: "test".into(),
        }
    }

    const ARTICLE: &str = "date 2023-03-10 Port reopens after storm\n\n\
        The port of Valdane reopened on Thursday, harbour master Ines Duarte said.\n\n\
        Repairs\n\n\
        Duarte said the storm in February damaged 14 cranes. She thanked the Coast Guard Agency for its help.\n\n\
        We worked day and night Ines Duarte harbour master of Valdane\n";

    #[test]
    fn draft_loads_and_validates() {
        let d = draft(&[input(ARTICLE, "2023-03-10-port-reopens")], None).unwrap();
        let k = check_text(&d.toml).unwrap_or_else(|e| panic!("{e}\n{}", d.toml));
        assert_eq!(k.sources[0].id, "port-reopens");
        let duarte = k.entity("ines-duarte").expect("entity");
        assert_eq!(duarte.kind, EntityKind::Person);
        assert!(duarte.aliases.iter().any(|a| a == "Duarte"));
        assert_eq!(duarte.role.as_deref(), Some("harbour master of Valdane"));
        // The heading (paragraph 2) gives no fact; paragraph 3 sentence 2 is about Duarte.
        assert!(k.facts.iter().all(|f| f.paragraph != Some(2)));
        let f = k.fact("port-reopens-p3-s2").unwrap();
        assert_eq!(f.subjects.first().map(String::as_str), Some("ines-duarte"));
        assert!(f.answer.starts_with("Ines Duarte thanked"));
        assert!(f.kinds.contains(&FactKind::Why));
        // Thursday before 2023-03-10 (a Friday).
        let f = k.fact("port-reopens-p1-s1").unwrap();
        assert_eq!(f.date.map(|d| d.to_string()).as_deref(), Some("2023-03-09"));
        // The pull quote is Duarte's.
        let f = k.fact("port-reopens-p4-s1").unwrap();
        assert_eq!(f.quote.as_deref(), Some("We worked day and night"));
        assert!(f.kinds.contains(&FactKind::Said));
        assert_eq!(f.subjects[0], "ines-duarte");
        assert!(d.toml.contains("# guessed:"));
    }

    #[test]
    fn a_quotation_before_its_attribution_is_the_speakers() {
        let text = "date 2020-10-27 Ferry strikes breakwater\n\n\
            Nine people died when the ferry struck a breakwater.\n\n\
            BIL chief executive Henrik Sand apologised to the families. \"We are devastated. \
            We have stopped every crossing. We will not hide from our responsibility,\" Sand \
            said in a statement. The company said it would pay for the funerals.\n";
        let d = draft(&[input(text, "2020-10-27-ferry")], None).unwrap();
        let k = check_text(&d.toml).unwrap_or_else(|e| panic!("{e}\n{}", d.toml));
        // Sentences 2 and 3 run ahead of "Sand said"; sentence 5 is not quoted.
        for id in ["ferry-p2-s2", "ferry-p2-s3", "ferry-p2-s4"] {
            let f = k.fact(id).unwrap_or_else(|| panic!("{id}\n{}", d.toml));
            assert_eq!(
                f.subjects.first().map(String::as_str),
                Some("henrik-sand"),
                "{id}"
            );
            assert!(f.kinds.contains(&FactKind::Said), "{id}");
        }
        let f = k.fact("ferry-p2-s5").unwrap();
        assert_ne!(f.subjects.first().map(String::as_str), Some("henrik-sand"));
    }

    #[test]
    fn headerless_text_uses_default_date_and_stem() {
        let d = draft(
            &[input(
                "Mia Holt opened a bakery in Leeds in June.\n",
                "bakery news",
            )],
            None,
        )
        .unwrap();
        let k = check_text(&d.toml).unwrap();
        assert_eq!(k.sources[0].title, "bakery news");
        assert_eq!(k.sources[0].date.to_string(), "2021-05-04");
        assert_eq!(
            k.facts[0].date.map(|d| d.to_string()).as_deref(),
            Some("2020-06")
        );
        assert!(d.toml.contains("# guessed: date (test;"));
    }

    #[test]
    fn the_head_noun_stands_for_the_name_before() {
        let text = "Bout ran for the Liberal Democratic Party of Russia in May.\n\n\
                    Officials said the party received 14.6 percent.\n";
        let d = draft(&[input(text, "2023-09-11-vote")], None).unwrap();
        let k = check_text(&d.toml).unwrap();
        let f = k.fact("vote-p2-s1").unwrap_or_else(|| panic!("{}", d.toml));
        assert!(
            f.subjects
                .iter()
                .any(|s| s == "liberal-democratic-party-of-russia"),
            "{}",
            d.toml
        );
        assert_eq!(head_noun("Kessler Museum").as_deref(), Some("museum"));
        assert_eq!(head_noun("Reuters"), None);
    }

    #[test]
    fn a_paragraph_opening_on_he_goes_back_to_the_person_it_is_about() {
        let text = "Viktor Bout won a seat on Sunday. Bout thanked voters.\n\n\
                    Party leader Leonid Slutsky said Bout would be useful.\n\n\
                    He was arrested in Thailand in 2008.\n";
        let d = draft(&[input(text, "2023-09-11-seat")], None).unwrap();
        let k = check_text(&d.toml).unwrap();
        let f = k.fact("seat-p3-s1").unwrap_or_else(|| panic!("{}", d.toml));
        assert_eq!(
            f.subjects.first().map(String::as_str),
            Some("viktor-bout"),
            "{}",
            d.toml
        );
    }

    #[test]
    fn existing_source_is_refused() {
        let d = draft(&[input(ARTICLE, "port")], None).unwrap();
        let k = check_text(&d.toml).unwrap();
        assert!(matches!(
            draft(&[input(ARTICLE, "port")], Some(&k)),
            Err(BuildError::SourceExists(id)) if id == "port"
        ));
    }

    #[test]
    fn text_with_triple_quotes_uses_a_basic_string() {
        let d = draft(
            &[input(
                "He wrote ''' twice. Then \"stopped\" \\ here.",
                "odd",
            )],
            None,
        )
        .unwrap();
        let k = check_text(&d.toml).unwrap();
        assert!(k.sources[0].article.paragraphs[0].contains("'''"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
        /// Any text drafts into knowledge that loads and validates, or is
        /// refused as empty; nothing panics.
        #[test]
        fn any_text_drafts_valid_knowledge(
            text in r#"(date 20[0-2][0-9]-0[1-9]-1[0-9] [A-Z][a-z]+\n\n)?([A-Z][a-z]{0,8}|[a-z]{1,8}|U\.S\.|Mr\.|J\.|[0-9]{1,4}|[.,;:!?'"“”’()\-…]|''' |\n\n| |\t|é|Ж|\x07){0,60}"#
        ) {
            match draft(&[input(&text, "2021-01-02-fuzz")], None) {
                Ok(d) => {
                    if let Err(e) = check_text(&d.toml) {
                        panic!("{e}\n--- text ---\n{text}\n--- draft ---\n{}", d.toml);
                    }
                }
                Err(BuildError::Empty(_) | BuildError::NoFacts(_)) => {}
                Err(e) => panic!("{e}"),
            }
        }
    }
}
