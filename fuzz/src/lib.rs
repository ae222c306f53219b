//! The bodies of storybot's fuzz targets, as plain functions.
//!
//! Each takes arbitrary bytes and panics only when an invariant breaks; the
//! targets in `fuzz_targets/` are one-line wrappers for libFuzzer (nightly,
//! `cargo +nightly fuzz run answer`). The same functions are compiled and
//! driven on stable by the root crate's `tests/fuzz_bodies.rs` (a proptest
//! plus the seed inputs), which includes this file with `#[path]`; so this
//! file may use only `storybot` and `serde_json`.
//!
//! Invariants checked:
//! - [`answer`]: the engine answers any question (and `who` any name) on
//!   the built-in story without panicking; the JSON contracts parse and
//!   agree with the answer; scores are finite; Discord replies keep within
//!   Discord's limits.
//! - [`load`]: the loader rejects or accepts any TOML text without
//!   panicking; rejections name the file; accepted knowledge re-validates
//!   clean and can be indexed, asked and rendered.
//! - [`draft`]: drafting (`storybot build`) from any article text never panics, and a draft
//!   passes validation, on its own and appended to the story.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use storybot::discord::reply::{self, Reply};
use storybot::engine::{self, Snapshot};
use storybot::knowledge::build::{self as builder, ArticleInput, BuildError};
use storybot::knowledge::load::{self as loader, Files};
use storybot::knowledge::{Knowledge, Origin, StoryDate};
use storybot::render;

/// The story's knowledge file and article, as shipped.
const STORY: &str = include_str!("../../knowledge/story.toml");
const ARTICLE_PATH: &str = "articles/2022-08-03-kirby-urges-swap.txt";
const ARTICLE: &str = include_str!("../../knowledge/articles/2022-08-03-kirby-urges-swap.txt");
/// The test fixtures' article, so `tests/fixtures/knowledge/*.toml` seeds load.
const SAMPLE_PATH: &str = "articles/sample.txt";
const SAMPLE: &str = include_str!("../../tests/fixtures/knowledge/articles/sample.txt");

/// Inputs longer than this are cut (libFuzzer's default is 4096 anyway);
/// keeps one run bounded when the fuzzer is given a big `-max_len`.
const MAX_INPUT: usize = 64 * 1024;

static SNAP: LazyLock<Snapshot> = LazyLock::new(|| {
    let k = storybot::knowledge::load_embedded().expect("the built-in knowledge loads");
    Snapshot::new(k, Origin::Embedded)
});

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(&data[..data.len().min(MAX_INPUT)]).into_owned()
}

/// (a) Arbitrary bytes as a question and as a name, on the built-in story.
pub fn answer(data: &[u8]) {
    let q = text(data);
    check_answer(&SNAP, &q);
    check_who(&SNAP, &q);
}

/// Asks `q` on `snap` and checks every rendering of the answer.
pub fn check_answer(snap: &Snapshot, q: &str) {
    let a = engine::answer(snap, q);
    let v: serde_json::Value =
        serde_json::from_str(&render::answer_json(&a)).expect("ask --json is valid JSON");
    assert_eq!(v["answered"].as_bool(), Some(a.answered()), "{v}");
    assert_eq!(
        v["answers"].as_array().map(Vec::len),
        Some(a.hits.len()),
        "{v}"
    );
    assert!(a.hits.len() <= 3, "at most three answers: {}", a.hits.len());
    assert_eq!(a.answered(), !a.hits.is_empty());
    for h in &a.hits {
        assert!(h.score.is_finite(), "score {} for {}", h.score, h.fact);
        assert!(
            snap.knowledge.fact(&h.fact).is_some(),
            "unknown fact {}",
            h.fact
        );
    }
    assert!(a.suggestions.len() <= 3, "{:?}", a.suggestions);
    let _ = render::answer_text(&a);
    check_reply(&reply::answer(&a));
}

/// Looks `name` up on `snap` and checks every rendering of the card.
pub fn check_who(snap: &Snapshot, name: &str) {
    let p = engine::who(snap, name);
    let v: serde_json::Value =
        serde_json::from_str(&render::person_json(&p)).expect("who --json is valid JSON");
    assert_eq!(v["found"].as_bool(), Some(p.found.is_some()), "{v}");
    if let Some(c) = &p.found {
        assert!(
            snap.knowledge.entity(&c.id).is_some(),
            "unknown entity {}",
            c.id
        );
    }
    let _ = render::person_text(&p);
    check_reply(&reply::person(&p));
}

/// A Discord reply keeps within Discord's limits (counted in characters).
fn check_reply(r: &Reply) {
    let chars = |v: &serde_json::Value| v.as_str().map_or(0, |s| s.chars().count());
    if let Some(c) = &r.content {
        assert!(c.chars().count() <= reply::MAX_CONTENT, "content too long");
    }
    if let Some(e) = &r.embed {
        let e = serde_json::to_value(e).expect("an embed serialises");
        assert!(chars(&e["title"]) <= reply::MAX_TITLE);
        assert!(chars(&e["description"]) <= reply::MAX_EMBED_DESCRIPTION);
        assert!(chars(&e["footer"]["text"]) <= reply::MAX_FOOTER);
        let fields = e["fields"].as_array().cloned().unwrap_or_default();
        assert!(fields.len() <= 25, "{} fields", fields.len());
        for f in &fields {
            assert!(chars(&f["name"]) <= reply::MAX_FIELD_NAME);
            assert!(chars(&f["value"]) <= reply::MAX_FIELD_VALUE);
            assert!(chars(&f["name"]) > 0, "Discord refuses an empty field name");
        }
    }
    assert!(r.buttons.len() <= 25);
    for b in &r.buttons {
        let b = serde_json::to_value(b).expect("a button serialises");
        assert!(chars(&b["custom_id"]) <= reply::MAX_CUSTOM_ID, "{b}");
        assert!(chars(&b["label"]) <= reply::MAX_BUTTON_LABEL, "{b}");
    }
}

/// Knowledge files held in memory: the TOML under test beside the story's
/// real article (and the fixtures' one), so `file = "articles/…"` resolves
/// as on disk.
struct MemFiles<'a> {
    files: Vec<(PathBuf, &'a str)>,
}

impl Files for MemFiles<'_> {
    fn read(&self, rel: &Path) -> Result<String, String> {
        self.files
            .iter()
            .find(|(p, _)| p == rel)
            .map(|(_, t)| t.to_string())
            .ok_or_else(|| "No such file or directory".into())
    }

    fn display(&self, rel: &Path) -> String {
        format!("(fuzz)/{}", rel.display())
    }
}

fn load_mem(tomls: &[(&str, &str)]) -> Result<Knowledge, loader::LoadError> {
    let mut files: Vec<(PathBuf, &str)> = tomls
        .iter()
        .map(|(name, text)| (PathBuf::from(name), *text))
        .collect();
    files.push((PathBuf::from(ARTICLE_PATH), ARTICLE));
    files.push((PathBuf::from(SAMPLE_PATH), SAMPLE));
    let names: Vec<PathBuf> = tomls.iter().map(|(n, _)| PathBuf::from(n)).collect();
    loader::load(&MemFiles { files }, &names)
}

/// (b) Arbitrary text as a knowledge file.
pub fn load(data: &[u8]) {
    let toml = text(data);
    match load_mem(&[("k.toml", &toml)]) {
        Err(e) => {
            assert!(!e.0.is_empty(), "a rejection lists at least one problem");
            for p in &e.0 {
                assert!(!p.message.trim().is_empty(), "a problem says what: {p:?}");
                assert!(
                    p.file.starts_with("(fuzz)/"),
                    "a problem names its file: {p:?}"
                );
                if let Some((line, col)) = p.at {
                    assert!(line >= 1 && col >= 1, "{p:?}");
                    assert!(line <= toml.lines().count().max(1) + 1, "{p:?}");
                }
            }
            let _ = e.to_string();
        }
        Ok(k) => check_knowledge(k),
    }
}

/// Knowledge that loaded: it re-validates clean, and the engine copes with
/// it whatever it holds.
pub fn check_knowledge(k: Knowledge) {
    let again = loader::validate(&k);
    assert!(again.is_empty(), "loaded knowledge re-validates: {again:?}");
    assert_eq!(k.version.len(), 12, "a version is a 12-digit hash");
    let snap = Snapshot::new(k, Origin::Embedded);
    let k = &snap.knowledge;
    let mut questions: Vec<String> = k.facts.iter().filter_map(|f| f.question.clone()).collect();
    questions.extend(k.facts.iter().map(|f| f.answer.clone()));
    for q in questions.iter().take(20) {
        check_answer(&snap, q);
    }
    let names: Vec<String> = k.entities.iter().map(|e| e.name.clone()).collect();
    for n in names.iter().take(20) {
        check_who(&snap, n);
    }
    check_answer(&snap, "who said what?");
    check_reply(&reply::timeline(k));
    check_reply(&reply::sources(k));
}

/// (c) Arbitrary text as an article to draft knowledge from.
pub fn draft(data: &[u8]) {
    let article = text(data);
    let input = ArticleInput {
        text: article,
        stem: "2022-08-05-fuzzed-article".into(),
        default_date: StoryDate::ymd(2022, 8, 5).expect("a real date"),
        default_date_note: "fuzzing".into(),
    };
    // On its own: the draft validates by itself (inline article text).
    match builder::draft(std::slice::from_ref(&input), None) {
        // Validation only: asking the drafted knowledge is the `load`
        // target's work, and would make this one ten times slower.
        Ok(d) => {
            if let Err(e) = builder::check_text(&d.toml) {
                panic!("a draft fails validation:\n{e}\n--- draft ---\n{}", d.toml);
            }
        }
        Err(BuildError::Empty(_) | BuildError::NoFacts(_)) => {}
        Err(e) => panic!("drafting failed: {e}"),
    }
    // Appended to the story (`build --into`): the two files load together.
    match builder::draft(std::slice::from_ref(&input), Some(&SNAP.knowledge)) {
        Ok(d) => {
            if let Err(e) = load_mem(&[("story.toml", STORY), ("zz-draft.toml", &d.toml)]) {
                panic!(
                    "a draft beside the story fails validation:\n{e}\n--- draft ---\n{}",
                    d.toml
                );
            }
        }
        Err(BuildError::Empty(_) | BuildError::NoFacts(_)) => {}
        Err(e) => panic!("drafting beside the story failed: {e}"),
    }
}
