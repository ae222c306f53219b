//! `storybot build` end to end: draft a knowledge file from article text,
//! validate it with `check`, and ask it questions; append to a curated file
//! with `--into` without touching its bytes; pull-quote attributions;
//! articles without a header line; `timeline`.
//!
//! Every article here is written for these tests, in a temporary folder.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_storybot"));
    c.env_remove("STORYBOT_KNOWLEDGE").env("RUST_LOG", "off");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run storybot")
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "storybot failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// The `ask --json` object for one question.
fn ask_json(knowledge: &Path, question: &str) -> Value {
    let out = ok(run(&[
        "ask",
        "--json",
        "--knowledge",
        path(knowledge),
        question,
    ]));
    serde_json::from_str(out.trim()).expect("JSON")
}

/// What `ask --explain` prints for one question.
fn explain(knowledge: &Path, question: &str) -> String {
    ok(run(&[
        "ask",
        "--explain",
        "--knowledge",
        path(knowledge),
        question,
    ]))
}

/// The top answer's answer and quote, or `None` when the bot abstains.
fn ask(knowledge: &Path, question: &str) -> Option<String> {
    let v = ask_json(knowledge, question);
    if !v["answered"].as_bool().unwrap_or(false) {
        return None;
    }
    let top = &v["answers"][0];
    Some(format!(
        "{} {}",
        top["answer"].as_str().unwrap_or_default(),
        top["quote"].as_str().unwrap_or_default()
    ))
}

/// Writes `text` as `NAME.txt` in `dir`, drafts `NAME.toml` from it with
/// `build`, and returns the knowledge file's path.
fn draft(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let article = dir.join(format!("{name}.txt"));
    fs::write(&article, text).unwrap();
    let out_file = dir.join(format!("{name}.toml"));
    ok(run(&["build", path(&article), "-o", path(&out_file)]));
    out_file
}

const HARBOUR: &str = "date 2023-03-10 Valdane harbour reopens after the storm

The harbour of Valdane reopened on Thursday, port director Ines Duarte said.

Repairs

The storm in February damaged 14 cranes and sank two ferries at the North Pier. Duarte said the repairs cost 3.5 million euros because the cranes had to be rebuilt.

Kofi Mensah, chief engineer of the Valdane Port Authority, said the work took nine weeks.

We worked day and night to get the port moving again Ines Duarte port director of Valdane

Fishing crews were not allowed back until Monday.
";

#[test]
fn build_check_ask_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("2023-03-10-harbour-reopens.txt");
    fs::write(&article, HARBOUR).unwrap();
    let out_file = dir.path().join("drafts").join("harbour.toml");
    fs::create_dir(dir.path().join("drafts")).unwrap();
    let report = ok(run(&["build", path(&article), "-o", path(&out_file)]));
    assert!(report.contains("harbour-reopens"), "{report}");
    assert!(report.contains("ines-duarte"), "{report}");

    // The draft is self-contained: it validates where it lies, without the article.
    fs::remove_file(&article).unwrap();
    let check = ok(run(&["check", path(&out_file)]));
    assert!(check.contains("OK"), "{check}");
    let toml = fs::read_to_string(&out_file).unwrap();
    assert!(toml.contains("text = '''"), "the article is inline");
    assert!(toml.contains("# guessed:"));
    assert!(toml.contains("id = \"harbour-reopens-p3-s2\""));

    let a = ask(&out_file, "How many cranes were damaged?").expect("answered");
    assert!(a.contains("14 cranes"), "{a}");
    let a = ask(&out_file, "Why did the repairs cost so much?").expect("answered");
    assert!(a.contains("rebuilt"), "{a}");
    let a = ask(&out_file, "Who is Kofi Mensah?").expect("answered");
    assert!(a.contains("chief engineer"), "{a}");
    let a = ask(&out_file, "When did the harbour reopen?").expect("answered");
    assert!(a.contains("reopened"), "{a}");
    assert_eq!(ask(&out_file, "What is the capital of Peru?"), None);

    // Dates are resolved against the article date (a Friday).
    let json = ok(run(&["timeline", "--json", "--knowledge", path(&out_file)]));
    let rows: Value = serde_json::from_str(&json).unwrap();
    let dates: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2023-02", "2023-03-06", "2023-03-09"]);
}

#[test]
fn pull_quote_attribution() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("harbour.txt");
    fs::write(&article, HARBOUR).unwrap();
    let out_file = dir.path().join("harbour.toml");
    ok(run(&["build", path(&article), "-o", path(&out_file)]));
    let toml = fs::read_to_string(&out_file).unwrap();
    // The quote is the words before the name, verbatim; the speaker comes first.
    assert!(toml.contains("quote = \"We worked day and night to get the port moving again\""));
    let a = ask(
        &out_file,
        "What did Duarte say about getting the port moving?",
    )
    .expect("answered");
    assert!(a.contains("day and night"), "{a}");
    let a = ask(&out_file, "Who is Ines Duarte?").expect("answered");
    assert!(
        a.contains("Ines Duarte is the port director of Valdane"),
        "{a}"
    );
    let who = ok(run(&[
        "who",
        "--json",
        "--knowledge",
        path(&out_file),
        "Duarte",
    ]));
    assert!(who.contains("port director"), "{who}");
}

#[test]
fn headerless_plain_prose() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("bakery opening.txt");
    fs::write(
        &article,
        "Mia Holt opened a bakery in Leeds in June.\n\n\
         Holt, a former teacher, said she had saved for six years.\n\n\
         The bakery sells bread from a mill in York.\n",
    )
    .unwrap();
    let out_file = dir.path().join("bakery.toml");
    ok(run(&["build", path(&article), "-o", path(&out_file)]));
    ok(run(&["check", path(&out_file)]));
    let toml = fs::read_to_string(&out_file).unwrap();
    assert!(toml.contains("id = \"bakery-opening\""), "{toml}");
    assert!(toml.contains("title = \"bakery opening\""), "{toml}");
    assert!(toml.contains("# guessed: date"), "{toml}");
    let a = ask(&out_file, "Where did Mia Holt open a bakery?").expect("answered");
    assert!(a.contains("Leeds"), "{a}");
    let a = ask(&out_file, "How long did Holt save?").expect("answered");
    assert!(a.contains("six years"), "{a}");
}

const CURATED: &str = r#"# A curated table: comments and layout must survive.

[[sources]]
id = "harbour-closes"
title = "Storm closes Valdane harbour"
date = "2023-02-14"
file = "articles/closes.txt"   # path relative to this file

[[entities]]
id = "duarte"
name = "Ines Duarte"
kind = "person"
aliases = ["Duarte", "Ines", "Ines Duarte"]
role = "port director of Valdane"
source = "harbour-closes"

[[facts]]
id = "closed"
subjects = ["duarte"]
kinds = ["what", "said"]
answer = "Ines Duarte said the harbour of Valdane was closed because of the storm."
quote = "The harbour is closed until further notice, Ines Duarte said."
source = "harbour-closes"
paragraph = 1
"#;

#[test]
fn into_appends_and_keeps_curated_bytes() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("articles")).unwrap();
    fs::write(
        dir.path().join("articles/closes.txt"),
        "date 2023-02-14 Storm closes Valdane harbour\n\nThe harbour is closed until further notice, Ines Duarte said.\n",
    )
    .unwrap();
    let curated = dir.path().join("story.toml");
    fs::write(&curated, CURATED).unwrap();
    let article = dir.path().join("2023-03-10-harbour-reopens.txt");
    fs::write(&article, HARBOUR).unwrap();

    let report = ok(run(&["build", path(&article), "--into", path(&curated)]));
    assert!(report.contains("harbour-reopens"), "{report}");
    assert!(report.contains("reused"), "{report}");
    let after = fs::read_to_string(&curated).unwrap();
    assert!(
        after.starts_with(CURATED),
        "the curated text is an untouched prefix"
    );
    // Duarte is reused, not drafted again.
    assert!(!after.contains("id = \"ines-duarte\""), "{after}");
    assert!(after.contains("subjects = [\"duarte\""), "{after}");
    ok(run(&["check", path(&curated)]));
    let a = ask(&curated, "How many cranes were damaged?").expect("answered");
    assert!(a.contains("14 cranes"), "{a}");
    let a = ask(&curated, "Why was the harbour closed?").expect("answered");
    assert!(a.contains("storm"), "{a}");
    // No temporary files are left beside it.
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "{names:?}");

    // The same source again is refused, and the file is left as it was.
    let again = run(&["build", path(&article), "--into", path(&curated)]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(fs::read_to_string(&curated).unwrap(), after);
}

#[test]
fn build_without_output_prints_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("note.txt");
    fs::write(
        &article,
        "date 2020-05-01 Note\n\nThe museum in Oslo reopened.\n",
    )
    .unwrap();
    let out = ok(run(&["build", path(&article)]));
    assert!(
        out.contains("[[sources]]") && out.contains("[[facts]]"),
        "{out}"
    );
    let bad = run(&[
        "build",
        path(&dir.path().join("missing.txt")),
        "-o",
        "x.toml",
    ]);
    assert!(!bad.status.success());
}

const MILL: &str = "date 2024-04-09 Fire closes Ardmore paper mill

A fire shut the Ardmore paper mill on Monday, the company said. The cause of the fire has not been determined.

Plant manager Rosa Lindgren was critical of the town's fire inspector, Tom Becker, over the delays. She said the inspection had been postponed twice.

Night shift supervisor Omar Haddad, 54, said the alarms went off at 3 a.m.

Repairs will cost $2.4 million, Lindgren said. The mill employs 310 people.

Former U.S. Marine Jon de Kemp, a spokesman for the workers' union, called the closure a blow to the town.
";

/// What the drafts and the ranker make of ordinary news wording: roles and
/// particles in names, ages, pronouns, money, things the story says are not
/// known yet, and people who are named but never quoted.
#[test]
fn news_wording() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("mill.txt");
    fs::write(&article, MILL).unwrap();
    let out_file = dir.path().join("mill.toml");
    let report = ok(run(&["build", path(&article), "-o", path(&out_file)]));
    assert!(report.contains("jon-de-kemp"), "{report}");
    assert!(!report.contains("marine-jon"), "{report}");

    let a = ask(&out_file, "How old is Omar Haddad?").expect("answered");
    assert!(a.contains("54"), "{a}");
    // "She" is Lindgren, the subject, not the inspector named last.
    let a = ask(&out_file, "What did Lindgren say about the inspection?").expect("answered");
    assert!(a.contains("postponed twice"), "{a}");
    let a = ask(&out_file, "How much will the repairs cost?").expect("answered");
    assert!(a.contains("$2.4 million"), "{a}");
    // Money questions need a sum; "310 people" is no price.
    assert_eq!(
        ask(&out_file, "How much did the mill pay its workers?"),
        None
    );
    // Becker is named but never quoted.
    assert_eq!(ask(&out_file, "What did Tom Becker say?"), None);

    // Not known yet: unanswered, and the reply shows the fact that says so.
    let v = ask_json(&out_file, "What caused the fire?");
    assert_eq!(v["answered"], false);
    let reply = v["reply"].as_str().unwrap_or_default();
    assert!(reply.contains("doesn't say yet"), "{reply}");
    assert!(reply.contains("has not been determined"), "{reply}");
}

const MUSEUM: &str = "date 2024-05-02 Riverside Museum opens a new wing

The Riverside Museum was founded by Clara Mendes, a retired engineer, after she bought the old mill in 1998. It now holds more than 4,000 clocks.

In 1854 miners at Ballarat staged an armed rebellion against the colonial government. This was crushed by British troops within hours. The miners had protested against the licence fees.
";

/// Matching by meaning (word vectors) and by the sentence before.
#[test]
fn other_words_and_the_sentence_before() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(dir.path(), "museum", MUSEUM);

    // "established" is nowhere in the article; "founded" is close in meaning.
    let a = ask(&out_file, "Who established the Riverside Museum?").expect("answered");
    assert!(a.contains("Clara Mendes"), "{a}");
    // Not every verb is close: nothing was demolished.
    assert_eq!(ask(&out_file, "Who demolished the Riverside Museum?"), None);
    // "This was crushed by British troops" is about the rebellion of the
    // sentence before, which the question names.
    let a = ask(&out_file, "Who crushed the miners' rebellion?").expect("answered");
    assert!(a.contains("British troops"), "{a}");
}

/// Phrasal verbs meet their one-word equivalents, in either direction.
#[test]
fn phrasal_verbs() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "fire",
        "date 2024-03-06 Fire at the Lowmoor plant\n\n\
         A fire broke out at the Lowmoor packaging plant shortly after 2 a.m. on Tuesday, \
         officials said.\n\n\
         Investigators found out on Friday that a heater had been left on.\n\n\
         The reopening was held up by a dispute over insurance.\n\n\
         The plant is due to reopen in May, a year later than planned.\n",
    );
    let a = ask(&out_file, "When did investigators discover the cause?").expect("answered");
    assert!(a.contains("found out on Friday"), "{a}");
    let a = ask(&out_file, "What time did the fire start?").expect("answered");
    assert!(a.contains("2 a.m."), "{a}");
    let a = ask(&out_file, "why was the reopening delayed?").expect("answered");
    assert!(a.contains("insurance"), "{a}");
}

/// "Who is the ROLE of X?" wants a person holding that role, not any
/// sentence that mentions the role word.
#[test]
fn who_holds_a_role() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "westmark",
        "date 2024-01-10 Westmark at a glance\n\n\
         The personal representative of the Queen in the state is the Governor of Westmark, \
         currently Linda Dessau. Presidents of several neighbouring states visited Westmark \
         in 2023.\n\n\
         Basketball player Ann Cole, who grew up in the Westmark region, won a seat there.\n",
    );
    let a = ask(&out_file, "Who is the current Governor of Westmark?").expect("answered");
    assert!(a.contains("Linda Dessau"), "{a}");
    // Presidents are mentioned, but no one is named president of Westmark.
    assert_eq!(ask(&out_file, "Who is the president of Westmark?"), None);
    // Ann Cole's role fact tells of a player, not of a mayor.
    assert_eq!(
        ask(&out_file, "Who is the mayor of the Westmark region?"),
        None
    );
}

/// How much, when or where of one person is not answered by the same of
/// another; a number that is a count is not a date.
#[test]
fn another_persons_figures_and_counts_are_not_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "transfer",
        "date 2024-01-30 Northbridge United sign Okafor\n\n\
         Northbridge United have signed striker Samuel Okafor for a club-record fee of \
         68 million euros, the club announced on Tuesday.\n\n\
         The previous record was the 52 million euros Northbridge paid for midfielder \
         Lucas Verbeke in 2021.\n\n\
         Okafor served a two-match ban in 19 games for his old club.\n",
    );
    let a = ask(&out_file, "How much did Northbridge pay for Okafor?").expect("answered");
    assert!(a.contains("68 million"), "{a}");
    assert_eq!(ask(&out_file, "When was Okafor banned?"), None);
}

/// "How many X" is answered by a fact that counts X, not by any number
/// near a mention of X.
#[test]
fn how_many_needs_a_count_of_the_thing_asked() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "theft",
        "date 2024-02-26 Coins stolen from museum\n\n\
         Thieves broke into the Kessler Museum on Sunday and stole 37 Roman gold coins \
         worth 2.4 million euros, police said.\n\n\
         The director said the thieves had struck the glass case 40 times.\n\n\
         Police offered a reward of 50,000 euros for the coins.\n\n\
         Five people are still missing after the storm.\n\n\
         The number of guards on night duty has risen from two to six.\n",
    );
    let a = ask(&out_file, "How many coins were taken?").expect("answered");
    assert!(a.contains("37 Roman gold coins"), "{a}");
    assert_eq!(ask(&out_file, "How many thieves were there?"), None);
    assert_eq!(ask(&out_file, "How many police officers searched?"), None);
    // People in general: what counts is what happened to them.
    let a = ask(&out_file, "How many people are missing?").expect("answered");
    assert!(a.contains("Five people"), "{a}");
    assert_eq!(ask(&out_file, "How many people were injured?"), None);
    // "The number of guards … from two to six" counts guards.
    let a = ask(&out_file, "how many guards are on duty at night now").expect("answered");
    assert!(a.contains("two to six"), "{a}");
}

/// Asked for a name, a fact that mentions the thing without naming it does
/// not answer.
#[test]
fn a_name_question_needs_the_thing_named() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "microbe",
        "date 2023-05-17 Bacteria that eat nylon\n\n\
         The microbe, named Halomonas bergensis, was found near an old fish farm.\n\n\
         The bacteria produce an enzyme, which they called NylD, that cuts nylon into \
         pieces the microbe can feed on.\n\n\
         The coins were part of a hoard found by a farmer near Oberwald in 1911.\n\n\
         The team will test the enzyme with a recycling company in Trondheim next year.\n\n\
         \"My wife found the first sample in a drawer,\" lab head Ole Brekke told reporters.\n\n\
         The slime on the nets was first noticed by Lars Moe in 2019.\n",
    );
    let a = ask(&out_file, "What's the microbe called?").expect("answered");
    assert!(a.contains("Halomonas"), "{a}");
    assert_eq!(
        ask(
            &out_file,
            "What was the name of the farmer who found the hoard?"
        ),
        None
    );
    assert_eq!(
        ask(&out_file, "What is the name of the recycling company?"),
        None
    );
    // The wife's name is asked; her husband's is no answer.
    assert_eq!(ask(&out_file, "what is ole brekke's wife called"), None);
    // A man's name is any person's name.
    let a = ask(
        &out_file,
        "what's the name of the man who noticed the slime on the nets",
    )
    .expect("answered");
    assert!(a.contains("Lars Moe"), "{a}");
}

/// "How long" wants a length of time, with or without digits; any other
/// number is no answer.
#[test]
fn how_long_needs_a_length_of_time() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "talks",
        "date 2024-08-02 Prisoner swap in Ankara\n\n\
         The swap took place in Ankara and involved 26 people, including two children.\n\n\
         Negotiators from four countries had worked on the agreement for more than a year, \
         officials said.\n\n\
         Goalkeeper Marco Lindahl was hurt in the final minutes of the match.\n",
    );
    let a = ask(&out_file, "How long did the negotiations take?").expect("answered");
    assert!(a.contains("more than a year"), "{a}");
    assert_eq!(ask(&out_file, "How long will Lindahl be out?"), None);
}

/// A speaker named by a role the story words a little differently ("chief"
/// for "head") is still someone it knows; a relative it never mentions is
/// not.
#[test]
fn a_speaker_named_in_other_words_is_known() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "storm",
        "date 2023-10-05 Storm hits Veracruz\n\n\
         Laura Velazquez, head of the state civil protection agency, said 40,000 people \
         had been moved to shelters.\n",
    );
    let a = ask(&out_file, "wat did the civil protecion chief say").expect("answered");
    assert!(a.contains("40,000"), "{a}");
    assert_eq!(ask(&out_file, "What did Velazquez's husband say?"), None);
}

/// "Which gallery …" asks for a gallery by name: a fact that names one
/// answers (even without saying "gallery"), one that does not, does not.
#[test]
fn which_asks_for_a_name_when_the_thing_has_one() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "paintings",
        "date 2023-09-12 Bout shows his paintings\n\n\
         In March Viktor Bout exhibited 30 paintings at a gallery in central Moscow.\n\n\
         The damaged tapes were assigned to Lowry Digital for restoration.\n\n\
         \"One faulty relay in one substation cut the power,\" the minister said.\n\n\
         The fault began on Monday evening at the Northbridge substation, when a protection \
         system tripped during routine maintenance work, the grid operator said.\n",
    );
    assert_eq!(
        ask(&out_file, "Which gallery showed Bout's paintings?"),
        None
    );
    let a = ask(&out_file, "Which company restored the tapes?").expect("answered");
    assert!(a.contains("Lowry Digital"), "{a}");
    // A substation goes by a name too, asked with "which" or "what".
    for q in [
        "which substation was it at",
        "what substation did the fault begin at",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("Northbridge"), "{q}: {a}");
    }
}

/// Two names asked about, both in one sentence, vouch for it even when the
/// question's other words are mostly the asker's own.
#[test]
fn two_names_in_one_fact_vouch_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "siege",
        "date 2024-03-01 The long siege\n\n\
         Ada Moreno besieged Tarvik between 1268 and 1273, the last obstacle on her way \
         to capture the rich Sela valley.\n\n\
         The army also took the port of Halden.\n",
    );
    let a = ask(
        &out_file,
        "What area was Moreno trying to capture by attacking Tarvik?",
    )
    .expect("answered");
    assert!(a.contains("Sela valley"), "{a}");
    // One name and one known word of three, the other two the asker's
    // own, answer (two fifths of the weight: the gate's share).
    let a = ask(&out_file, "What area was Moreno trying to capture?").expect("answered");
    assert!(a.contains("Sela valley"), "{a}");
    // One name and a third of the words are not enough.
    assert_eq!(
        ask(&out_file, "What fertile area was Moreno hoping to capture?"),
        None
    );
}

/// A question word the story uses in another form is not "corrected" to a
/// name that happens to be one letter away ("fare" → "Fire").
#[test]
fn a_story_word_is_no_typo_of_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "budget",
        "date 2024-06-19 Carverton passes its budget\n\n\
         The Carverton Fire Department gets 61 million dollars.\n\n\
         The council will vote on raising bus fares on July 9.\n",
    );
    for q in [
        "Hey, do you know when the council votes on the bus fare hike?",
        "when will they decide on the fare",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("July 9"), "{q}: {a}");
    }
}

/// "What temperature…", "how much nylon…" ask for an amount: a fact
/// without a number does not answer them ("a tenfold rise" has one), and
/// a day after "on" is no place.
#[test]
fn an_amount_asked_needs_a_number() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "enzyme",
        "date 2023-05-17 Bacteria that eat nylon\n\n\
         In lab tests the bacteria cut the weight of the nylon by 31 percent at a \
         temperature of 8 degrees Celsius.\n\n\
         The team put the gene into a common lab strain, which then also began to break \
         down nylon.\n\n\
         The team plans more lab tests of the enzyme at higher temperatures.\n\n\
         The process would have to become tenfold faster to be used in recycling.\n\n\
         The findings were published on Wednesday.\n",
    );
    let a = ask(
        &out_file,
        "How much nylon did the bacteria break down in the lab?",
    )
    .expect("answered");
    assert!(a.contains("31 percent"), "{a}");
    let a = ask(&out_file, "What temperature were the lab tests done at?").expect("answered");
    assert!(a.contains("8 degrees"), "{a}");
    let a = ask(
        &out_file,
        "How much faster does the process have to become?",
    )
    .expect("answered");
    assert!(a.contains("tenfold"), "{a}");
    assert_eq!(ask(&out_file, "Where were the findings published?"), None);
}

/// "According to Anna Petrova" makes her the speaker; "according to
/// preliminary results" makes no one speak, so the sentence's subject is
/// not quoted by it.
#[test]
fn according_to_a_record_is_no_one_speaking() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "seat",
        "date 2023-09-11 Bout wins seat\n\n\
         Viktor Bout has won a seat in the regional assembly, according to preliminary \
         results published on Monday.\n\n\
         \"I came back to work,\" Bout told reporters on Sunday.\n\n\
         The party received 14 percent of the vote, according to Anna Petrova, the head of \
         the electoral commission.\n",
    );
    let toml = fs::read_to_string(&out_file).unwrap();
    let kinds_of = |text: &str| {
        let at = toml
            .find(&format!("answer = \"{text}"))
            .expect("fact drafted");
        let kinds = toml[..at].rfind("kinds = ").expect("kinds");
        toml[kinds..at]
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert!(!kinds_of("Viktor Bout has won").contains("\"said\""));
    assert!(kinds_of("The party received").contains("\"said\""));
    let a = ask(&out_file, "What did Petrova say?").expect("answered");
    assert!(a.contains("14 percent"), "{a}");
    // The results do not speak for Bout.
    assert!(
        ask(&out_file, "What did Bout say about the seat?")
            .is_none_or(|a| !a.contains("preliminary results")),
    );
}

/// "What did Biden call the deal?" asks for Biden's words (not a call on
/// someone to act); "What is the scale called?" asks a name, not words.
#[test]
fn what_someone_called_a_thing_is_their_words() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "swap",
        "date 2024-08-02 Whelan freed in Ankara swap\n\n\
         President Joe Biden, speaking at the White House, called the swap \
         \"a triumph of patient diplomacy\".\n\n\
         Krasikov's release had been Moscow's main demand in the deal for months.\n\n\
         Whelan thanked the Biden administration.\n\n\
         The plane landed in Maryland shortly before midnight.\n\n\
         Whelan had spent more than five years in Russian prisons.\n\n\
         Turkish intelligence officers oversaw the handover at the airport.\n",
    );
    let a = ask(&out_file, "What did Biden call the deal?").expect("answered");
    assert!(a.contains("triumph"), "{a}");
}

/// "What is said to be harmful?" answered by "It is harmful…" shows what
/// "it" is: the sentence before joins the quote (same paragraph only).
#[test]
fn a_sentence_opening_on_it_brings_the_one_before() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "kettle",
        "date 2024-10-22 Kettles recalled\n\n\
         Brightwell is recalling 1.2 million kettles sold since 2021. \
         They can overheat when left on the base.\n\n\
         Owners should stop using the kettles and ask for a refund.\n",
    );
    let v = ask_json(&out_file, "What can overheat when left on the base?");
    let quote = v["answers"][0]["quote"].as_str().unwrap_or_default();
    assert!(
        quote.contains("Brightwell is recalling") && quote.contains("They can overheat"),
        "{v}"
    );
    // Asked when, the sentence itself is the answer.
    let v = ask_json(&out_file, "When were the kettles sold?");
    let quote = v["answers"][0]["quote"].as_str().unwrap_or_default();
    assert!(!quote.contains("They can overheat"), "{v}");
}

/// "What stopped the strike at the mill?" is answered by the sentence
/// going on from the one that tells of the strike ("It was ended by…",
/// "Instead, …"): it joins the quote. A next sentence that starts afresh,
/// or stands in another paragraph, does not.
#[test]
fn a_sentence_carried_on_by_the_next_brings_it() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "mill",
        "date 2024-03-04 Mill strike\n\n\
         In March 1911 the weavers at the Hallam cotton mill went on strike over wages. \
         It was broken after six weeks by a lockout, and most of the strikers went back.\n\n\
         The mill owners asked the town council for a loan to rebuild the dye house. \
         Instead, the council offered a grant of 400 pounds.\n\n\
         The Hallam mill closed in 1962. \
         The building now houses a museum of weaving.\n",
    );
    let quote = |q: &str| {
        let v = ask_json(&out_file, q);
        v["answers"][0]["quote"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let q = quote("What ended the weavers' strike at the Hallam mill in 1911?");
    assert!(q.contains("went on strike") && q.contains("lockout"), "{q}");
    let q = quote("What did the mill owners ask the town council for?");
    assert!(q.contains("for a loan") && q.contains("400 pounds"), "{q}");
    let q = quote("When did the Hallam mill close?");
    assert!(q.contains("closed in 1962") && !q.contains("museum"), "{q}");
    let q = quote("How long did the weavers' strike last?");
    assert!(!q.contains("owners"), "{q}");
}

/// "Who owned the ship?" is not told by "an official inquiry blamed the
/// owners": "official" there describes the inquiry, and the owners are
/// the question's own word. Officials who act are people.
#[test]
fn an_official_inquiry_is_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "aldous",
        "date 2024-05-02 Wreck found\n\n\
         Divers have found the wreck of the freighter Aldous, which sank off Skerrin in 1902.\n\n\
         An official inquiry into the loss of the Aldous blamed her owners for overloading her.\n\n\
         Harbour officials in Skerrin rescued eleven of the crew of the Aldous.\n",
    );
    assert_eq!(ask(&out_file, "Who owned the Aldous?"), None);
    let a = ask(&out_file, "Who rescued the crew of the Aldous?").expect("answered");
    assert!(a.contains("Harbour officials"), "{a}");
}

/// News puts the main event first: asked how big the budget is, the
/// lede's total beats a later sentence's share that matches as well. A
/// text of one paragraph has no lede, and keeps the closer match.
#[test]
fn the_lede_tells_the_main_figure() {
    let dir = tempfile::tempdir().unwrap();
    let body = [
        "The Marlow town council approved a budget of 80 million crowns for next year \
         on Monday, after a debate of six hours.",
        "The budget includes 12 million crowns for the fire service.",
        "Mayor Ilse Brandt said the budget was fair.",
    ];
    let article = draft(
        dir.path(),
        "article",
        &format!(
            "date 2025-03-01 Town budget passed\n\n{}\n",
            body.join("\n\n")
        ),
    );
    let a = ask(&article, "How big is the budget?").expect("answered");
    assert!(a.contains("80 million"), "{a}");
    let passage = draft(
        dir.path(),
        "passage",
        &format!("date 2025-03-01 Town budget passed\n\n{}\n", body.join(" ")),
    );
    let a = ask(&passage, "How big is the budget?").expect("answered");
    assert!(a.contains("12 million"), "{a}");
}

/// "Which prison?" wants a prison's name: "sentenced Ana Duarte to six
/// years in prison" names a person after a verb of the prison's family,
/// not a prison.
#[test]
fn a_verb_of_the_things_family_names_no_such_thing() {
    let dir = tempfile::tempdir().unwrap();
    let unnamed = draft(
        dir.path(),
        "unnamed",
        "date 2024-11-20 Mayor jailed\n\n\
         A court in Brava on Monday sentenced Ana Duarte, the former mayor of Solmar, \
         to six years in prison for taking bribes.\n\n\
         Her lawyer said she would appeal.\n",
    );
    assert_eq!(ask(&unnamed, "Which prison will Duarte be sent to?"), None);
    let named = draft(
        dir.path(),
        "named",
        "date 2024-11-20 Mayor jailed\n\n\
         A court in Brava on Monday sentenced Ana Duarte, the former mayor of Solmar, \
         to six years in prison for taking bribes.\n\n\
         She will serve her sentence at Tarvel Prison, the court said.\n",
    );
    let a = ask(&named, "Which prison will Duarte be sent to?").expect("answered");
    assert!(a.contains("Tarvel Prison"), "{a}");
}

/// "What do researchers now think?" asks the researchers: "now" is no
/// word naming the speaker that the story lacks. A speaker the story has
/// not ("the mayor") still is.
#[test]
fn a_weak_word_beside_the_speaker_names_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "sea",
        "date 2025-03-01 Sea levels\n\n\
         Researchers at the Halden Institute found that sea levels would rise by \
         40 centimetres by 2100.\n\n\
         The study used data from 300 tide gauges.\n",
    );
    let a = ask(
        &out_file,
        "How much do researchers now think sea levels will rise by 2100?",
    )
    .expect("answered");
    assert!(a.contains("40 centimetres"), "{a}");
    assert_eq!(
        ask(
            &out_file,
            "How much does the mayor now think sea levels will rise by 2100?"
        ),
        None
    );
}

/// "What did Weiss call the old capital?" asks her words: a speech verb
/// the story never uses ("call") shapes the question and is not missed;
/// a speaker the story does not have still is.
#[test]
fn a_speech_verb_the_story_lacks_is_not_missed() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "orsk",
        "date 2025-05-02 Traveller honoured\n\n\
         The traveller Anna Weiss wrote of her visit to the capital, \
         \"Orsk, the jewel of the north,\" in a book published in 1890.\n\n\
         The book sold 40,000 copies.\n",
    );
    let a = ask(&out_file, "What did Weiss call the old capital?").expect("answered");
    assert!(a.contains("jewel of the north"), "{a}");
    assert_eq!(ask(&out_file, "What did the mayor call the capital?"), None);
}

/// A name a long story uses once is asked of on purpose: what the attack
/// on the council cost is no answer to what the attack on Ostby cost.
#[test]
fn a_rarely_named_place_must_be_named_by_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "hack",
        "date 2025-04-10 Council hit by cyberattack\n\n\
         Farrowdale council was hit by a cyberattack on Monday. \
         Its website went offline at 6am. \
         Staff were told to switch off their computers. \
         Bin collections went ahead as normal.\n\n\
         Council leader Bronwen Pryce said the attack would cost 300,000 crowns. \
         She apologised to residents for the disruption. \
         A helpline has been set up for residents. \
         Payments for council tax have been suspended.\n\n\
         The council is the third in the region to be hit in 18 months, after Ostby in 2023. \
         Police have opened an investigation. \
         No arrests have been made. \
         A criminal group has demanded a ransom.\n\n\
         The council said it would not pay. \
         Backups were kept offline and are intact. \
         Services should be restored within two weeks. \
         An inquiry will report in the autumn.\n",
    );
    let a = ask(&out_file, "How much will the attack cost the council?").expect("answered");
    assert!(a.contains("300,000"), "{a}");
    assert_eq!(ask(&out_file, "How much did the Ostby attack cost?"), None);
    let a = ask(&out_file, "When was Ostby hit?").expect("answered");
    assert!(a.contains("2023"), "{a}");
}

/// "In the north-west of Estland" places Port Varna though no name
/// follows "in": it answers "Where is Port Varna?" before a sentence about
/// where its people live.
#[test]
fn a_part_of_a_land_places() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "port",
        "date 2024-03-01 Port Varna\n\n\
         Port Varna is a city in the north-west of Estland. \
         Port Varna is the second-largest city of Estland. \
         Most of its people live near the old harbour, in Kessel.\n",
    );
    let a = ask(&out_file, "Where is Port Varna?").expect("answered");
    assert!(a.contains("north-west"), "{a}");
    // The story never says "located": the word asks where, as "where" does.
    let a = ask(&out_file, "Where is Port Varna located?").expect("answered");
    assert!(a.contains("north-west"), "{a}");
}

/// "Current" only says now: "the current Premier" does not name the
/// current governor, the sentence naming the governor does.
#[test]
fn current_is_no_role_word() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "estland",
        "date 2024-03-01 Estland politics\n\n\
         Estland has a parliament of two chambers. \
         Estland is currently governed by the Green Party, with Tomas Berg the current Premier. \
         The personal representative of the King in the state is the Governor of Estland, \
         currently Ada Lind. \
         Elections are held every four years.\n",
    );
    let a = ask(&out_file, "Who is the current Governor of Estland?").expect("answered");
    assert!(a.contains("Ada Lind"), "{a}");
    let a = ask(&out_file, "Who is the current premier of Estland?").expect("answered");
    assert!(a.contains("Tomas Berg"), "{a}");
}

/// To take a prize is to win it: the film tipped for the top prize did
/// not take it.
#[test]
fn taking_a_prize_is_winning_it() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "festival",
        "date 2025-05-10 Film festival\n\n\
         Critics had tipped Blue Harbour for the top prize after its premiere on the opening \
         night, when it received a long ovation. \
         The Copper Kite, a drama about two brothers running a ferry, won the Silver Gull for \
         best film at the Tarsen Film Festival on Saturday night. \
         The jury was led by the actor Lena Brandt.\n",
    );
    let a = ask(&out_file, "Which film took the top award?").expect("answered");
    assert!(a.contains("Copper Kite"), "{a}");
}

/// "What is the haar?" is told by the sentence that says what it is, not
/// by the first that uses the word.
#[test]
fn what_is_x_prefers_the_sentence_saying_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "haar",
        "date 2025-06-02 Fog closes harbour\n\n\
         Fishermen in Varsby say they fear the haar more than any storm. \
         The haar closed the harbour for four days last week. \
         Meteorologists describe the haar as a cold sea fog that forms when warm air \
         crosses the cold water.\n",
    );
    for q in [
        "What is the haar?",
        "what was the haar",
        "what does the haar mean",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("sea fog"), "{q}: {a}");
    }
}

/// "What does Samhainn mean?" asks what "What is Samhainn?" asks: "mean",
/// a word the story never uses, is the question's shape.
#[test]
fn what_does_x_mean_asks_what_x_is() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "samhainn",
        "date 2025-10-31 Festival returns\n\n\
         The harvest festival returned to Dunlow on Saturday after a two-year break. \
         Locals call it Samhainn, the old word for the end of summer. \
         Samhainn drew about 20,000 visitors this year, organisers said. \
         The council paid for extra buses from the coast.\n",
    );
    let a = ask(&out_file, "What does Samhainn mean?").expect("answered");
    assert!(a.contains("end of summer"), "{a}");
}

/// "How long did Project Hollin run?": "from 1988 to 1999" is a span
/// however few counts it has; a later sentence with more of the
/// question's words and a count of seasons does not tell how long.
#[test]
fn a_range_of_dates_tells_how_long() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "hollin",
        "date 2024-05-01 Hollin programme\n\n\
         Hollin ran from 1988 to 1999, and was supported by the two-boat Tern programme \
         which ran alongside it from 1989 to 1993. \
         Tern voyages tested some of the sampling methods that were needed for the success \
         of the Hollin voyages. \
         Hollin used Kite-class boats as survey vessels. \
         Hollin/Kite boats were also used for a Hollin Extension Programme, which consisted \
         of Ness, a floating station that supported three crewed seasons in 2000-01, and the \
         Hollin-Varda Test Project, a joint coastal survey with the Varda Institute in 2002.\n",
    );
    let a = ask(&out_file, "How long did Project Hollin run?").expect("answered");
    assert!(a.contains("from 1988 to 1999"), "{a}");
}

/// "1.7-liter kettles" measures the kettles; it does not count them.
#[test]
fn a_measure_is_no_count() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "recall",
        "date 2024-10-22 Kettles recalled\n\n\
         Brightwell Home Products is recalling about 1.2 million electric kettles sold in \
         the United States because the base can overheat and melt, posing fire and burn \
         hazards, the safety commission said on Tuesday.\n\n\
         The recall covers the 1.7-liter kettles with model numbers BK-200 and BK-250.\n",
    );
    let a = ask(&out_file, "How many kettles are being recalled?").expect("answered");
    assert!(a.contains("1.2 million"), "{a}");
}

/// "What did the police spokesman say?" names the speaker by role: the
/// one person whose role has those words speaks, no one else.
#[test]
fn a_speaker_named_by_role() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "coins",
        "date 2024-02-26 Coins stolen\n\n\
         Thieves stole 37 gold coins from the Kessler Museum on Sunday.\n\n\
         Police spokesman Jens Habermann said the thieves broke a window.\n\n\
         Museum director Claudia Reinholt said the coins were worth 2.4 million euros.\n\n\
         The police and the museum said the thieves were quick.\n",
    );
    let a = ask(&out_file, "What did the police spokesman say?").expect("answered");
    assert!(a.contains("Habermann"), "{a}");
    let a = ask(&out_file, "What did the museum director say?").expect("answered");
    assert!(a.contains("Reinholt"), "{a}");
}

/// A sentence of quotation going on from a quoted speaker's sentence in the
/// same paragraph is theirs; "said councillor Ann Lee" names the speaker
/// after role words; "Chief Executive Bo Sun" is a two-word title.
#[test]
fn quotations_keep_their_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "bikes",
        "date 2025-09-01 Bikes for Leeds\n\n\
         Leeds launched a bike scheme on Monday with 1,500 bicycles.\n\n\
         \"We cannot build a tram overnight,\" said councillor Aisha Rahman. \
         \"What we can do is make short trips easier without a car.\"\n\n\
         \"Riders will love it,\" Chief Executive Bo Sun said at a launch in Leeds.\n",
    );
    let a = ask(&out_file, "What did Aisha Rahman say about short trips?").expect("answered");
    assert!(a.contains("short trips"), "{a}");
    let a = ask(&out_file, "What did Rahman say?").expect("answered");
    assert!(a.contains("Rahman"), "{a}");
    let a = ask(&out_file, "Who is Bo Sun?").expect("answered");
    assert!(a.contains("Chief Executive"), "{a}");
    let a = ask_json(&out_file, "Who is Bo Sun?");
    assert_eq!(
        a["answers"][0]["answer"], "Bo Sun is the Chief Executive.",
        "{a}"
    );
}

/// "What did the directorate say" takes only speech naming it, "X for Y"
/// is one institution's name, and "what did X say to Y" is X's words.
#[test]
fn an_organisation_or_a_person_speaking_to_someone() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "hoard",
        "date 2024-09-26 Silver hoard found\n\n\
         A farmer near Ulvik has uncovered a silver hoard, archaeologists said on Thursday.\n\n\
         The find was reported to the Directorate for Cultural Heritage in Oslo.\n\n\
         Vice President Kamala Harris met Paul Whelan at the airport on Friday.\n\n\
         The Office for National Statistics said exports fell by 3 percent.\n",
    );
    assert_eq!(
        ask(
            &out_file,
            "What did the Directorate for Cultural Heritage say about the find?"
        ),
        None
    );
    assert_eq!(
        ask(
            &out_file,
            "What did Kamala Harris say to Whelan at the airport?"
        ),
        None
    );
    let a = ask(
        &out_file,
        "What did the Office for National Statistics say?",
    )
    .expect("answered");
    assert!(a.contains("exports"), "{a}");
}

/// "How heavy…", "what is the top speed…", "the dose in milligrams": a
/// fact answers only with a number in a unit of that measure.
#[test]
fn a_measure_asked_needs_its_unit() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "ebikes",
        "date 2025-09-01 E-bikes for Leeds\n\n\
         Riders of the e-bikes pay 20 pence per minute, the council said.\n\n\
         The e-bikes have a top speed of 25 km/h under UK law.\n\n\
         The pill is taken once a week in a 12 milligram dose.\n",
    );
    assert_eq!(ask(&out_file, "How heavy are the e-bikes?"), None);
    let a = ask(&out_file, "What is the top speed of the e-bikes?").expect("answered");
    assert!(a.contains("25 km/h"), "{a}");
    let a = ask(&out_file, "how fast can the e-bikes go").expect("answered");
    assert!(a.contains("25 km/h"), "{a}");
    let a = ask(&out_file, "What dose in milligrams is the pill?").expect("answered");
    assert!(a.contains("12 milligram"), "{a}");
    assert_eq!(ask(&out_file, "How tall are the e-bikes?"), None);
}

/// "How close" asks for a distance; "close" is no word to match ("closed").
#[test]
fn how_close_asks_for_a_distance() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "dock",
        "date 2025-09-01 A new e-bike dock\n\n\
         The old dock by the river closed for 3 days in May.\n\n\
         The new dock is about 300 metres from the river, the council said.\n",
    );
    let a = ask(&out_file, "how close is the new dock to the river").expect("answered");
    assert!(a.contains("300 metres"), "{a}");
}

/// "How strong…", "how effective…" ask for an amount, not a fact that
/// uses the adjective; "what share of" asks for a part, not for stock.
#[test]
fn measure_adjectives_and_shares_ask_for_amounts() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "quake",
        "date 2025-06-03 Quake hits Tarvan\n\n\
         A magnitude 6.4 earthquake struck the province of Tarvan on Tuesday, officials said.\n\n\
         Seismologists warned that more strong tremors were possible after the Tarvan earthquake.\n\n\
         Halvard Mills will cut 1,200 jobs, or 14 percent of its workforce, the company said.\n\n\
         Halvard Mills shares rose after the news of the cuts to its workforce.\n",
    );
    let a = ask(&out_file, "how strong was the tarvan quake?").expect("answered");
    assert!(a.contains("6.4"), "{a}");
    let a = ask(
        &out_file,
        "what share of its workforce will halvard mills cut?",
    )
    .expect("answered");
    assert!(a.contains("14 percent"), "{a}");
}

/// People "killed" are deaths: "how many deaths" finds "nine people were
/// killed".
#[test]
fn the_killed_are_deaths() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "ferry",
        "date 2020-10-27 Ferry strikes breakwater\n\n\
         At least nine people were killed after a passenger ferry struck a breakwater in fog.\n\n\
         The ferry was carrying 212 passengers and 14 crew.\n",
    );
    let a = ask(&out_file, "how many deaths were there").expect("answered");
    assert!(a.contains("nine people"), "{a}");
}

/// "…, officials said on Friday" tells when the news was told, not when the
/// calf was born; asked when it was announced, it still answers.
#[test]
fn the_day_news_was_told_is_not_the_day_it_happened() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rhino",
        "date 2024-02-16 Rhino calf born\n\n\
         A critically endangered black rhinoceros calf has been born at Carrow Park Zoo, \
         the first rhino birth at the zoo in 27 years, officials said on Friday.\n\n\
         The female calf was born early on Monday to 14-year-old mother Nala, the zoo said.\n\n\
         Fewer than 6,500 black rhinos remain in the wild, according to conservation groups.\n\n\
         The zoo will open the rhino house to visitors next month.\n\n\
         Keepers said the mother was calm and feeding well.\n",
    );
    let a = ask(&out_file, "what day was the rhino calf born?").expect("answered");
    assert!(a.contains("Monday"), "{a}");
    let a = ask(&out_file, "when did officials announce the birth?").expect("answered");
    assert!(a.contains("Friday"), "{a}");
}

/// "The head of X", "the chief executive of X": the person whose role
/// names X, not the chief of some other body; "Bluewater Isles Lines" is
/// a company, not a person with the role "Bluewater".
#[test]
fn the_head_of_a_company_speaks_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "ferry",
        "date 2020-10-27 Ferry strikes breakwater\n\n\
         The MV Corran Star, operated by Bluewater Isles Lines (BIL), was carrying 212 \
         passengers when it struck a breakwater.\n\n\
         The Maritime Accident Investigation Office has opened an inquiry, and its chief \
         inspector, Rune Holt, said investigators had recovered the voyage data recorder.\n\n\
         BIL chief executive Henrik Sand apologised to the families. \"We will not hide from \
         our responsibility,\" Sand said in a statement.\n\n\
         The company said it was trying to charter a replacement vessel.\n",
    );
    for q in [
        "what did the head of bluewater isles lines say?",
        "what did the chief executive of BIL say?",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("will not hide"), "{q}: {a}");
    }
    // "In charge" is the head, not a charge laid.
    let a = ask(&out_file, "who's in charge of BIL?").expect("answered");
    assert!(a.contains("Henrik Sand"), "{a}");
}

/// "What did Whelan's sister say?" asks for the words of the person whose
/// role is his sister, which need not name him.
#[test]
fn a_persons_relative_speaks_for_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "whelan",
        "date 2024-08-01 Whelan freed\n\n\
         Paul Whelan, a former Marine, was freed on Thursday in a prisoner exchange.\n\n\
         Whelan had been held in Russia since 2018 on spying charges he denied.\n\n\
         \"The family never gave up hope. Today, finally, he is coming home,\" his sister, \
         Elizabeth Whelan, said in a statement.\n",
    );
    let a = ask(&out_file, "what did whelans sister say about hope?").expect("answered");
    assert!(a.contains("never gave up hope"), "{a}");
}

/// "Who led the review?" is who headed it; "lead to broader changes" is a
/// cause, not a leader.
#[test]
fn leading_is_heading_and_leading_to_is_causing() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "review",
        "date 2025-10-15 University president resigns\n\n\
         The president of Kingsford University resigned on Tuesday after an independent review \
         found that images had been manipulated in 11 papers.\n\n\
         The review, headed by retired judge Alan Whitcombe, examined 40 papers over six months.\n\n\
         The student union said the review should lead to broader changes.\n\n\
         The university will appoint an interim president next week.\n",
    );
    let a = ask(&out_file, "who led the review?").expect("answered");
    assert!(a.contains("Alan Whitcombe"), "{a}");
}

/// "The year 900" is a year, though short; "temprature" is a typo of an
/// amount the question asks for, though the story never writes the word.
#[test]
fn short_years_and_mistyped_amounts() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "hoard",
        "date 2024-09-26 Viking hoard found\n\n\
         A farmer has uncovered one of the largest Viking silver hoards ever found in Norway.\n\n\
         Archaeologists believe the treasure was buried around the year 900, a date based on \
         the newest coin.\n\n\
         Temperatures in the area reached 31 degrees Celsius on Monday as the dig went on.\n\n\
         The finds will go on display at the museum in Bergen.\n",
    );
    let a = ask(&out_file, "When was the silver buried?").expect("answered");
    assert!(a.contains("year 900"), "{a}");
    let a = ask(&out_file, "whats the temprature been there").expect("answered");
    assert!(a.contains("31 degrees"), "{a}");
}

/// "The men's race" need not be written "men's": the lede's winner is the
/// men's; the women's race is said to be one.
#[test]
fn the_mens_race_need_not_say_men() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "marathon",
        "date 2022-10-09 Rotich breaks course record\n\n\
         Kenya's Isaac Rotich won the Port Evander Marathon on Sunday in a course record of \
         2:05:48.\n\n\
         In the women's race, Ethiopia's Hana Gebremariam won her second straight title in \
         2:21:09.\n\n\
         About 31,000 runners started the race.\n\n\
         Medical staff treated about 120 runners for dehydration.\n",
    );
    let a = ask(&out_file, "Who won the men's race?").expect("answered");
    assert!(a.contains("Isaac Rotich"), "{a}");
    let a = ask(&out_file, "who won the womens race").expect("answered");
    assert!(a.contains("Hana Gebremariam"), "{a}");
    // An English word is no typo of a name's English word: "took part" is
    // not "took Port" (of Port Evander).
    let explained = explain(&out_file, "How many runners took part?");
    assert!(explained.contains("runners took part"), "{explained}");
}

/// Hackers are the attackers of a cyberattack.
#[test]
fn hackers_are_attackers() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "ransomware",
        "date 2020-10-08 Hospital hit by ransomware\n\n\
         Mercy Vale Hospital has been diverting ambulances since a ransomware attack on Friday.\n\n\
         The attackers encrypted files on hundreds of servers and demanded 4.5 million dollars \
         in bitcoin to unlock them.\n\n\
         The hospital said personal information of up to 210,000 patients may have been \
         accessed.\n\n\
         Nurses described chaotic conditions in the first days.\n",
    );
    let a = ask(&out_file, "How much ransom did the hackers want?").expect("answered");
    assert!(a.contains("4.5 million"), "{a}");
}

/// "What happened to X?" asks for what the story tells of X, not who X is.
#[test]
fn what_happened_is_no_role_question() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "sentence",
        "date 2022-08-05 Griner sentenced\n\n\
         Basketball star Brittney Griner was sentenced to nine years in a Russian penal colony \
         on Thursday.\n\n\
         The court in Khimki also fined her one million roubles.\n\n\
         Her lawyers said they would appeal.\n",
    );
    let a = ask(&out_file, "what happened to griner?").expect("answered");
    assert!(a.contains("sentenced to nine years"), "{a}");
}

/// "What exception did the league make?" is told by a word near the
/// exception that the question lacks ("…to a long-standing rule"); "what
/// sentence did she get?" by a number; "what drug…" is not told by "drug
/// smuggling".
#[test]
fn which_one_is_asked_needs_it_told() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "league",
        "date 2023-05-20 Griner returns\n\n\
         Brittney Griner played her first game since her release, two years after she was \
         arrested on charges of drug smuggling.\n\n\
         The WNBA said it would let the Mercury use charter flights for Griner's travel, an \
         exception to a long-standing rule that requires teams to fly commercially.\n\n\
         She had been sentenced to nine years in a Russian penal colony.\n",
    );
    let a = ask(
        &out_file,
        "What exception did the WNBA make for Griner's travel?",
    )
    .expect("answered");
    assert!(a.contains("charter"), "{a}");
    let a = ask(&out_file, "what sentence did griner get?").expect("answered");
    assert!(a.contains("nine years"), "{a}");
    assert_eq!(
        ask(&out_file, "what drug was griner accused of smuggling?"),
        None
    );
}

/// A year asked about must be the fact's own date or in its words (or the
/// sentence before it): the 2025 match does not tell where the 2027 one is.
#[test]
fn a_year_asked_must_be_the_facts() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "chess",
        "date 2025-04-28 Sultanova wins\n\n\
         Dana Sultanova won the title match at the Palace of Independence in Astana.\n\n\
         The 2023 title match was played in Shanghai.\n",
    );
    assert_eq!(
        ask(&out_file, "Where will the 2027 title match be held?"),
        None
    );
    let a = ask(&out_file, "Where was the 2023 title match played?").expect("answered");
    assert!(a.contains("Shanghai"), "{a}");
    let a = ask(&out_file, "Where was the title match in 2025?").expect("answered");
    assert!(a.contains("Astana"), "{a}");
}

/// "next", "planned", "scheduled" say a question is about what is to come;
/// they are not words a fact must share.
#[test]
fn what_is_still_to_come() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rail",
        "date 2025-03-12 Rail strike\n\n\
         Train drivers walked out on Monday in a strike over pay, the union said.\n\n\
         The union has called further stoppages for March 18 and March 19.\n",
    );
    let a = ask(&out_file, "When are the next walkouts planned?").expect("answered");
    assert!(a.contains("March 18"), "{a}");
}

/// "How old is X?" wants X's age, by X's name: not the ages of the
/// students in X's study.
#[test]
fn an_age_asked_is_the_persons_own() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "sleep",
        "date 2024-02-14 Sleep study\n\n\
         Dr. Amara Lindqvist led a study of 4,312 students aged 13 to 17 at 28 schools.\n\n\
         The head teacher, Tom Berg, 58, said the pupils slept longer.\n",
    );
    assert_eq!(ask(&out_file, "How old is Amara Lindqvist?"), None);
    let a = ask(&out_file, "How old is Tom Berg?").expect("answered");
    assert!(a.contains("58"), "{a}");
}

/// Chat's letters for a title ("the CEO", "the cio") find the title
/// written out; "n" is "and"; "for a living" asks a job; "had to leave"
/// is a deed said in other words ("forced … from their homes").
#[test]
fn chat_words_and_titles() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "phones",
        "date 2024-03-06 Phones recalled\n\n\
         HARWICK - A fire in the hills forced about 8,400 people from their homes, \
         officials said on Wednesday.\n\n\
         \"Customer safety is our first priority,\" Chief Executive Elena Varga said.\n\n\
         Kevin Lau, the firm's chief information officer, said the backups were offline.\n\n\
         Robert Okafor, a Danish engineer, inspected the batteries.\n",
    );
    let a = ask(&out_file, "what did the ceo say").expect("answered");
    assert!(a.contains("Customer safety"), "{a}");
    let a = ask(&out_file, "what did the cio say about the backups").expect("answered");
    assert!(a.contains("offline"), "{a}");
    let a = ask(&out_file, "who is robert okafor n what does he do").expect("answered");
    assert!(a.contains("engineer"), "{a}");
    let a = ask(&out_file, "what does Okafor do for a living").expect("answered");
    assert!(a.contains("engineer"), "{a}");
    let a = ask(&out_file, "How many people had to leave their homes?").expect("answered");
    assert!(a.contains("8,400"), "{a}");
}

/// A wire dateline ("HARWICK - ") is not part of the answer, and a
/// drafted sentence is shown once, as its verbatim quote.
#[test]
fn a_dateline_is_no_part_of_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "court",
        "date 2022-05-25 Court ruling\n\n\
         PUERTO CABRAL - A court on Wednesday ordered Serrano Hill Mining to pay 86 million \
         dollars.\n",
    );
    let v = ask_json(&out_file, "How much was Serrano Hill ordered to pay?");
    let top = &v["answers"][0];
    assert_eq!(
        top["answer"],
        "A court on Wednesday ordered Serrano Hill Mining to pay 86 million dollars."
    );
    assert!(
        top["quote"]
            .as_str()
            .is_some_and(|q| q.starts_with("PUERTO CABRAL - ")),
        "{v}"
    );
    let reply = v["reply"].as_str().unwrap_or_default();
    assert_eq!(reply.matches("86 million").count(), 1, "{reply}");
}

/// "did not name them" names no one; declining to comment is the response
/// asked for; "how many people work at X" counts workers.
#[test]
fn what_the_story_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "race",
        "date 2022-10-09 Marathon\n\n\
         Kenya's Isaac Rotich won the Port Evander Marathon race on Sunday in 2:05:48.\n\n\
         Two men were arrested over a theft at the finish, said Inspector Nadia Brandt. \
         Brandt did not name them.\n\n\
         The race organisers, Evander Events, declined to comment on the theft.\n",
    );
    let a = ask(&out_file, "Who won the race?").expect("answered");
    assert!(a.contains("Rotich"), "{a}");
    assert_eq!(ask(&out_file, "who did brandt name"), None);
    let a = ask(&out_file, "What was the organisers' response to the theft?").expect("answered");
    assert!(a.contains("declined to comment"), "{a}");
    assert_eq!(
        ask(&out_file, "How many people work at Evander Events?"),
        None
    );
}

/// A kind of rate the story never names ("the mortgage rate") is not the
/// rate it tells of.
#[test]
fn an_unknown_kind_of_a_known_thing() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "riksbank",
        "date 2025-02-06 Riksbank cuts\n\n\
         Sweden's central bank cut its key interest rate to 2.25 percent on Wednesday, its \
         fifth cut in a row.\n\n\
         The bank said inflation had slowed to 2.1 percent and that the rate could fall \
         again in the spring.\n\n\
         The krona weakened after the decision.\n",
    );
    let a = ask(&out_file, "What is the key rate now?").expect("answered");
    assert!(a.contains("2.25"), "{a}");
    assert_eq!(
        ask(&out_file, "What is the average mortgage rate in Sweden?"),
        None
    );
}

/// "What did the governor say?" is the Governor's words, not the Deputy
/// Governor's (the role with fewest words wins); "the police inspector" is
/// the Inspector (the organisation only qualifies); the role words and
/// "say" need not be in the quotation itself.
#[test]
fn a_speaker_named_by_a_shared_role_word() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "bank",
        "date 2026-01-28 Bank cuts rate\n\n\
         The National Bank of Estoria cut its key rate on Wednesday.\n\n\
         Police said the inspector would speak later.\n\n\
         Deputy Governor Jonas Ekberg voted against the cut, saying prices were still rising.\n\n\
         \"We have come a long way,\" Governor Helena Marsh told a news conference. \
         \"But this is not the start of a rapid series of cuts.\"\n\n\
         \"We followed the money,\" Inspector Nadia Brandt said of an unrelated fraud.\n",
    );
    let a = ask(&out_file, "What did the governor say about future cuts?").expect("answered");
    assert!(a.contains("rapid series"), "{a}");
    let a = ask(&out_file, "What did the police inspector say?").expect("answered");
    assert!(a.contains("followed the money"), "{a}");
}

/// "take office" is one word of meaning ("sworn in"), not the weak "take".
#[test]
fn a_phrasal_verb_is_not_its_weak_verb() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "recount",
        "date 2023-11-14 Recount confirms governor\n\n\
         A recount on Monday confirmed Marisol Quintero as the next governor of Valdera.\n\n\
         Henrik Dahl, the outgoing governor, conceded on Tuesday.\n\n\
         The new governor must present a budget by March 3.\n\n\
         Quintero will be sworn in on December 1.\n",
    );
    let a = ask(&out_file, "when does the new governor take office").expect("answered");
    assert!(a.contains("December 1"), "{a}");
}

/// "last year" says when, not what: "Three years is a long time to wait"
/// tells nothing of last year's profits.
#[test]
fn a_relative_time_is_no_word_to_match() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "court",
        "date 2022-05-25 Court ruling\n\n\
         A court on Wednesday ordered Serrano Hill Mining to pay 86 million dollars for a \
         dam collapse.\n\n\
         \"Three years is a long time to wait, but we never stopped believing,\" said \
         Josefina Ruiz, a farmer.\n\n\
         The company said it would appeal.\n",
    );
    assert_eq!(
        ask(&out_file, "how much were the mine's profits last year"),
        None
    );
    let a = ask(&out_file, "How long did the families wait?").expect("answered");
    assert!(a.contains("Three years"), "{a}");
}

/// "Which country's agency …?" asks whose: "Turkey's intelligence agency"
/// answers though it tells no "where".
#[test]
fn which_countrys_asks_whose() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "swap",
        "date 2024-08-01 Prisoners freed\n\n\
         Paul Whelan was freed on Thursday in a prisoner exchange in Ankara.\n\n\
         Turkey's national intelligence agency, MIT, said it had coordinated the exchange.\n",
    );
    let a = ask(
        &out_file,
        "Which country's intelligence agency coordinated the exchange?",
    )
    .expect("answered");
    assert!(a.contains("Turkey's"), "{a}");
}

/// "What's the painting called?" is answered by the sentence that names
/// it after an article: "The painting, "The Harbour at Dusk" by …".
#[test]
fn a_name_after_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "painting",
        "date 2021-12-02 Painting recovered\n\n\
         Police have recovered a 17th-century painting stolen from the Rosendal Museum in \
         August, officials said on Thursday.\n\n\
         The painting, \"The Harbour at Dusk\" by the Flemish master Pieter van Loon, is \
         valued at about 12 million euros.\n",
    );
    let a = ask(&out_file, "what's the painting called").expect("answered");
    assert!(a.contains("Harbour at Dusk"), "{a}");
}

/// "Judge Paulo Meireles, chairman of the Provincial Electoral Commission"
/// keeps both roles, so "the head of the electoral commission" finds him
/// (head and chairman are one word of meaning).
#[test]
fn a_title_and_an_apposition_make_one_role() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "recount",
        "date 2023-11-14 Recount confirms governor\n\n\
         A hand recount confirmed Marisol Quintero as the next governor of Valdera.\n\n\
         \"The numbers moved a little, but the result did not,\" said Judge Paulo Meireles, \
         chairman of the Provincial Electoral Commission.\n\n\
         Quintero thanked her supporters.\n",
    );
    let a = ask(
        &out_file,
        "What did the head of the electoral commission say about the result?",
    )
    .expect("answered");
    assert!(a.contains("numbers moved"), "{a}");
    let a = ask(&out_file, "Who is Paulo Meireles?").expect("answered");
    assert!(
        a.contains("chairman of the Provincial Electoral Commission"),
        "{a}"
    );
}

/// "210,000 current and former patients" counts patients; data is
/// information.
#[test]
fn a_count_through_and() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "hospital",
        "date 2020-10-08 Hospital attack\n\n\
         A ransomware attack shut down the computer systems of Mercy Vale Hospital on \
         Sunday.\n\n\
         The hospital said personal information of up to 210,000 current and former \
         patients may have been accessed.\n\n\
         About 40 patients were moved to other hospitals.\n",
    );
    let a = ask(&out_file, "How many patients' data may have been exposed?").expect("answered");
    assert!(a.contains("210,000"), "{a}");
    let a = ask(&out_file, "How many patients were moved?").expect("answered");
    assert!(a.contains("About 40"), "{a}");
}

/// "Who won the men's race?" is not answered by the women's race.
#[test]
fn the_mens_race_is_not_the_womens() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "marathon",
        "date 2022-10-09 Marathon record\n\n\
         Kenya's Isaac Rotich broke the course record on Sunday, pulling away in the final \
         seven kilometers.\n\n\
         In the women's race, Ethiopia's Hana Gebremariam won her second straight title.\n",
    );
    let a = ask(&out_file, "Who won the women's race?").expect("answered");
    assert!(a.contains("Gebremariam"), "{a}");
    assert!(
        ask(&out_file, "Who won the men's race?").is_none_or(|a| !a.contains("Gebremariam")),
        "the women's winner is no answer"
    );
}

/// "had to leave their homes" is to be evacuated (or to flee).
#[test]
fn leaving_home_is_evacuation() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "wildfire",
        "date 2025-07-29 Wildfire in Catalonia\n\n\
         More than 4,000 people were evacuated from towns in southern Catalonia on Tuesday \
         as a wildfire burned through pine forest.\n\n\
         About 450 firefighters were working on the blaze, supported by 22 aircraft.\n",
    );
    let a = ask(&out_file, "How many people had to leave their homes?").expect("answered");
    assert!(a.contains("4,000"), "{a}");
}

/// "the CEO" and "the boss" are the Chief Executive; "after the failure"
/// says when they spoke, not what their words must hold.
#[test]
fn the_boss_after_the_failure() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rocket",
        "date 2023-04-21 Rocket explodes\n\n\
         A Skylark 2 rocket built by Orbitra exploded 74 seconds after lift-off on Thursday, \
         a failure that destroyed nine satellites.\n\n\
         \"Obviously this is not the outcome we wanted,\" Chief Executive Lars Hedegaard said \
         at a news conference.\n\n\
         Investigators will examine the debris.\n",
    );
    for q in [
        "What did the CEO say after the failure?",
        "what did the boss say",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("not the outcome"), "{q}: {a}");
    }
}

/// "come down" is to collapse ("gave way"), and "over the collapse" names
/// a cause: the fact need not say "over".
#[test]
fn a_bridge_that_came_down() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "bridge",
        "date 2023-11-09 Bridge inquiry\n\n\
         An inquiry found that warnings about the Stegbach bridge were ignored for years.\n\n\
         The central span of the bridge gave way at 6:40 in the morning on March 14.\n\n\
         Alpenstrassen chief executive Walter Hofbauer resigned in April over the \
         collapse.\n",
    );
    let a = ask(&out_file, "When did the bridge come down?").expect("answered");
    assert!(a.contains("March 14"), "{a}");
    let a = ask(&out_file, "Who quit over the collapse?").expect("answered");
    assert!(a.contains("Hofbauer"), "{a}");
}

/// Everyday news words said another way: a trust "established" / when it
/// was "created", a report "authored" / who "wrote" it, production
/// "suspended" / "halted", the "administration" / the "government". The
/// other sentences share the rest of each question's words.
#[test]
fn news_words_said_another_way() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "mill",
        "date 2024-05-02 Mill closure\n\n\
         The Orrin Valley trust was established in 1987 by local farmers.\n\n\
         In 2001 the trust lost a court case over water rights.\n\n\
         The damning report was authored by auditor Petra Lanz.\n\n\
         The report was presented by mayor Ivo Brandt on Monday.\n\n\
         Kessler Paper suspended production at the mill on Tuesday after a boiler failure.\n\n\
         Production at the mill rose by a third on Friday, Kessler Paper said.\n\n\
         The regional administration said it would pay for retraining.\n",
    );
    let asked: &[(&str, &str)] = &[
        ("when was the trust created", "1987"),
        ("who wrote the report?", "Petra Lanz"),
        ("when did kessler halt production", "Tuesday"),
        ("what did the government say it would do?", "retraining"),
    ];
    for (q, want) in asked {
        let a = ask(&out_file, q).unwrap_or_default();
        assert!(a.contains(want), "{q:?}: {a:?}");
    }
}

/// Words that only shape a question: "end up costing" is costing, "this
/// time" is no time asked, "how far over budget" asks an amount, not a
/// distance.
#[test]
fn shaping_words_are_not_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "tunnel",
        "date 2023-10-02 Tunnel opens late\n\n\
         The Orsk tunnel opened on Monday, three years late and 1.4 billion euros over budget.\n\n\
         The final cost rose to 4.6 billion euros, the transport ministry said.\n\n\
         The count of cars was done online, which cut the cost to 2 million euros.\n\n\
         The tunnel is 12 kilometres long and took a long time to dig.\n",
    );
    for (q, want) in [
        ("what did the whole thing end up costing", "4.6 billion"),
        ("how much did the count of cars cost this time", "2 million"),
        ("how far over budget did it go?", "1.4 billion"),
    ] {
        let a = ask(&out_file, q).unwrap_or_default();
        assert!(a.contains(want), "{q}: {a:?}");
    }
}

/// "How big" asks a size: a figure of times counts how often, not how big.
#[test]
fn how_big_is_no_count_of_times() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "jackpot",
        "date 2025-11-14 Bus driver wins jackpot\n\n\
         A retired bus driver from Hollin Ford has claimed a record 212 million dollar \
         jackpot in the national lottery, organisers said on Friday.\n\n\
         Ticket sales rose sharply before the draw, when the jackpot had rolled over 27 times.\n",
    );
    let a = ask(&out_file, "how big was the jackpot").expect("answered");
    assert!(a.contains("212 million"), "{a}");
    let a = ask(&out_file, "how many times had the jackpot rolled over").expect("answered");
    assert!(a.contains("27 times"), "{a}");
}

/// "Who runs X?" asks who heads it; the story's own "run" (trains run,
/// candidates run) stays a word of its own.
#[test]
fn who_runs_asks_who_heads() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "grid",
        "date 2026-01-22 Blackout in Aravel\n\n\
         Trains run again after the blackout, grid operator Voltra said on Thursday.\n\n\
         \"We apologise to every family,\" Voltra chief executive Erik Sandvold said.\n",
    );
    let a = ask(&out_file, "who runs voltra").expect("answered");
    assert!(a.contains("Erik Sandvold"), "{a}");
    let a = ask(&out_file, "do the trains run again?").expect("answered");
    assert!(a.contains("Trains run again"), "{a}");
}

/// "What time…" asks a time of day: "on Thursday" gives none.
#[test]
fn what_time_asks_a_time_of_day() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rocket",
        "date 2023-04-21 Rocket explodes\n\n\
         A Skylark rocket exploded about 74 seconds after lifting off from the Cape Halden \
         Spaceport on Thursday, destroying nine satellites.\n\n\
         The rocket lifted off at 6:42 am local time and appeared to fly normally at first.\n",
    );
    let a = ask(&out_file, "what time did the rocket lift off").expect("answered");
    assert!(a.contains("6:42 am"), "{a}");
    let a = ask(&out_file, "what day did the rocket lift off").expect("answered");
    assert!(a.contains("Thursday"), "{a}");
}

#[test]
fn a_when_clause_opening_a_what_question() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "harbour",
        "date 2023-06-02 Harbour rules\n\n\
         Port officials said the harbour closes to cargo ships on Sundays.\n\n\
         When a storm warning is issued, the harbour master orders every vessel to leave the \
         outer basin.\n",
    );
    // "When a storm warning is issued" sets the scene; "what" is asked.
    let a = ask(
        &out_file,
        "when a storm warning is issued what does the harbour master order",
    )
    .expect("answered");
    assert!(a.contains("every vessel"), "{a}");
    // A "when" with its verb right after it still asks when.
    let a = ask(&out_file, "when does the harbour close to cargo ships").expect("answered");
    assert!(a.contains("Sundays"), "{a}");
}

#[test]
fn a_long_sentence_answers_with_its_clause() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "Marine biologists have identified a bacterium living near hydrothermal \
                    vents in the Solenne Trench that can break down PET plastic at \
                    temperatures as low as 4 degrees Celsius, a finding that could lead to \
                    cheaper recycling methods, according to a study published on Tuesday in \
                    the journal Marine Biotechnology Letters.";
    let out_file = draft(
        dir.path(),
        "microbe",
        &format!("date 2024-02-20 Deep-sea microbe\n\n{sentence}\n"),
    );
    let v = ask_json(
        &out_file,
        "how cold can it be and the microbe still breaks down plastic",
    );
    let top = &v["answers"][0];
    let answer = top["answer"].as_str().expect("answered");
    // The plain answer is the clause that answers; the quote stays whole.
    assert!(answer.contains("4 degrees Celsius"), "{answer}");
    assert!(answer.ends_with('…') && answer.len() < 200, "{answer}");
    assert_eq!(top["quote"].as_str(), Some(sentence));
    // A short sentence is its own answer.
    let short = draft(
        dir.path(),
        "short",
        "date 2024-02-20 Microbe\n\nThe bacterium was named Halomonas solennis.\n",
    );
    let v = ask_json(&short, "what was the bacterium named");
    assert_eq!(
        v["answers"][0]["answer"].as_str(),
        Some("The bacterium was named Halomonas solennis.")
    );
}

#[test]
fn rates_names_and_owners_said_another_way() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "lab",
        "date 2024-02-20 Plastic-eating microbe\n\n\
         The microbe, which the team named Thalassivorax frigidus, degraded about 38 percent \
         of a thin PET film within 21 days.\n\n\
         Average earnings at Halvorsen rose 5.3 percent in the third quarter.\n\n\
         Halvorsen, which is headquartered in Rotterdam, employs about 14,000 people.\n\n\
         Corvane Lithium, a subsidiary of the Canadian-listed Northline Metals, said it was \
         disappointed.\n\n\
         Justice Arturo Benn, the lone dissenter, argued that the law was clear.\n",
    );
    let cases = [
        // "named" four words after the thing it names
        ("What's the bacterium called?", "Thalassivorax"),
        // growing "fast" is a rate, not a speed
        ("How fast are average earnings rising?", "5.3 percent"),
        ("Where is Halvorsen based?", "Rotterdam"),
        ("who owns corvane lithium", "Northline"),
        ("Which judge disagreed?", "Benn"),
    ];
    for (q, want) in cases {
        let a = ask(&out_file, q).unwrap_or_else(|| panic!("{q}: abstained"));
        assert!(a.contains(want), "{q}: {a}");
    }
}

#[test]
fn the_n_year_old_is_the_person_named_before() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "transfer",
        "date 2024-07-15 Bramford sign Adeyemi\n\n\
         Bramford City have signed Nigerian striker Emeka Adeyemi from Porto Real.\n\n\
         The 24-year-old has signed a five-year contract running until June 2029.\n\n\
         Before the move, Adeyemi spent two seasons at the Portuguese club Sporting Lamego.\n",
    );
    let toml = fs::read_to_string(&out_file).unwrap();
    assert!(toml.contains("“The …” read as emeka-adeyemi"), "{toml}");
    let a = ask(&out_file, "How old is Emeka Adeyemi?").expect("answered");
    assert!(a.contains("24-year-old"), "{a}");
    let a = ask(&out_file, "How long is Adeyemi's contract?").expect("answered");
    assert!(a.contains("five-year"), "{a}");
    // a team is a club
    let a = ask(&out_file, "which team did Adeyemi play for before").expect("answered");
    assert!(a.contains("Sporting Lamego"), "{a}");
    // Someone else's age, beside their own name, is not his.
    let other = draft(
        dir.path(),
        "keeper",
        "date 2024-07-15 Bramford sign a keeper\n\n\
         Bramford City have signed striker Emeka Adeyemi.\n\n\
         Bramford also signed goalkeeper Tom Reeve.\n\n\
         The 30-year-old had been a free agent.\n",
    );
    assert_eq!(ask(&other, "How old is Emeka Adeyemi?"), None);
}

#[test]
fn a_name_asked_must_be_given() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "astrolabe",
        "date 2024-09-10 Museum buys astrolabe\n\n\
         An American collector agreed to buy it in 2023, but the government placed a \
         temporary export bar on the object.\n\n\
         The two crates were handed over at a remote airstrip near the border before being \
         flown to Port Anselm, where they were opened.\n\n\
         Professor Ingrid Solberg, a historian at the University of Nordhavn, examined it.\n",
    );
    // "American" is the question's own word, not the collector's name.
    assert_eq!(
        ask(
            &out_file,
            "What was the name of the American collector who tried to buy it?"
        ),
        None
    );
    // "where …" is no part of the thing named: "Port Anselm, where" names no airstrip.
    assert_eq!(
        ask(
            &out_file,
            "What is the name of the airstrip where the crates were handed over?"
        ),
        None
    );
    // The thing asked, capitalised, is named: "the University of Nordhavn".
    let a = ask(&out_file, "Which university does Ingrid Solberg work at?").expect("answered");
    assert!(a.contains("University of Nordhavn"), "{a}");
}

#[test]
fn ages_in_appositions_ships_and_which_company() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "ferry",
        "date 2024-11-19 Ferry runs aground\n\n\
         Lukas Hartmann, a 41-year-old German logistics coordinator, and Noor Haddad, a \
         35-year-old Jordanian nurse, were among the passengers.\n\n\
         The MV Northern Star, operated by Caledon Ferries, struck the Gannet Reef at 01:40.\n\n\
         The ferry was carrying about 60 tonnes of diesel, according to the coastguard.\n\n\
         Island council leader Morag Dunlop said local shops were already running low on \
         bread.\n",
    );
    let toml = fs::read_to_string(&out_file).unwrap();
    // An age opening the apposition goes with the role.
    assert!(
        toml.contains("role = \"a 35-year-old Jordanian nurse\""),
        "{toml}"
    );
    assert!(toml.contains("\"Northern Star\""), "{toml}");
    let a = ask(&out_file, "what was noor haddad's job").expect("answered");
    assert!(a.contains("nurse"), "{a}");
    // A ship is named without its prefix after the first time.
    let a = ask(&out_file, "Which company runs the Northern Star?").expect("answered");
    assert!(a.contains("Caledon Ferries"), "{a}");
    // A company asked for is no person: Dunlop "running low" does not answer.
    assert_eq!(ask(&out_file, "Which company runs the island shops?"), None);
}

#[test]
fn a_lone_bare_title_belongs_to_the_organisation_in_the_lede() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "bank",
        "date 2024-12-11 Aldoria cuts rates\n\n\
         The Central Bank of Aldoria cut its benchmark interest rate to 4.25 percent on \
         Wednesday.\n\n\
         \"The job is not finished,\" Governor Martin Holbeck told a news conference.\n\n\
         Petra Vondracek, chief economist at Helmbridge Bank, expects another cut in March.\n",
    );
    let a = ask(
        &out_file,
        "Who is the governor of the Central Bank of Aldoria?",
    )
    .expect("answered");
    assert!(a.contains("Holbeck"), "{a}");
    // Her title names another bank: she is no economist of the central bank.
    assert_eq!(
        ask(
            &out_file,
            "Who is the chief economist of the Central Bank of Aldoria?"
        ),
        None
    );
    // Two governors: which one is the bank's, the story does not say.
    let two = draft(
        dir.path(),
        "two",
        "date 2024-12-11 Aldoria cuts rates\n\n\
         The Central Bank of Aldoria cut its benchmark interest rate on Wednesday.\n\n\
         Governor Martin Holbeck spoke first.\n\n\
         Governor Anna Lind of the northern province welcomed the cut.\n",
    );
    assert_eq!(
        ask(&two, "Who is the governor of the Central Bank of Aldoria?"),
        None
    );
}

#[test]
fn walkouts_annulments_and_money_put_into() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "strike",
        "date 2024-05-07 Strike at Halvorsen\n\n\
         More than 2,300 workers at the Halvorsen brake plant walked off the job on Monday.\n\n\
         The High Court of Marenthia annulled a water permit granted to Corvane Lithium.\n\n\
         Corvane has invested 310 million euros in the Santa Irene site so far.\n",
    );
    let cases = [
        ("how many workers went on strike at halvorsen", "2,300"),
        (
            "Which court threw out Corvane's water permit?",
            "High Court",
        ),
        (
            "How much money has Corvane already put into Santa Irene?",
            "310 million",
        ),
    ];
    for (q, want) in cases {
        let a = ask(&out_file, q).unwrap_or_else(|| panic!("{q}: abstained"));
        assert!(a.contains(want), "{q}: {a}");
    }
}

#[test]
fn the_first_is_not_the_second() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rates",
        "date 2024-12-11 Aldoria cuts rates\n\n\
         The Central Bank of Aldoria cut its benchmark interest rate to 4.25 percent on \
         Wednesday, its second reduction this year.\n\n\
         The bank raised rates in 2022.\n",
    );
    // The story tells of the second cut only.
    assert_eq!(
        ask(
            &out_file,
            "When did the central bank make its first rate cut this year?"
        ),
        None
    );
    let a = ask(
        &out_file,
        "When did the central bank make its second rate cut this year?",
    )
    .expect("answered");
    assert!(a.contains("Wednesday"), "{a}");
    // "2nd" is "second".
    let a = ask(&out_file, "when was the bank's 2nd rate cut").expect("answered");
    assert!(a.contains("Wednesday"), "{a}");
}

#[test]
fn a_grandson_tells_who_the_grandfather_is() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "khans",
        "date 2000-01-01 Yuan dynasty\n\n\
         Ogedei's grandson Kaidu refused to submit to Kublai and threatened the western \
         frontier.\n",
    );
    let a = ask(&out_file, "Who was Kaidu's grandfather?").expect("answered");
    assert!(a.contains("Ogedei"), "{a}");
}

#[test]
fn whose_title_asked_with_a_possessive() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "merger",
        "date 2025-03-04 Regulators approve SkyVia takeover of Altair\n\n\
         Regulators on Tuesday approved SkyVia's takeover of Altair Airways.\n\n\
         SkyVia chief executive Martin Castellanos said the deal would create a stronger \
         carrier.\n\n\
         \"Twenty-eight slots is a sticking plaster,\" said Altair's head of policy, Owen \
         Gallagher.\n\n\
         The prime minister's office in Valdoria said there were no plans to intervene.\n\n\
         When the newly appointed NASA Administrator James E. Webb asked for more money, \
         Congress agreed.\n",
    );
    let a = ask(&out_file, "Who is SkyVia's chief executive?").expect("answered");
    assert!(a.contains("Castellanos"), "{a}");
    let a = ask(&out_file, "Who was NASA's administrator?").expect("answered");
    assert!(a.contains("Webb"), "{a}");
    // Neither chief executive nor prime minister is named for these.
    assert_eq!(ask(&out_file, "Who is Altair's chief executive?"), None);
    assert_eq!(ask(&out_file, "Who is Valdoria's prime minister?"), None);
}

#[test]
fn an_obituary_keeps_its_subject_apart_from_her_family() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "obituary",
        "date 2025-02-14 Ingrid Halvorsen dies at 87\n\n\
         Ingrid Halvorsen, the Norwegian composer, died on Thursday at her home in Bergen. \
         She was 87.\n\n\
         Her death was confirmed by her son, Erik Halvorsen, who said she had been ill.\n\n\
         Halvorsen won the Nordic Council Music Prize in 1992 for her third symphony.\n\n\
         In 2009 she told the newspaper Bergens Tidende that children needed music.\n\n\
         Her husband, the painter Olav Strand, died in 2011. She is survived by her son \
         and two granddaughters.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    // The surname is hers: her son is named in full.
    assert!(
        toml.contains(r#"aliases = ["Ingrid Halvorsen", "Halvorsen", "Ingrid"]"#),
        "{toml}"
    );
    assert!(
        toml.contains(
            r#"kind = "organisation" # guessed: kind (organisation noun before the name)"#
        ),
        "{toml}"
    );
    let a = ask(&out_file, "Which award did Halvorsen receive in 1992?").expect("answered");
    assert!(a.contains("Nordic Council"), "{a}");
    let a = ask(
        &out_file,
        "How old was Ingrid Halvorsen when she passed away?",
    )
    .expect("answered");
    assert!(a.contains("87"), "{a}");
    // "She" after her husband is named is still her.
    let a = ask(&out_file, "Who is Halvorsen survived by?").expect("answered");
    assert!(a.contains("Ingrid Halvorsen is survived"), "{a}");
    let a = ask(&out_file, "How many operas did she write in total?");
    assert_eq!(a, None);
}

#[test]
fn an_airport_asked_of_is_a_word_the_answer_has() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "etna",
        "date 2025-04-09 Etna erupts\n\n\
         Mount Etna erupted overnight, sending ash 9 kilometres into the sky and forcing the \
         closure of Catania's Fontanarossa airport.\n\n\
         The eruption also closed two roads near Milo on Wednesday.\n",
    );
    let a = ask(&out_file, "which airport got shut down by the eruption").expect("answered");
    assert!(a.contains("Fontanarossa"), "{a}");
}

#[test]
fn names_asked_for_and_amounts_that_are_no_years() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "orbiter",
        "date 2025-02-12 Orbiter launched\n\n\
         The mission cost $410 million, about a third of which was spent on the spacecraft's \
         five scientific instruments.\n\n\
         One instrument, a radar called DeepSight, was built by LunaNet.\n\n\
         An American collector agreed to buy the old capsule in 2023.\n\n\
         The agency later sold a second capsule for 2 million dollars.\n",
    );
    // Five instruments, one named: the other four are not.
    assert_eq!(
        ask(
            &out_file,
            "What are the names of the other four scientific instruments?"
        ),
        None
    );
    let a = ask(&out_file, "What is the name of the radar?").expect("answered");
    assert!(a.contains("DeepSight"), "{a}");
    // A year is no sum offered.
    assert_eq!(
        ask(
            &out_file,
            "How much had the American collector offered for the capsule?"
        ),
        None
    );
    let a = ask(&out_file, "How much did the second capsule sell for?").expect("answered");
    assert!(a.contains("2 million"), "{a}");
}

#[test]
fn a_count_of_people_who_did_something_needs_the_deed() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "launch",
        "date 2025-02-12 Orbiter launched\n\n\
         The Aurelian Space Agency launched its first lunar orbiter on Wednesday.\n\n\
         The agency was founded in 2004 and employs about 2,600 people.\n\n\
         About 4,000 people watched the launch from the beach.\n",
    );
    let a = ask(&out_file, "How many people watched the launch?").expect("answered");
    assert!(a.contains("4,000"), "{a}");
    // Without the crowd, the staff count is no answer.
    let staff = draft(
        dir.path(),
        "staff",
        "date 2025-02-12 Orbiter launched\n\n\
         The Aurelian Space Agency launched its first lunar orbiter on Wednesday.\n\n\
         The agency was founded in 2004 and employs about 2,600 people.\n\n\
         Its previous missions have included three satellites launched in 2019.\n",
    );
    assert_eq!(ask(&staff, "How many people watched the launch?"), None);
}

#[test]
fn a_supplier_asked_which_must_be_named() {
    let dir = tempfile::tempdir().unwrap();
    let unnamed = draft(
        dir.path(),
        "breach",
        "date 2024-08-19 Bank breached\n\n\
         Northgate Bank said the attackers gained access to its systems on July 24 through a \
         compromised account belonging to an external software supplier.\n\n\
         The breach was discovered on August 12.\n",
    );
    assert_eq!(
        ask(&unnamed, "Which software supplier was compromised?"),
        None
    );
    let named = draft(
        dir.path(),
        "named",
        "date 2024-08-19 Bank breached\n\n\
         Northgate Bank said the attackers got in through its software supplier, Norvik \
         Systems, on July 24.\n\n\
         The armed group holding them, which calls itself the Sahel Liberation Front, freed \
         them on Monday.\n",
    );
    let a = ask(&named, "Which software supplier was compromised?").expect("answered");
    assert!(a.contains("Norvik"), "{a}");
    let a = ask(&named, "What's the name of the group that held them?").expect("answered");
    assert!(a.contains("Sahel Liberation Front"), "{a}");
}

#[test]
fn a_share_asked_needs_a_part_and_a_ticket_a_price() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "vote",
        "date 2025-07-03 Teachers reach deal\n\n\
         Members of the teachers' federation will vote on the tentative deal between July 14 \
         and July 18.\n\n\
         The festival was cancelled, and all ticket holders will receive full refunds within \
         30 days.\n",
    );
    assert_eq!(
        ask(
            &out_file,
            "What percentage of members are expected to vote in favour?"
        ),
        None
    );
    assert_eq!(ask(&out_file, "How much was a festival ticket?"), None);
    let priced = draft(
        dir.path(),
        "priced",
        "date 2025-07-03 Teachers reach deal\n\n\
         Two-thirds of the federation's members must vote in favour for the deal to pass.\n\n\
         Festival tickets cost 80 pounds a day.\n",
    );
    let a = ask(&priced, "What share of members must vote in favour?").expect("answered");
    assert!(a.contains("Two-thirds"), "{a}");
    let a = ask(&priced, "How much was a festival ticket?").expect("answered");
    assert!(a.contains("80 pounds"), "{a}");
}

#[test]
fn who_needs_someone_named_or_described() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "bridge",
        "date 2024-03-14 Bridge collapses\n\n\
         A section of the Kessler River Bridge collapsed in Halbrook on Thursday morning.\n\n\
         The bridge was designed in 1961 and opened to traffic in 1964.\n\n\
         The cause of the collapse has not been determined. The state fire marshal's office \
         has opened an investigation.\n",
    );
    // No designer is named or described.
    assert_eq!(
        ask(&out_file, "Who designed the Kessler River Bridge?"),
        None
    );
    let a = ask(&out_file, "When was the bridge designed?").expect("answered");
    assert!(a.contains("1961"), "{a}");
    // An office described, not named, still tells who.
    let a = ask(&out_file, "Who is investigating the collapse?").expect("answered");
    assert!(a.contains("fire marshal"), "{a}");
}

#[test]
fn a_thing_measured_or_aged_needs_that_measure() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "planet",
        "date 2025-10-14 Planet found\n\n\
         Astronomers have found a rocky planet orbiting the red dwarf LHS 2931.\n\n\
         The planet, designated Kepler-442b, has a minimum mass of 1.4 times that of Earth and \
         circles its star once every 23.8 days.\n\n\
         The Kessler Bridge, opened in 1964, spans 62 metres.\n",
    );
    assert_eq!(ask(&out_file, "What is the radius of Kepler-442b?"), None);
    assert_eq!(
        ask(&out_file, "What is the surface temperature on Kepler-442b?"),
        None
    );
    assert_eq!(ask(&out_file, "How old is the star LHS 2931?"), None);
    let a = ask(&out_file, "How long is the Kessler Bridge?").expect("answered");
    assert!(a.contains("62 metres"), "{a}");
}

#[test]
fn what_initials_stand_for() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "water",
        "date 2025-08-18 Cyprus rations water\n\n\
         Households in Nicosia will have their water cut every other day, the Water \
         Development Department (WDD) said on Monday.\n\n\
         The WDD said reservoirs were at 9.1% of capacity.\n",
    );
    let a = ask(&out_file, "What does WDD stand for?").expect("answered");
    assert!(
        a.starts_with("WDD stands for Water Development Department."),
        "{a}"
    );
    assert!(
        a.contains("the Water Development Department (WDD) said"),
        "{a}"
    );
    let a = ask(&out_file, "what is wdd short for").expect("answered");
    assert!(a.contains("Water Development Department"), "{a}");
    // Letters the story never spells out are not guessed.
    assert_eq!(ask(&out_file, "What does NSC stand for?"), None);
}

#[test]
fn a_nationality_is_told_by_the_role() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rome",
        "date 2025-06-01 Ostrova wins in Rome\n\n\
         Marta Ostrova won the Rome Open on Sunday, beating the top seed in three sets.\n\n\
         Her coach, the Italian Renato Galli, said she had trained for months on clay.\n\n\
         Aid worker Lukas Hartmann, a 41-year-old German logistics coordinator, was freed.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    // The role noun before the comma is the role, not just the nationality.
    assert!(toml.contains(r#"role = "Italian coach""#), "{toml}");
    for q in [
        "What nationality is Galli?",
        "what country is renato galli from",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("Italian"), "{q}: {a}");
    }
    let a = ask(&out_file, "Which country is Hartmann from?").expect("answered");
    assert!(a.contains("German"), "{a}");
    // A role without a nationality does not tell one.
    assert_eq!(ask(&out_file, "What nationality is Marta Ostrova?"), None);
}

#[test]
fn an_english_word_is_no_typo_of_a_story_word() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rugby",
        "date 2025-09-20 Castlegate beat Redmoor\n\n\
         Castlegate Rovers beat Redmoor 34-31 at Fernside Park on Friday night.\n\n\
         It was the first game of the season for both sides.\n\n\
         Redmoor flanker Rhys Ellery was named player of the month in August.\n",
    );
    // "played" is not "player", nor "fight" "night"; "Ellerey" is Ellery.
    for (q, read) in [
        ("Where was the game played?", "where was the game played"),
        ("who did they fight", "who did they fight"),
        ("what did Ellerey win", "what did ellery win"),
    ] {
        let out = explain(&out_file, q);
        assert!(
            out.contains(&format!("words (after typo correction): {read}\n")),
            "{out}"
        );
    }
}

#[test]
fn how_big_prefers_a_size_to_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "fire",
        "date 2025-08-03 Kettle Creek fire grows\n\n\
         Around 6,700 people have been ordered to leave their homes after the Kettle Creek \
         wildfire grew from about 900 hectares on Friday to an estimated 14,500 hectares by \
         Sunday morning, fire officials said.\n\n\
         About 240 firefighters are working on the blaze, supported by 18 helicopters and \
         crews cutting fire breaks.\n\n\
         A crowd of 8,412 watched the final in Kelowna.\n",
    );
    let a = ask(&out_file, "how big is the fire now").expect("answered");
    assert!(a.contains("14,500 hectares"), "{a}");
    // With no size given, a count still answers.
    let a = ask(&out_file, "How big was the crowd at the final?").expect("answered");
    assert!(a.contains("8,412"), "{a}");
}

#[test]
fn job_cuts_finance_chiefs_and_hearings_set_for_later() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "norveld",
        "date 2025-04-29 Norveld Logistics to cut 1,800 jobs\n\n\
         Norveld Logistics, the Rotterdam-based freight group, said on Tuesday it would cut \
         about 1,800 jobs after first-quarter profit fell by more than half.\n\n\
         Chief Financial Officer Pieter Demeulemeester said the group would pause its share \
         buyback.\n\n\
         Norveld employs about 25,000 people in 14 countries.\n\n\
         A hearing on the union's complaint has been set for June.\n",
    );
    let a = ask(&out_file, "How many jobs is Norveld getting rid of?").expect("answered");
    assert!(a.contains("1,800 jobs"), "{a}");
    let a = ask(&out_file, "Who is Norveld's finance chief?").expect("answered");
    assert!(a.contains("Demeulemeester"), "{a}");
    let a = ask(&out_file, "When will the hearing take place?").expect("answered");
    assert!(a.contains("June"), "{a}");
}

#[test]
fn words_said_in_other_words_bring_the_quote_after() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "vote",
        "date 2025-11-05 Riverton approves Millbrook homes\n\n\
         Riverton City Council approved 1,200 homes on Tuesday.\n\n\
         Mayor Denise Arsenault, who voted with the majority, called the decision a turning \
         point. \"Nobody got everything they wanted, and that is the sign of a fair \
         compromise,\" she said after the vote.\n\n\
         Professor Alan Whitford, an epidemiologist at the University of Leeds, urged caution. \
         \"This is observational data,\" he said.\n",
    );
    let a = ask(
        &out_file,
        "What did Mayor Arsenault say about the decision?",
    )
    .expect("answered");
    assert!(
        a.contains("turning point") && a.contains("fair compromise"),
        "{a}"
    );
    let a = ask(&out_file, "what did the leeds professor warn about").expect("answered");
    assert!(a.contains("observational data"), "{a}");
}

#[test]
fn a_first_name_before_another_surname_is_one_person() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "fraud",
        "date 2025-02-14 Care home director jailed\n\n\
         Graham Whitcombe, 58, of Harrogate, was jailed for seven years on Friday.\n\n\
         Whitcombe's wife, Caroline, a co-director of the company, was cleared in January.\n",
    );
    let a = ask(&out_file, "How old is Graham Whitcombe?").expect("answered");
    assert!(a.contains("58"), "{a}");
    // Her age is not given: his is no answer.
    assert_eq!(ask(&out_file, "How old is Caroline Whitcombe?"), None);
}

#[test]
fn the_firm_asked_of_is_the_one_named() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "obituary",
        "date 2026-01-22 Ingrid Salomonsen dies at 83\n\n\
         Ingrid Salomonsen, the engineer who taught bridges to listen, has died aged 83.\n\n\
         Born in Bergen in 1942, Salomonsen studied civil engineering in Trondheim. She moved \
         to Scotland in 1971 to join the Edinburgh consulting firm Carnoustie & Reid, \
         intending to stay for two years. She remained there for the rest of her career, \
         becoming its first female partner in 1984.\n\n\
         After retiring from Carnoustie & Reid in 2008, she taught part-time at Heriot-Watt \
         University and mentored young women entering the profession through a scheme she \
         set up with her own savings.\n",
    );
    let a = ask(&out_file, "When did she retire from the firm?").expect("answered");
    assert!(a.contains("2008"), "{a}");
}

#[test]
fn asked_what_happened_what_is_to_come_ranks_lower() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "summit",
        "date 2026-07-15 Baltic states agree cable fund\n\n\
         Foreign ministers from seven countries around the Baltic Sea agreed on Tuesday to \
         create a fund to protect undersea cables, after a two-day summit in Tallinn.\n\n\
         The fund will pay for seabed sensors.\n\n\
         Ministers will meet again in Gdansk next spring to review progress.\n",
    );
    let a = ask(&out_file, "Where did the ministers meet?").expect("answered");
    assert!(a.contains("Tallinn"), "{a}");
    let a = ask(&out_file, "Where will the ministers meet next?").expect("answered");
    assert!(a.contains("Gdansk"), "{a}");
}

#[test]
fn which_players_asks_for_people_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let unnamed = draft(
        dir.path(),
        "pundit",
        "date 2024-10-07 Rovers sack Vento\n\n\
         Ashford Rovers sacked head coach Dario Vento on Monday.\n\n\
         Former Rovers striker Kenny Oduya said the problems ran deeper than the coach. \"The \
         club spent £40 million in the summer on players who don't fit the system,\" he said.\n",
    );
    // The players are never named: the speaker is no answer.
    assert_eq!(
        ask(&unnamed, "Which players did Rovers sign in the summer?"),
        None
    );
    let named = draft(
        dir.path(),
        "signings",
        "date 2024-10-07 Rovers sack Vento\n\n\
         Ashford Rovers sacked head coach Dario Vento on Monday.\n\n\
         In the summer Rovers signed the players Tom Lee and Sam Ray from Castleford.\n",
    );
    let a = ask(&named, "Which players did Rovers sign in the summer?").expect("answered");
    assert!(a.contains("Tom Lee"), "{a}");
}

#[test]
fn a_general_secretary_leads_the_union() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "strike",
        "date 2026-09-04 Northjet crew strike\n\n\
         More than 400 Northjet flights were cancelled on Friday as cabin crew began a 48-hour \
         strike over pay.\n\n\
         The walkout was called by the United Cabin Crew Association (UCCA) after members \
         rejected a pay offer of 4.5 percent.\n\n\
         Northjet chief executive Robert Ashdown said the strike was unnecessary.\n\n\
         The union represents about 3,200 crew. Union members voted 88 percent in favour of \
         action in August, and the union has called two more walkouts.\n\n\
         Fiona Gallacher, general secretary of the UCCA, said crew had not taken the decision \
         lightly. Gallacher said the union would call off the action once a serious offer was \
         on the table.\n",
    );
    let a = ask(&out_file, "Who is the union boss?").expect("answered");
    assert!(a.contains("Gallacher"), "{a}");
}

#[test]
fn where_prefers_the_asked_word_before_a_place() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "engineer",
        "date 2026-01-22 Ingrid Salomonsen dies at 83\n\n\
         Ingrid Salomonsen, the Norwegian-born structural engineer whose monitoring system \
         changed the way bridges are inspected, has died at her home in Edinburgh.\n\n\
         Born in Bergen on 3 September 1942, the daughter of a ship's carpenter, Salomonsen \
         studied civil engineering at the Norwegian Institute of Technology in Trondheim.\n",
    );
    let a = ask(&out_file, "Where was she born?").expect("answered");
    assert!(a.contains("Born in Bergen"), "{a}");
}

#[test]
fn a_company_named_after_its_founder_keeps_its_short_name() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "takeover",
        "date 2025-05-21 Brightwater bids for Halden Foods\n\n\
         Brightwater Capital has offered to buy Halden Foods, the Minneapolis-based maker of \
         frozen food, for $4.6 billion.\n\n\
         Halden shares jumped 24 percent on Wednesday.\n\n\
         Halden was founded in 1952 by Olav Halden, a Norwegian immigrant who sold fish cakes \
         door to door.\n\n\
         The company employs about 9,200 people at 14 plants.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    assert!(!toml.contains("id = \"minneapolis-based\""), "{toml}");
    let a = ask(&out_file, "Who founded Halden?").expect("answered");
    assert!(a.contains("Olav Halden"), "{a}");
    let a = ask(&out_file, "how many people does halden employ").expect("answered");
    assert!(a.contains("9,200"), "{a}");
}

#[test]
fn a_quotation_over_two_sentences_is_the_speakers() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "probe",
        "date 2025-10-06 Probe finds clays on asteroid Menhir\n\n\
         The Halcyon probe has found clays on the asteroid Menhir.\n\n\
         Mission manager Dr. Henrik Sollie said the team was now studying candidate landing \
         sites. \"The surface is much rougher than our models predicted. There are boulders \
         the size of houses almost everywhere,\" he said.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    assert!(toml.contains("role = \"Mission manager\""), "{toml}");
    let a = ask(
        &out_file,
        "What did the mission manager say about the surface?",
    )
    .expect("answered");
    assert!(a.contains("rougher"), "{a}");
}

#[test]
fn a_time_of_day_answers_when_and_money_is_the_shape_of_a_sum() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "quake",
        "date 2026-02-24 Earthquake in Dorava\n\n\
         Rescue teams searched through the night after a strong earthquake struck the \
         mountainous north of Dorava on Tuesday.\n\n\
         The magnitude 6.8 earthquake struck at 4:37 a.m. local time, when most people were \
         asleep.\n\n\
         Japan pledged $8 million and a team of medical specialists, while the United States \
         said it would provide $10 million through the UN.\n",
    );
    let a = ask(&out_file, "What time did the earthquake strike?").expect("answered");
    assert!(a.contains("4:37"), "{a}");
    let a = ask(&out_file, "How much money is Japan giving?").expect("answered");
    assert!(a.contains("$8 million"), "{a}");
}

#[test]
fn a_month_asked_must_be_the_facts_own() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rates",
        "date 2026-03-19 Aldora cuts rates as inflation eases\n\n\
         The Central Bank of Aldora cut its main interest rate to 3.75 percent on Thursday \
         as inflation eased.\n\n\
         Figures published last week showed annual inflation slowing to 2.6 percent in \
         February from 3.1 percent in January.\n\n\
         Household electricity bills fell by around 11 percent in January. Services \
         inflation, however, remains stubborn at 4.2 percent.\n\n\
         Mayor Lena Berg said inflation was still the city's biggest worry.\n",
    );
    let a = ask(&out_file, "What was inflation in January?").expect("answered");
    assert!(a.contains("3.1 percent"), "{a}");
    assert_eq!(
        ask(&out_file, "What was Aldora's inflation rate in December?"),
        None
    );
    // "Mayor" names no May.
    assert_eq!(ask(&out_file, "What was inflation in May?"), None);
}

#[test]
fn a_plural_possessive_inside_a_name_keeps_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "vote",
        "date 2025-03-17 Civic Alliance wins Northmark\n\n\
         The Civic Alliance won Sunday's regional election with 38.4 percent of the vote. \
         The Farmers' League took 9.3 percent.\n\n\
         The Meridian Teachers' Pension Fund, which owns 11 percent of the shares, said the \
         price was too low.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    assert!(toml.contains("name = \"Farmers' League\""), "{toml}");
    assert!(
        toml.contains("name = \"Meridian Teachers' Pension Fund\""),
        "{toml}"
    );
}

#[test]
fn principal_before_a_name_is_a_role() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "phones",
        "date 2026-04-22 Phone ban at Harwick Academy\n\n\
         Pupils at Harwick Academy will have to lock their phones in pouches from September.\n\n\
         Principal Denise Okoro said the decision followed a trial with Year 7 pupils.\n",
    );
    let a = ask(&out_file, "who is the head of harwick academy").expect("answered");
    assert!(a.contains("Okoro"), "{a}");
}

#[test]
fn an_organisation_after_by_answers_who() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "ferry",
        "date 2026-04-22 New ferry route\n\n\
         Captain Ana Lund said the ferry operates twice a day in summer.\n\n\
         The ferry is operated by Nordic Sea Lines.\n",
    );
    let a = ask(&out_file, "Who operates the ferry?").expect("answered");
    assert!(a.contains("Nordic Sea Lines"), "{a}");
}

#[test]
fn who_is_the_role_doing_something_needs_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let unnamed = draft(
        dir.path(),
        "mine",
        "date 2026-10-12 Carrow Vale mine in court\n\n\
         A High Court judge is considering whether to overturn planning permission for a \
         lithium mine in Carrow Vale after a three-day hearing that ended on Friday.\n\n\
         Tregarth Minerals says the mine would create 300 jobs.\n",
    );
    assert_eq!(
        ask(&unnamed, "Who is the judge hearing the Carrow Vale case?"),
        None
    );
    let named = draft(
        dir.path(),
        "mine2",
        "date 2026-10-12 Carrow Vale mine in court\n\n\
         Judge Ann Reyes is hearing the case against the lithium mine in Carrow Vale.\n\n\
         Tregarth Minerals says the mine would create 300 jobs.\n",
    );
    let a = ask(&named, "Who is the judge hearing the Carrow Vale case?").expect("answered");
    assert!(a.contains("Reyes"), "{a}");
}

#[test]
fn a_double_barrelled_surname_and_a_brand_are_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "reader",
        "date 2026-03-17 Lumora unveils the Fold\n\n\
         Lumora has unveiled the Lumora Fold, a folding e-reader, alongside the cheaper Lumora \
         Slate.\n\n\
         \"People hated carrying a tablet,\" Chief Executive Daniel Okonkwo-Reyes said at a \
         launch event in Austin.\n\n\
         Okonkwo-Reyes said a larger model would follow next year.\n\n\
         Lumora says the Fold weighs 238 grams.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    assert!(
        toml.contains("aliases = [\"Daniel Okonkwo-Reyes\", \"Okonkwo-Reyes\""),
        "{toml}"
    );
    assert!(toml.contains("id = \"lumora\""), "{toml}");
    let a = ask(
        &out_file,
        "What did Okonkwo-Reyes say about a larger model?",
    )
    .expect("answered");
    assert!(a.contains("next year"), "{a}");
}

#[test]
fn a_toll_is_asked_as_a_sum_of_money() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "recount",
        "date 2026-05-14 Recount confirms Bramley North result\n\n\
         A recount in the Bramley North district confirmed the result on Wednesday.\n\n\
         Turnout in the district was 58.3 per cent, up from 51.7 per cent in 2022.\n\n\
         The bridge toll is charged at the eastern end of the district.\n",
    );
    assert_eq!(
        ask(&out_file, "how much is the toll to cross the bridge"),
        None
    );
    let a = ask(&out_file, "What was the turnout in the district?").expect("answered");
    assert!(a.contains("58.3"), "{a}");
}

#[test]
fn another_count_or_currency_does_not_answer() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rates",
        "date 2025-11-06 Bank of Norvania cuts rates\n\n\
         The Bank of Norvania cut its main interest rate by a quarter of a point on Thursday.\n\n\
         The crown fell 0.4 per cent against the euro after the announcement, and the yield on \
         two-year government bonds dropped to 2.91 per cent.\n",
    );
    for q in [
        "What was the yield on ten-year government bonds after the announcement?",
        "how much did the crown move against the dollar",
    ] {
        assert_eq!(ask(&out_file, q), None, "{q}");
    }
    for q in [
        "What was the yield on two-year government bonds?",
        "how much did the crown fall against the euro",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("0.4 per cent"), "{q}: {a}");
    }
}

#[test]
fn a_colour_or_a_temperature_is_answered_only_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let frogs = draft(
        dir.path(),
        "frogs",
        "date 2025-06-14 Rare frogs return to Lake Verin\n\n\
         The Verin tree frog has returned to the lake's northern shore after a decade, \
         ecologists said on Friday.\n\n\
         The females lay their eggs under floating leaves in late spring.\n\n\
         The adults are bright green with orange feet.\n\n\
         The highest temperature ever recorded at the lake was 34 degrees Celsius in 2019.\n",
    );
    assert_eq!(ask(&frogs, "What colour are the eggs?"), None);
    let a = ask(&frogs, "what color are the adult frogs").expect("answered");
    assert!(a.contains("bright green"), "{a}");
    let a = ask(
        &frogs,
        "What was the highest temperature ever recorded at the lake?",
    )
    .expect("answered");
    assert!(a.contains("34 degrees"), "{a}");
    // A temperature asked is not told by a sentence that only names one.
    let ponds = draft(
        dir.path(),
        "ponds",
        "date 2025-06-14 Rare frogs return to Lake Verin\n\n\
         The Verin tree frog has returned to the lake's northern shore after a decade, \
         ecologists said on Friday.\n\n\
         The highest temperature ever recorded in the frogs' breeding ponds has not been \
         published, the park said.\n",
    );
    assert_eq!(
        ask(
            &ponds,
            "What was the highest temperature ever recorded in the breeding ponds?"
        ),
        None
    );
}

#[test]
fn a_year_asked_needs_a_year() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "marathon",
        "date 2024-10-13 Record falls at the Dunmore marathon\n\n\
         Amina Keter broke the course record at the Dunmore Marathon on Sunday, finishing in \
         2 hours 19 minutes.\n\n\
         She ran the last 12 kilometres alone after her pacemaker dropped out.\n\n\
         About 8,000 runners started the race, which was first held in 1981.\n",
    );
    for q in [
        "In what year was the Dunmore Marathon first run?",
        "which year was the Dunmore Marathon first held",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("1981"), "{q}: {a}");
    }
}

#[test]
fn a_modal_then_the_doer_leaves_no_deed_to_find() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "datacentre",
        "date 2025-06-05 Inquiry opens into Ferncombe data centre\n\n\
         A public inquiry into a proposed data centre outside Ferncombe opened on Wednesday.\n\n\
         The developer, Kestrel Compute, has said that the project would cost 1.1 billion \
         pounds to build, would create about 1,200 construction jobs over four years and would \
         employ 85 people permanently once complete.\n\n\
         Planning rules treat data centres above 200 megawatts as national infrastructure, a \
         category that covers 14 sites.\n",
    );
    // "would the centre employ": the word after the modal is the employer,
    // not the deed a fact must name.
    for q in [
        "how many people would the centre employ on a permanent basis",
        "how many people would be employed permanently",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("85 people"), "{q}: {a}");
    }
}

#[test]
fn a_loose_particle_weighs_little_and_explain_names_the_checks() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "solar",
        "date 2025-06-05 Solar plant approved near Ferncombe\n\n\
         A solar plant near Ferncombe was approved on Wednesday.\n\n\
         The plant would cover 38 hectares of farmland north of the town.\n\n\
         Prices for land had gone up since the plan was announced, farmers said.\n",
    );
    // "take up": the particle of a verb not known as phrasal is weak.
    let out = explain(&out_file, "how much land would the plant take up");
    assert!(
        out.contains("term up ") && out.contains(", weak)\n"),
        "{out}"
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("term up "))
        .unwrap_or("");
    assert!(line.ends_with(", weak)"), "{out}");
    // "up to" is no particle.
    let out = explain(&out_file, "is it up to the farmers");
    let line = out
        .lines()
        .find(|l| l.starts_with("term up "))
        .unwrap_or("");
    assert!(line.ends_with("(known)"), "{out}");
    // Explain names the check that set a fact aside: a year asked.
    let out = explain(&out_file, "in what year was the plant approved");
    assert!(out.contains("checks that marked facts: yeared"), "{out}");
}

#[test]
fn where_money_went_is_told_without_a_place_name() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "grants",
        "date 2025-03-02 Report on city housing grants\n\n\
         The city paid out 40 million euros in housing grants last year, a report found.\n\n\
         Most of the grant money pooled in the accounts of a few large landlords, the auditors \
         said.\n\n\
         The mayor said the scheme would be reviewed in the spring.\n",
    );
    // "pooled in the accounts of …" tells where, though it names no place.
    let a = ask(&out_file, "Where did the grant money pool?").expect("answered");
    assert!(a.contains("accounts of a few large landlords"), "{a}");
    // Still no answer where the story tells of no place at all.
    assert_eq!(ask(&out_file, "Where was the mayor born?"), None);
}

#[test]
fn the_doer_asked_of_prefers_facts_about_them() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "rivals",
        "date 2024-05-02 Talks between rivals\n\n\
         According to the minutes, Haldor Brenn again offered a truce to Ottar Vik, asking him \
         to sign the pact.\n\n\
         Ottar Vik refused the offer of a truce, and he asked for a public hearing.\n\n\
         The council said a hearing could be held in June.\n",
    );
    // Vik does the asking: the fact about him, not the one naming both
    // men where Brenn asks.
    let a = ask(
        &out_file,
        "What did Ottar Vik request from Haldor Brenn instead of a truce?",
    )
    .expect("answered");
    assert!(a.contains("public hearing"), "{a}");
    // Brenn asks in the other: asked of him, that one answers.
    let a = ask(&out_file, "What did Haldor Brenn ask Ottar Vik to do?").expect("answered");
    assert!(a.contains("sign the pact"), "{a}");
}

#[test]
fn two_question_words_may_be_one_closed_compound() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "climate",
        "date 2024-03-02 Climate of Varde\n\n\
         Varde is a coastal town in the west of the province, founded in 1620.\n\n\
         Most rainfall in the province comes in the autumn months, from September to November.\n\n\
         The town hosts a music festival every summer, the mayor said on Friday.\n",
    );
    // "rain … fall" is the story's "rainfall".
    let a = ask(&out_file, "When does the rain fall?").expect("answered");
    assert!(a.contains("September to November"), "{a}");
    let out = explain(&out_file, "When does the rain fall?");
    assert!(out.contains("term rainfal "), "{out}");
}

#[test]
fn which_two_people_asks_their_names() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "freed",
        "date 2024-05-10 Journalists freed\n\n\
         The release of detained journalists was discussed by the two governments, the \
         ministry said.\n\n\
         The authorities freed the reporters Anna Lind and Marek Sobol on Thursday.\n\n\
         Both had been held since March.\n",
    );
    // A count after "which" says how many; the people are still asked by
    // name, so the sentence naming them answers, not the one that only
    // speaks of journalists.
    let a = ask(&out_file, "Which two journalists were released?").expect("answered");
    assert!(a.contains("Anna Lind"), "{a}");
}

#[test]
fn explain_adds_up_each_score_part_by_part() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "solar",
        "date 2025-06-05 Solar plant approved near Ferncombe\n\n\
         A solar plant near Ferncombe was approved on Wednesday, the council said.\n\n\
         The plant would cover 38 hectares of farmland north of Ferncombe.\n",
    );
    let out = explain(&out_file, "when was the plant near Ferncombe approved");
    let number = |l: &str, after: &str| -> f32 {
        let rest = &l[l.find(after).map_or(0, |i| i + after.len())..];
        let word = rest.split_whitespace().next().unwrap_or("");
        word.parse()
            .unwrap_or_else(|_| panic!("no number after {after:?} in {l:?}"))
    };
    let lines: Vec<&str> = out.lines().collect();
    let mut seen = 0;
    for (i, l) in lines.iter().enumerate() {
        if !l.contains(" score ") {
            continue;
        }
        // The line under each scored fact: its parts, which add up to it.
        let parts = lines.get(i + 1).copied().unwrap_or("");
        assert!(parts.trim_start().starts_with("= shared "), "{out}");
        let sum: f32 = parts
            .trim_start()
            .trim_start_matches("= ")
            .split(" + ")
            .map(|p| number(p, " "))
            .sum();
        assert!((sum - number(l, " score ")).abs() < 0.01, "{out}");
        seen += 1;
    }
    assert!(seen >= 2, "{out}");
    // A when-question: the dated fact gets the date part.
    assert!(out.contains(" + date 0.400"), "{out}");
}

#[test]
fn who_runs_a_shop_set_foot_and_confirmed_until() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "island",
        "date 2023-12-08 Ferry cancellations leave Skarvoy short of supplies\n\n\
         Islanders said shelves were half empty by Wednesday. Duncan Ferrier, who runs Skarvoy \
         Stores, said deliveries of fresh milk had fallen by two thirds.\n\n\
         The glaciologist Ingrid Solbakken, who first walked on the island's ice cap in 1998, \
         led the survey.\n\n\
         A wreck off the island had first been detected in 2021 by a survey vessel, but its \
         identity could not be confirmed until this summer.\n",
    );
    // "Skarvoy Stores" is a shop, not a person; "who runs it" heads it.
    let a = ask(&out_file, "Who runs Skarvoy Stores?").expect("answered");
    assert!(a.contains("Duncan Ferrier"), "{a}");
    let a = ask(
        &out_file,
        "When did Solbakken first set foot on the ice cap?",
    )
    .expect("answered");
    assert!(a.contains("1998"), "{a}");
    // Confirmed "until this summer" was confirmed then: the story says.
    let a = ask(&out_file, "when was the wreck first detected").expect("answered");
    assert!(a.contains("2021"), "{a}");
}

#[test]
fn a_first_holder_and_who_will_run_it() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "museum",
        "date 2024-04-09 Oberwald museum merges with Lumera trust\n\n\
         Museum director Claudia Reinholt called the merger a new start for the town.\n\n\
         Trust chief executive Dana Whitfield will lead the merged group.\n\n\
         The museum opened in 1911.\n",
    );
    // The director now is not the first one, whom the story never names.
    assert_eq!(ask(&out_file, "Who was the museum's first director?"), None);
    let a = ask(&out_file, "Who is the museum's director?").expect("answered");
    assert!(a.contains("Reinholt"), "{a}");
    // "will run" heads it, as "runs" does; "combined" is "merged".
    let a = ask(&out_file, "Who will run the combined group?").expect("answered");
    assert!(a.contains("Whitfield"), "{a}");
}

#[test]
fn a_size_a_namesake_and_what_a_place_is() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "lizard",
        "date 2024-05-02 New gecko found in the Varda hills\n\n\
         A gecko new to science has been found in the Varda hills, biologists said on Monday.\n\n\
         The gecko, which has been named Lygodactylus ornae in honour of Orna Pelletier, a \
         local guide who first saw it in 2020, measures 34 millimetres from snout to vent.\n\n\
         The survey team spent six weeks in the hills.\n",
    );
    // "How long is it" of a thing may ask its size, not only a span of time.
    let a = ask(&out_file, "How long is the gecko from snout to vent?").expect("answered");
    assert!(a.contains("34 millimetres"), "{a}");
    // A stranded preposition asks whom a deed points at, not a role.
    let a = ask(&out_file, "who is the new gecko named after").expect("answered");
    assert!(a.contains("Orna Pelletier"), "{a}");
    // Unanswered: the names offered are asked about as what they are.
    let v = ask_json(
        &out_file,
        "How many tourists visit the Varda hills each year?",
    );
    assert_eq!(v["answered"], false, "{v}");
    let offered: Vec<&str> = v["suggestions"]
        .as_array()
        .expect("suggestions")
        .iter()
        .filter_map(|s| s.as_str())
        .collect();
    assert!(
        offered.iter().any(|s| s.starts_with("What is ")),
        "{offered:?}"
    );
    assert!(
        !offered.iter().any(|s| s.contains("Who is Varda")),
        "{offered:?}"
    );
}

#[test]
fn a_ship_that_went_down_sank() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "wreck",
        "date 2023-08-09 Wreck of the Aurelia found\n\n\
         Divers have found the wreck of the Aurelia, a steamer which sank in a storm off \
         Cape Morra in 1894 with the loss of 41 lives.\n\n\
         The wreck lies at a depth of 80 metres.\n",
    );
    // "go down" of a ship is "sink", in a question as in a story.
    let a = ask(&out_file, "In what year did the Aurelia go down?").expect("answered");
    assert!(a.contains("1894"), "{a}");
}

#[test]
fn a_fact_below_the_best_few_is_checked_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("date 2026-09-22 Survey finds Brenna Glacier thinning fast\n\n");
    for s in [
        "The Brenna Glacier lost 14 metres of thickness between 2010 and 2026, a survey by the Nordal Polar Institute found.",
        "The fieldwork was led by the glaciologist Dr Ingrid Solbakken, who first walked on the glacier as a doctoral student in 1998.",
        "The glacier's snout has retreated by 740 metres since 2010.",
        "The team drilled 14 boreholes into the glacier, the deepest reaching 212 metres.",
        "The glacier covered 31 square kilometres in 1950.",
        "Meltwater from the glacier feeds 3 hydroelectric plants.",
        "The glacier now loses about 50 metres a year at its front.",
        "The survey of the glacier cost 2.1 million crowns.",
        "By 2070 the glacier could lose half of its volume, the institute said.",
        "The glacier was first mapped in 1901.",
    ] {
        text.push_str(s);
        text.push_str("\n\n");
    }
    let out_file = draft(dir.path(), "glacier", &text);
    // Ten facts name the glacier and a number, none counts glaciers: the
    // one that ranked below the best eight must not rise, unread, once
    // those are set aside.
    assert_eq!(
        ask(
            &out_file,
            "How many glaciers does the Nordal Polar Institute monitor?"
        ),
        None
    );
    let a = ask(&out_file, "How many boreholes did the team drill?").expect("answered");
    assert!(a.contains("14 boreholes"), "{a}");
}

#[test]
fn a_noun_meets_its_verb_and_unsaid_things_stay_unanswered() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("date 2024-07-22 Kettle maker recalls Aurora 2 model\n\n");
    for s in [
        "About 38,000 ticket holders were told that they would receive full refunds.",
        "Brightwell said a faulty thermal switch supplied by a subcontractor was to blame.",
        "The recall covers the Aurora 2 kettle, sold between March 2021 and August 2023.",
        "Only 9 millimetres of rain fell at the Cranmoor gauge in June.",
        "Two carriers have competed on the same routes for half a century.",
        "The inspectors did not say whether the Ashcombe cutting was on the list.",
        "The mine's tailings dam would hold 40 million tonnes of waste.",
    ] {
        text.push_str(s);
        text.push_str("\n\n");
    }
    let out_file = draft(dir.path(), "kettle", &text);
    // "held tickets" is what ticket holders did.
    let a = ask(&out_file, "How many people held tickets?").expect("answered");
    assert!(a.contains("38,000"), "{a}");
    for q in [
        // "a subcontractor" names none
        "Which subcontractor supplied the faulty thermal switch?",
        // the 2 is the kettle's name, and counts nothing
        "How many Aurora 2 kettles have been returned so far?",
        // "in may" is a month, and the rain fell in June
        "how much rain fell at the cranmoor gauge in may",
        // half a century is no share
        "What percentage of the routes do the two carriers share?",
        // the story says it does not know
        "Was the Ashcombe cutting on the list?",
        // 40 million tonnes is no height
        "How high would the mine's tailings dam have been?",
    ] {
        assert_eq!(ask(&out_file, q), None, "{q}");
    }
}

#[test]
fn a_train_that_struck_hit_and_industrial_action_is_a_strike() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("date 2026-02-17 Train derails after landslip\n\n");
    for s in [
        "The 8:12am service was carrying 214 passengers when it struck a landslip at about 9:47am.",
        "About 1,400 nurses walked out at 7am on Tuesday, beginning a 72-hour strike.",
        "The museum was paid for by 3,200 private donors and a public appeal.",
        "Corvina was privatised by the state in 1994.",
    ] {
        text.push_str(s);
        text.push_str("\n\n");
    }
    let out_file = draft(dir.path(), "train", &text);
    // "struck" is "hit" here, not a walkout.
    let a = ask(&out_file, "At what time did the train hit the landslip?").expect("answered");
    assert!(a.contains("9:47"), "{a}");
    let a = ask(&out_file, "How long is the industrial action?").expect("answered");
    assert!(a.contains("72-hour"), "{a}");
    // "the state" is no one speaking: the question is not about words said.
    let a = ask(&out_file, "When was Corvina sold by the state?").expect("answered");
    assert!(a.contains("1994"), "{a}");
}

#[test]
fn a_firm_named_for_what_it_sells_and_a_saga_by_a_director() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "recall",
        "date 2023-10-19 Brightwell recalls 180,000 kettles\n\n\
         Brightwell Appliances is recalling about 180,000 electric kettles after reports \
         that their bases can overheat, the company said on Thursday.\n\n\
         Brightwell said a faulty switch was to blame.\n\n\
         The recall covers the Aurora 2 kettle in white and grey.\n\n\
         Phone lines are working, but callers have faced long waits.\n\n\
         The jury's second prize, the Silver Heron, went to Winter Ledger, a three-hour \
         family saga by the veteran director Piotr Zawada, 71.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    // "Appliances" names a firm, and "Brightwell" alone is that firm.
    assert!(
        toml.contains(r#"aliases = ["Brightwell Appliances", "Brightwell"]"#),
        "{toml}"
    );
    // The director is Zawada's role, not the saga's; "Ledger" is a name.
    assert!(
        !toml.contains("role = \"a three-hour family saga"),
        "{toml}"
    );
    assert!(!toml.contains("role = \"went to"), "{toml}");
    // "Phone" opening a sentence is a common word, no company of lines.
    assert!(!toml.contains("name = \"Phone\""), "{toml}");
    let a = ask(&out_file, "How many kettles is Brightwell recalling?").expect("answered");
    assert!(a.contains("180,000"), "{a}");
    // "the Aurora 2 kettle" names a model and counts no kettles.
    let a = ask(&out_file, "How many kettles does the recall involve?").expect("answered");
    assert!(a.contains("180,000"), "{a}");
}

#[test]
fn a_year_after_before_is_a_bound_not_the_period() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "volcano",
        "date 2024-04-17 Alert level raised at Monte Sarrano\n\n\
         Monte Sarrano last erupted in 2002, when lava destroyed 37 houses.\n\n\
         Before that, the volcano had erupted in 1971.\n\n\
         Some 260 metres of the glacier's retreat occurred in the five years after 2020.\n",
    );
    let toml = std::fs::read_to_string(&out_file).unwrap();
    // "Monte" opens a place's name, as "Mount" does.
    assert!(
        toml.contains("name = \"Monte Sarrano\"\nkind = \"place\""),
        "{toml}"
    );
    // Before 2002 is not 2002.
    let a = ask(&out_file, "When did Monte Sarrano erupt before 2002?").expect("answered");
    assert!(a.contains("1971"), "{a}");
    // A fact that says the bound itself tells of the period after it.
    let a = ask(
        &out_file,
        "How much of the retreat happened in the five years after 2020?",
    )
    .expect("answered");
    assert!(a.contains("260 metres"), "{a}");
}

#[test]
fn crowns_are_money_and_giving_up_is_abandoning() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "mine",
        "date 2025-08-13 Court blocks Sarnet Ridge mine\n\n\
         Chief executive Marguerite Dufresne said Torvik Resources had already spent \
         310 million crowns on studies and preparatory work.\n\n\
         Copper was first found at Sarnet Ridge in 1931, but early attempts to mine it \
         were abandoned as uneconomic.\n",
    );
    let a = ask(&out_file, "How much has Torvik already spent on studies?").expect("answered");
    assert!(a.contains("310 million crowns"), "{a}");
    let a = ask(
        &out_file,
        "Why were the early attempts to mine copper given up?",
    )
    .expect("answered");
    assert!(a.contains("uneconomic"), "{a}");
}

#[test]
fn a_price_paid_and_staying_is_remaining() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "museum",
        "date 2023-06-08 Museum buys astrolabe\n\n\
         The museum has acquired a brass astrolabe made around 1430.\n\n\
         The museum paid 2.3 million euros for it.\n\n\
         Ticket prices at the museum will rise next year.\n\n\
         Old bones remain on display in the museum.\n\n\
         Anouk gave birth to three cubs in May.\n\n\
         The cubs were filmed in their den.\n\n\
         The cubs weigh about 500 grams each.\n\n\
         The cubs will stay with Anouk for about 18 months.\n",
    );
    // "what price … pay" asks the sum paid, as "how much" would: the
    // story's other prices do not weigh on it.
    let a = ask(
        &out_file,
        "What price did the museum pay for the astrolabe?",
    )
    .expect("answered");
    assert!(a.contains("2.3 million euros"), "{a}");
    let a = ask(&out_file, "How long will the cubs remain with Anouk?").expect("answered");
    assert!(a.contains("18 months"), "{a}");
}

#[test]
fn a_headcount_is_not_a_share() {
    // The festival article of the read held-out set: "About 38,000 ticket
    // holders…" and "Ticket holders … will be offered a 20 per cent
    // discount" both hold tickets; only one counts people.
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/heldout18/2023-06-21-riverfields-festival-cancelled.txt"),
    )
    .unwrap();
    let out_file = draft(dir.path(), "festival", &text);
    let a = ask(&out_file, "How many people held tickets for Riverfields?").expect("answered");
    assert!(a.contains("38,000"), "{a}");
}

#[test]
fn a_bounded_question_is_not_asked_as_of_the_newest_article() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    fs::write(
        &a,
        "date 2020-05-01 Volcano history\n\nThe volcano erupted in 1971, destroying a village.\n",
    )
    .unwrap();
    fs::write(
        &b,
        "date 2024-04-17 Volcano wakes\n\nThe volcano erupted in 1985, destroying a village.\n",
    )
    .unwrap();
    let out_file = dir.path().join("k.toml");
    ok(run(&["build", path(&a), path(&b), "-o", path(&out_file)]));
    // "before 2002" asks of no period now: the newest article gets no
    // head start and the answer is not "as of" its date.
    let v = ask_json(&out_file, "When did the volcano erupt before 2002?");
    assert_eq!(v["answered"], true, "{v}");
    let reply = v["reply"].as_str().unwrap_or_default();
    assert!(!reply.contains("As of"), "{reply}");
}

#[test]
fn a_person_asked_of_must_be_in_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "club",
        "date 2025-01-28 Harbourside sign a striker\n\n\
         Harbourside Rovers have signed striker Ilse Marrow from Dunvale for 9 million euros.\n\n\
         Harbourside sit fifth in the league and have scored only 21 goals in 20 matches. \
         Their captain, Owen Tarrant, broke his ankle in December.\n\n\
         Marrow joined Dunvale as a teenager. She scored 17 goals in 25 games for them this season.\n",
    );
    // What the club scored is no answer about its captain, who is named
    // only in the next sentence.
    assert_eq!(
        ask(
            &out_file,
            "How many goals has Owen Tarrant scored this season?"
        ),
        None
    );
    // "She", after a sentence naming her, is the person asked of.
    let a = ask(
        &out_file,
        "How many goals has Ilse Marrow scored this season?",
    )
    .expect("answered");
    assert!(a.contains("17 goals"), "{a}");
    // A person named only as another's need not be in the answer.
    let a = ask(&out_file, "How many goals have Owen Tarrant's team scored?").expect("answered");
    assert!(a.contains("21 goals"), "{a}");
}

#[test]
fn when_prefers_the_asked_word_with_its_date() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "bridge",
        "date 2025-09-30 Ostervik Bridge reopens\n\n\
         The first car to cross was a 1958 saloon driven by Councillor Petra Lund, \
         who had chaired the roads committee when the bridge was closed.\n\n\
         The bridge was closed in March 2022, after engineers found cracks in 17 of its 64 \
         main girders and rust in the pivot mechanism which lets its central span turn to \
         let ships pass.\n",
    );
    let a = ask(&out_file, "When was the bridge closed?").expect("answered");
    assert!(a.contains("March 2022"), "{a}");
}

#[test]
fn this_years_event_gives_no_year() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "festival",
        "date 2023-06-21 Brightfields festival cancelled\n\n\
         Organisers of the Brightfields music festival cancelled this year's event on Tuesday, \
         three days before it was due to open, after heavy rain flooded the site.\n\n\
         \"It breaks our hearts,\" said festival director Owen Marsh, who set it up with \
         two friends.\n",
    );
    // "this year's event" says which event, not the year it began.
    assert_eq!(ask(&out_file, "In what year did Brightfields begin?"), None);
}

#[test]
fn a_short_name_is_the_organisation_it_shortens() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "strike",
        "date 2023-02-14 Nurses strike\n\n\
         About 1,400 nurses at Ostmark General Hospital walked out on Tuesday, beginning a \
         72-hour strike over staffing levels and pay.\n\n\
         The board says 121 nursing posts at Ostmark General are vacant.\n",
    );
    // "Ostmark General" is the hospital, not a general, nor a place of its
    // own: the walkout names it too.
    let a = ask(
        &out_file,
        "How many nurses took part in the walkout at Ostmark General?",
    )
    .expect("answered");
    assert!(a.contains("1,400"), "{a}");
    let toml = fs::read_to_string(&out_file).unwrap();
    assert!(
        toml.contains("\"Ostmark General Hospital\", \"Ostmark General\""),
        "{toml}"
    );
}

/// A question asks with a category ("which metal") where the story names
/// the thing ("copper"): the thing's fact answers. A category the story
/// has nothing of ("fabric") does not.
#[test]
fn a_category_asked_is_told_by_a_thing_of_its_kind() {
    let dir = tempfile::tempdir().unwrap();
    let out_file = draft(
        dir.path(),
        "depot",
        "date 2024-05-02 Depot raided\n\n\
         Thieves took two vans from the council yard on Monday night, police said.\n\n\
         The thieves also took 40 kilograms of copper from the depot.\n\n\
         The depot reopened on Wednesday.\n",
    );
    for q in [
        "what metal went missing at the depot",
        "Which valuable metal disappeared from the depot?",
    ] {
        let a = ask(&out_file, q).expect("answered");
        assert!(a.contains("copper"), "{q}: {a}");
    }
    assert_eq!(
        ask(&out_file, "what fabric went missing at the depot"),
        None
    );
}
