//! Per-question latency of `engine::answer`, with percentiles, plus load
//! time and memory: the numbers in BENCHMARKS.md.
//!
//! ```sh
//! # the story's built-in knowledge and its question mix (benches/data/story_questions.tsv)
//! cargo run --release --example latency
//! # synthetic knowledge from examples/synth.rs
//! cargo run --release --example latency -- --knowledge /tmp/synth-100k --questions /tmp/synth-100k/questions.tsv
//! ```
//!
//! Each call is timed alone with `Instant` (after one untimed warm-up pass),
//! looping over the questions until `--min-samples` calls were timed.
//! Question files are one question per line, or `kind<TAB>question`, or
//! `kind<TAB>fact<TAB>question` as `synth` writes them; with a fact id the
//! report also says how often that fact came first.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Parser;
use storybot::engine::{self, Snapshot};
use storybot::knowledge::{self, Origin};

const STORY_QUESTIONS: &str = include_str!("../benches/data/story_questions.tsv");

#[derive(Debug, Parser)]
#[command(about = "Time engine::answer per question")]
struct Args {
    /// Knowledge folder or file (default: the built-in story).
    #[arg(long)]
    knowledge: Option<PathBuf>,
    /// Questions (default: the story mix in benches/data/story_questions.tsv).
    #[arg(long)]
    questions: Option<PathBuf>,
    /// Time at least this many calls.
    #[arg(long, default_value_t = 50_000)]
    min_samples: usize,
    /// But stop timing after this many seconds.
    #[arg(long, default_value_t = 60)]
    max_seconds: u64,
    /// Also print how many facts each question makes the ranker score.
    #[arg(long)]
    breakdown: bool,
    /// Print the N slowest questions (median time of each over the rounds).
    #[arg(long, default_value_t = 0)]
    slowest: usize,
}

struct Q {
    kind: String,
    fact: Option<String>,
    text: String,
}

fn parse_questions(text: &str) -> Vec<Q> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let parts: Vec<&str> = l.splitn(3, '\t').collect();
            match parts.as_slice() {
                [k, f, q] => Q {
                    kind: k.to_string(),
                    fact: (*f != "-").then(|| f.to_string()),
                    text: q.to_string(),
                },
                [k, q] => Q {
                    kind: k.to_string(),
                    fact: None,
                    text: q.to_string(),
                },
                _ => Q {
                    kind: "question".into(),
                    fact: None,
                    text: l.to_string(),
                },
            }
        })
        .collect()
}

/// The value at percentile `p` (0–100) of sorted samples.
fn pct(sorted: &[u64], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((p / 100.0 * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    Duration::from_nanos(sorted[i])
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

/// VmRSS and VmHWM of this process, in MB (Linux).
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Why an answer costs what it costs: how many facts the ranker scores per
/// question (`engine::rank::candidate_count`).
fn breakdown(snap: &Snapshot, qs: &[Q]) {
    let mut counts: Vec<u64> = qs
        .iter()
        .map(|q| engine::rank::candidate_count(snap, &q.text) as u64)
        .collect();
    counts.sort_unstable();
    let p = |x: f64| {
        counts
            .get(
                ((x / 100.0 * counts.len() as f64).ceil() as usize).clamp(1, counts.len().max(1))
                    - 1,
            )
            .copied()
            .unwrap_or(0)
    };
    println!(
        "candidates per question (facts the ranker scores): p50 {}, p90 {}, p99 {}, max {}",
        p(50.0),
        p(90.0),
        p(99.0),
        p(100.0)
    );
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let t = Instant::now();
    let k = match &args.knowledge {
        Some(p) => knowledge::load_path(p)?,
        None => knowledge::load_embedded()?,
    };
    let load = t.elapsed();
    let origin = args
        .knowledge
        .clone()
        .map_or(Origin::Embedded, Origin::Path);
    let (sources, entities, facts) = (k.sources.len(), k.entities.len(), k.facts.len());
    let t = Instant::now();
    let snap = Snapshot::new(k, origin.clone());
    let index = t.elapsed();
    let (rss, hwm) = memory();
    println!("knowledge: {origin} — {facts} facts, {sources} sources, {entities} entities");
    println!(
        "load + validate: {:.3} s; index (Snapshot::new): {:.3} s; total {:.3} s",
        load.as_secs_f64(),
        index.as_secs_f64(),
        (load + index).as_secs_f64()
    );
    println!("memory after load: RSS {rss:.1} MB, peak {hwm:.1} MB");

    let text = match &args.questions {
        Some(p) => std::fs::read_to_string(p)?,
        None => STORY_QUESTIONS.to_string(),
    };
    let qs = parse_questions(&text);
    anyhow::ensure!(!qs.is_empty(), "no questions");

    // Warm-up, and what each question gets.
    let mut answered: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for q in &qs {
        let a = engine::answer(&snap, &q.text);
        let e = answered.entry(q.kind.as_str()).or_default();
        e.0 += 1;
        e.1 += usize::from(a.answered());
        e.2 += usize::from(
            q.fact
                .as_deref()
                .is_some_and(|f| a.hits.first().is_some_and(|h| h.fact == f)),
        );
    }

    let mut all: Vec<u64> = Vec::with_capacity(args.min_samples + qs.len());
    let mut per_q: Vec<Vec<u64>> = vec![Vec::new(); qs.len()];
    let mut by_kind: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    let mut render = Duration::ZERO;
    let start = Instant::now();
    let limit = Duration::from_secs(args.max_seconds);
    let mut rounds = 0;
    while all.len() < args.min_samples && start.elapsed() < limit {
        rounds += 1;
        for (i, q) in qs.iter().enumerate() {
            let t = Instant::now();
            let a = black_box(engine::answer(&snap, black_box(&q.text)));
            let d = t.elapsed().as_nanos() as u64;
            all.push(d);
            per_q[i].push(d);
            by_kind.entry(q.kind.as_str()).or_default().push(d);
            if rounds == 1 {
                let t = Instant::now();
                black_box(storybot::render::answer_json(&a));
                render += t.elapsed();
            }
        }
    }
    let total: u64 = all.iter().sum();
    all.sort_unstable();
    println!(
        "answer latency over {} calls ({} questions × {rounds}): p50 {}, p90 {}, p99 {}, p99.9 {}, max {}, mean {}",
        all.len(),
        qs.len(),
        us(pct(&all, 50.0)),
        us(pct(&all, 90.0)),
        us(pct(&all, 99.0)),
        us(pct(&all, 99.9)),
        us(pct(&all, 100.0)),
        us(Duration::from_nanos(total / all.len() as u64)),
    );
    println!(
        "single-core engine rate: {:.0} questions/s (mean); render::answer_json adds {} per question",
        1e9 / (total as f64 / all.len() as f64),
        us(render / qs.len() as u32)
    );
    for (kind, mut v) in by_kind {
        v.sort_unstable();
        let (n, yes, top) = answered[kind];
        let top = if qs.iter().any(|q| q.kind == kind && q.fact.is_some()) {
            format!(
                ", expected fact first {:.0} %",
                100.0 * top as f64 / n as f64
            )
        } else {
            String::new()
        };
        println!(
            "  {kind:<13} {n:>5} questions: p50 {}, p99 {}, max {}; answered {:.0} %{top}",
            us(pct(&v, 50.0)),
            us(pct(&v, 99.0)),
            us(pct(&v, 100.0)),
            100.0 * yes as f64 / n as f64,
        );
    }
    if args.slowest > 0 {
        let mut med: Vec<(u64, usize)> = per_q
            .iter_mut()
            .enumerate()
            .map(|(i, v)| {
                v.sort_unstable();
                (v[v.len() / 2], i)
            })
            .collect();
        med.sort_unstable_by(|a, b| b.cmp(a));
        println!("slowest questions (median):");
        for &(ns, i) in med.iter().take(args.slowest) {
            println!(
                "  {:>9}  {:<12} {}",
                us(Duration::from_nanos(ns)),
                qs[i].kind,
                qs[i].text
            );
        }
    }
    if args.breakdown {
        breakdown(&snap, &qs);
    }
    let (rss, hwm) = memory();
    println!("memory at the end: RSS {rss:.1} MB, peak {hwm:.1} MB");
    Ok(())
}
