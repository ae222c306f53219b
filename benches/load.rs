//! Knowledge load, validation and indexing: the built-in story and
//! synthetic knowledge of 1,000 and 10,000 facts written to a temporary
//! folder by `support/synth.rs`.
//!
//! `cargo bench --bench load`. The 100,000-fact load is measured once, not
//! statistically: `examples/latency.rs` (see BENCHMARKS.md).

#[path = "support/synth.rs"]
mod synth;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use storybot::engine::Snapshot;
use storybot::knowledge::{self, Origin, load};

fn story(c: &mut Criterion) {
    let mut g = c.benchmark_group("load/story");
    g.bench_function("load_embedded", |b| {
        b.iter(|| black_box(knowledge::load_embedded().unwrap()))
    });
    let k = knowledge::load_embedded().unwrap();
    g.bench_function("validate", |b| b.iter(|| black_box(load::validate(&k))));
    g.bench_function("Snapshot::new", |b| {
        b.iter_batched(
            || k.clone(),
            |k| black_box(Snapshot::new(k, Origin::Embedded)),
            BatchSize::SmallInput,
        )
    });
    g.bench_function("load_embedded+Snapshot::new", |b| {
        b.iter(|| {
            black_box(Snapshot::new(
                knowledge::load_embedded().unwrap(),
                Origin::Embedded,
            ))
        })
    });
    g.finish();
}

fn synthetic(c: &mut Criterion) {
    for facts in [1_000, 10_000] {
        let mut opts = synth::Options::new(facts);
        opts.questions = 0;
        let s = synth::generate(&opts);
        let tmp = tempfile::tempdir().unwrap();
        s.write(tmp.path()).unwrap();
        let dir = tmp.path();
        let k = knowledge::load_path(dir).unwrap();

        let mut g = c.benchmark_group("load/synth");
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(if facts > 1_000 { 20 } else { 5 }));
        g.bench_function(BenchmarkId::new("load_path", facts), |b| {
            b.iter(|| black_box(knowledge::load_path(dir).unwrap()))
        });
        g.bench_function(BenchmarkId::new("validate", facts), |b| {
            b.iter(|| black_box(load::validate(&k)))
        });
        g.bench_function(BenchmarkId::new("Snapshot::new", facts), |b| {
            b.iter_batched(
                || k.clone(),
                |k| black_box(Snapshot::new(k, Origin::Embedded)),
                BatchSize::LargeInput,
            )
        });
        g.bench_function(BenchmarkId::new("load_path+Snapshot::new", facts), |b| {
            b.iter(|| {
                black_box(Snapshot::new(
                    knowledge::load_path(dir).unwrap(),
                    Origin::Embedded,
                ))
            })
        });
        g.finish();
    }
}

criterion_group!(benches, story, synthetic);
criterion_main!(benches);
