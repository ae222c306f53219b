//! Hostile input never panics: property tests over the engine, the renderer
//! and the knowledge loader with arbitrary Unicode, control characters and
//! huge inputs. Work stays bounded (a 1 MB question is refused up front).

use std::sync::LazyLock;

use proptest::prelude::*;
use storybot::engine::{Snapshot, Unanswered, answer, who};
use storybot::knowledge::{Origin, load_embedded, load_path};
use storybot::render::{answer_json, person_json};

static SNAP: LazyLock<Snapshot> = LazyLock::new(|| {
    Snapshot::new(
        load_embedded().expect("built-in knowledge"),
        Origin::Embedded,
    )
});

fn check_answer(q: &str) {
    let a = answer(&SNAP, q);
    let v: serde_json::Value = serde_json::from_str(&answer_json(&a)).expect("valid JSON");
    assert_eq!(v["answered"].as_bool(), Some(a.answered()));
    assert!(a.hits.len() <= 3);
    let p = who(&SNAP, q);
    serde_json::from_str::<serde_json::Value>(&person_json(&p)).expect("valid JSON");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_unicode_question_is_handled(q in "\\PC{0,200}") {
        check_answer(&q);
    }

    #[test]
    fn any_chars_including_controls_are_handled(q in proptest::collection::vec(any::<char>(), 0..300)) {
        check_answer(&q.into_iter().collect::<String>());
    }

    #[test]
    fn story_words_in_any_order_are_handled(
        words in proptest::collection::vec(
            prop::sample::select(vec![
                "who", "what", "when", "did", "kirby", "zakharova", "offer", "swap", "not",
                "?", "'s", "jean-pierre", "US", "us", "bout", "how", "many", "years", "\u{200b}",
                "\u{202e}", "Захарова", "🤔", "\0", "...",
            ]),
            0..20,
        )
    ) {
        check_answer(&words.join(" "));
    }

    #[test]
    fn arbitrary_toml_is_rejected_or_loaded_never_a_panic(text in "\\PC{0,400}") {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = dir.path().join("k.toml");
        std::fs::write(&f, &text).expect("write");
        let _ = load_path(&f);
    }
}

#[test]
fn special_scripts_and_invisible_characters() {
    for q in [
        "",
        "\0\0\0",
        "?!?!…",
        "\u{200b}\u{200b}kirby\u{200b}",
        "\u{202e}who is kirby",
        "Что сказала Захарова?",
        "كيربي",
        "🤔🤔🤔",
        "👨‍👩‍👧‍👦 what did zakharova say 🇷🇺",
        "k\u{301}irby",
        "ＫＩＲＢＹ",
    ] {
        check_answer(q);
    }
    // Cyrillic names are transliterated and still found.
    assert!(who(&SNAP, "Захарова").found.is_some());
    assert!(answer(&SNAP, "what did \u{200b}zakharova\u{200b} say").answered());
}

#[test]
fn a_one_megabyte_question_is_refused_up_front() {
    let q = "why ".repeat(256 * 1024);
    let a = answer(&SNAP, &q);
    assert!(matches!(a.unanswered, Some(Unanswered::TooLong(_))));
    // Names are bounded too: a huge name is not found and not echoed whole.
    let p = who(&SNAP, &"kirby ".repeat(200_000));
    assert!(p.found.is_none() && p.suggestions.is_empty());
    assert!(p.query.chars().count() < 100);
}
