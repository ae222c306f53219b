//! Memory of `storybot serve`: starts the fake Discord of `tests/support/`
//! on 127.0.0.1, runs the real binary against it (`DISCORD_API_BASE`), waits
//! until it has logged in and registered its commands, then reads its
//! resident memory from `/proc` while it idles; then sends it `/ask`
//! interactions and reads it again. The child is stopped at the end.
//!
//! ```sh
//! cargo build --release && cargo run --release --example serve_rss
//! cargo run --release --example serve_rss -- --knowledge /tmp/synth-100k
//! ```
//!
//! The binary defaults to `storybot` next to this example's folder
//! (`target/release/storybot`). It runs in an empty temporary folder, so it
//! finds no `.env` and no `./knowledge`: without `--knowledge` it serves the
//! built-in story.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clap::Parser;
use serde_json::json;
use support::*;

const STORY_QUESTIONS: &str = include_str!("../benches/data/story_questions.tsv");

#[derive(Debug, Parser)]
#[command(about = "Resident memory of storybot serve against the fake Discord")]
struct Args {
    /// The storybot binary (default: target/release/storybot beside this example).
    #[arg(long)]
    bin: Option<PathBuf>,
    /// Knowledge to serve (default: the built-in story).
    #[arg(long)]
    knowledge: Option<PathBuf>,
    /// Seconds to idle before reading the memory.
    #[arg(long, default_value_t = 5)]
    idle: u64,
    /// `/ask` interactions sent after the idle reading.
    #[arg(long, default_value_t = 500)]
    questions: usize,
}

/// (VmRSS, VmHWM) of a process, in MB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let bin = match args.bin {
        // Absolute: the child runs in another folder.
        Some(b) => std::fs::canonicalize(b)?,
        None => std::env::current_exe()?
            .parent()
            .and_then(|p| p.parent())
            .map(|p| p.join("storybot"))
            .ok_or_else(|| anyhow::anyhow!("cannot locate the storybot binary; pass --bin"))?,
    };
    let fake = FakeDiscord::start().await;
    let cwd = tempfile::tempdir()?;
    let mut cmd = Command::new(&bin);
    cmd.arg("serve")
        .current_dir(cwd.path())
        .env_remove("STORYBOT_KNOWLEDGE")
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_BASE", fake.http_base())
        .env("GUILD_ID", GUILD_ID.to_string())
        .env("COOLDOWN_SECONDS", "0")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null());
    if let Some(k) = &args.knowledge {
        cmd.env("STORYBOT_KNOWLEDGE", std::fs::canonicalize(k)?);
    }
    let started = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id();
    fake.wait_request(0, "command registration", |r| {
        r.method == "PUT" && r.path.ends_with("/commands")
    })
    .await;
    fake.wait_session().await;
    let ready = started.elapsed();
    tokio::time::sleep(Duration::from_secs(args.idle)).await;
    let (idle_rss, idle_hwm) = memory(pid);
    println!(
        "storybot serve ({}): ready in {:.2} s; idle after {} s: RSS {idle_rss:.1} MB (peak so far {idle_hwm:.1} MB)",
        args.knowledge
            .as_ref()
            .map_or("built-in story".to_string(), |k| k.display().to_string()),
        ready.as_secs_f64(),
        args.idle
    );

    let questions: Vec<&str> = STORY_QUESTIONS
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, q)| q))
        .collect();
    let who = member();
    for q in questions.iter().cycle().take(args.questions) {
        let from = fake.request_count();
        let (sent, payload) = slash(&fake, &who, "ask", json!([opt("question", q)]));
        fake.dispatch("INTERACTION_CREATE", payload).await;
        let path = sent.callback_path();
        fake.wait_request(from, "callback", |r| r.method == "POST" && r.path == path)
            .await;
    }
    let (rss, hwm) = memory(pid);
    println!(
        "after {} /ask interactions: RSS {rss:.1} MB (peak {hwm:.1} MB)",
        args.questions
    );
    child.kill()?;
    child.wait()?;
    Ok(())
}
