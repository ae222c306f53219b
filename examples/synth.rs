//! Writes synthetic knowledge of any size, for scaling measurements.
//!
//! ```sh
//! cargo run --release --example synth -- --facts 100000 -o /tmp/synth-100k
//! target/release/storybot check /tmp/synth-100k
//! target/release/storybot ask --json --knowledge /tmp/synth-100k < /tmp/synth-100k/questions.txt
//! ```
//!
//! The folder gets `entities.toml`, `facts-NNNN.toml` (sources and facts, by
//! 1000 articles), `articles/*.txt`, and `questions.txt` / `questions.tsv`
//! (answerable, typo and out-of-scope questions). See
//! `benches/support/synth.rs` for what is generated.

#[path = "../benches/support/synth.rs"]
mod synth;

use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;

#[derive(Debug, Parser)]
#[command(about = "Write synthetic storybot knowledge")]
struct Args {
    /// Number of facts.
    #[arg(long, default_value_t = 10_000)]
    facts: usize,
    /// Output folder (created; existing files with the same names are replaced).
    #[arg(short, long)]
    output: PathBuf,
    /// Mean facts per article.
    #[arg(long, default_value_t = 10)]
    facts_per_article: usize,
    /// Number of questions written to questions.txt / questions.tsv.
    #[arg(long, default_value_t = 2000)]
    questions: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let t = Instant::now();
    let s = synth::generate(&synth::Options {
        facts: args.facts,
        facts_per_article: args.facts_per_article,
        questions: args.questions,
        seed: args.seed,
    });
    s.write(&args.output)?;
    println!(
        "{}: {} facts, {} sources, {} entities, {} questions, {:.1} MB of knowledge, in {:.2?}",
        args.output.display(),
        s.facts,
        s.sources,
        s.entities,
        s.questions.len(),
        s.bytes() as f64 / 1e6,
        t.elapsed()
    );
    Ok(())
}
