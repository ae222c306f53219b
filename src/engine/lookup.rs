//! Entity lookup (`/who NAME`): who someone is and what the story says they
//! said or did, with typo-tolerant name matching and suggestions.

use super::Snapshot;
use super::answer::{Person, PersonCard};
use super::normalize::{MAX_QUESTION_CHARS, tokenize};
use super::rank::{clean, correct, hit};
use crate::knowledge::FactKind;

/// Lowest Jaro-Winkler similarity for a name to be suggested.
const SUGGEST_SIMILARITY: f64 = 0.75;
const MAX_SUGGESTIONS: usize = 3;
/// At most this many facts on a card.
const MAX_CARD_FACTS: usize = 6;

/// Looks a name up. Pure: no I/O.
pub fn who(snap: &Snapshot, name: &str) -> Person {
    let query = clean(name);
    // No name is this long: refuse without work, and echo only its start.
    if query.chars().count() > MAX_QUESTION_CHARS {
        let mut shown: String = query.chars().take(80).collect();
        shown.push('…');
        return Person {
            query: shown,
            found: None,
            suggestions: Vec::new(),
        };
    }
    let mut out = Person {
        query: query.clone(),
        found: None,
        suggestions: Vec::new(),
    };
    let mut tokens = tokenize(&query);
    if tokens.is_empty() {
        return out;
    }
    correct(&snap.index, &mut tokens);
    let mut ents: Vec<u32> = Vec::new();
    for l in snap.index.link(&tokens) {
        if !ents.contains(&l.entity) {
            ents.push(l.entity);
        }
    }
    if let [e] = ents.as_slice() {
        out.found = Some(card(snap, *e as usize));
        return out;
    }
    out.suggestions = suggest(snap, &query, &ents);
    out
}

fn card(snap: &Snapshot, e: usize) -> PersonCard {
    let ent = &snap.knowledge.entities[e];
    let mut facts: Vec<(i32, usize)> = snap.index.entity_facts[e]
        .iter()
        .map(|&d| {
            let f = &snap.knowledge.facts[d as usize];
            let primary = snap.index.fact_entities[d as usize].first() == Some(&(e as u32));
            let rank = if f.kinds.contains(&FactKind::Role) && primary {
                0
            } else if f.kinds.contains(&FactKind::Said) && primary {
                1
            } else if primary {
                2
            } else {
                3
            };
            (rank, d as usize)
        })
        .collect();
    facts.sort();
    PersonCard {
        id: ent.id.clone(),
        name: ent.name.clone(),
        role: ent.role.clone(),
        aliases: ent.aliases.clone(),
        facts: facts
            .into_iter()
            .take(MAX_CARD_FACTS)
            .map(|(r, d)| hit(snap, d, (4 - r) as f32))
            .collect(),
    }
}

/// Entity names close to the query: the ones it named (when ambiguous), then
/// the most similar aliases.
fn suggest(snap: &Snapshot, query: &str, named: &[u32]) -> Vec<String> {
    let mut out: Vec<String> = named
        .iter()
        .map(|&e| snap.knowledge.entities[e as usize].name.clone())
        .collect();
    for t in tokenize(query) {
        for (word, _) in snap.index.names.similar(&t.text, SUGGEST_SIMILARITY, 8) {
            for e in &snap.knowledge.entities {
                let hit = std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .any(|a| tokenize(a).iter().any(|x| x.text == word));
                if hit && !out.contains(&e.name) {
                    out.push(e.name.clone());
                }
            }
        }
    }
    out.truncate(MAX_SUGGESTIONS);
    out
}
