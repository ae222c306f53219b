//! The command line as users and evaluation tools drive it: the JSON
//! contracts of `ask` and `who`, batch mode over stdin (bad input included),
//! `check` on one broken fixture per validation rule, and usage errors.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_storybot"));
    c.env_remove("STORYBOT_KNOWLEDGE").env("RUST_LOG", "off");
    c
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/knowledge")
        .join(name)
}

fn run_with_stdin(mut cmd: Command, input: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn storybot");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer thread");
    out
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort();
    k
}

/// Checks one `ask --json` object against the documented contract.
fn assert_answer_contract(v: &Value) {
    assert_eq!(
        keys(v),
        ["answered", "answers", "question", "reply", "suggestions"]
    );
    assert!(v["question"].is_string() && v["reply"].is_string());
    let answered = v["answered"].as_bool().expect("answered is bool");
    let answers = v["answers"].as_array().expect("answers is array");
    assert_eq!(answered, !answers.is_empty());
    for a in answers {
        assert_eq!(keys(a), ["answer", "fact", "quote", "score", "source"]);
        assert!(a["fact"].is_string() && a["answer"].is_string() && a["score"].is_f64());
        assert!(a["quote"].is_string() || a["quote"].is_null());
        let s = &a["source"];
        assert_eq!(keys(s), ["date", "id", "paragraph", "title"]);
        assert!(s["id"].is_string() && s["title"].is_string() && s["date"].is_string());
        assert!(s["paragraph"].is_u64() || s["paragraph"].is_null());
    }
    let scores: Vec<f64> = answers.iter().filter_map(|a| a["score"].as_f64()).collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "best first: {scores:?}"
    );
    assert!(
        v["suggestions"]
            .as_array()
            .expect("array")
            .iter()
            .all(Value::is_string)
    );
}

#[test]
fn ask_json_follows_the_contract() {
    let out = bin()
        .args([
            "ask", "--json", "Who", "was", "offered", "in", "the", "swap?",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    let v = json_lines(&out);
    assert_eq!(v.len(), 1);
    assert_answer_contract(&v[0]);
    assert_eq!(v[0]["question"], "Who was offered in the swap?");
    assert_eq!(v[0]["answered"], true);
    let top = &v[0]["answers"][0];
    assert!(top["answer"].as_str().unwrap_or("").contains("Bout"));
    assert_eq!(top["source"]["date"], "2022-08-03");
}

#[test]
fn ask_batch_keeps_one_line_per_input_line_whatever_the_input() {
    let mut input = Vec::new();
    input.extend_from_slice(b"who was offered?\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"what did \xff\xfe zakharova say?\n");
    input.extend_from_slice(b"ctrl\x01\x07chars \x1b[31m red\n");
    input.extend_from_slice("x".repeat(100_000).as_bytes());
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"What is the capital of France?\r\n");
    input.extend_from_slice(b"last line without newline");
    let out = run_with_stdin(
        {
            let mut c = bin();
            c.args(["ask", "--json"]);
            c
        },
        &input,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_lines(&out);
    assert_eq!(v.len(), 7);
    for o in &v {
        assert_answer_contract(o);
    }
    assert_eq!(v[0]["answered"], true);
    assert_eq!(v[1]["answered"], false, "empty line");
    assert_eq!(
        v[2]["answered"], true,
        "invalid UTF-8 is repaired, not fatal"
    );
    assert_eq!(v[4]["answered"], false, "100 KB line is refused");
    assert!(v[4]["reply"].as_str().unwrap_or("").contains("too long"));
    assert_eq!(v[5]["answered"], false, "out of scope");
    assert!(v[5]["reply"].as_str().unwrap_or("").contains("doesn't say"));
    assert_eq!(v[6]["question"], "last line without newline");
}

#[test]
fn ask_text_shows_answer_quote_and_source() {
    let out = bin()
        .args(["ask", "When was the proposal sent?"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("June"), "{text}");
    assert!(text.contains("> “"), "quote shown: {text}");
    assert!(
        text.contains("(2022-08-03), paragraph 6"),
        "source cited: {text}"
    );
}

#[test]
fn who_json_follows_the_contract() {
    let out = run_with_stdin(
        {
            let mut c = bin();
            c.args(["who", "--json"]);
            c
        },
        b"kirbi\nNapoleon\n\n",
    );
    assert!(out.status.success());
    let v = json_lines(&out);
    assert_eq!(v.len(), 3);
    for o in &v {
        assert_eq!(
            keys(o),
            ["entity", "found", "query", "reply", "suggestions"]
        );
    }
    assert_eq!(v[0]["found"], true);
    let e = &v[0]["entity"];
    assert_eq!(keys(e), ["aliases", "id", "name", "role"]);
    assert_eq!(e["id"], "kirby");
    assert!(e["aliases"].as_array().is_some_and(|a| !a.is_empty()));
    assert!(
        v[0]["reply"].as_str().unwrap_or("").contains("“"),
        "quotes on the card"
    );
    assert_eq!(v[1]["found"], false);
    assert!(v[1]["entity"].is_null());
    assert!(
        v[1]["reply"]
            .as_str()
            .unwrap_or("")
            .contains("not in the story")
    );
    assert_eq!(v[2]["found"], false);
}

#[test]
fn knowledge_path_and_env_override_the_default() {
    let by_flag = bin()
        .args(["ask", "--json", "--knowledge"])
        .arg(fixture("ok.toml"))
        .arg("when will the first boat sail?")
        .output()
        .expect("run");
    let by_env = bin()
        .env("STORYBOT_KNOWLEDGE", fixture("ok.toml"))
        .args(["ask", "--json", "when will the first boat sail?"])
        .output()
        .expect("run");
    for out in [by_flag, by_env] {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v = json_lines(&out);
        assert_eq!(v[0]["answers"][0]["fact"], "first-boat");
    }
}

#[test]
fn check_accepts_the_default_and_a_valid_file() {
    for args in [
        vec!["check".to_string()],
        vec!["check".into(), fixture("ok.toml").display().to_string()],
    ] {
        let out = bin().args(&args).output().expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("OK"));
    }
}

#[test]
fn check_rejects_each_broken_fixture_with_a_clear_message() {
    let cases = [
        ("broken-syntax.toml", "broken-syntax.toml:"),
        ("broken-unknown-field.toml", "unknown field `mood`"),
        ("broken-duplicate-id.toml", "fact approved: duplicate id"),
        (
            "broken-alias-clash.toml",
            "alias `ana` is also claimed by entity `ruiz`",
        ),
        (
            "broken-dangling-subject.toml",
            "unknown subject entity `nobody`",
        ),
        ("broken-dangling-source.toml", "unknown source `gone`"),
        (
            "broken-quote-not-in-article.toml",
            "quote is not in the article",
        ),
        (
            "broken-quote-wrong-paragraph.toml",
            "quote is not in paragraph 1 (it is in paragraph 2)",
        ),
        (
            "broken-paragraph-out-of-range.toml",
            "paragraph 9 out of range",
        ),
        (
            "broken-missing-article.toml",
            "cannot read article `articles/missing.txt`",
        ),
        (
            "broken-path-escape.toml",
            "must be relative and stay inside the knowledge folder",
        ),
        ("broken-bad-date.toml", "`2023-13` is not a date"),
        ("broken-unknown-kind.toml", "unknown variant `gossip`"),
        ("broken-empty-answer.toml", "answer is empty"),
    ];
    for (file, expect) in cases {
        let out = bin().arg("check").arg(fixture(file)).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {err}");
        assert!(
            err.contains(expect),
            "{file}: expected `{expect}` in:\n{err}"
        );
    }
}

#[test]
fn check_lists_every_problem_not_only_the_first() {
    let out = bin()
        .arg("check")
        .arg(fixture("broken-many-problems.toml"))
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("3 problem(s)"), "{err}");
    for expect in [
        "duplicate id",
        "also claimed by",
        "unknown subject entity `nobody`",
    ] {
        assert!(err.contains(expect), "missing `{expect}` in:\n{err}");
    }
}

#[test]
fn syntax_errors_carry_line_and_column() {
    let out = bin()
        .arg("check")
        .arg(fixture("broken-syntax.toml"))
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    let located = err.lines().any(|l| {
        l.contains("broken-syntax.toml:")
            && l.split(':').filter(|p| p.parse::<usize>().is_ok()).count() >= 2
    });
    assert!(located, "{err}");
}

#[test]
fn unknown_flags_are_usage_errors() {
    let out = bin()
        .args(["ask", "--frobnicate", "hi"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"));
    let out = bin().arg("no-such-command").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_missing_knowledge_path_is_a_clear_error() {
    let out = bin()
        .args(["ask", "--knowledge", "/nonexistent/story.toml", "hi"])
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot load knowledge from /nonexistent/story.toml"),
        "{err}"
    );
}

#[test]
fn chat_answers_like_the_bot() {
    let out = run_with_stdin(
        {
            let mut c = bin();
            c.arg("chat");
            c
        },
        b"/who peskov\nwhen did lavrov and blinken talk\nwhat is the capital of france\n/quit\n",
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Kremlin spokesman"), "{text}");
    assert!(text.contains("July 29"), "{text}");
    assert!(text.contains("doesn't say"), "{text}");
}

fn gaps_fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gaps/gaps.jsonl")
}

#[test]
fn gaps_lists_grouped_questions_most_frequent_first() {
    let out = bin()
        .args(["gaps", "--file"])
        .arg(gaps_fixture())
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // 7 entries across gaps.jsonl.1 and gaps.jsonl; the garbage line and the
    // torn last line are skipped.
    assert!(lines[0].starts_with("7 entries in "), "{text}");
    assert_eq!(lines.len(), 4, "{text}");
    assert!(
        lines[1].starts_with("4× who was offered? — unanswered 3, low confidence 1; last 2024-05-03 12:00 UTC; 3 wordings; facts: offer-terms"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("2× where was bout arrested — unanswered 1, 👎 1"),
        "{text}"
    );
    assert!(
        lines[3].starts_with("1× What is the weather in Paris?"),
        "{text}"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("2 unreadable line(s) skipped"), "{err}");
}

#[test]
fn gaps_json_and_limit() {
    let out = bin()
        .args(["gaps", "--json", "--limit", "1", "--file"])
        .arg(gaps_fixture())
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(keys(&v), ["entries", "file", "groups", "skipped"]);
    assert_eq!(
        (v["entries"].as_u64(), v["skipped"].as_u64()),
        (Some(7), Some(2))
    );
    let groups = v["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1);
    let g = &groups[0];
    assert_eq!(
        keys(g),
        [
            "count",
            "facts",
            "last_seen",
            "question",
            "reasons",
            "variants"
        ]
    );
    assert_eq!(g["question"], "who was offered?");
    assert_eq!(g["count"], 4);
    assert_eq!(g["last_seen"], "2024-05-03T12:00:00Z");
    assert_eq!(g["reasons"]["unanswered"], 3);
    assert_eq!(g["reasons"]["low_confidence"], 1);
    assert_eq!(g["facts"], serde_json::json!(["offer-terms"]));
}

#[test]
fn gaps_without_a_log_says_so_and_finds_the_default_file() {
    let dir = tempfile::tempdir().unwrap();
    // No log yet.
    let out = bin()
        .arg("gaps")
        .current_dir(dir.path())
        .env_remove("STORYBOT_GAPS")
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("No gaps recorded in storybot-data/gaps.jsonl"),
        "{text}"
    );
    // The default file beside the built-in knowledge (the working directory).
    std::fs::create_dir(dir.path().join("storybot-data")).unwrap();
    std::fs::copy(gaps_fixture(), dir.path().join("storybot-data/gaps.jsonl")).unwrap();
    let out = bin()
        .args(["gaps", "--limit", "1"])
        .current_dir(dir.path())
        .env_remove("STORYBOT_GAPS")
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("3× who was offered?"),
        "gaps.jsonl without its .1: {text}"
    );
    // STORYBOT_GAPS=off has no file to read.
    let out = bin()
        .arg("gaps")
        .current_dir(dir.path())
        .env("STORYBOT_GAPS", "off")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--file"));
}
