//! The Discord path under a burst: the real poise/serenity client against
//! the fake Discord of `tests/support/` (loopback only), sent N `/ask`
//! INTERACTION_CREATE dispatches back to back, timing each from dispatch to
//! its interaction callback arriving at the fake's REST server.
//!
//! ```sh
//! cargo run --release --example discord_burst -- --count 1000
//! ```
//!
//! Everything runs in this process on a 2-worker tokio runtime, as in
//! `tests/discord.rs`: the fake gateway and REST server, and the bot. The
//! clock starts when the fake has queued the dispatch frame for its
//! WebSocket and stops when the observer task sees the callback recorded by
//! the fake, so the numbers include the fake's own work and the scheduling
//! of all three on two cores. Questions cycle through
//! `benches/data/story_questions.tsv`. Fails unless every interaction got a
//! callback (each wait is bounded, see `support::WAIT`).

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use clap::Parser;
use serde_json::json;
use support::*;

const STORY_QUESTIONS: &str = include_str!("../benches/data/story_questions.tsv");

#[derive(Debug, Parser)]
#[command(about = "Burst of /ask interactions against the fake Discord")]
struct Args {
    /// Interactions in the burst.
    #[arg(long, default_value_t = 1000)]
    count: usize,
    /// Sequential interactions first, untimed, to warm up.
    #[arg(long, default_value_t = 20)]
    warmup: usize,
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    let i = ((p / 100.0 * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args = Args::parse();
    let questions: Vec<&str> = STORY_QUESTIONS
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, q)| q))
        .collect();
    let bot = Bot::start().await;
    let who = member();
    for q in questions.iter().cycle().take(args.warmup) {
        let (_, cb) = bot
            .interact(slash(&bot.fake, &who, "ask", json!([opt("question", q)])))
            .await;
        assert_eq!(cb["type"], 4, "warm-up reply: {cb:#}");
    }

    // Build every payload before the clock starts.
    let burst: Vec<(Sent, serde_json::Value)> = questions
        .iter()
        .cycle()
        .take(args.count)
        .map(|q| slash(&bot.fake, &who, "ask", json!([opt("question", q)])))
        .collect();
    let by_path: HashMap<String, usize> = burst
        .iter()
        .enumerate()
        .map(|(i, (s, _))| (s.callback_path(), i))
        .collect();

    // The observer reads the fake's request log in order, one new entry at a time.
    let first = bot.fake.request_count();
    let fake = bot.fake.clone();
    let n = args.count;
    let observer = tokio::spawn(async move {
        let mut got: Vec<Option<(Instant, serde_json::Value)>> = vec![None; n];
        let mut seen = 0;
        let mut at = first;
        while seen < n {
            let r = fake.wait_request(at, "the next callback", |_| true).await;
            let t = Instant::now();
            at += 1;
            if r.method == "POST"
                && let Some(&i) = by_path.get(&r.path)
                && got[i].is_none()
            {
                got[i] = Some((t, r.body));
                seen += 1;
            }
        }
        got
    });

    let start = Instant::now();
    let mut sent_at = Vec::with_capacity(n);
    for (_, payload) in burst {
        bot.fake.dispatch("INTERACTION_CREATE", payload).await;
        sent_at.push(Instant::now());
    }
    let dispatched = start.elapsed();
    let got = observer.await.expect("observer");
    let total = start.elapsed();

    let mut lat: Vec<Duration> = Vec::with_capacity(n);
    let (mut answered, mut not_in_story, mut other) = (0, 0, 0);
    for (i, g) in got.into_iter().enumerate() {
        let (t, body) = g.expect("every interaction has a callback");
        lat.push(t.duration_since(sent_at[i]));
        let text = text_of(&body);
        if body["type"] != 4 {
            other += 1;
        } else if text.contains("doesn't say") {
            not_in_story += 1;
        } else {
            answered += 1;
        }
    }
    lat.sort_unstable();
    println!(
        "{n} /ask interactions in a burst: all {n} answered by callback \
         ({answered} with an answer, {not_in_story} \"the story doesn't say\", {other} other)"
    );
    println!(
        "dispatch → callback: p50 {}, p90 {}, p99 {}, max {}",
        ms(pct(&lat, 50.0)),
        ms(pct(&lat, 90.0)),
        ms(pct(&lat, 99.0)),
        ms(pct(&lat, 100.0)),
    );
    println!(
        "burst dispatched in {}, last callback after {} ({:.0} interactions/s end to end)",
        ms(dispatched),
        ms(total),
        n as f64 / total.as_secs_f64()
    );
    bot.stop().await;
}
