//! End-to-end tests of the answer engine over the built-in story: every fact
//! can be reached by questions real users would ask (paraphrased, casual,
//! with typos), names are found despite misspellings, and what the story does
//! not say is not answered.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use storybot::engine::{Answer, Snapshot, Unanswered, answer, who};
use storybot::knowledge::{Origin, load_embedded};
use storybot::render::answer_text;

static SNAP: LazyLock<Snapshot> = LazyLock::new(|| {
    let k = load_embedded().expect("the built-in knowledge loads");
    Snapshot::new(k, Origin::Embedded)
});

fn got(a: &Answer) -> String {
    if a.answered() {
        let ids: Vec<&str> = a.hits.iter().map(|h| h.fact.as_str()).collect();
        format!("got [{}]", ids.join(", "))
    } else {
        format!(
            "unanswered ({:?}), suggestions {:?}",
            a.unanswered, a.suggestions
        )
    }
}

/// For every fact: questions a user might ask that it clearly answers. They
/// paraphrase rather than copy the article's wording.
const PHRASINGS: &[(&str, &[&str])] = &[
    // ---------------------------------------------------------------- the offer
    (
        "offer-terms",
        &[
            "who would be traded for whom",
            "who are the prisoners in the proposed trade",
            "what is washington offering moscow in exchange for the two americans",
            "who would russia get back in the deal",
            "Hi, quick one: who would be traded for whom?",
        ],
    ),
    (
        "us-urges-acceptance",
        &[
            "what is america asking moscow to do",
            "Is the US pushing Russia to take the deal?",
            "what does washington want russia to do about the offer",
        ],
    ),
    (
        "briefing-date",
        &[
            "what day did kirby speak",
            "When was Kirby's press briefing?",
            "what date did jon kirby say this",
            "who gave the briefing",
        ],
    ),
    (
        "briefing-broadcast",
        &[
            "where can i watch kirby's briefing",
            "was the briefing streamed anywhere",
            "where was the press conference shown",
        ],
    ),
    (
        "kirby-not-public",
        &[
            "will the us discuss the proposal in public",
            "is kirby going to reveal the terms publicly",
            "Why won't Kirby talk about the details?",
        ],
    ),
    (
        "kirby-serious-offer",
        &[
            "why does kirby think russia should say yes",
            "how serious is the american offer according to kirby",
            "did kirby say the offer was genuine",
            "How did Kirby describe the US offer?",
        ],
    ),
    (
        "kirby-working-hard",
        &[
            "are washington and moscow actually working on this",
            "how hard are the two governments working on the swap",
            "what did kirby say about the effort between the governments",
        ],
    ),
    // ------------------------------------------------------------- negotiations
    (
        "cnn-report",
        &[
            "who broke the news about the swap offer",
            "when did cnn report the offer",
            "which outlet first reported the proposal",
        ],
    ),
    (
        "biden-supported",
        &[
            "does the president support the trade",
            "is biden on board with the swap",
            "did joe biden approve the deal",
        ],
    ),
    (
        "proposal-june",
        &[
            "when was the proposal sent to moscow",
            "what month did the us make the offer",
            "when did washington first send russia the offer",
        ],
    ),
    (
        "sources-no-details",
        &[
            "do we know the specifics of the deal",
            "did cnn's sources give details of the proposal",
            "what are the exact terms of the offer",
        ],
    ),
    (
        "depends-on-moscow",
        &[
            "what happens next",
            "who decides what happens now",
            "is it up to russia now",
        ],
    ),
    (
        "lavrov-blinken-call",
        &[
            "when did blinken and lavrov speak",
            "did the two foreign ministers talk about the exchange",
            "when did lavrov talk to the secretary of state",
        ],
    ),
    (
        "jean-pierre-meaningful-proposal",
        &[
            "what did karine jean-pierre say about the proposal",
            "what did the press secretary say about the offer",
            "jean pierre statement on the offer",
        ],
    ),
    (
        "jean-pierre-priority",
        &[
            "is this a priority for biden",
            "how much does biden care about the prisoner swap",
            "how seriously is washington taking this",
        ],
    ),
    (
        "jean-pierre-good-faith",
        &[
            "is the us negotiating in good faith",
            "how does the white house say it will negotiate",
            "are the americans bargaining honestly",
        ],
    ),
    (
        "talks-no-result-yet",
        &[
            "is there an agreement yet",
            "did they agree on the swap yet",
            "is the exchange done",
        ],
    ),
    // ----------------------------------------------------------- Moscow's position
    (
        "lavrov-quiet-diplomacy",
        &[
            "what did lavrov tell blinken",
            "what does the russian foreign minister want the americans to do",
            "did lavrov want the talks kept private",
            // a speaker named by their role only
            "what did the foreign minister say",
        ],
    ),
    (
        "peskov-no-comment",
        &[
            "what did peskov say about the swap",
            "did the kremlin respond to the reports",
            "has the kremlin spokesman commented on the offer",
            "wat did peskov say abt the swap",
        ],
    ),
    (
        "zakharova-competent-departments",
        &[
            "who is negotiating the prisoner exchange",
            "which agencies are handling the talks",
            "who is in charge of the negotiations",
        ],
    ),
    (
        "zakharova-no-result",
        &[
            "what did zakharova say about progress",
            "has the russian foreign ministry reported any progress",
            "any results from the talks so far",
        ],
    ),
    (
        "zakharova-presidents-discussed",
        &[
            "have the presidents talked about swapping prisoners",
            "did the leaders of both countries discuss it",
            "did biden discuss the exchange with the russian president",
        ],
    ),
    (
        "zakharova-instructions",
        &[
            "who ordered the negotiations",
            "who told the agencies to negotiate",
            "what instructions did the presidents give",
        ],
    ),
    (
        "zakharova-both-sides-interests",
        &[
            "what is moscow's stance on the negotiations",
            "what does russia want from the talks",
            "does russia think both sides interests should count",
        ],
    ),
    // --------------------------------------------------------------------- roles
    (
        "kirby-role",
        &[
            "who's john kirby",
            "what is kirby's job",
            "what does kirbi do",
            "wats kirbys job",
            "which agency does kirby work for",
        ],
    ),
    (
        "bout-role",
        &[
            "who is victor bout",
            "what does bout do for a living",
            "Viktor Bout occupation?",
            "what line of work is bout in",
        ],
    ),
    (
        "whelan-role",
        &[
            "who is paul whelen",
            "who's whelan",
            "tell me about paul whelan",
        ],
    ),
    (
        "whelan-sentence",
        &[
            "how many years did whelan get",
            "why is paul whelan in prison",
            "what was whelan convicted of",
        ],
    ),
    (
        "griner-role",
        &[
            "who is brittany griner",
            "who's griner",
            "tell me about britney griner",
        ],
    ),
    (
        "griner-trial",
        &[
            "what is griner charged with",
            "why is brittney griner on trial",
            "what is grinner accused of",
            "what is griner being tried for?",
        ],
    ),
    (
        "biden-role",
        &[
            "who is biden",
            "what is joe biden's title",
            "who is the president of the united states",
        ],
    ),
    (
        "lavrov-role",
        &["who is lavrov", "what's sergey lavrov's job"],
    ),
    (
        "blinken-role",
        &[
            "who is tony blinken",
            "what position does blinken hold",
            "what is antony blinken's job",
        ],
    ),
    (
        "jean-pierre-role",
        &["who is karine jean pierre", "what is jean-pierre's job"],
    ),
    (
        "peskov-role",
        &["who is peskov", "what does dmitri peskov do"],
    ),
    (
        "zakharova-role",
        &["who's maria zaharova", "what's maria zakharova's job"],
    ),
    (
        "cnn-role",
        &[
            "what role did cnn play",
            "how is cnn involved",
            "what is cnn",
        ],
    ),
];

#[test]
fn every_fact_is_reachable() {
    /// The share of paraphrases allowed to miss; lower it as matching improves.
    const MAX_MISSED_PERCENT: usize = 10;
    let snap = &*SNAP;
    let known: BTreeSet<&str> = snap.knowledge.facts.iter().map(|f| f.id.as_str()).collect();
    let covered: BTreeSet<&str> = PHRASINGS.iter().map(|(id, _)| *id).collect();

    let missing: Vec<&&str> = known.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "facts without phrasings in PHRASINGS: {missing:?}"
    );
    let unknown: Vec<&&str> = covered.difference(&known).collect();
    assert!(
        unknown.is_empty(),
        "PHRASINGS names facts that do not exist: {unknown:?}"
    );

    // The known misses are listed on every run; the bar is that each fact is
    // reached by at least two phrasings, and that misses stay rare.
    let mut failures = Vec::new();
    let mut short = Vec::new();
    for (id, questions) in PHRASINGS {
        assert!(questions.len() >= 2, "{id}: needs at least two phrasings");
        let mut reached = 0;
        for q in *questions {
            let a = answer(snap, q);
            if a.answered() && a.hits.iter().any(|h| h.fact == *id) {
                reached += 1;
            } else {
                failures.push(format!("{id:<32} {q:?}: {}", got(&a)));
            }
        }
        if reached < 2 {
            short.push(*id);
        }
    }
    let total: usize = PHRASINGS.iter().map(|(_, q)| q.len()).sum();
    let report = format!(
        "{} of {total} questions missed their fact:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{report}");
    assert!(
        short.is_empty(),
        "reached by fewer than two phrasings: {short:?}\n{report}"
    );
    assert!(
        failures.len() * 100 <= total * MAX_MISSED_PERCENT,
        "{report}"
    );
}

#[test]
fn typos_and_partial_names() {
    let snap = &*SNAP;
    let names: &[(&str, &str)] = &[
        ("zaharova", "zakharova"),
        ("kirbi", "kirby"),
        ("Victor Bout", "bout"),
        ("jean pierre", "jean-pierre"),
        ("grinner", "griner"),
        ("peskoff", "peskov"),
        ("blinkin", "blinken"),
        ("lavrof", "lavrov"),
    ];
    let mut failures = Vec::new();
    for (name, id) in names {
        let p = who(snap, name);
        let found = p.found.as_ref().map(|c| c.id.as_str());
        if found != Some(*id) {
            failures.push(format!(
                "who({name:?}): expected {id}, got {found:?}, suggestions {:?}",
                p.suggestions
            ));
        }
        // The same name in a question reaches that person's role.
        let q = format!("who is {name}");
        let a = answer(snap, &q);
        let role = format!("{id}-role");
        if !a.hits.iter().any(|h| h.fact == role) {
            failures.push(format!("answer({q:?}): expected {role}, {}", got(&a)));
        }
    }
    // A misspelt word the story never uses, but whose synonym it does:
    // "speek" → "speak", which stands for the story's "said".
    // Chat spellings of question words, two letters swapped in a short word.
    for (q, fact) in [
        ("when did kirbey speek", "briefing-date"),
        ("wat did peskov sya", "peskov-no-comment"),
        ("whn was the proposal sent to moscow", "proposal-june"),
        // a synonym's inflected form ("traded"), one letter off in a short
        // word ("ofer")
        ("who would be traedd for whom", "offer-terms"),
        ("what did kirby say about the ofer", "kirby-serious-offer"),
        // a mistyped function word; a misspelt name with a possessive "s"
        ("which americans wolud be freed", "offer-terms"),
        // one letter from "released", a form of the story's "release",
        // and from "pleased", a word the story never uses
        ("which americans does the us want eleased", "offer-terms"),
        ("wats kibrys job", "kirby-role"),
        // a mistyped word that only shapes the question ("worg": work)
        ("which agency does kirby worg for", "kirby-role"),
        // a short mistyped part of a speaker's name
        (
            "What did Karine Jen-Pierre say?",
            "jean-pierre-meaningful-proposal",
        ),
    ] {
        let a = answer(snap, q);
        if !a.hits.iter().any(|h| h.fact == fact) {
            failures.push(format!("answer({q:?}): expected {fact}, {}", got(&a)));
        }
    }
    assert!(
        failures.is_empty(),
        "names not recognised:\n{}",
        failures.join("\n")
    );
}

#[test]
fn out_of_scope_is_not_answered() {
    let snap = &*SNAP;
    // Questions with words in them: the story does not say.
    let not_in_story: &[&str] = &[
        // general knowledge
        "what is the capital of france",
        "who won the world cup in 2018",
        "how do i bake bread",
        "what is the population of russia",
        "what is the weather in moscow today",
        "what is the stock price of apple",
        // other people
        "who is vladimir putin",
        // a fact mentions "the presidents of Russia and the United States",
        // but no one's role is president of Russia
        "who is the president of russia",
        "what did zelensky say about the swap",
        "what does elon musk think about the deal",
        // a speaker the story does not have, beside one it does
        "what did griner's wife say",
        "what did whelan's lawyers say about the offer",
        // what another person was sentenced for is not this one's charge
        "what was bout convicted of in the united states",
        // attributes of story people the article does not state
        "how old is brittney griner",
        // "charges of drug smuggling" does not say which drug
        "what drug was griner accused of smuggling",
        "what drugs exactly was griner accused of smuggling?",
        // "…Paul Whelan, who was sentenced to 16 years…" is Whelan's time
        "how long has viktor bout been in an american prison",
        "where is paul whelan from",
        "is john kirby married",
        "how much does kirby earn",
        "when was viktor bout born",
        "does lavrov have children",
        "what is blinken's salary",
        "how tall is griner",
        "what team does griner play for",
        "where did zakharova go to school",
        "what is peskov's hometown",
        "what is kirby's favorite food",
        // said of someone else: "Paul Whelan, who was sentenced to 16
        // years…, and Brittney Griner, who is on trial"
        "how long is griner's sentence",
        "what was griner convicted of",
        "how long is bout serving",
        // "sentenced to 16 years" is how long, not when
        "when was whelan arrested",
        // griner-trial's keyword "court" is a word to match, not a place
        "where was griner arrested",
        // future events
        "who will win the next us election",
        // the story tells when things happened, not when the swap will
        "when will the exchange happen",
        "when is the swap going to take place",
        // names only: nothing to explain
        "why was whelan in russia",
        "how is griner",
        // Known gap: "what sentence will griner get" is answered with Whelan's
        // sentence from the offer fact, which also names Griner.
        "what did the pope say about the exchange",
        "what does china think of the deal",
        "will bout open a restaurant next year",
        // gibberish
        "asdfgh qwerty zxcvb",
        "blorf zizzle wump",
    ];
    // Nothing to ask.
    let empty: &[&str] = &["", "   ", "???", "...!!", "🙂🙂🙂", "🤔"];

    let mut failures = Vec::new();
    for q in not_in_story {
        let a = answer(snap, q);
        if a.answered() {
            failures.push(format!("{q:?}: answered, {}", got(&a)));
        } else if a.unanswered == Some(Unanswered::NotInStory)
            && !answer_text(&a).contains("doesn't say")
        {
            failures.push(format!(
                "{q:?}: text lacks \"doesn't say\": {:?}",
                answer_text(&a)
            ));
        } else if a.unanswered != Some(Unanswered::NotInStory) {
            failures.push(format!(
                "{q:?}: expected NotInStory, got {:?}",
                a.unanswered
            ));
        }
    }
    for q in empty {
        let a = answer(snap, q);
        if a.answered() {
            failures.push(format!("{q:?}: answered, {}", got(&a)));
        }
        if a.unanswered == Some(Unanswered::NotInStory) && !answer_text(&a).contains("doesn't say")
        {
            failures.push(format!(
                "{q:?}: text lacks \"doesn't say\": {:?}",
                answer_text(&a)
            ));
        }
    }
    assert!(
        not_in_story.len() + empty.len() >= 25,
        "keep at least 25 out-of-scope questions"
    );
    assert!(
        failures.is_empty(),
        "out-of-scope questions mishandled:\n{}",
        failures.join("\n")
    );
}

#[test]
fn unknown_names_get_suggestions() {
    let snap = &*SNAP;
    let mut failures = Vec::new();

    // Not in the story at all: not found.
    for name in [
        "Putin",
        "Vladimir Putin",
        "Angela Merkel",
        "Elon Musk",
        "Zelensky",
        "xyzzy",
    ] {
        let p = who(snap, name);
        if let Some(c) = &p.found {
            failures.push(format!("who({name:?}): should not be found, got {}", c.id));
        }
    }

    // Close to a story name: found, or at least suggested.
    let near: &[(&str, &str, &str)] = &[
        ("Kirbyy Johnn", "kirby", "John Kirby"),
        ("Lavrova", "lavrov", "Sergei Lavrov"),
        ("Blinkenn", "blinken", "Antony Blinken"),
        ("Peskova", "peskov", "Dmitry Peskov"),
        ("Zakharov", "zakharova", "Maria Zakharova"),
        ("Whellan", "whelan", "Paul Whelan"),
    ];
    for (name, id, display) in near {
        let p = who(snap, name);
        let found = p.found.as_ref().map(|c| c.id.as_str());
        match found {
            Some(f) if f == *id => {}
            Some(f) => failures.push(format!("who({name:?}): expected {id}, found {f}")),
            None if p.suggestions.iter().any(|s| s == display) => {}
            None => failures.push(format!(
                "who({name:?}): not found and {display:?} not suggested: {:?}",
                p.suggestions
            )),
        }
    }

    // Two different people named: not found, both suggested.
    let p = who(snap, "John Paul");
    if p.found.is_some() {
        failures.push(format!(
            "who(\"John Paul\"): ambiguous, should not be found, got {:?}",
            p.found.as_ref().map(|c| &c.id)
        ));
    }
    for display in ["John Kirby", "Paul Whelan"] {
        if !p.suggestions.iter().any(|s| s == display) {
            failures.push(format!(
                "who(\"John Paul\"): {display:?} not suggested: {:?}",
                p.suggestions
            ));
        }
    }

    // Unknown names in a question: not answered, with suggestions when a near name exists.
    let a = answer(snap, "who is Kirbyy Johnn");
    if !a.answered() && a.suggestions.is_empty() {
        failures.push("answer(\"who is Kirbyy Johnn\"): no answer and no suggestions".to_string());
    }
    let a = answer(snap, "who is Putin");
    if a.answered() {
        failures.push(format!("answer(\"who is Putin\"): answered, {}", got(&a)));
    }

    assert!(
        failures.is_empty(),
        "name lookup problems:\n{}",
        failures.join("\n")
    );
}

/// Two articles of one story: newer facts win close calls and say "as of";
/// a question naming a time prefers facts from then.
#[test]
fn several_articles_answer_with_dates() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/knowledge/multi/story.toml");
    let k = storybot::knowledge::load_path(&path).expect("fixture loads");
    let snap = Snapshot::new(k, Origin::Path(path));

    let a = answer(&snap, "when does the first boat sail?");
    assert_eq!(
        a.hits.first().map(|h| h.fact.as_str()),
        Some("first-boat-sailed")
    );
    let as_of = a.as_of.map(|d| d.to_string());
    assert_eq!(as_of.as_deref(), Some("2023-06-20"), "{a:?}");
    assert!(answer_text(&a).starts_with("As of 20 June 2023: "));

    let a = answer(&snap, "what did Berg say about the first boat in May 2023?");
    assert_eq!(
        a.hits.first().map(|h| h.fact.as_str()),
        Some("first-boat-planned"),
        "{a:?}"
    );
    assert_eq!(a.as_of, None, "a named time needs no 'as of'");

    // A fact only one article has needs no "as of".
    let a = answer(&snap, "how many passengers does the ferry carry?");
    assert_eq!(a.hits.first().map(|h| h.fact.as_str()), Some("passengers"));
    assert_eq!(a.as_of, None);
}

/// A drafted, unreviewed article: "when" and "how many" questions are answered
/// by facts that say a time or an amount, and a question about what the
/// article does not say is refused even when it shares its words.
#[test]
fn drafted_article_answers_and_refuses() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/knowledge/harbour.toml");
    let k = storybot::knowledge::load_path(&path).expect("fixture loads");
    let snap = Snapshot::new(k, Origin::Path(path));
    let answered: &[(&str, &str)] = &[
        ("When did the bridge reopen?", "harbour-p1-s1"),
        (
            "How many vehicles cross the bridge each day?",
            "harbour-p1-s2",
        ),
        ("When were the cables replaced?", "harbour-p1-s3"),
        ("How much did the repairs cost?", "harbour-p1-s4"),
        ("Which firm did the engineering work?", "harbour-p1-s5"),
        ("Where will cyclists ride?", "harbour-p1-s6"),
    ];
    let mut failures = Vec::new();
    for (q, id) in answered {
        let a = answer(&snap, q);
        if a.hits.first().map(|h| h.fact.as_str()) != Some(*id) {
            failures.push(format!("{q:?}: expected {id}, {}", got(&a)));
        }
    }
    // Known gaps, answered today: a question sharing one frequent word with
    // the article and naming one it lacks ("Who designed the bridge?", "How
    // long is the bridge?", "When was the bridge built?") reaches the
    // coverage gate.
    let refused = &[
        // The lane fact says no time.
        "When will cyclists get their lane?",
        "When did Dahl & Berg start?",
        // A year the article never names.
        "What did the 2019 inspection find?",
        "How many people live in Kessel?",
        "Where was Anna Lind born?",
    ];
    for q in refused {
        let a = answer(&snap, q);
        if a.answered() {
            failures.push(format!("{q:?}: answered, {}", got(&a)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_question_about_the_future_needs_a_fact_about_the_future() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/knowledge/ok.toml");
    let k = storybot::knowledge::load_path(&path).expect("fixture loads");
    let snap = Snapshot::new(k, Origin::Path(path));
    // "would sail in June", dated after the report: something to come.
    let a = answer(&snap, "When will the first boat sail?");
    assert_eq!(
        a.hits.first().map(|h| h.fact.as_str()),
        Some("first-boat"),
        "{}",
        got(&a)
    );
    // The approval happened: it does not say when something will happen.
    let a = answer(&snap, "When will the council approve the ferry line?");
    assert!(!a.answered(), "{}", got(&a));
    // Asked in the past tense, the same fact answers.
    let a = answer(&snap, "When did the council approve the ferry line?");
    assert_eq!(
        a.hits.first().map(|h| h.fact.as_str()),
        Some("approved"),
        "{}",
        got(&a)
    );
}
