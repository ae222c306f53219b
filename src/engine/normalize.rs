//! Text normalisation shared by indexing and questions, so both sides agree.
//!
//! `fold` → `tokenize` → stop words → `stem`: Unicode is folded to ASCII
//! (accents dropped, Cyrillic transliterated, curly quotes straightened),
//! case is lowered, possessives are cut ("Whelan's" → "whelan"), and every
//! other non-alphanumeric character separates tokens. Input length is
//! bounded by [`MAX_QUESTION_CHARS`] so work stays linear and small.

use once_cell::sync::Lazy;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;

/// Questions longer than this are cut before analysis: no real question is
/// longer, and it bounds the work a hostile 1 MB line can cause.
pub const MAX_QUESTION_CHARS: usize = 1000;

/// One word of input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Folded, lower-case text.
    pub text: String,
    /// The word was written with a capital first letter.
    pub capital: bool,
    /// The word was written all in capitals (two letters or more): "US".
    pub all_caps: bool,
}

/// Folds Unicode to lower-case ASCII, keeping spacing.
///
/// ```
/// use storybot::engine::normalize::fold;
/// assert_eq!(fold("Zakharová’s"), "zakharova's");
/// assert_eq!(fold(""), "");
/// ```
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// Splits text into tokens: folded, possessives removed, punctuation dropped.
///
/// ```
/// use storybot::engine::normalize::tokenize;
/// let t: Vec<String> = tokenize("Whelan's U.S. Jean-Pierre!").into_iter().map(|t| t.text).collect();
/// assert_eq!(t, ["whelan", "u", "s", "jean", "pierre"]);
/// assert!(tokenize("?!…").is_empty());
/// let t: Vec<String> = tokenize("about 60%").into_iter().map(|t| t.text).collect();
/// assert_eq!(t, ["about", "60", "percent"]);
/// let t: Vec<String> = tokenize("$1.2 million").into_iter().map(|t| t.text).collect();
/// assert_eq!(t, ["dollars", "1", "2", "million"]);
/// ```
pub fn tokenize(s: &str) -> Vec<Token> {
    // "60%" is "60 percent", "$412" is "dollars 412": signs are words a
    // question may spell out.
    const SIGNS: &[(char, &str)] = &[
        ('%', " percent "),
        ('$', " dollars "),
        ('€', " euros "),
        ('£', " pounds "),
        ('¥', " yen "),
        ('₽', " rubles "),
    ];
    let s: Cow<'_, str> = if s.contains(|c| SIGNS.iter().any(|&(sign, _)| sign == c)) {
        let mut out = String::with_capacity(s.len() + 16);
        for c in s.chars() {
            match SIGNS.iter().find(|&&(sign, _)| sign == c) {
                Some(&(_, word)) => out.push_str(word),
                None => out.push(c),
            }
        }
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    };
    let s = s.as_ref();
    // Letters and digits of any script are folded; every other symbol (emoji,
    // dashes, quotes) separates words, except apostrophes, which keep "Whelan's"
    // together so the possessive can be cut.
    // ASCII text needs neither step: the split below already separates words
    // at every other symbol.
    let ascii: Cow<'_, str> = if s.is_ascii() {
        Cow::Borrowed(s)
    } else {
        let kept: String = s
            .chars()
            .map(|c| match c {
                '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
                c if c.is_alphanumeric() => c,
                _ => ' ',
            })
            .collect();
        Cow::Owned(deunicode::deunicode(&kept))
    };
    let mut out = Vec::new();
    for raw in ascii.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'')) {
        let raw = raw.trim_matches('\'');
        let raw = raw
            .strip_suffix("'s")
            .or_else(|| raw.strip_suffix("'S"))
            .unwrap_or(raw);
        let mut text = String::with_capacity(raw.len());
        let (mut letters, mut lower) = (0, false);
        for c in raw.chars().filter(|c| *c != '\'') {
            letters += usize::from(c.is_ascii_alphabetic());
            lower |= c.is_ascii_lowercase();
            text.push(c.to_ascii_lowercase());
        }
        if text.is_empty() {
            continue;
        }
        out.push(Token {
            text,
            capital: raw.starts_with(|c: char| c.is_ascii_uppercase()),
            all_caps: letters >= 2 && !lower,
        });
    }
    out
}

/// A phrase in the form used for alias comparison: tokens joined by spaces.
///
/// ```
/// use storybot::engine::normalize::fold_phrase;
/// assert_eq!(fold_phrase("Jean-Pierre"), fold_phrase("jean pierre"));
/// assert_eq!(fold_phrase("U.S."), "u s");
/// ```
pub fn fold_phrase(s: &str) -> String {
    tokenize(s)
        .into_iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

// FxHash: every word of every fact and question is looked up here, and
// SipHash was a visible share of indexing.
static STOP: Lazy<FxHashSet<&'static str>> = Lazy::new(|| {
    "a an the is are was were be been being am do does did doing done have has had having \
     of in on at to for from by with about as into onto than that this these those there here \
     it its it's they them their theirs he him his she her hers we us our ours you your yours \
     i me my mine and or but if so then also just very too any some all each every either \
     can could would should will shall may might must let lets please me know \
     what who whom whose when where why how which whats whos \
     not no yet ever still get got go going there's s t re ve ll d m \
     dont doesnt didnt isnt wasnt werent arent wont cant couldnt wouldnt shouldnt hasnt havent"
        .split_whitespace()
        .collect()
});

/// Words that carry no meaning for matching ("the", "did", question words…).
///
/// ```
/// use storybot::engine::normalize::is_stop;
/// assert!(is_stop("the") && is_stop("who"));
/// assert!(!is_stop("offer") && !is_stop(""));
/// ```
pub fn is_stop(word: &str) -> bool {
    STOP.contains(word)
}

/// Every stop word (for correcting their typos: "wolud" → "would").
pub fn stop_words() -> impl Iterator<Item = &'static str> {
    STOP.iter().copied()
}

static STEMMER: Lazy<Stemmer> = Lazy::new(|| Stemmer::create(Algorithm::English));

/// The Snowball (Porter 2) English stem of a folded word.
///
/// ```
/// use storybot::engine::normalize::stem;
/// assert_eq!(stem("sentenced"), stem("sentence"));
/// assert_eq!(stem(""), "");
/// ```
pub fn stem(word: &str) -> String {
    STEMMER.stem(lemma(word)).into_owned()
}

/// English irregular verb forms, mapped to their base form before stemming
/// (the stemmer only knows regular endings: "ran" would never meet "run").
#[rustfmt::skip]
static IRREGULAR: Lazy<FxHashMap<&'static str, &'static str>> = Lazy::new(|| {
    [
        ("ran", "run"), ("won", "win"), ("began", "begin"), ("begun", "begin"), ("took", "take"),
        ("taken", "take"), ("gave", "give"), ("given", "give"), ("went", "go"), ("gone", "go"),
        ("saw", "see"), ("seen", "see"), ("found", "find"), ("held", "hold"), ("led", "lead"),
        ("built", "build"), ("fought", "fight"), ("sold", "sell"), ("bought", "buy"),
        ("told", "tell"), ("said", "say"), ("made", "make"), ("became", "become"),
        ("knew", "know"), ("known", "know"), ("wrote", "write"), ("written", "write"),
        ("grew", "grow"), ("grown", "grow"), ("came", "come"), ("left", "leave"), ("met", "meet"),
        ("paid", "pay"), ("sent", "send"), ("spent", "spend"), ("stood", "stand"),
        ("thought", "think"), ("brought", "bring"), ("caught", "catch"), ("taught", "teach"),
        ("chose", "choose"), ("chosen", "choose"), ("drove", "drive"), ("driven", "drive"),
        ("fell", "fall"), ("fallen", "fall"), ("flew", "fly"), ("flown", "fly"), ("hid", "hide"),
        ("hidden", "hide"), ("kept", "keep"), ("lost", "lose"), ("risen", "rise"),
        ("shot", "shoot"), ("spoke", "speak"), ("spoken", "speak"), ("stole", "steal"),
        // (not "struck" → "strike": a train struck a landslip, a quake
        // struck; workers strike, they seldom "struck")
        ("stolen", "steal"), ("threw", "throw"), ("thrown", "throw"),
        ("wore", "wear"), ("worn", "wear"), ("sought", "seek"), ("slew", "slay"),
        ("slain", "slay"), ("born", "bear"), ("drew", "draw"), ("drawn", "draw"),
        ("ate", "eat"), ("eaten", "eat"), ("blew", "blow"), ("blown", "blow"),
        ("broke", "break"), ("broken", "break"), ("froze", "freeze"),
        ("frozen", "freeze"), ("dealt", "deal"), ("felt", "feel"), ("heard", "hear"), ("laid", "lay"),
        ("lent", "lend"), ("meant", "mean"), ("sang", "sing"), ("sung", "sing"), ("sank", "sink"),
        ("sunk", "sink"), ("slept", "sleep"), ("spun", "spin"), ("swam", "swim"), ("understood", "understand"),
        ("wove", "weave"), ("woven", "weave"), ("withdrew", "withdraw"), ("withdrawn", "withdraw"),
        ("overcame", "overcome"), ("undertook", "undertake"), ("undertaken", "undertake"),
        ("forbade", "forbid"), ("forbidden", "forbid"), ("forgave", "forgive"), ("forgiven", "forgive"),
        ("arose", "arise"), ("arisen", "arise"), ("awoke", "awake"), ("bent", "bend"),
        ("bred", "breed"), ("clung", "cling"), ("dug", "dig"), ("fed", "feed"), ("fled", "flee"),
        ("flung", "fling"), ("hung", "hang"), ("lit", "light"), ("rang", "ring"),
        ("rung", "ring"), ("rode", "ride"), ("ridden", "ride"), ("shook", "shake"), ("shaken", "shake"),
        ("shone", "shine"), ("sped", "speed"), ("stuck", "stick"), ("stung", "sting"),
        ("strove", "strive"), ("swept", "sweep"), ("swung", "swing"), ("tore", "tear"), ("torn", "tear"),
        ("wept", "weep"), ("wrung", "wring"), ("children", "child"), ("men", "man"),
        ("women", "woman"), ("people", "person"), ("mice", "mouse"), ("feet", "foot"), ("teeth", "tooth"),
        // (time's unit, not the place after first: "10 seconds" is no
        // answer to who came second)
        ("seconds", "secs"),
    ]
    .into_iter()
    .collect()
});

/// The base form of an irregular English word, or the word itself.
///
/// ```
/// use storybot::engine::normalize::lemma;
/// assert_eq!(lemma("ran"), "run");
/// assert_eq!(lemma("offered"), "offered");
/// // "in 2 hours 8 minutes 41 seconds" says nothing of who came second
/// assert_ne!(storybot::engine::normalize::stem("seconds"), storybot::engine::normalize::stem("second"));
/// assert_eq!(lemma(""), "");
/// ```
pub fn lemma(word: &str) -> &str {
    IRREGULAR.get(word).copied().unwrap_or(word)
}

/// Phrasal verbs news writes where a question may use one word, or the
/// other way round: (verb, particle, the one word). Only those whose sense
/// hardly depends on what follows ("pick up" is left out: a suspect, a
/// phone, an award).
#[rustfmt::skip]
const PHRASAL: &[(&str, &str, &str)] = &[
    ("break", "out", "start"), ("kick", "off", "start"), ("set", "up", "establish"),
    ("step", "down", "resign"), ("stand", "down", "resign"), ("call", "off", "cancel"),
    ("put", "off", "postpone"), ("push", "back", "postpone"), ("hold", "off", "delay"), ("look", "into", "investigate"),
    ("find", "out", "discover"), ("carry", "out", "conduct"), ("take", "over", "control"),
    ("give", "up", "surrender"), ("hand", "over", "surrender"), ("turn", "over", "surrender"),
    ("pull", "out", "withdraw"), ("drop", "out", "withdraw"), ("turn", "down", "reject"),
    ("shut", "down", "close"), ("close", "down", "close"), ("blow", "up", "explode"),
    ("set", "off", "trigger"), ("point", "out", "note"), ("sign", "up", "register"),
    ("lay", "off", "dismiss"), ("wipe", "out", "destroy"), ("lock", "up", "jail"),
    ("sort", "out", "resolve"), ("roll", "out", "launch"), ("phase", "out", "eliminate"),
    ("step", "up", "increase"), ("scale", "back", "reduce"), ("cut", "back", "reduce"),
    ("wind", "down", "end"), ("bring", "about", "cause"), ("take", "charge", "lead"),
    ("take", "place", "happen"), ("take", "office", "inaugurate"), ("swear", "in", "inaugurate"),
    ("sworn", "in", "inaugurate"), ("according", "to", "say"), ("put", "in", "contribute"),
    ("chip", "in", "contribute"), ("give", "way", "collapse"), ("cave", "in", "collapse"),
    ("come", "down", "collapse"), ("lead", "to", "cause"), ("try", "for", "trial"),
    ("hold", "up", "delay"), ("end", "up", "finally"), ("walk", "off", "strike"), ("throw", "out", "annul"), ("strike", "down", "annul"),
    ("put", "into", "contribute"), ("pass", "away", "die"), ("kick", "in", "start"),
    // (a ship or a plane goes down; prices "fell", which is not "sank")
    ("go", "down", "sink"),
];

/// Possessives a verb's object may carry ("left *their* homes").
const POSSESSIVES: &[&str] = &["their", "his", "her", "its", "our", "my", "your"];

/// A verb and its object that news says in one word: (verb, object, the
/// one word); "left their homes" is "evacuated".
#[rustfmt::skip]
const VERB_OBJECT: &[(&str, &str, &str)] = &[
    ("leave", "home", "evacuate"), ("leave", "homes", "evacuate"), ("get", "rid", "cut"),
    ("flee", "home", "evacuate"), ("flee", "homes", "evacuate"), ("set", "foot", "walk"),
];

/// What one wins: "took the award" is "won the award".
const PRIZES: &[&str] = &[
    "award", "awards", "prize", "prizes", "title", "titles", "trophy", "medal", "medals", "cup",
    "crown", "gold", "silver", "bronze",
];

/// A preposition and a noun that say one thing: (preposition, noun, the
/// one word); "in charge of" is the head of it, not a charge laid. Read at
/// the second word; so is "Duncan Ferrier, who runs Skarvoy Stores", the
/// head of the shop as a question's "who runs it" is.
#[rustfmt::skip]
const PREP_NOUN: &[(&str, &str, &str)] = &[
    ("in", "charge", "head"), ("in", "command", "head"), ("who", "runs", "heads"),
];

/// Two-word names that say one thing: titles chat shortens to letters ("the
/// CEO" is "the chief executive", and "chief executive officer" keeps
/// "officer" beside it), and a few set phrases ("industrial action" is a
/// strike, the "runner-up" came second).
#[rustfmt::skip]
const TITLE_LETTERS: &[(&str, &str, &str)] = &[
    ("chief", "executive", "ceo"), ("chief", "financial", "cfo"),
    ("chief", "information", "cio"), ("chief", "operating", "coo"),
    ("chief", "technology", "cto"), ("finance", "chief", "cfo"), ("financial", "chief", "cfo"),
    // (a union's or a party's leader)
    ("general", "secretary", "leader"), ("secretary", "general", "leader"),
    // (a walkout said the union's way; who came second)
    ("industrial", "action", "strike"), ("runner", "up", "second"),
];

/// The one word for a phrasal verb starting at token `i` ("broke out" →
/// "start"), matched on the verb's stem so every form counts. "Broke out of
/// prison" is an escape, not a start: a particle followed by "of" is none.
/// Titles go to their letters the same way ("chief executive" → "ceo").
///
/// ```
/// use storybot::engine::normalize::{phrasal, tokenize};
/// let t = tokenize("A fire broke out on Monday");
/// assert_eq!(phrasal(&t, 2), Some("start"));
/// assert_eq!(phrasal(&tokenize("He broke out of prison"), 1), None);
/// assert_eq!(phrasal(&t, 3), None);
/// assert_eq!(phrasal(&tokenize("the chief executive of Kestrel"), 1), Some("ceo"));
/// assert_eq!(phrasal(&tokenize("they left their homes"), 1), Some("evacuate"));
/// assert_eq!(phrasal(&tokenize("the span gave way"), 2), Some("collapse"));
/// assert_eq!(phrasal(&tokenize("who is in charge of it"), 3), Some("head"));
/// assert_eq!(phrasal(&tokenize("Ann Ward, who runs Ward Stores"), 3), Some("heads"));
/// assert_eq!(phrasal(&tokenize("she was tried for smuggling"), 2), Some("trial"));
/// assert_eq!(phrasal(&tokenize("it was held up by a dispute"), 2), Some("delay"));
/// assert_eq!(phrasal(&tokenize("340 operations were pushed back"), 3), Some("postpone"));
/// assert_eq!(phrasal(&tokenize("the steamer went down in a gale"), 2), Some("sink"));
/// // (a person or a town handed over is surrendered, not moved)
/// assert_eq!(phrasal(&tokenize("he was turned over to the khan"), 2), Some("surrender"));
/// assert_eq!(phrasal(&tokenize("the charge of fraud"), 1), None);
/// ```
pub fn phrasal(tokens: &[Token], i: usize) -> Option<&'static str> {
    let word = tokens[i].text.as_str();
    // "in charge": the noun carries the meaning (the preposition is a stop word).
    if let Some(prev) = i.checked_sub(1).and_then(|p| tokens.get(p))
        && let Some(&(_, _, one)) = PREP_NOUN
            .iter()
            .find(|(p, n, _)| *n == word && *p == prev.text)
    {
        return Some(one);
    }
    let particle = tokens.get(i + 1)?;
    // "left their homes", "fled home": one word, read through a possessive.
    let object = if POSSESSIVES.contains(&particle.text.as_str()) {
        tokens.get(i + 2)
    } else {
        Some(particle)
    };
    if let Some(o) = object
        && let Some(&(_, _, one)) = VERB_OBJECT
            .iter()
            .find(|(v, n, _)| *n == o.text && stem(lemma(word)) == stem(v))
    {
        return Some(one);
    }
    // "Which film took the festival's top award?": to take a prize is to
    // win it.
    if lemma(word) == "take"
        && tokens[i + 1..]
            .iter()
            .take(4)
            .any(|t| PRIZES.contains(&t.text.as_str()))
    {
        return Some("won");
    }
    if let Some(&(_, _, letters)) = TITLE_LETTERS
        .iter()
        .find(|(a, b, _)| *a == word && *b == particle.text)
    {
        return Some(letters);
    }
    if tokens.get(i + 2).is_some_and(|t| t.text == "of") {
        return None;
    }
    // ("went down" is "go down")
    let verb = lemma(&tokens[i].text);
    PHRASAL
        .iter()
        .filter(|(_, p, _)| *p == particle.text)
        .find(|(v, _, _)| verb.as_bytes().first() == v.as_bytes().first() && stem(verb) == stem(v))
        .map(|&(_, _, one)| one)
}

/// Whether token `i` is the particle of a [`phrasal`] verb. (The object
/// of a `VERB_OBJECT` pair stays a word of its own: "homes".)
pub fn phrasal_particle(tokens: &[Token], i: usize) -> bool {
    i > 0
        && phrasal(tokens, i - 1).is_some()
        && !PREP_NOUN.iter().any(|(_, n, _)| *n == tokens[i - 1].text)
        && !VERB_OBJECT.iter().any(|(_, n, _)| *n == tokens[i].text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_and_accents_fold() {
        assert_eq!(fold_phrase("Захарова"), "zakharova");
        assert_eq!(fold_phrase("Pésköv"), "peskov");
    }

    #[test]
    fn caps_are_recorded() {
        let t = tokenize("US us Kirby");
        assert!(t[0].all_caps && !t[1].all_caps && t[2].capital && !t[2].all_caps);
    }

    #[test]
    fn emoji_and_symbols_are_not_words() {
        assert!(
            tokenize("🤔 ⚠️ → ™")
                .iter()
                .all(|t| t.text.chars().all(|c| c.is_ascii_alphanumeric()))
        );
        assert!(tokenize("🤔").is_empty());
    }
}
