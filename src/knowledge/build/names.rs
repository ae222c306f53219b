//! Names in a sentence: capitalised runs, split into titles and names,
//! with evidence for person / organisation / place and the roles the
//! sentence gives them.
//!
//! Roles come from titles ("Deputy Foreign Minister Sergei Ryabkov"), from
//! a role noun before the name ("Kremlin spokesman Dmitry Peskov"), and
//! from appositions on either side ("Maria Zakharova, official
//! representative of …," / "the official representative of …, Maria
//! Zakharova,").

use std::ops::Range;

use super::lexicon::{
    CLUB_PREFIXES, DEMONYMS, DEPARTMENTS, FIRM_WORDS, FOR_HEADS, FUNCTION_WORDS, LOCATION_PREPS,
    MONTH_ABBREVS, NAME_PARTICLES, OF_HEADS, ORG_CUES, ORG_NOUNS, PLACE_CUES, PLACE_PREFIXES,
    PLACES, SPEECH_VERBS, TITLE_MODIFIERS, TITLES, WEEKDAYS, contains, is_role_noun, month_number,
    plain_word,
};
use super::text::{Tok, squash, tokens};
use crate::engine::{normalize::stem, wordvec};
use crate::knowledge::EntityKind;

/// How much a piece of evidence counts.
pub type Strength = u8;
pub const STRONG: Strength = 3;
pub const MEDIUM: Strength = 2;
pub const WEAK: Strength = 1;

/// Evidence for an entity's kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub kind: EntityKind,
    pub strength: Strength,
    pub why: String,
}

/// A role a sentence gives a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleFound {
    pub role: String,
    /// How it was found, for the `# guessed:` comment.
    pub why: &'static str,
}

/// A name mentioned in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the name in the sentence (without a possessive ending).
    pub span: Range<usize>,
    pub name: String,
    pub words: usize,
    pub votes: Vec<Vote>,
    pub role: Option<RoleFound>,
    /// The first word of the sentence (its capital may only mark the start).
    pub initial: bool,
    /// An acronym given in brackets right after the name: "(NSC)".
    pub acronym: Option<String>,
    /// Followed by a speech verb ("X said").
    pub speaks: bool,
}

fn vote(kind: EntityKind, strength: Strength, why: impl Into<String>) -> Vote {
    Vote {
        kind,
        strength,
        why: why.into(),
    }
}

fn is_month_or_day(t: &Tok) -> bool {
    let l = t.lower();
    let day = |w: &str| contains(WEEKDAYS, w);
    day(&l)
        || l.strip_suffix('s').is_some_and(day)
        || (month_number(&l).is_some() && (l.len() > 3 || l == "may"))
}

/// A capitalised word that can be part of a name: not a month or weekday,
/// not "I" or a contraction ("I've", "We're"), not "T-shirt" or "X-ray".
fn capword(t: &Tok) -> bool {
    let contraction = t
        .text
        .split_once(['\'', '’'])
        .is_some_and(|(_, rest)| ["m", "d", "ve", "re", "ll", "t"].contains(&rest));
    let letter_prefix = t
        .text
        .split_once('-')
        .is_some_and(|(a, b)| a.chars().count() == 1 && b.starts_with(char::is_lowercase));
    t.cap() && !is_month_or_day(t) && t.text != "I" && !contraction && !letter_prefix
}

/// "Jan. 2022", "Aug 5": an abbreviated month, known by what follows it.
fn month_abbrev_at(toks: &[Tok], i: usize) -> bool {
    contains(MONTH_ABBREVS, &toks[i].lower())
        && toks
            .get(i + 1)
            .is_some_and(|t| t.number() || (t.is(".") && toks.get(i + 2).is_some_and(Tok::number)))
}

/// Possessives that belong inside a name: "Children's Hospital",
/// "People's Republic", "King's College", "St. John's".
const NAME_POSSESSIVES: &[&str] = &[
    "children", "women", "men", "people", "king", "queen", "st", "saint", "john",
];

fn is_initial(t: &Tok) -> bool {
    t.word && t.text.chars().count() == 1 && t.cap()
}

const ROLE_ADJECTIVES: &[&str] = &[
    "former",
    "late",
    "veteran",
    "senior",
    "retired",
    "top",
    "chief",
    "deputy",
    "acting",
    "interim",
    "longtime",
    "new",
    "then",
    "current",
    "assistant",
    "associate",
    "star",
];
/// Words after which a lower-case word is a verb, not a modifier.
const VERB_LEADS: &[&str] = &[
    "to", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do",
    "not", "shall",
];
/// Words whose "of" is followed by a place: "mayor of …", "outskirts of …".
const OF_PLACE: &[&str] = &[
    "mayor",
    "governor",
    "residents",
    "outskirts",
    "suburbs",
    "streets",
    "centre",
    "center",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "city",
    "town",
    "village",
    "province",
    "region",
    "county",
    "municipality",
    "port",
];
/// Words opening an apposition before a name ("the museum director,",
/// "whose skipper, Callum Bryce,").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "whose",
];
const APPOSITION_CUTS: &[&str] = &[
    "who", "which", "that", "whose", "where", "when", "is", "was", "are", "were", "has", "had",
    "have", "will", "would", "and", "but", "as",
];
const ING_ROLES: &[&str] = &[
    "managing",
    "leading",
    "ruling",
    "acting",
    "visiting",
    "reigning",
    "sitting",
    "outgoing",
    "incoming",
    "founding",
    "governing",
    "presiding",
    "commanding",
];

/// The runs of capitalised words (with "of", "de", initials…) in a sentence.
fn runs(toks: &[Tok]) -> Vec<Range<usize>> {
    let n = toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !capword(&toks[i]) || month_abbrev_at(toks, i) {
            i += 1;
            continue;
        }
        let s = i;
        let mut e = i;
        let sentence_start = toks[..s].iter().all(|t| !t.word);
        loop {
            let at = |k: usize| toks.get(k);
            if toks[e].possessive() {
                // "Lakeshore Children's Hospital" is one name; "Griner's wife" is not.
                if contains(NAME_POSSESSIVES, &toks[e].lower()) && at(e + 1).is_some_and(capword) {
                    e += 1;
                    continue;
                }
                break;
            }
            if is_initial(&toks[e])
                && at(e + 1).is_some_and(|t| t.is("."))
                && at(e + 2).is_some_and(capword)
            {
                e += 2;
                continue;
            }
            let Some(nx) = at(e + 1) else { break };
            if capword(nx) {
                e += 1;
                continue;
            }
            // "the Farmers' League", "the Teachers' Pension Fund": a
            // plural's possessive inside a name.
            if (nx.is("'") || nx.is("’"))
                && toks[e].text.ends_with('s')
                && nx.start == toks[e].end
                && at(e + 2).is_some_and(capword)
            {
                e += 2;
                continue;
            }
            if nx.is("&") && at(e + 2).is_some_and(capword) {
                e += 2;
                continue;
            }
            let nl = nx.lower();
            if nx.lowercase() && contains(NAME_PARTICLES, &nl) && at(e + 2).is_some_and(capword) {
                e += 2;
                continue;
            }
            if nl == "of" && nx.lowercase() && contains(OF_HEADS, &toks[e].lower()) {
                if at(e + 2).is_some_and(capword) {
                    e += 2;
                    continue;
                }
                if at(e + 2).is_some_and(|t| t.is("the")) && at(e + 3).is_some_and(capword) {
                    e += 3;
                    continue;
                }
            }
            // "Directorate for Cultural Heritage", "Office for National Statistics".
            if nl == "for"
                && nx.lowercase()
                && contains(FOR_HEADS, &toks[e].lower())
                && at(e + 2).is_some_and(capword)
            {
                e += 2;
                continue;
            }
            if nl == "and"
                && at(e + 2).is_some_and(capword)
                && contains(
                    PLACES,
                    &format!("{} and {}", toks[e].lower(), toks[e + 2].lower()),
                )
            {
                e += 2;
                continue;
            }
            // "Occupational Safety and Health Administration": "and" inside
            // an organisation's name, told by the organisation word that
            // ends what follows ("Germany and Poland" stay two).
            if nl == "and" && e > s && !contains(ORG_CUES, &toks[e].lower()) {
                let mut k = e + 2;
                while at(k).is_some_and(|t| capword(t) && !t.possessive()) {
                    k += 1;
                }
                if k > e + 2 && contains(ORG_CUES, &toks[k - 1].lower()) {
                    e = k - 1;
                    continue;
                }
            }
            // "Super Bowl 50", "Apollo 11": a short number ends the name
            // (but "Roughly 85 firefighters" is no name).
            if nx.number()
                && nx.text.len() <= 3
                && !nx.text.contains([',', '.'])
                && !(sentence_start && e == s)
            {
                e += 1;
            }
            break;
        }
        out.push(s..e + 1);
        i = e + 1;
    }
    out
}

/// The folded phrase of tokens, for gazetteer lookups.
fn phrase(toks: &[Tok]) -> String {
    toks.iter()
        .filter(|t| t.word)
        .map(|t| t.lower())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Longest gazetteer place starting at `from`, as an end index (exclusive).
fn place_at(toks: &[Tok], from: usize, limit: usize) -> Option<usize> {
    (from + 1..=limit.min(from + 4))
        .rev()
        .find(|&end| contains(PLACES, &phrase(&toks[from..end])))
}

/// Where a title starting at `h` ends (inclusive): "Secretary of State".
fn title_end(toks: &[Tok], h: usize, run_end: usize) -> usize {
    let mut end = h;
    // "Chief Executive Hanneke Visser", "Chief Operating Officer Ann Lee":
    // more title words, leaving two words for the name.
    while end + 3 <= run_end && toks[end + 1].cap() && !toks[end + 1].all_caps() && {
        let l = toks[end + 1].lower();
        contains(TITLES, &l) || contains(TITLE_MODIFIERS, &l) || is_role_noun(&l)
    } {
        end += 1;
    }
    if end > h {
        return end;
    }
    if h < run_end && toks[h + 1].is("of") {
        let mut c = h + 2;
        if c <= run_end && toks[c].is("the") {
            c += 1;
        }
        if c > run_end {
            return end;
        }
        if let Some(p) = place_at(toks, c, run_end + 1) {
            return p - 1;
        }
        let mut k = c;
        while k <= run_end && contains(DEPARTMENTS, &toks[k].lower()) {
            k += 1;
        }
        end = if k > c { k - 1 } else { c };
    }
    end
}

/// Endings that make a capitalised word say where a thing is from or who
/// leads it, not name a thing of its own.
const FROM_SUFFIXES: &[&str] = &[
    "-based",
    "-born",
    "-led",
    "-backed",
    "-owned",
    "-flagged",
    "-registered",
];

/// Finds the names in a sentence.
///
/// ```
/// use storybot::knowledge::build::names::mentions;
/// let m = mentions("Kremlin spokesman Dmitry Peskov met Prime Minister Ana Lopes in Oslo.");
/// let names: Vec<&str> = m.iter().map(|m| m.name.as_str()).collect();
/// assert_eq!(names, ["Kremlin", "Dmitry Peskov", "Ana Lopes", "Oslo"]);
/// assert_eq!(m[1].role.as_ref().unwrap().role, "Kremlin spokesman");
/// assert_eq!(m[2].role.as_ref().unwrap().role, "Prime Minister");
/// assert!(mentions("").is_empty());
/// ```
pub fn mentions(sentence: &str) -> Vec<Mention> {
    let toks = tokens(sentence);
    let first_word = toks.iter().position(|t| t.word).unwrap_or(0);
    let mut out: Vec<Mention> = Vec::new();
    let mut skip_until = 0usize;
    for run in runs(&toks) {
        if run.start < skip_until {
            continue;
        }
        let (mut s, e) = (run.start, run.end - 1);
        // Function words capitalised at the start of a sentence or heading,
        // and where a thing is from: "Boston-based Kestrel Biosciences",
        // "the Minneapolis-based maker", "a Panama-flagged tanker".
        while s <= e
            && ((contains(FUNCTION_WORDS, &toks[s].lower()) && !toks[s].all_caps()) || {
                let l = toks[s].lower();
                FROM_SUFFIXES.iter().any(|x| l.ends_with(x))
            })
        {
            s += 1;
        }
        if s > e {
            continue;
        }
        // A title inside the run: "US Secretary of State Antony Blinken".
        let mut title: Option<(usize, usize)> = None;
        for h in s..=e {
            let l = toks[h].lower();
            if !contains(TITLES, &l) || !toks[h].cap() {
                continue;
            }
            let te = title_end(&toks, h, e);
            let rest_is_name = te < e
                && capword(&toks[te + 1])
                && !contains(TITLES, &toks[te + 1].lower())
                && !toks[te + 1..=e]
                    .iter()
                    .any(|t| contains(ORG_CUES, &t.lower()))
                && !(e > te + 1 && contains(PLACE_CUES, &toks[e].lower()));
            // ("Varholm General", "Massachusetts General": the hospital's
            // short name, not a general; "Attorney General" stays a title)
            let short_name = l == "general"
                && te >= e
                && h > s
                && toks[s..h].iter().filter(|t| t.word).all(|t| {
                    let w = t.lower();
                    t.cap()
                        && !contains(TITLES, &w)
                        && !contains(TITLE_MODIFIERS, &w)
                        && !contains(DEMONYMS, &w)
                        && !is_role_noun(&w)
                });
            if rest_is_name {
                title = Some((h, te));
            } else if title.is_none() && te >= e && !short_name {
                // A bare title: "President of the United States".
                title = Some((h, te));
            }
        }
        let mut name_start = s;
        let mut role: Option<RoleFound> = None;
        let mut votes: Vec<Vote> = Vec::new();
        if let Some((h, te)) = title {
            // Place or organisation parts of the title are mentions of their own.
            for sub in title_parts(&toks, s, h, te) {
                push_plain(sentence, &toks, sub, first_word, &mut out);
            }
            if te >= e {
                continue;
            }
            role = Some(RoleFound {
                role: squash(&sentence[toks[s].start..toks[te].end]),
                why: "title before the name",
            });
            votes.push(vote(
                EntityKind::Person,
                STRONG,
                format!("title “{}”", toks[h].text),
            ));
            name_start = te + 1;
        } else {
            // Leading demonyms: "Americans Paul Whelan" (but "Russian Foreign Ministry").
            let last = toks[e].lower();
            let keeps = contains(ORG_CUES, &last)
                || contains(PLACE_CUES, &last)
                || toks[s..=e]
                    .windows(2)
                    .any(|w| w[1].is("of") && contains(ORG_CUES, &w[0].lower()))
                || contains(PLACES, &phrase(&toks[s..=e]));
            while !keeps
                && name_start < e
                && (contains(DEMONYMS, &toks[name_start].lower())
                    || contains(TITLE_MODIFIERS, &toks[name_start].lower()))
            {
                name_start += 1;
            }
            // "Principal Denise Okoro": a modifier that is a role noun too,
            // with the name straight after it.
            if name_start > s
                && name_start < e
                && is_role_noun(&toks[name_start - 1].lower())
                && contains(TITLE_MODIFIERS, &toks[name_start - 1].lower())
            {
                role = Some(RoleFound {
                    role: squash(&sentence[toks[s].start..toks[name_start - 1].end]),
                    why: "role noun before the name",
                });
                votes.push(vote(
                    EntityKind::Person,
                    MEDIUM,
                    "role noun before the name",
                ));
            }
            // "former U.S. Marine Paul Whelan", "Substitute Ryo Tanaka": a
            // capitalised role noun before a full name is a role ("Marine
            // Le Pen" is a name: a particle follows).
            let mut p = name_start;
            while p < e
                && (!toks[p].word
                    || toks[p].text.chars().count() == 1
                    || contains(DEMONYMS, &toks[p].lower())
                    || contains(PLACES, &toks[p].lower())
                    || contains(TITLE_MODIFIERS, &toks[p].lower()))
            {
                p += 1;
            }
            if !keeps
                && role.is_none()
                && p + 2 <= e
                && is_role_noun(&toks[p].lower())
                // "Bluewater Isles Lines" is a company, whatever "-water"
                // ends like.
                && !contains(ORG_CUES, &toks[e].lower())
                && !contains(NAME_PARTICLES, &toks[p + 1].lower())
                && toks[p + 1..=e]
                    .iter()
                    .all(|t| t.word && (!t.lowercase() || contains(NAME_PARTICLES, &t.lower())))
            {
                role = Some(RoleFound {
                    role: squash(&sentence[toks[name_start].start..toks[p].end]),
                    why: "role noun before the name",
                });
                votes.push(vote(
                    EntityKind::Person,
                    MEDIUM,
                    "role noun before the name",
                ));
                name_start = p + 1;
            }
            // "Americans Paul Whelan": a nationality is a role.
            if name_start > s && name_start - s == 1 && contains(DEMONYMS, &toks[s].lower()) {
                let d = toks[s].text;
                let single = d
                    .strip_suffix('s')
                    .filter(|x| contains(DEMONYMS, &x.to_lowercase()));
                let d = single.unwrap_or(d);
                // "Her coach, the Italian Renato Galli": the role noun
                // before the comma is the role, the nationality its word.
                let noun = (s >= 4
                    && toks[s - 1].lowercase()
                    && matches!(toks[s - 1].text, "the" | "a" | "an")
                    && toks[s - 2].is(",")
                    && toks[s - 3].lowercase()
                    && is_role_noun(&toks[s - 3].lower())
                    && (toks[s - 4].possessive() || contains(DETERMINERS, &toks[s - 4].lower())))
                .then(|| toks[s - 3].text);
                role = Some(RoleFound {
                    role: noun.map_or_else(|| d.to_string(), |n| format!("{d} {n}")),
                    why: "nationality before the name",
                });
                votes.push(vote(
                    EntityKind::Person,
                    MEDIUM,
                    "nationality before the name",
                ));
            }
        }
        let mut m = match plain(sentence, &toks, name_start..e + 1, first_word) {
            Some(m) => m,
            None => continue,
        };
        m.votes.extend(votes);
        // "Mission manager Dr. Henrik Sollie": a courtesy title says no
        // job; a role noun before it does.
        if role.as_ref().is_some_and(courtesy)
            && title.is_some_and(|(h, _)| h == s)
            && let Some(r) = role_before(sentence, &toks, s)
        {
            role = Some(r);
        }
        // Role noun before the run: "arms dealer Viktor Bout".
        if role.is_none() && name_start == s {
            role = role_before(sentence, &toks, s);
            if role.is_some() {
                m.votes.push(vote(
                    EntityKind::Person,
                    MEDIUM,
                    "role noun before the name",
                ));
            }
        }
        if role.is_none() && name_start == s {
            role = apposition_before(sentence, &toks, s, e);
        }
        // "the newspaper Bergens Tidende", "insurer Aviva"
        if role.is_none()
            && name_start == s
            && s > 0
            && toks[s - 1].lowercase()
            && contains(ORG_NOUNS, &toks[s - 1].lower())
        {
            m.votes.push(vote(
                EntityKind::Organisation,
                MEDIUM,
                "organisation noun before the name",
            ));
        }
        let mut after = e + 1;
        // "National Security Council (NSC)"
        if toks.get(after).is_some_and(|t| t.is("("))
            && toks.get(after + 1).is_some_and(|t| t.all_caps() && t.word)
            && toks.get(after + 2).is_some_and(|t| t.is(")"))
        {
            m.acronym = Some(toks[after + 1].base().to_string());
            skip_until = after + 3;
            after += 3;
        }
        if let Some((r, end)) = apposition_after(sentence, &toks, after) {
            // "Judge Paulo Meireles, chairman of the Provincial Electoral
            // Commission": the title and what the apposition adds.
            // ("Dr", "Mr" are no roles: the apposition says the job.)
            role = Some(match role.take() {
                None => r,
                Some(t)
                    if courtesy(&t) || r.role.to_lowercase().contains(&t.role.to_lowercase()) =>
                {
                    r
                }
                Some(t) => RoleFound {
                    role: format!("{}, {}", t.role, r.role),
                    why: "title before the name and apposition after it",
                },
            });
            after = end;
            if toks.get(after).is_some_and(|t| t.is(",")) {
                after += 1;
            }
        }
        if let Some(nx) = toks.get(after)
            && nx.lowercase()
            && contains(SPEECH_VERBS, &nx.lower())
        {
            m.speaks = true;
            m.votes.push(vote(
                EntityKind::Person,
                WEAK,
                format!("“{}” after the name", nx.text),
            ));
        }
        if role.is_some()
            && !m
                .votes
                .iter()
                .any(|v| v.kind == EntityKind::Person && v.strength >= MEDIUM)
        {
            m.votes.push(vote(EntityKind::Person, MEDIUM, "has a role"));
        }
        m.role = role;
        out.push(m);
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// Courtesy titles ("Dr", "Mr"), which name no job.
const COURTESY: &[&str] = &["dr", "mr", "mrs", "ms", "miss", "sir", "dame", "prof"];

/// Whether a role found is a courtesy title alone.
fn courtesy(t: &RoleFound) -> bool {
    contains(
        COURTESY,
        t.role.trim_end_matches('.').to_lowercase().as_str(),
    )
}

/// Sub-runs of a title's prefix and complement that name places or
/// organisations: "White House" in "White House Press Secretary", "United
/// States" in "President of the United States".
fn title_parts(toks: &[Tok], s: usize, h: usize, te: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut k = s;
    while k < h {
        let l = toks[k].lower();
        if contains(DEMONYMS, &l) && !contains(PLACES, &l)
            || contains(TITLE_MODIFIERS, &l)
            || contains(TITLES, &l)
        {
            k += 1;
            continue;
        }
        let start = k;
        while k < h
            && !contains(TITLE_MODIFIERS, &toks[k].lower())
            && !contains(TITLES, &toks[k].lower())
        {
            k += 1;
        }
        out.push(start..k);
    }
    // The complement after "of [the]".
    let mut c = h + 1;
    if c <= te && toks[c].is("of") {
        c += 1;
        if c <= te && toks[c].is("the") {
            c += 1;
        }
        if c <= te && !contains(DEPARTMENTS, &toks[c].lower()) {
            out.push(c..te + 1);
        }
    }
    out
}

fn push_plain(
    sentence: &str,
    toks: &[Tok],
    r: Range<usize>,
    first_word: usize,
    out: &mut Vec<Mention>,
) {
    if let Some(m) = plain(sentence, toks, r, first_word) {
        out.push(m);
    }
}

/// A mention from a run of name words, with kind evidence from its words
/// and its neighbours.
fn plain(sentence: &str, toks: &[Tok], r: Range<usize>, first_word: usize) -> Option<Mention> {
    if r.is_empty() {
        return None;
    }
    let (s, e) = (r.start, r.end - 1);
    let words: Vec<&Tok> = toks[s..=e].iter().filter(|t| t.word).collect();
    let lowers: Vec<String> = words.iter().map(|t| t.lower()).collect();
    if words.is_empty() {
        return None;
    }
    if words.len() == 1 {
        let l = &lowers[0];
        if contains(FUNCTION_WORDS, l)
            || (contains(DEMONYMS, l) && !contains(PLACES, l))
            || contains(TITLES, l)
            || contains(TITLE_MODIFIERS, l)
            || is_month_or_day(words[0])
            || words[0].number()
        {
            return None;
        }
    }
    let end = toks[e].base_end();
    let name = squash(&sentence[toks[s].start..end]);
    let folded = phrase(&toks[s..=e]);
    let mut votes = Vec::new();
    let last = lowers.last().cloned().unwrap_or_default();
    if contains(PLACES, &folded) {
        votes.push(vote(EntityKind::Place, STRONG, "a known place name"));
    }
    let head_of = |list: &[&str]| {
        toks[s..=e]
            .windows(2)
            .any(|w| w[1].is("of") && contains(list, &w[0].lower()))
    };
    // "Construções Pires & Filhos", "Castell & Reed": a firm.
    let ampersand = sentence[toks[s].start..end].contains('&');
    // "Sporting Lamego", "Real Betis", "FC Porto": a club.
    let club = words.len() > 1 && contains(CLUB_PREFIXES, &lowers[0]);
    let firm = words.len() > 1 && contains(FIRM_WORDS, &last);
    if contains(ORG_CUES, &last) || head_of(ORG_CUES) || ampersand || club || firm {
        votes.push(vote(
            EntityKind::Organisation,
            STRONG,
            "organisation word in the name",
        ));
    } else if (contains(PLACE_CUES, &last) && words.len() > 1) || head_of(PLACE_CUES) {
        votes.push(vote(EntityKind::Place, STRONG, "place word in the name"));
    } else if words.len() > 1 && contains(DEMONYMS, &last) {
        votes.push(vote(EntityKind::Organisation, MEDIUM, "names a people"));
    }
    if words.len() == 1 && words[0].all_caps() && !contains(PLACES, &folded) {
        votes.push(vote(EntityKind::Organisation, MEDIUM, "an acronym"));
    }
    if words.len() > 1 && contains(PLACE_PREFIXES, &lowers[0]) {
        votes.push(vote(
            EntityKind::Place,
            MEDIUM,
            format!("starts with “{}”", words[0].text),
        ));
    }
    // "the Gemini program", "the Labor party"; not "Pires's company" (a
    // company someone owns), nor "Phone lines are working" (a common word
    // capitalised to open the sentence).
    if let Some(nx) = toks.get(e + 1)
        && !toks[e].possessive()
        && !(s == e
            && (toks[..s].iter().all(|t| !t.word) || s == first_word)
            && common_word(&toks[s].lower()))
        && nx.lowercase()
        && contains(ORG_CUES, &nx.lower())
    {
        votes.push(vote(
            EntityKind::Organisation,
            MEDIUM,
            format!("followed by “{}”", nx.text),
        ));
    }
    // "in Mordovia", "at the Grand Hotel"
    let mut p = s;
    if p > 0 && toks[p - 1].is("the") {
        p -= 1;
    }
    let prev = if p > 0 {
        toks[p - 1].lower()
    } else {
        String::new()
    };
    if p > 0 && toks[p - 1].lowercase() && contains(LOCATION_PREPS, &prev) {
        votes.push(vote(EntityKind::Place, MEDIUM, format!("after “{prev}”")));
    }
    // "he said on Sports Tonight", "speaking on Radio Kerry": a programme
    // or a station, not a person.
    if prev == "on"
        && p >= 2
        && (contains(SPEECH_VERBS, &toks[p - 2].lower())
            || matches!(
                toks[p - 2].lower().as_str(),
                "speaking" | "appearing" | "interview"
            ))
    {
        votes.push(vote(
            EntityKind::Organisation,
            MEDIUM,
            format!("after “{} on”", toks[p - 2].text),
        ));
    }
    // "the former mayor of Vila Serrana", "the outskirts of Tuxpan"
    if prev == "of" && p >= 2 && contains(OF_PLACE, &toks[p - 2].lower()) {
        votes.push(vote(
            EntityKind::Place,
            MEDIUM,
            format!("after “{} of”", toks[p - 2].text),
        ));
    }
    if votes.is_empty() {
        // ("Winter Ledger", "Radio Liberty": a plain word first is a
        // title or a body's name, not a given name)
        let shaped = (2..=3).contains(&words.len())
            && words.iter().all(|t| !t.all_caps() && !t.has_digit())
            && !(s > 0 && toks[s - 1].is("the"))
            && !plain_word(&words[0].lower());
        if shaped {
            votes.push(vote(EntityKind::Person, WEAK, "looks like a personal name"));
        } else if words.len() > 1 {
            votes.push(vote(
                EntityKind::Organisation,
                WEAK,
                "a capitalised multi-word name",
            ));
        }
    }
    let initial = toks[..s].iter().all(|t| !t.word) || s == first_word;
    Some(Mention {
        span: toks[s].start..end,
        name,
        words: words.len(),
        votes,
        role: None,
        initial,
        acronym: None,
        speaks: false,
    })
}

/// "American basketball player Brittney Griner": a role noun right before
/// the name, with the modifiers before it.
fn role_before(sentence: &str, toks: &[Tok], s: usize) -> Option<RoleFound> {
    // "Griner's wife, Cherelle, watched": the role noun may stand before a
    // comma when a possessive or determiner ties it to the name.
    let s = if s >= 3
        && toks[s - 1].is(",")
        && (toks[s - 3].possessive() || contains(DETERMINERS, &toks[s - 3].lower()))
    {
        s - 1
    } else {
        s
    };
    // "chief economist Dr. Ana Lopes": past a courtesy title ("Dr.", "Mr").
    let title = |k: usize| toks[k].cap() && contains(COURTESY, &toks[k].lower());
    let s = if s >= 2 && toks[s - 1].is(".") && title(s - 2) {
        s - 2
    } else if s >= 1 && title(s - 1) {
        s - 1
    } else {
        s
    };
    if s == 0 {
        return None;
    }
    let noun = &toks[s - 1];
    let nl = noun.lower();
    if !noun.lowercase() || !is_role_noun(&nl) {
        return None;
    }
    let mut k = s - 1;
    while k > 0 && s - k < 6 {
        let t = &toks[k - 1];
        let l = t.lower();
        let keep = if t.cap() {
            !contains(FUNCTION_WORDS, &l) && !is_month_or_day(t)
        } else if t.lowercase() {
            let adjective = contains(ROLE_ADJECTIVES, &l);
            let plain_word = !contains(FUNCTION_WORDS, &l)
                && !contains(SPEECH_VERBS, &l)
                && !l.ends_with("ed")
                && !l.ends_with("ing")
                && !l.ends_with("ly");
            // A lower-case modifier may not follow "to" or an auxiliary:
            // "harbour master …", "the former …", but not "to exchange …".
            let anchored = k < 2 || !contains(VERB_LEADS, &toks[k - 2].lower());
            adjective || (plain_word && anchored)
        } else {
            t.word && t.has_digit() && t.text.contains('-')
        };
        if !keep {
            break;
        }
        k -= 1;
    }
    let mut role = squash(&sentence[toks[k].start..noun.end]);
    // "Basketball star Brittney Griner …" opens the sentence: its capital
    // marks the start, not a name ("Kremlin spokesman" keeps it).
    if k == 0
        && toks[0].cap()
        && !toks[0].all_caps()
        && !toks[0].possessive()
        && toks.get(1).is_some_and(Tok::lowercase)
        && common_word(&toks[0].lower())
    {
        role = lower_first(&role);
    }
    Some(RoleFound {
        role,
        why: "role words before the name",
    })
}

/// An English common word: one the word vectors know that is no
/// organisation word, nationality or place.
fn common_word(word: &str) -> bool {
    wordvec::table().find(&stem(word)).is_some()
        && !contains(ORG_CUES, word)
        && !contains(DEMONYMS, word)
        && !contains(PLACES, word)
        && !contains(TITLES, word)
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// Does a phrase (starting at `from`) look like a role: its first words
/// include a role noun or a title?
///
/// The role word must be lower-case and come before the first function
/// word ("Winter Ledger, a family saga by the director Piotr Zawada": the
/// director is Zawada, after "by"; "Silver Heron, went to Winter Ledger":
/// a capitalised "Ledger" is a name, no ledger-keeper).
fn has_role_word(toks: &[Tok], from: usize, to: usize) -> bool {
    // ("one of the founders of Y": the role is the founders')
    let mut from = from;
    if toks.get(from).is_some_and(|t| t.lower() == "one")
        && toks.get(from + 1).is_some_and(|t| t.lower() == "of")
    {
        from += 2;
        if toks.get(from).is_some_and(|t| t.lower() == "the") {
            from += 1;
        }
    }
    if from >= to {
        return false;
    }
    for t in &toks[from..to.min(from + 6)] {
        let l = t.lower();
        if (t.word && t.lowercase() && is_role_noun(&l)) || (t.cap() && contains(TITLES, &l)) {
            return true;
        }
        if t.lowercase() && contains(FUNCTION_WORDS, &l) && !matches!(l.as_str(), "and" | "&") {
            return false;
        }
    }
    false
}

/// Does a noun phrase starting at `from` have a role noun or title as its
/// head, before any preposition: "the deputy head of …", not "a briefing by
/// the coordinator …"?
fn role_head(toks: &[Tok], from: usize, to: usize) -> bool {
    for t in &toks[from..to.min(from + 4)] {
        let l = t.lower();
        if (t.word && !t.all_caps() && is_role_noun(&l)) || (t.cap() && contains(TITLES, &l)) {
            return true;
        }
        if !t.word || contains(FUNCTION_WORDS, &l) {
            return false;
        }
    }
    false
}

/// "…, the official representative of the Foreign Ministry, Maria Zakharova".
fn apposition_before(sentence: &str, toks: &[Tok], s: usize, e: usize) -> Option<RoleFound> {
    if s < 3 || !toks[s - 1].is(",") {
        return None;
    }
    // The name must close the apposition.
    let closes = match toks.get(e + 1) {
        None => true,
        Some(t) => {
            matches!(t.text, "," | "." | ";" | ")" | "!" | "?")
                || (t.lowercase() && contains(SPEECH_VERBS, &t.lower()))
        }
    };
    if !closes {
        return None;
    }
    let comma = s - 1;
    let mut best = None;
    let mut k = comma;
    while k > 0 && comma - k < 26 {
        k -= 1;
        let t = &toks[k];
        if matches!(t.text, "," | ";" | "." | ":" | "!" | "?" | "“" | "”" | "\"") {
            break;
        }
        // "the head of …", "The museum director, …" (opening the
        // sentence); "Lumera's founder and chief executive, …" (the owner
        // is part of the role).
        let determiner =
            (t.lowercase() || k == 0) && contains(DETERMINERS, &t.lower()) && !t.possessive();
        if !(determiner || t.possessive()) || k + 1 >= comma || !role_head(toks, k + 1, comma) {
            continue;
        }
        // "the company's finance chief" keeps its "the".
        let owner = toks[k + 1].possessive() && toks[k + 1].lowercase();
        best = Some(if determiner && !owner { k + 1 } else { k });
    }
    let from = best?;
    let mut role = squash(&sentence[toks[from].start..toks[comma - 1].end]);
    // "The company's finance chief" opening the sentence.
    if contains(DETERMINERS, &toks[from].lower()) {
        role = role[..1].to_ascii_lowercase() + &role[1..];
    }
    Some(RoleFound {
        role,
        why: "apposition before the name",
    })
}

/// "Maria Zakharova, official representative of …,": the role and the
/// token index just after it.
fn apposition_after(sentence: &str, toks: &[Tok], after: usize) -> Option<(RoleFound, usize)> {
    if !toks.get(after).is_some_and(|t| t.is(",")) {
        return None;
    }
    let mut q = after + 1;
    let first = toks.get(q)?;
    let fl = first.lower();
    let det = first.lowercase() && matches!(fl.as_str(), "a" | "an" | "the");
    if det {
        q += 1;
    }
    // "Noor Haddad, a 35-year-old Jordanian nurse,": the age goes with
    // the role, the word after it opens it.
    if toks.get(q).is_some_and(|t| is_age(t.text)) {
        q += 1;
    }
    let head = toks.get(q)?;
    let hl = head.lower();
    let starts_well = (head.lowercase()
        && !contains(FUNCTION_WORDS, &hl)
        && !contains(SPEECH_VERBS, &hl)
        && (!hl.ends_with("ed") || contains(ROLE_ADJECTIVES, &hl)))
        || (head.cap()
            && (contains(TITLES, &hl)
                || contains(TITLE_MODIFIERS, &hl)
                || contains(DEMONYMS, &hl)));
    if !starts_well {
        return None;
    }
    let mut end = q;
    while end < toks.len() && end - q < 16 {
        let t = &toks[end];
        let l = t.lower();
        if !t.word && !matches!(t.text, "(" | ")" | "-" | "&" | "'" | "’") {
            break;
        }
        if t.lowercase()
            && (contains(APPOSITION_CUTS, &l)
                || contains(SPEECH_VERBS, &l)
                || (l.ends_with("ing") && !contains(ING_ROLES, &l)))
        {
            break;
        }
        end += 1;
    }
    if end == q || !has_role_word(toks, q, end) {
        return None;
    }
    let from = if det { after + 1 } else { q };
    Some((
        RoleFound {
            role: squash(&sentence[toks[from].start..toks[end - 1].end]),
            why: "apposition after the name",
        },
        end,
    ))
}

/// An age written as one word: "35-year-old".
pub fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The strongest kind among votes; ties prefer organisation, then place.
pub fn decide(votes: &[Vote]) -> Option<&Vote> {
    let rank = |k: EntityKind| match k {
        EntityKind::Organisation => 2,
        EntityKind::Place => 1,
        EntityKind::Person => 0,
    };
    votes
        .iter()
        .max_by_key(|v| (v.strength, rank(v.kind), std::cmp::Reverse(v.why.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(ms: &'a [Mention], name: &str) -> &'a Mention {
        ms.iter()
            .find(|m| m.name == name)
            .unwrap_or_else(|| panic!("no mention {name} in {ms:?}"))
    }

    fn role(ms: &[Mention], name: &str) -> Option<String> {
        find(ms, name).role.as_ref().map(|r| r.role.clone())
    }

    #[test]
    fn title_roles() {
        let ms = mentions(
            "Deputy Finance Minister Olga Petrova and US Secretary of State Tom Reed met.",
        );
        assert_eq!(
            role(&ms, "Olga Petrova").as_deref(),
            Some("Deputy Finance Minister")
        );
        assert_eq!(
            role(&ms, "Tom Reed").as_deref(),
            Some("US Secretary of State")
        );
        assert_eq!(
            decide(&find(&ms, "Tom Reed").votes).unwrap().kind,
            EntityKind::Person
        );
    }

    #[test]
    fn president_title() {
        let ms = mentions("President Ann Holm of Norway spoke.");
        assert_eq!(role(&ms, "Ann Holm").as_deref(), Some("President"));
        let ms = mentions("The President of France arrived.");
        assert!(ms.iter().any(|m| m.name == "France"));
        assert!(ms.iter().all(|m| m.name != "President"));
    }

    #[test]
    fn role_noun_before_name() {
        let ms = mentions("Police freed Canadian hockey player Luc Martin on Friday.");
        assert_eq!(
            role(&ms, "Luc Martin").as_deref(),
            Some("Canadian hockey player")
        );
        let ms = mentions("They agreed to swap businessman Igor Sokol for two sailors.");
        assert_eq!(role(&ms, "Igor Sokol").as_deref(), Some("businessman"));
        let ms = mentions("He stood beside Martin's wife Jeanne at the gate.");
        assert_eq!(role(&ms, "Jeanne").as_deref(), Some("Martin's wife"));
        // A capital that only opens the sentence is no part of the role.
        let ms = mentions("Basketball star Brittney Griner landed on Friday.");
        assert_eq!(
            role(&ms, "Brittney Griner").as_deref(),
            Some("basketball star")
        );
        let ms = mentions("Kremlin spokesman Dmitry Peskov declined to comment.");
        assert_eq!(
            role(&ms, "Dmitry Peskov").as_deref(),
            Some("Kremlin spokesman")
        );
        let ms = mentions("Griner's wife, Cherelle, watched from a courtside seat.");
        assert_eq!(role(&ms, "Cherelle").as_deref(), Some("Griner's wife"));
        let ms = mentions("In Paris, Marie Dubois spoke.");
        assert_eq!(role(&ms, "Marie Dubois"), None);
        // A word that only ends like a role noun, in a company's name.
        let ms = mentions("The ferry is operated by Bluewater Isles Lines, a private firm.");
        assert!(ms.iter().any(|m| m.name == "Bluewater Isles Lines"));
    }

    #[test]
    fn appositions() {
        let ms = mentions("Lena Berg, chief economist at the central bank, warned of a slump.");
        assert_eq!(
            role(&ms, "Lena Berg").as_deref(),
            Some("chief economist at the central bank")
        );
        assert!(find(&ms, "Lena Berg").speaks);
        // An age opens the apposition; "whose" opens one before the name.
        let ms = mentions("Noor Haddad, a 35-year-old Jordanian nurse, was freed.");
        assert_eq!(
            role(&ms, "Noor Haddad").as_deref(),
            Some("a 35-year-old Jordanian nurse")
        );
        let ms = mentions("They took the boat Mary Ellen, whose skipper, Callum Bryce, was first.");
        assert_eq!(role(&ms, "Callum Bryce").as_deref(), Some("skipper"));
        let ms = mentions("In reply, the head of the Federal Tax Service, Omar Diaz, said no.");
        assert_eq!(
            role(&ms, "Omar Diaz").as_deref(),
            Some("head of the Federal Tax Service")
        );
        let ms = mentions("Judge Paulo Meireles, chairman of the commission, said so.");
        assert_eq!(
            role(&ms, "Paulo Meireles").as_deref(),
            Some("Judge, chairman of the commission")
        );
        let ms = mentions("Dr Amara Quist, a geochemist at Tromso, said so.");
        assert_eq!(
            role(&ms, "Amara Quist").as_deref(),
            Some("a geochemist at Tromso")
        );
        let ms = mentions("The museum director, Claudia Reinholt, called it a blow.");
        assert_eq!(
            role(&ms, "Claudia Reinholt").as_deref(),
            Some("museum director")
        );
        let ms = mentions("Lumera's founder and chief executive, Kenji Arai, will stay.");
        assert_eq!(
            role(&ms, "Kenji Arai").as_deref(),
            Some("Lumera's founder and chief executive")
        );
        let ms = mentions("Tim Cole, a retired Navy pilot serving as mayor, spoke.");
        assert_eq!(
            role(&ms, "Tim Cole").as_deref(),
            Some("a retired Navy pilot")
        );
    }

    #[test]
    fn kinds_from_cues() {
        let ms = mentions(
            "The Ministry of Transport said trains from Lyon reached Karvik and CNN filmed it in Dorne.",
        );
        let kind = |n: &str| decide(&find(&ms, n).votes).map(|v| v.kind);
        assert_eq!(
            kind("Ministry of Transport"),
            Some(EntityKind::Organisation)
        );
        assert_eq!(kind("Lyon"), Some(EntityKind::Place));
        assert_eq!(kind("CNN"), Some(EntityKind::Organisation));
        let ms = mentions("Adjei joined from Portuguese club Sporting Lamego on Friday.");
        let club = decide(&find(&ms, "Sporting Lamego").votes).map(|v| v.kind);
        assert_eq!(club, Some(EntityKind::Organisation));
        assert_eq!(kind("Dorne"), Some(EntityKind::Place));
        let ms = mentions("\"It will not do,\" he said on Sports Tonight.");
        let show = decide(&find(&ms, "Sports Tonight").votes).map(|v| v.kind);
        assert_eq!(show, Some(EntityKind::Organisation));
    }

    #[test]
    fn a_plain_word_first_is_no_given_name() {
        let ms = mentions(
            "Critics had tipped Winter Ledger for the prize, and Lucy Harnden and Kenji Moriyama \
             agreed, though Radio Liberty did not.",
        );
        let kind = |n: &str| decide(&find(&ms, n).votes).map(|v| v.kind);
        assert_ne!(kind("Winter Ledger"), Some(EntityKind::Person));
        assert_ne!(kind("Radio Liberty"), Some(EntityKind::Person));
        assert_eq!(kind("Lucy Harnden"), Some(EntityKind::Person));
        assert_eq!(kind("Kenji Moriyama"), Some(EntityKind::Person));
    }

    #[test]
    fn acronyms_and_initials() {
        let ms = mentions("The National Grid Agency (NGA) hired Mary K. Dunn.");
        assert_eq!(
            find(&ms, "National Grid Agency").acronym.as_deref(),
            Some("NGA")
        );
        assert!(ms.iter().all(|m| m.name != "NGA"));
        assert!(ms.iter().any(|m| m.name == "Mary K. Dunn"));
    }

    #[test]
    fn sentence_start_words_and_months_are_not_names() {
        let ms = mentions("On July 27, Reuters reported the deal.");
        let names: Vec<&str> = ms.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Reuters"]);
    }

    fn names(sentence: &str) -> Vec<String> {
        mentions(sentence).into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn capitalised_roles_before_names() {
        let ms = mentions("Russia freed former U.S. Marine Paul Whelan on Thursday.");
        assert_eq!(role(&ms, "Paul Whelan").as_deref(), Some("Marine"));
        let ms = mentions("Substitute Ryo Tanaka scored in the 112th minute.");
        assert_eq!(role(&ms, "Ryo Tanaka").as_deref(), Some("Substitute"));
        let ms = mentions("Her coach, the Italian Renato Galli, was pleased.");
        assert_eq!(role(&ms, "Renato Galli").as_deref(), Some("Italian coach"));
        let ms = mentions("The Italian Renato Galli was pleased.");
        assert_eq!(role(&ms, "Renato Galli").as_deref(), Some("Italian"));
    }

    #[test]
    fn particles_inside_names() {
        assert_eq!(
            names("Ashgrove manager Pieter de Vries was critical."),
            ["Ashgrove", "Pieter de Vries"]
        );
        assert_eq!(
            names("He met Ana da Silva in Rio de Janeiro."),
            ["Ana da Silva", "Rio de Janeiro"]
        );
    }

    #[test]
    fn organisations_with_and_possessives_and_demonyms() {
        assert_eq!(
            names("The federal Occupational Safety and Health Administration cited it."),
            ["Occupational Safety and Health Administration"]
        );
        assert_eq!(names("Germany and Poland agreed."), ["Germany", "Poland"]);
        assert_eq!(
            names("The American Academy of Pediatrics has recommended it."),
            ["American Academy of Pediatrics"]
        );
        assert_eq!(
            names("She works at Lakeshore Children's Hospital in Chicago."),
            ["Lakeshore Children's Hospital", "Chicago"]
        );
        assert_eq!(
            names("It appears in the Journal of Adolescent Health Research."),
            ["Journal of Adolescent Health Research"]
        );
    }

    #[test]
    fn clubs_firms_and_towns_get_their_kind() {
        let kind = |sentence: &str, name: &str| {
            let ms = mentions(sentence);
            decide(&find(&ms, name).votes).map(|v| v.kind)
        };
        let org = Some(EntityKind::Organisation);
        assert_eq!(
            kind("Northbridge United signed him.", "Northbridge United"),
            org
        );
        assert_eq!(
            kind("He joined Halvorsen Capital.", "Halvorsen Capital"),
            org
        );
        assert_eq!(
            kind(
                "He owns Construções Pires & Filhos, a builder.",
                "Construções Pires & Filhos"
            ),
            org
        );
        assert_eq!(
            kind(
                "Rui Teixeira, the former mayor of Vila Serrana, was jailed.",
                "Vila Serrana"
            ),
            Some(EntityKind::Place)
        );
        assert_ne!(kind("Joaquim Pires's company paid.", "Joaquim Pires"), org);
        assert_eq!(
            kind(
                "Kestrel Electronics said on Wednesday it would act.",
                "Kestrel Electronics"
            ),
            org
        );
        assert_eq!(
            kind(
                "Analysts at Bramwell Securities agreed.",
                "Bramwell Securities"
            ),
            org
        );
        assert!(!names("Alongside Whelan came Gershkovich.").contains(&"Alongside Whelan".into()));
    }

    #[test]
    fn common_words_are_not_names() {
        assert!(names("\"Tonight Paul is on a plane,\" she said.").contains(&"Paul".to_string()));
        assert!(names("Roughly 85 firefighters battled the flames.").is_empty());
        assert!(names("\"I'm not sure I've ever been this tired,\" he said.").is_empty());
        assert!(
            names("Fans wore T-shirts reading the slogan.")
                .iter()
                .all(|n| !n.contains("shirt"))
        );
        assert_eq!(
            names("They were sold at Target from Jan. 2022 through Aug. 2024."),
            ["Target"]
        );
        assert!(names("The library stays open on Saturdays.").is_empty());
    }
}
