//! From mentions to entities: grouping, linking short mentions to full
//! names, reusing entities the knowledge already has, kinds, aliases and
//! ids.
//!
//! Invariants of what this produces (the loader checks them too):
//! - every entity id is unique among the known and the new entities;
//! - no folded alias belongs to two entities: an alias another entity
//!   already owns is dropped from the new one, and a short alias two new
//!   entities share (two "Sergei"s) is dropped from both.

use std::collections::{HashMap, HashSet};

use super::lexicon::{
    CLUB_PREFIXES, DEMONYMS, FUNCTION_WORDS, KIN, MONTHS, ORG_CUES, PLACE_CUES, PLACES,
    TITLE_MODIFIERS, TITLES, WEEKDAYS, contains, is_role_noun,
};
use super::names::{MEDIUM, Mention, RoleFound, STRONG, Vote, decide};
use super::text::kebab;
use crate::engine::normalize::fold_phrase;
use crate::knowledge::{EntityKind, Knowledge};

/// An entity the draft can point at: one from the existing knowledge or
/// one drafted from an article of this build.
#[derive(Debug, Clone)]
pub struct Known {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub role: Option<String>,
    /// From the existing knowledge file, not drafted now.
    pub existing: bool,
}

/// Every entity known so far, with its aliases and ids.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub known: Vec<Known>,
    owner: HashMap<String, usize>,
    ids: HashSet<String>,
}

impl Registry {
    /// The entities of existing knowledge (none for a fresh draft).
    pub fn new(existing: Option<&Knowledge>) -> Self {
        let mut r = Registry::default();
        for e in existing.into_iter().flat_map(|k| &k.entities) {
            let i = r.known.len();
            r.known.push(Known {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                role: e.role.clone(),
                existing: true,
            });
            r.ids.insert(e.id.clone());
            for a in std::iter::once(&e.name).chain(&e.aliases) {
                let f = fold_phrase(a);
                if !f.is_empty() {
                    r.owner.entry(f).or_insert(i);
                }
            }
        }
        r
    }

    /// The entity owning a folded alias.
    pub fn lookup(&self, folded: &str) -> Option<usize> {
        self.owner.get(folded).copied()
    }

    /// A fresh id from a name: kebab-case, suffixed when taken.
    fn fresh_id(&mut self, name: &str, kind: EntityKind) -> String {
        let mut base = kebab(name);
        if base.is_empty() {
            base = match kind {
                EntityKind::Person => "person",
                EntityKind::Organisation => "organisation",
                EntityKind::Place => "place",
            }
            .to_string();
        }
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.ids.insert(id.clone());
        id
    }
}

/// A mention with where it stands in the article.
#[derive(Debug, Clone, Copy)]
pub struct MentionRef<'a> {
    /// The unit (sentence) it is in.
    pub unit: usize,
    pub m: &'a Mention,
}

/// An entity drafted from this article.
#[derive(Debug, Clone)]
pub struct NewEntity {
    /// Index into [`Registry::known`].
    pub known: usize,
    pub aliases: Vec<String>,
    /// Why the kind was chosen.
    pub kind_why: String,
    /// The role and the unit that states it.
    pub role: Option<(RoleFound, usize)>,
    pub source: String,
}

#[derive(Debug, Default)]
struct Group {
    folded: String,
    name: String,
    words: Vec<String>,
    votes: Vec<Vote>,
    role: Option<(RoleFound, usize)>,
    initial_only: bool,
    members: Vec<usize>,
    acronym: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Target {
    Known(usize),
    Group(usize),
    /// Ambiguous short name: each mention goes to the latest candidate before it.
    Nearest(Vec<usize>),
    Own,
    Drop,
}

/// Keeps the first role found, unless a later one says more about it
/// ("President" → "President of the United States").
fn merge_role(slot: &mut Option<(RoleFound, usize)>, role: &RoleFound, unit: usize) {
    let better = match slot {
        None => true,
        Some((old, _)) => {
            role.role.len() > old.role.len()
                && role.role.to_lowercase().contains(&old.role.to_lowercase())
        }
    };
    if better {
        *slot = Some((role.clone(), unit));
    }
}

/// What comes before a ship's name: "MV Northern Star", "HMS Dreadnought".
const VESSEL_PREFIXES: &[&str] = &[
    "MV", "M/V", "MS", "SS", "RMS", "HMS", "HMAS", "HMCS", "USS", "USNS", "FV", "RV", "MT", "SV",
];

/// Resolves an article's mentions to entities, drafting new ones.
///
/// Returns the entity (index into `registry.known`) of every mention, in
/// order, and the entities drafted. `lower_words` are the words the article
/// uses in lower case: a capitalised one is only a sentence opener.
pub fn resolve(
    registry: &mut Registry,
    mentions: &[MentionRef],
    lower_words: &HashSet<String>,
    source: &str,
) -> (Vec<Option<usize>>, Vec<NewEntity>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_folded: HashMap<String, usize> = HashMap::new();
    let mut group_of: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
    for (i, r) in mentions.iter().enumerate() {
        let folded = fold_phrase(&r.m.name);
        if folded.is_empty() {
            group_of.push(None);
            continue;
        }
        let g = *by_folded.entry(folded.clone()).or_insert_with(|| {
            groups.push(Group {
                words: folded.split(' ').map(str::to_string).collect(),
                folded,
                name: r.m.name.clone(),
                initial_only: true,
                ..Default::default()
            });
            groups.len() - 1
        });
        let gr = &mut groups[g];
        gr.members.push(i);
        gr.votes.extend(r.m.votes.iter().cloned());
        gr.initial_only &= r.m.initial;
        if let Some(role) = &r.m.role {
            merge_role(&mut gr.role, role, r.unit);
        }
        if gr.acronym.is_none() {
            gr.acronym.clone_from(&r.m.acronym);
        }
        group_of.push(Some(g));
    }

    // Link groups: to known entities, to a fuller name in the article.
    let mut target: Vec<Target> = vec![Target::Own; groups.len()];
    let is_personish = |g: &Group| {
        decide(&g.votes).is_none_or(|v| v.kind == EntityKind::Person || v.strength < MEDIUM)
    };
    // A first name links only to someone known to be a person.
    let is_person = |g: &Group| {
        decide(&g.votes).is_some_and(|v| v.kind == EntityKind::Person && v.strength >= MEDIUM)
    };
    // "Kestrel" after "Kestrel Biosciences": an organisation's first word,
    // when nothing says it is anything but an organisation.
    let is_org = |g: &Group| {
        decide(&g.votes).is_none_or(|v| v.kind == EntityKind::Organisation || v.strength < MEDIUM)
    };
    // An organisation by its cues, or by its name's common words ("Halden
    // Foods"), as drafting below decides when nothing else does.
    let common_words = |o: &Group| {
        o.words.iter().skip(1).any(|w| {
            lower_words.contains(w) || w.strip_suffix('s').is_some_and(|s| lower_words.contains(s))
        })
    };
    let org_like = |o: &Group| match decide(&o.votes) {
        Some(v) if v.kind == EntityKind::Organisation => true,
        Some(v) if v.kind == EntityKind::Person => v.strength < MEDIUM && common_words(o),
        Some(_) => false,
        None => common_words(o),
    };
    // "Apollo ran from 1961 to 1972. Apollo used Saturn rockets. … an
    // Apollo Applications Program": a short name used twice before the
    // longer one appears is a thing of its own, not the longer one's
    // short form (news names a thing in full first).
    let named_before = |g: &Group, o: &Group| {
        let first = o.members.first().copied().unwrap_or(0);
        g.members.iter().filter(|&&m| m < first).count() >= 2
    };
    let mut brands: HashSet<usize> = HashSet::new();
    for gi in 0..groups.len() {
        let g = &groups[gi];
        if g.words.len() == 1 {
            let w = &g.words[0];
            // "LDPR" alone, after "Liberal Democratic Party of Russia (LDPR)".
            // "FDA" after "the Food and Drug Administration", unannounced:
            // the initials of a name's capitalised words.
            let caps = g.name.len() >= 2
                && g.name.len() <= 6
                && g.name.chars().all(|c| c.is_ascii_uppercase());
            let initials = |o: &Group| -> String {
                o.name
                    .split_whitespace()
                    .filter_map(|x| x.chars().next())
                    .filter(char::is_ascii_uppercase)
                    .collect()
            };
            if let Some(c) = (0..groups.len()).find(|&c| {
                groups[c].words.len() > 1
                    && (groups[c]
                        .acronym
                        .as_deref()
                        .is_some_and(|a| fold_phrase(a) == *w)
                        || (caps && !is_personish(&groups[c]) && initials(&groups[c]) == g.name))
            }) {
                target[gi] = Target::Group(c);
                continue;
            }
            // "the Biden administration" makes "Biden" look like an
            // organisation, but not strongly: a person's surname still
            // links to them.
            let weakly_other = decide(&g.votes).is_none_or(|v| v.strength < STRONG);
            let cands: Vec<usize> = (0..groups.len())
                .filter(|&c| {
                    let o = &groups[c];
                    o.words.len() > 1
                        && ((is_personish(g)
                            && ((is_personish(o) && o.words.last() == Some(w))
                                || (is_person(o) && o.words.first() == Some(w))))
                            || (weakly_other && is_person(o) && o.words.last() == Some(w))
                            || (is_org(g)
                                && !lower_words.contains(w)
                                && org_like(o)
                                && o.words.first() == Some(w)
                                && !named_before(g, o))
                            // "Lamego" after "Sporting Lamego": a club's own word.
                            || (o.words.len() == 2
                                && contains(CLUB_PREFIXES, &o.words[0])
                                && o.words[1] == *w
                                && !lower_words.contains(w)))
                })
                .collect();
            // "Lumora" beside "Lumora Fold" and "Lumora Slate": a name that
            // opens several organisations' names is the maker's own, not
            // any one product's.
            let brand = is_org(g)
                && groups
                    .iter()
                    .filter(|o| o.words.len() > 1 && o.words.first() == Some(w) && !is_person(o))
                    .count()
                    >= 2;
            let brand = brand && registry.lookup(&g.folded).is_none();
            if brand {
                brands.insert(gi);
            }
            target[gi] = match cands.as_slice() {
                _ if brand => Target::Own,
                [c] => Target::Group(*c),
                _ => match registry.lookup(&g.folded) {
                    Some(k) => Target::Known(k),
                    None if cands.len() > 1 => Target::Nearest(cands),
                    None => Target::Own,
                },
            };
            continue;
        }
        if let Some(k) = registry.lookup(&g.folded).or_else(|| {
            g.acronym
                .as_deref()
                .and_then(|a| registry.lookup(&fold_phrase(a)))
        }) {
            target[gi] = Target::Known(k);
            continue;
        }
        let suffix = format!(" {}", g.folded);
        // "Okonkwo-Reyes" after "Daniel Okonkwo-Reyes": a surname of
        // several words.
        if is_personish(g) {
            let surname_of: Vec<usize> = (0..groups.len())
                .filter(|&c| {
                    c != gi && is_person(&groups[c]) && groups[c].folded.ends_with(&suffix)
                })
                .collect();
            if let [c] = surname_of.as_slice() {
                target[gi] = Target::Group(*c);
                continue;
            }
        }
        // "Foreign Ministry" after "Russian Foreign Ministry"; "Varholm
        // General" beside "Varholm General Hospital" (what the short name
        // leaves off is only an organisation's or a place's cue word).
        if !is_personish(g) {
            let prefix = format!("{} ", g.folded);
            let cue_after = |o: &Group| {
                g.words.len() > 1
                    && o.folded.strip_prefix(&prefix).is_some_and(|rest| {
                        rest.split_whitespace()
                            .all(|w| contains(ORG_CUES, w) || contains(PLACE_CUES, w))
                    })
            };
            let longer: Vec<usize> = (0..groups.len())
                .filter(|&c| {
                    c != gi
                        && (groups[c].folded.ends_with(&suffix) || cue_after(&groups[c]))
                        && !is_personish(&groups[c])
                })
                .collect();
            if let [c] = longer.as_slice() {
                target[gi] = Target::Group(*c);
            }
        }
    }
    // Single words that only open sentences and are common words: not names.
    for (gi, g) in groups.iter().enumerate() {
        if target[gi] != Target::Own || g.words.len() != 1 {
            continue;
        }
        let w = &g.words[0];
        let strength = g.votes.iter().map(|v| v.strength).max().unwrap_or(0);
        let common = lower_words.contains(w)
            || w.ends_with("ly")
            || is_role_noun(w)
            || is_role_noun(w.trim_end_matches('s'));
        let opener = g.initial_only && (common || (strength < MEDIUM && g.members.len() == 1));
        // A capitalised role noun on its own ("a former Marine") names no one.
        let role_word = is_role_noun(w) && strength < STRONG;
        if opener || role_word {
            target[gi] = Target::Drop;
        }
    }
    // A surname two people share ("Whelan" of Paul and David Whelan) is
    // the one named first, when it stands alone before the other is named:
    // news introduces its subject first and names the others ("his brother
    // David Whelan") in full. Otherwise each bare mention is the nearest
    // full name before it.
    let mut dominant: HashMap<String, usize> = HashMap::new();
    let mut first_at: HashMap<usize, usize> = HashMap::new();
    for (i, g) in group_of.iter().enumerate() {
        let Some(g) = *g else { continue };
        first_at.entry(g).or_insert(i);
        if let Target::Nearest(cands) = &target[g] {
            let seen: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|c| first_at.contains_key(c))
                .collect();
            if let [only] = seen.as_slice() {
                dominant.entry(groups[g].folded.clone()).or_insert(*only);
            }
        }
    }
    // "her son, Erik Halvorsen": news names a relative in full, so a
    // surname shared with relatives is the one who is no relative.
    let kin = |o: &Group| {
        o.role.as_ref().is_some_and(|(r, _)| {
            r.role
                .split_whitespace()
                .any(|w| contains(KIN, &w.to_lowercase()))
        })
    };
    for (gi, t) in target.iter().enumerate() {
        if let Target::Nearest(cands) = t
            && let [only] = cands
                .iter()
                .copied()
                .filter(|&c| !kin(&groups[c]))
                .collect::<Vec<_>>()
                .as_slice()
        {
            dominant.entry(groups[gi].folded.clone()).or_insert(*only);
        }
    }
    for (gi, t) in target.iter_mut().enumerate() {
        if matches!(t, Target::Nearest(_))
            && let Some(&c) = dominant.get(&groups[gi].folded)
        {
            *t = Target::Group(c);
        }
    }

    // Follow links to their end.
    let final_target = |mut gi: usize| -> Target {
        for _ in 0..groups.len() + 1 {
            match &target[gi] {
                Target::Group(c) => gi = *c,
                Target::Own => return Target::Group(gi),
                t => return t.clone(),
            }
        }
        Target::Drop
    };

    // Draft the new entities.
    struct Drafted {
        group: usize,
        kind: EntityKind,
        why: String,
        role: Option<(RoleFound, usize)>,
        aliases: Vec<String>,
    }
    let mut drafted: Vec<Drafted> = Vec::new();
    for gi in 0..groups.len() {
        if target[gi] != Target::Own {
            continue;
        }
        let linked: Vec<usize> = (0..groups.len())
            .filter(|&o| o != gi && final_target(o) == Target::Group(gi))
            .collect();
        let g = &groups[gi];
        let mut votes = g.votes.clone();
        let mut role = g.role.clone();
        let mut acronym = g.acronym.clone();
        for &o in &linked {
            votes.extend(groups[o].votes.iter().cloned());
            if let Some((r, u)) = &groups[o].role {
                merge_role(&mut role, r, *u);
            }
            if acronym.is_none() {
                acronym.clone_from(&groups[o].acronym);
            }
        }
        let (kind, why) = match decide(&votes) {
            _ if brands.contains(&gi) => (
                EntityKind::Organisation,
                "opens several organisations' names".to_string(),
            ),
            // "Service Modules", "Space Review": capitalised common words.
            Some(v)
                if v.kind == EntityKind::Person
                    && v.strength < MEDIUM
                    && g.words.iter().any(|w| {
                        lower_words.contains(w)
                            || w.strip_suffix('s').is_some_and(|s| lower_words.contains(s))
                    }) =>
            {
                (
                    EntityKind::Organisation,
                    "capitalised common words".to_string(),
                )
            }
            Some(v) => (v.kind, v.why.clone()),
            None => (EntityKind::Organisation, "no clear cue".to_string()),
        };
        let mut aliases = vec![g.name.clone()];
        let mut short: Vec<String> = Vec::new();
        let sure_person = votes
            .iter()
            .any(|v| v.kind == EntityKind::Person && v.strength >= MEDIUM);
        if kind == EntityKind::Person && g.words.len() > 1 {
            let parts: Vec<&str> = g.name.split_whitespace().collect();
            if let Some(last) = parts.last() {
                short.push(last.to_string());
            }
            if let Some(first) = parts.first()
                && sure_person
                && first.chars().filter(|c| c.is_alphabetic()).count() > 1
            {
                short.push(first.to_string());
            }
            let no_initials: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| p.trim_end_matches('.').chars().count() > 1)
                .collect();
            if no_initials.len() != parts.len() && no_initials.len() > 1 {
                aliases.push(no_initials.join(" "));
            }
        }
        // "MV Northern Star" is "the Northern Star" after its first mention.
        if let Some(rest) = VESSEL_PREFIXES
            .iter()
            .find_map(|p| g.name.strip_prefix(p)?.strip_prefix(' '))
            .filter(|rest| rest.contains(' ') || rest.len() > 3)
        {
            short.push(rest.to_string());
        }
        for &o in &linked {
            short.push(groups[o].name.clone());
        }
        short.extend(acronym);
        for a in short {
            let f = fold_phrase(&a);
            let bad = f.chars().count() < 2
                || contains(FUNCTION_WORDS, &f)
                || contains(TITLES, &f)
                || contains(TITLE_MODIFIERS, &f)
                || contains(DEMONYMS, &f)
                || contains(MONTHS, &f)
                || contains(WEEKDAYS, &f)
                || (kind == EntityKind::Person && contains(PLACES, &f))
                || lower_words.contains(&f);
            if !bad {
                aliases.push(a);
            }
        }
        drafted.push(Drafted {
            group: gi,
            kind,
            why,
            role,
            aliases,
        });
    }

    // Aliases: one owner each. The entity named so keeps it; otherwise an
    // alias shared with another entity is dropped.
    let mut claims: HashMap<String, usize> = HashMap::new();
    for d in &drafted {
        let own: HashSet<String> = d.aliases.iter().map(|a| fold_phrase(a)).collect();
        for f in own {
            *claims.entry(f).or_default() += 1;
        }
    }
    let names: HashSet<&str> = drafted
        .iter()
        .map(|d| groups[d.group].folded.as_str())
        .collect();
    let mut entity_of_group: HashMap<usize, usize> = HashMap::new();
    let mut out = Vec::new();
    for d in drafted {
        let g = &groups[d.group];
        let mut kept: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        for a in d.aliases {
            let f = fold_phrase(&a);
            if !seen.insert(f.clone()) {
                continue;
            }
            let is_name = f == g.folded;
            let free = registry.lookup(&f).is_none()
                && (claims.get(&f).is_none_or(|&n| n < 2) || dominant.get(&f) == Some(&d.group))
                && !names.contains(f.as_str());
            if is_name || free {
                kept.push(a);
            }
        }
        let name = g.name.strip_prefix("the ").unwrap_or(&g.name).to_string();
        let id = registry.fresh_id(&name, d.kind);
        let k = registry.known.len();
        registry.known.push(Known {
            id,
            name,
            kind: d.kind,
            role: d.role.as_ref().map(|(r, _)| r.role.clone()),
            existing: false,
        });
        for a in &kept {
            registry.owner.entry(fold_phrase(a)).or_insert(k);
        }
        entity_of_group.insert(d.group, k);
        out.push(NewEntity {
            known: k,
            aliases: kept,
            kind_why: d.why,
            role: d.role,
            source: source.to_string(),
        });
    }

    // Each mention's entity.
    let mut last_seen: HashMap<usize, usize> = HashMap::new(); // group → latest mention index
    let mut result = Vec::with_capacity(mentions.len());
    for (i, g) in group_of.iter().enumerate() {
        let Some(g) = *g else {
            result.push(None);
            continue;
        };
        let e = match final_target(g) {
            Target::Known(k) => Some(k),
            Target::Group(c) => entity_of_group.get(&c).copied(),
            Target::Nearest(cands) => {
                let best = cands
                    .iter()
                    .filter_map(|c| last_seen.get(c).map(|&at| (at, *c)))
                    .max()
                    .map(|(_, c)| c)
                    .unwrap_or(cands[0]);
                match final_target(best) {
                    Target::Known(k) => Some(k),
                    Target::Group(c) => entity_of_group.get(&c).copied(),
                    _ => None,
                }
            }
            Target::Own | Target::Drop => None,
        };
        last_seen.insert(g, i);
        result.push(e);
    }
    (result, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::build::names::mentions;

    fn run(sentences: &[&str], reg: &mut Registry) -> (Vec<Option<String>>, Vec<NewEntity>) {
        let ms: Vec<Vec<Mention>> = sentences.iter().map(|s| mentions(s)).collect();
        let refs: Vec<MentionRef> = ms
            .iter()
            .enumerate()
            .flat_map(|(u, v)| v.iter().map(move |m| MentionRef { unit: u, m }))
            .collect();
        let mut lower = HashSet::new();
        for s in sentences {
            for t in crate::knowledge::build::text::tokens(s) {
                if t.lowercase() {
                    lower.insert(t.lower());
                }
            }
        }
        let (ids, new) = resolve(reg, &refs, &lower, "src");
        let ids = ids
            .into_iter()
            .map(|o| o.map(|k| reg.known[k].id.clone()))
            .collect();
        (ids, new)
    }

    #[test]
    fn surnames_link_to_full_names() {
        let mut reg = Registry::default();
        let (ids, new) = run(
            &["Coach Ada Moreno praised Lia Park.", "Moreno left early."],
            &mut reg,
        );
        assert_eq!(
            ids,
            [
                Some("ada-moreno".into()),
                Some("lia-park".into()),
                Some("ada-moreno".into())
            ]
        );
        let ada = &new[0];
        assert!(ada.aliases.contains(&"Moreno".to_string()));
        assert!(ada.aliases.contains(&"Ada".to_string()));
        assert_eq!(ada.role.as_ref().unwrap().0.role, "Coach");
    }

    #[test]
    fn a_surname_before_an_organisation_word_is_still_the_person() {
        let mut reg = Registry::default();
        let (ids, _) = run(
            &[
                "President Joe Biden called the deal a triumph.",
                "Whelan thanked the Biden administration.",
            ],
            &mut reg,
        );
        assert_eq!(ids.first(), Some(&Some("joe-biden".into())));
        assert_eq!(ids.get(2), Some(&Some("joe-biden".into())), "{ids:?}");
    }

    #[test]
    fn an_acronym_alone_links_to_the_name_it_was_given_for() {
        let mut reg = Registry::default();
        let (ids, _) = run(
            &[
                "Bout ran for the Liberal Democratic Party of Russia (LDPR) in May.",
                "The LDPR won 14 percent.",
            ],
            &mut reg,
        );
        let party = Some("liberal-democratic-party-of-russia".to_string());
        assert_eq!(ids.iter().filter(|id| **id == party).count(), 2, "{ids:?}");
    }

    #[test]
    fn shared_first_names_are_dropped() {
        let mut reg = Registry::default();
        let (_, new) = run(&["Ivan Petrov met Ivan Sidorov in Oslo."], &mut reg);
        for e in &new {
            assert!(!e.aliases.iter().any(|a| a == "Ivan"), "{:?}", e.aliases);
        }
    }

    #[test]
    fn a_shared_surname_goes_to_the_one_it_mostly_stands_for() {
        let mut reg = Registry::default();
        let (_, new) = run(
            &[
                "Paul Whelan was freed on Thursday.",
                "Whelan thanked the president.",
                "His brother David Whelan said the family was relieved.",
                "Whelan said he had never stopped believing.",
                "Whelan flew home.",
            ],
            &mut reg,
        );
        let aliases = |id: &str| {
            new.iter()
                .find(|e| reg.known[e.known].id == id)
                .map(|e| e.aliases.clone())
                .unwrap_or_default()
        };
        assert!(aliases("paul-whelan").contains(&"Whelan".to_string()));
        assert!(!aliases("david-whelan").contains(&"Whelan".to_string()));
        // Evenly shared, it stays nobody's.
        let mut reg = Registry::default();
        let (_, new) = run(
            &[
                "Ann Lee met Bo Lee.",
                "Lee smiled.",
                "Bo Lee left.",
                "Lee waved.",
            ],
            &mut reg,
        );
        for e in &new {
            assert!(!e.aliases.iter().any(|a| a == "Lee"), "{:?}", e.aliases);
        }
    }

    #[test]
    fn initials_and_first_words_link_to_organisations() {
        let mut reg = Registry::default();
        let (ids, _) = run(
            &[
                "The Food and Drug Administration approved a pill made by Boston-based Kestrel Technologies.",
                "The FDA said Kestrel must run a safety study.",
                "Marcus Webb, director of the Center for Drug Safety Policy, objected.",
            ],
            &mut reg,
        );
        let ids: Vec<&str> = ids.iter().flatten().map(String::as_str).collect();
        assert_eq!(
            ids,
            [
                "food-and-drug-administration",
                "kestrel-technologies",
                "food-and-drug-administration",
                "kestrel-technologies",
                "marcus-webb",
                "center-for-drug-safety-policy",
            ]
        );
    }

    #[test]
    fn a_short_name_used_before_the_long_one_is_its_own() {
        let mut reg = Registry::default();
        let (ids, _) = run(
            &[
                "Apollo ran from 1961 to 1972.",
                "Apollo used Saturn rockets.",
                "The rockets also served the Apollo Applications Program.",
            ],
            &mut reg,
        );
        let ids: Vec<&str> = ids.iter().flatten().map(String::as_str).collect();
        assert_eq!(
            ids,
            ["apollo", "apollo", "saturn", "apollo-applications-program"]
        );
    }

    #[test]
    fn sentence_openers_are_not_entities() {
        let mut reg = Registry::default();
        let (ids, new) = run(
            &["Meanwhile the talks went on.", "Officially, talks ended."],
            &mut reg,
        );
        assert!(ids.iter().all(Option::is_none));
        assert!(new.is_empty());
    }

    #[test]
    fn existing_entities_are_reused() {
        let mut reg = Registry::default();
        run(&["Minister Ada Moreno spoke."], &mut reg);
        for k in &mut reg.known {
            k.existing = true;
        }
        let (ids, new) = run(
            &["Moreno later met Tom Hale and Ada Moreno again."],
            &mut reg,
        );
        assert_eq!(ids[0].as_deref(), Some("ada-moreno"));
        assert_eq!(ids[2].as_deref(), Some("ada-moreno"));
        assert_eq!(new.len(), 1);
        assert_eq!(reg.known[new[0].known].id, "tom-hale");
    }
}
