//! Engine benchmarks: normalisation, entity linking and typo correction, and
//! whole answers — on the story's built-in knowledge and on synthetic
//! knowledge of 10,000 facts (`support/synth.rs`).
//!
//! `cargo bench --bench engine`; one group: `cargo bench --bench engine -- answer/`.
//! Per-call percentiles (p50/p99) come from `examples/latency.rs`; see BENCHMARKS.md.

#[path = "support/synth.rs"]
mod synth;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use storybot::engine::normalize::{fold, fold_phrase, stem, tokenize};
use storybot::engine::{self, Snapshot};
use storybot::knowledge::{self, Origin};

const STORY_QUESTIONS: &str = include_str!("data/story_questions.tsv");

/// (kind, question) pairs of the story mix.
fn story_questions() -> Vec<(&'static str, &'static str)> {
    STORY_QUESTIONS
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .collect()
}

fn story() -> Snapshot {
    Snapshot::new(
        knowledge::load_embedded().expect("built-in knowledge"),
        Origin::Embedded,
    )
}

/// Synthetic knowledge of `facts` facts, loaded from a temporary folder,
/// with its questions.
fn synthetic(facts: usize) -> (Snapshot, Vec<synth::Question>) {
    let mut opts = synth::Options::new(facts);
    opts.questions = 400;
    let s = synth::generate(&opts);
    let dir = tempfile::tempdir().expect("temp dir");
    s.write(dir.path()).expect("write synthetic knowledge");
    let k = knowledge::load_path(dir.path()).expect("synthetic knowledge loads");
    (
        Snapshot::new(k, Origin::Path(dir.path().to_path_buf())),
        s.questions,
    )
}

fn normalisation(c: &mut Criterion) {
    let mut g = c.benchmark_group("normalize");
    let questions = story_questions();
    let bytes: usize = questions.iter().map(|(_, q)| q.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("fold/story-mix", |b| {
        b.iter(|| {
            for (_, q) in &questions {
                black_box(fold(black_box(q)));
            }
        })
    });
    g.bench_function("tokenize/story-mix", |b| {
        b.iter(|| {
            for (_, q) in &questions {
                black_box(tokenize(black_box(q)));
            }
        })
    });
    g.bench_function("fold_phrase/story-mix", |b| {
        b.iter(|| {
            for (_, q) in &questions {
                black_box(fold_phrase(black_box(q)));
            }
        })
    });
    let words: Vec<String> = questions
        .iter()
        .flat_map(|(_, q)| tokenize(q))
        .map(|t| t.text)
        .collect();
    g.throughput(Throughput::Elements(words.len() as u64));
    g.bench_function("stem/story-mix-words", |b| {
        b.iter(|| {
            for w in &words {
                black_box(stem(black_box(w)));
            }
        })
    });
    g.throughput(Throughput::Elements(1));
    let unicode =
        "Что сказала Мария Захарова о «обмене» — и когда? Zakharová’s “quiet diplomacy” 🤔";
    g.bench_function("tokenize/unicode", |b| {
        b.iter(|| black_box(tokenize(black_box(unicode))))
    });
    let long = "who offered what to whom and when ".repeat(30);
    g.bench_function("tokenize/1000-chars", |b| {
        b.iter(|| black_box(tokenize(black_box(&long[..1000]))))
    });
    g.finish();
}

fn linking(c: &mut Criterion) {
    let snap = story();
    let mut g = c.benchmark_group("link");
    let toks = tokenize("What did Karine Jean-Pierre and Maria Zakharova say about the US offer?");
    g.bench_function("story/two-names", |b| {
        b.iter(|| black_box(snap.index.link(black_box(&toks))))
    });
    let none = tokenize("what is the capital of france and who won the world cup");
    g.bench_function("story/no-names", |b| {
        b.iter(|| black_box(snap.index.link(black_box(&none))))
    });
    for (word, what) in [
        ("zaharova", "names/typo"),
        ("zakharova", "names/exact"),
        ("quackenbush", "names/unknown"),
    ] {
        g.bench_function(BenchmarkId::new("story/correct", what), |b| {
            b.iter(|| black_box(snap.index.names.correct(black_box(word))))
        });
    }
    g.bench_function("story/correct/vocab-typo", |b| {
        b.iter(|| black_box(snap.index.vocab.correct(black_box("sentanced"))))
    });

    let (big, _) = synthetic(10_000);
    let person = big
        .knowledge
        .entities
        .iter()
        .find(|e| e.kind == knowledge::EntityKind::Person && !e.aliases.is_empty())
        .expect("a person");
    let q = format!("What did {} say about the budget in Lisbon?", person.name);
    let toks = tokenize(&q);
    g.bench_function("synth-10k/two-names", |b| {
        b.iter(|| black_box(big.index.link(black_box(&toks))))
    });
    let surname = fold_phrase(person.name.rsplit(' ').next().unwrap());
    let typo = format!("{}{}", &surname[..surname.len() - 1], "x");
    g.bench_function("synth-10k/correct/names-typo", |b| {
        b.iter(|| black_box(big.index.names.correct(black_box(&typo))))
    });
    g.bench_function("synth-10k/correct/names-unknown", |b| {
        b.iter(|| black_box(big.index.names.correct(black_box("quackenbush"))))
    });
    g.bench_function("synth-10k/correct/vocab-typo", |b| {
        b.iter(|| black_box(big.index.vocab.correct(black_box("reservior"))))
    });
    g.finish();
}

fn answering(c: &mut Criterion) {
    let snap = story();
    let questions = story_questions();
    let mut g = c.benchmark_group("answer");
    for kind in ["answerable", "typo", "out-of-scope"] {
        let qs: Vec<&str> = questions
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, q)| *q)
            .collect();
        g.throughput(Throughput::Elements(qs.len() as u64));
        g.bench_function(BenchmarkId::new("story", kind), |b| {
            b.iter(|| {
                for q in &qs {
                    black_box(engine::answer(&snap, black_box(q)));
                }
            })
        });
    }
    g.throughput(Throughput::Elements(questions.len() as u64));
    g.bench_function("story/mix", |b| {
        b.iter(|| {
            for (_, q) in &questions {
                black_box(engine::answer(&snap, black_box(q)));
            }
        })
    });
    g.bench_function("story/mix+json", |b| {
        b.iter(|| {
            for (_, q) in &questions {
                let a = engine::answer(&snap, black_box(q));
                black_box(storybot::render::answer_json(&a));
            }
        })
    });
    g.finish();

    let (big, qs) = synthetic(10_000);
    let mut g = c.benchmark_group("answer");
    g.sample_size(20);
    for kind in [
        synth::QKind::Answerable,
        synth::QKind::Typo,
        synth::QKind::OutOfScope,
    ] {
        let qs: Vec<&str> = qs
            .iter()
            .filter(|q| q.kind == kind)
            .take(50)
            .map(|q| q.text.as_str())
            .collect();
        g.throughput(Throughput::Elements(qs.len() as u64));
        g.bench_function(BenchmarkId::new("synth-10k", kind.name()), |b| {
            b.iter(|| {
                for q in &qs {
                    black_box(engine::answer(&big, black_box(q)));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, normalisation, linking, answering);
criterion_main!(benches);
