//! Synonym groups: words a reader may use for the story's own words.
//!
//! Each group maps every member's stem to one canonical stem (the first
//! member's), at indexing and at question time alike. A word belongs to one
//! group at most; the first group that claims it wins. The built-in groups
//! are general news vocabulary, never a particular question's wording;
//! knowledge files may add groups of their own (`synonyms = [[…]]`).
//!
//! Word families the stemmer misses come after the groups: a noun WordNet
//! derives from a verb ("holder" / "hold", "destruction" / "destroy",
//! "identification" / "identify") maps to the verb's canonical stem, so
//! "ticket holders" meets "held tickets". The list (`data/families.txt`)
//! is made and filtered by `data/families.py`.

use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

use super::normalize::{fold, lemma, stem};

/// General news-story vocabulary, grouped by meaning.
#[rustfmt::skip]
pub const BUILTIN: &[&[&str]] = &[
    &["offer", "offered", "propose", "proposal", "proposed", "suggest", "suggestion", "bid"],
    &["swap", "exchange", "trade", "switch", "barter", "deal"],
    &[
        "say", "said", "says", "state", "statement", "comment", "tell", "told", "stress",
        "remark", "declare", "declaration", "note", "add", "mention", "speak",
        "spoke", "claim", "assert", "insist", "announce", "respond", "response", "reply",
        "react", "reaction", "think", "view", "opinion", "proclaim", "proclamation", "describe",
        "characterize", "characterise", "speech",
    ],
    &["sentence", "sentenced", "jail", "convict", "conviction", "serve"],
    &["accuse", "accusation", "charge", "allege", "allegation", "trial", "indict", "indictment", "prosecute", "prosecution", "suspect"],
    &["smuggle", "smuggling", "trafficking", "trafficker", "contraband"],
    &["drug", "narcotic", "cannabis", "marijuana"],
    &["espionage", "spy", "spying", "spied"],
    &["release", "free", "freed", "liberate", "liberation", "freedom"],
    &["negotiate", "negotiation", "bargain", "bargaining", "talk", "discuss", "discussion", "conversation", "dialogue", "diplomacy", "agreement", "agree"],
    &["result", "outcome", "progress", "breakthrough", "success"],
    &["reach", "achieve", "attain", "accomplish"],
    &["network", "broadcaster", "channel", "outlet", "media", "television", "tv", "newspaper", "press", "journalist", "reporter"],
    &["report", "reported", "cite", "citing", "source", "leak"],
    &["send", "sent", "deliver", "submit", "transmit", "pass", "hand", "handed", "handover"],
    &["urge", "call", "ask", "request", "demand", "appeal", "press", "push", "want", "wish", "seek", "sought"],
    &["accept", "approve", "consent", "embrace"],
    &["support", "endorse", "favor", "favour"],
    &["decline", "refuse", "reject", "deny", "dismiss"],
    &["arrest", "detain", "detention", "capture", "seize", "catch", "caught", "apprehend", "custody"],
    &["businessman", "businessperson", "entrepreneur", "tycoon", "merchant", "dealer"],
    &["weapon", "arm", "gun", "firearm", "munition"],
    &["murder", "assassinate"],
    &["hacker", "attacker", "cybercriminal"],
    &["cyberattack", "hack", "attack", "breach", "intrusion"],
    &["job", "role", "position", "title", "occupation", "post", "profession", "function", "work", "employ", "employment"],
    &["happen", "occur"],
    &["mediate", "mediation", "mediator", "broker", "facilitate", "intermediary"],
    &["serious", "sincere", "genuine", "earnest", "honest"],
    &["meaningful", "substantial", "significant", "substantive"],
    &["priority", "important", "importance", "key", "care", "matter", "main"],
    &["begin", "start", "launch", "open"],
    &["end", "finish", "conclude", "close", "closure", "shut"],
    &["die", "death", "dead", "died", "kill", "fatal", "fatality", "deadly"],
    &["buy", "purchase", "acquire"],
    &["pay", "paid", "payment", "fee", "finance", "financed", "sponsor", "salary", "wage"],
    &["laboratory", "lab"],
    &["award", "prize", "accolade"],
    &["inaugurate", "inauguration"],
    &["photograph", "photo"],
    &["examination", "exam"],
    &["information", "info", "data"],
    &["steal", "stole", "stolen", "theft", "rob", "robbery", "loot", "heist", "burglary"],
    &["injure", "injured", "injury", "hurt", "wound", "wounded"],
    &["sell", "sale", "sold"],
    &["country", "nation", "state"],
    &["president", "leader", "head", "chief", "chairman", "chairwoman", "chairperson", "ceo", "boss", "lead", "principal", "director"],
    &["american", "americans", "us", "usa", "america"],
    &["russian", "russians", "russia"],
    &["prisoner", "prison", "imprison", "detainee", "captive", "inmate", "hostage"],
    &["spokesman", "spokeswoman", "spokesperson", "representative", "secretary"],
    &["minister", "ministry", "department", "agency"],
    &["broadcast", "stream", "air", "aired", "televise", "show", "shown", "livestream"],
    &["move", "moved", "transfer", "relocate"],
    &["extradite", "extradition", "deport", "deportation"],
    &["wife", "spouse", "husband", "partner", "married", "marry", "marriage"],
    &["player", "athlete", "star"],
    &["basketball", "wnba", "nba"],
    &["ship", "boat", "vessel", "ferry"],
    &["percent", "percentage", "proportion"],
    &["lose", "loss", "lost"],
    &["extra", "additional"],
    &["consumer", "customer", "buyer", "shopper", "purchaser"],
    &["fight", "fought", "battle", "combat", "tackle"],
    &["fire", "blaze", "flame", "inferno"],
    &["win", "won", "winner", "beat", "defeat", "victory", "victorious", "triumph"],
    &["large", "larger", "largest", "big", "bigger", "biggest", "huge", "strongest"],
    &["small", "smaller", "smallest", "tiny"],
    &["official", "officially", "formal", "formally"],
    &["cede", "concede", "concession", "relinquish", "surrender", "abandon"],
    &["cause", "trigger", "prompt", "spark", "provoke"],
    &["increase", "rise", "rose", "raise", "hike", "boost", "jump", "climb", "surge", "soar"],
    &["decrease", "drop", "reduce", "reduction", "cut", "plunge", "slump", "shrink", "dip", "slide", "tumble", "lower", "lowered"],
    &["former", "previous", "ex", "past"],
    &["earthquake", "quake", "tremor"],
    &["flood", "flooding", "deluge", "inundate"],
    &["company", "firm", "corporation", "business"],
    &["layoff", "redundancy"],
    &["investigate", "investigation", "probe", "inquiry", "enquiry"],
    &["car", "vehicle", "automobile"],
    &["doctor", "physician"],
    &["child", "children", "kid"],
    &["build", "construct", "construction"],
    &["destroy", "demolish", "raze", "wreck"],
    &["strike", "walkout", "stoppage"],
    &["hit", "struck"],
    &["stay", "remain"],
    &["foreign", "overseas"],
    &["inhabit", "occupy"],
    &["crew", "sailor", "seafarer"],
    &["resign", "resignation", "quit"],
    &["discover", "discovery", "uncover", "unearth", "find"],
    &["hoard", "treasure", "trove", "cache", "stash"],
    &["unemployment", "unemployed", "jobless"],
    &["bicycle", "bike", "cycle"],
    &["family", "families", "household"],
    &["evacuate", "evacuation", "evacuee", "flee"],
    &["contribute", "contribution", "invest", "investment", "donate", "donation"],
    &["stock", "shares"],
    &["value", "valued", "worth", "valuation"],
    &["price", "priced", "retail"],
    &["establish", "create", "creation"],
    &["intend", "plan", "aim", "intention"],
    &["recommend", "advise", "advice", "recommendation"],
    &["halt", "stop", "suspend", "pause", "freeze", "suspension"],
    &["write", "wrote", "written", "author", "authored"],
    &["rebellion", "uprising", "revolt", "insurrection", "mutiny"],
    &["improve", "improvement", "enhance", "upgrade"],
    &["help", "assist", "assistance", "aid"],
    &["area", "region", "territory", "zone"],
    &["law", "legislation", "statute"],
    &["court", "tribunal"],
    &["government", "administration", "authority", "authorities"],
    &["money", "fund", "funding", "cash"],
    &["protest", "demonstration", "rally", "demonstrator", "protester"],
    &["warn", "warning", "caution"],
    &["ban", "prohibit", "forbid", "prohibition"],
    &["allow", "permit", "permission"],
    &["cost", "expense"],
    &["plane", "aircraft", "airplane", "jet", "airliner"],
    &["hospital", "clinic"],
    &["meet", "meeting", "summit"],
    &["angry", "furious", "outraged", "anger", "outrage"],
    &["happy", "pleased", "glad", "delighted"],
    &["vow", "promise", "pledge"],
    &["crash", "collision", "collide"],
    &["repair", "fix", "restore", "restoration"],
    &["travel", "trip", "journey", "voyage"],
    &["soldier", "troop", "army", "military"],
    &["blackout", "outage"],
    &["bacterium", "bacteria", "microbe", "microorganism"],
    &["disagree", "disagreement", "dissent", "dissenter"],
    &["base", "headquarter", "headquarters"],
    &["own", "owner", "subsidiary"],
    &["team", "club", "squad"],
    &["operate", "operator", "run"],
    &["merge", "merger", "combine", "combined", "amalgamate", "amalgamation"],
    &["annul", "overturn", "quash", "invalidate", "revoke", "rescind"],
    &["grandfather", "grandmother", "grandparent", "grandson", "granddaughter", "grandchild"],
];

/// (noun stem, verb stem) of each pair in `data/families.txt` ("verb noun"
/// per line).
static FAMILIES: Lazy<Vec<(String, String)>> = Lazy::new(|| {
    include_str!("../../data/families.txt")
        .lines()
        .filter_map(|line| line.split_once(' '))
        // ("found" as a verb is not the past of "find", which is how
        // `stem` reads it: such a pair would join "founder" to "find")
        .filter(|(verb, _)| lemma(verb) == *verb)
        .map(|(verb, noun)| (stem(&fold(noun)), stem(&fold(verb))))
        .filter(|(n, v)| !n.is_empty() && !v.is_empty() && n != v)
        .collect()
});

/// Maps a stem to its group's canonical stem.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    map: FxHashMap<String, String>,
}

impl Synonyms {
    /// The built-in groups followed by `extra` groups from the knowledge.
    pub fn new(extra: &[Vec<String>]) -> Self {
        let mut map = FxHashMap::default();
        let groups = BUILTIN
            .iter()
            .map(|g| g.iter().map(|w| w.to_string()).collect::<Vec<_>>())
            .chain(extra.iter().cloned());
        for group in groups {
            let stems: Vec<String> = group
                .iter()
                .map(|w| stem(&fold(w)))
                .filter(|s| !s.is_empty())
                .collect();
            let Some(canon) = stems.first().cloned() else {
                continue;
            };
            for s in stems {
                map.entry(s).or_insert_with(|| canon.clone());
            }
        }
        // A noun in no group of its own goes with its verb, and the verb's
        // group: "destruction" is "destroy" is "demolish".
        for (noun, verb) in FAMILIES.iter() {
            if !map.contains_key(noun) {
                let canon = map.get(verb).unwrap_or(verb).clone();
                map.insert(noun.clone(), canon);
            }
        }
        Self { map }
    }

    /// The canonical form of a stem (itself when it is in no group).
    ///
    /// ```
    /// use storybot::engine::synonyms::Synonyms;
    /// use storybot::engine::normalize::stem;
    /// let s = Synonyms::new(&[]);
    /// assert_eq!(s.canon(&stem("trade")), s.canon(&stem("swap")));
    /// assert_eq!(s.canon(&stem("triggered")), s.canon(&stem("caused")));
    /// assert_eq!(s.canon(&stem("household")), s.canon(&stem("family")));
    /// assert_eq!(s.canon(&stem("concession")), s.canon(&stem("conceded")));
    /// assert_eq!(s.canon(&stem("speech")), s.canon(&stem("statement")));
    /// assert_eq!(s.canon(&stem("invested")), s.canon(&stem("contributed")));
    /// assert_ne!(s.canon(&stem("price")), s.canon(&stem("cost"))); // borrowing costs
    /// assert_ne!(s.canon(&stem("fell")), s.canon(&stem("dropped"))); // rain fell
    /// assert_eq!(s.canon(&stem("holders")), s.canon(&stem("held")));
    /// assert_eq!(s.canon(&stem("identification")), s.canon(&stem("identified")));
    /// assert_eq!(s.canon("zzz"), "zzz");
    /// ```
    pub fn canon<'a>(&'a self, stem: &'a str) -> &'a str {
        self.map.get(stem).map_or(stem, String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(s: &Synonyms, a: &str, b: &str) -> bool {
        s.canon(&stem(&fold(a))) == s.canon(&stem(&fold(b)))
    }

    #[test]
    fn groups_join_words_of_one_meaning_only() {
        let s = Synonyms::new(&[]);
        assert!(same(&s, "closure", "closed"));
        assert!(same(&s, "award", "prize"));
        // A champion holds a title; it supports no one.
        assert!(!same(&s, "champion", "support"));
        assert!(same(&s, "endorse", "support"));
        // "Who was her husband?" of "She married Alasdair Munro".
        assert!(same(&s, "husband", "married"));
        // "By how much did the bank lower the rate?" of "cut its rate".
        assert!(same(&s, "lowered", "cut"));
        assert!(same(&s, "winner", "won"));
        assert!(same(&s, "strongest", "largest"));
        // Road traffic is no smuggling; drug trafficking is.
        assert!(!same(&s, "traffic", "smuggling"));
        assert!(same(&s, "trafficking", "smuggling"));
        // "Who heads the observatory?" of "The observatory's director".
        assert!(same(&s, "heads", "director"));
    }

    #[test]
    fn families_join_a_verb_and_its_nouns_not_false_friends() {
        let s = Synonyms::new(&[]);
        assert!(same(&s, "holders", "held"));
        assert!(same(&s, "destruction", "demolished"));
        assert!(same(&s, "investors", "invested"));
        assert!(same(&s, "identity", "identified"));
        // A foundation is a charity, a steamer a ship, a counter a desk.
        assert!(!same(&s, "foundation", "founded"));
        assert!(!same(&s, "steamer", "steam"));
        assert!(!same(&s, "counter", "count"));
        assert!(same(&s, "inhabited", "occupied"));
        assert!(same(&s, "overseas", "foreign"));
        assert!(same(&s, "remained", "stayed"));
        // "found" a firm is not "find": a founder discovered nothing.
        assert!(!same(&s, "founder", "discovered"));
        // Groups come first: a buyer stays a customer.
        assert!(same(&s, "buyer", "customer"));
    }
}
