//! The command line: `ask`, `who`, `check`, `chat`, `serve`, `build`,
//! `timeline`, `gaps`. Each subcommand loads a snapshot, calls the engine and prints
//! through [`crate::render`] (`serve` hands over to [`crate::discord`],
//! `build` to [`crate::knowledge::build`]); no matching logic lives here.
//!
//! Batch modes read one item per input line and write one output line per
//! input line, in order, flushed as they go. Input that is not UTF-8 is
//! repaired (invalid bytes become U+FFFD) rather than dropped, so the line
//! count always matches.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use crate::engine::{self, Snapshot};
use crate::knowledge;
use crate::render;

#[derive(Debug, Parser)]
#[command(
    name = "storybot",
    version,
    about = "Answers questions about a news story, with sources."
)]
pub struct Cli {
    /// Knowledge to use: a .toml file or a folder of them (default: the built-in story).
    #[arg(long, global = true, env = "STORYBOT_KNOWLEDGE", value_name = "PATH")]
    pub knowledge: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer a question (or one question per stdin line when none is given).
    Ask {
        /// Print one JSON object per question.
        #[arg(long)]
        json: bool,
        /// Show how the question was read and which facts ranked (for curators).
        #[arg(long, conflicts_with = "json")]
        explain: bool,
        /// The question; the words are joined with spaces.
        question: Vec<String>,
    },
    /// Who someone is and what the story says they said or did.
    Who {
        /// Print one JSON object per name.
        #[arg(long)]
        json: bool,
        /// The name (or one per stdin line when none is given).
        name: Vec<String>,
    },
    /// Validate knowledge and list every problem.
    Check {
        /// A .toml file or a folder (default: --knowledge, else the built-in story).
        path: Option<PathBuf>,
    },
    /// An interactive console with the bot's replies.
    Chat,
    /// Run the Discord bot (settings from the environment and .env; see .env.example).
    Serve,
    /// Draft knowledge from raw article text (first line `date YYYY-MM-DD Title`, optional).
    Build {
        /// Article text files.
        #[arg(required = true)]
        articles: Vec<PathBuf>,
        /// Write a new knowledge file (default: print the draft).
        #[arg(short, long, value_name = "FILE", conflicts_with = "into")]
        output: Option<PathBuf>,
        /// Append the new articles to an existing knowledge file, reusing its entities.
        #[arg(long, value_name = "FILE")]
        into: Option<PathBuf>,
    },
    /// The story's dated facts across all sources, oldest first.
    Timeline {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// The questions `serve` could not answer (or answered with low confidence, or got a 👎 for), most frequent first, near-duplicates grouped.
    Gaps {
        /// The gaps log (default: STORYBOT_GAPS, else storybot-data/gaps.jsonl beside the knowledge).
        #[arg(long, value_name = "PATH")]
        file: Option<PathBuf>,
        /// How many groups to list.
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        /// Print one JSON object: file, entries, skipped lines, groups.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ask {
            json,
            explain,
            question,
        } => {
            let snap = load(cli.knowledge.as_deref())?;
            batch(&question, |q| {
                let a = engine::answer(&snap, q);
                if explain {
                    format!("{}\n{}", engine::explain(&snap, q), render::answer_text(&a))
                } else if json {
                    render::answer_json(&a)
                } else {
                    render::answer_text(&a)
                }
            })
        }
        Command::Who { json, name } => {
            let snap = load(cli.knowledge.as_deref())?;
            batch(&name, |n| {
                let p = engine::who(&snap, n);
                if json {
                    render::person_json(&p)
                } else {
                    render::person_text(&p)
                }
            })
        }
        Command::Check { path } => check(path.as_deref().or(cli.knowledge.as_deref())),
        Command::Chat => {
            let snap = load(cli.knowledge.as_deref())?;
            chat(&snap)
        }
        Command::Serve => serve(cli.knowledge),
        Command::Build {
            articles,
            output,
            into,
        } => build(&articles, output.as_deref(), into.as_deref()),
        Command::Timeline { json } => timeline(cli.knowledge.as_deref(), json),
        Command::Gaps { file, limit, json } => gaps(file, cli.knowledge, limit, json),
    }
}

/// `gaps`: reads the gaps log `serve` writes and lists its groups. The file
/// is found as `serve` finds it (`.env` included) unless `--file` is given.
fn gaps(
    file: Option<PathBuf>,
    knowledge: Option<PathBuf>,
    limit: usize,
    json: bool,
) -> Result<ExitCode> {
    let path = match file {
        Some(f) => f,
        None => {
            if let Err(e) = dotenvy::dotenv()
                && !e.not_found()
            {
                return Err(e).context("cannot read .env");
            }
            let setting =
                crate::config::GapsFile::parse(std::env::var("STORYBOT_GAPS").ok().as_deref());
            let knowledge =
                knowledge.or_else(|| std::env::var_os("STORYBOT_KNOWLEDGE").map(PathBuf::from));
            let known = crate::discord::knowledge_path(knowledge.as_deref());
            setting
                .resolve(known.as_deref())
                .context("STORYBOT_GAPS is off: nothing is recorded; pass --file to read a log")?
        }
    };
    let report = crate::gaps::report(&path, limit)
        .with_context(|| format!("cannot read the gaps log {}", path.display()))?;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else if report.groups.is_empty() {
        writeln!(out, "No gaps recorded in {}.", path.display())?;
    } else {
        writeln!(
            out,
            "{} entries in {}; most frequent first:",
            report.entries,
            path.display()
        )?;
        for l in report.lines() {
            writeln!(out, "{l}")?;
        }
    }
    if report.skipped > 0 {
        eprintln!(
            "storybot: {} unreadable line(s) skipped in {}",
            report.skipped,
            path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `serve`: reads `.env` and the environment, then runs the bot on its own
/// async runtime (the other subcommands stay synchronous).
fn serve(knowledge: Option<PathBuf>) -> Result<ExitCode> {
    if let Err(e) = dotenvy::dotenv()
        && !e.not_found()
    {
        return Err(e).context("cannot read .env");
    }
    let mut config = crate::config::Config::from_env()?;
    // --knowledge (or STORYBOT_KNOWLEDGE set before start) wins over .env.
    config.knowledge = knowledge.or(config.knowledge);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(crate::discord::serve(config))?;
    Ok(ExitCode::SUCCESS)
}

/// `build`: drafts knowledge from articles into a new file, onto an
/// existing one, or to standard output.
fn build(articles: &[PathBuf], output: Option<&Path>, into: Option<&Path>) -> Result<ExitCode> {
    use knowledge::build::{build_into, build_new};
    let (d, target) = match (output, into) {
        (_, Some(into)) => (build_into(articles, into)?, into),
        (Some(out), None) => (build_new(articles, Some(out))?, out),
        (None, None) => {
            print!("{}", build_new(articles, None)?.toml);
            return Ok(ExitCode::SUCCESS);
        }
    };
    let verb = if into.is_some() { "Added to" } else { "Wrote" };
    println!("{verb} {}:", target.display());
    println!("  {} source(s): {}", d.sources.len(), d.sources.join(", "));
    println!(
        "  {} new entities: {}",
        d.entities.len(),
        d.entities.join(", ")
    );
    if !d.reused.is_empty() {
        println!(
            "  {} existing entities reused: {}",
            d.reused.len(),
            d.reused.join(", ")
        );
    }
    println!("  {} facts: {}", d.facts.len(), d.facts.join(", "));
    println!(
        "Review the `# guessed:` lines, then run `storybot check {}`.",
        target.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `timeline`: dated facts, oldest first.
fn timeline(path: Option<&Path>, json: bool) -> Result<ExitCode> {
    let snap = load(path)?;
    let rows = knowledge::build::timeline::timeline(&snap.knowledge);
    if json {
        println!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        for r in &rows {
            println!(
                "{:<10}  {}  ({})",
                r.date.to_string(),
                r.answer,
                r.source_title
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Loads and indexes knowledge, from `path` or the built-in default.
pub fn load(path: Option<&Path>) -> Result<Snapshot> {
    let (k, origin) = knowledge::load_from(path).with_context(|| match path {
        Some(p) => format!("cannot load knowledge from {}", p.display()),
        None => "the built-in knowledge is broken".into(),
    })?;
    tracing::info!(version = %k.version, facts = k.facts.len(), %origin, "knowledge loaded");
    Ok(Snapshot::new(k, origin))
}

/// One argument, or one item per stdin line; one output per item.
fn batch(words: &[String], mut f: impl FnMut(&str) -> String) -> Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    if !words.is_empty() {
        writeln!(out, "{}", f(&words.join(" ")))?;
        return Ok(ExitCode::SUCCESS);
    }
    let stdin = io::stdin();
    for line in stdin.lock().split(b'\n') {
        let bytes = line.context("cannot read standard input")?;
        let text = String::from_utf8_lossy(&bytes);
        writeln!(out, "{}", f(text.trim_end_matches('\r')))?;
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

fn check(path: Option<&Path>) -> Result<ExitCode> {
    let shown = path.map_or("(built-in default)".to_string(), |p| {
        p.display().to_string()
    });
    match knowledge::load_from(path) {
        Ok((k, _)) => {
            println!(
                "{shown}: OK — {} source(s), {} entities, {} facts, version {}",
                k.sources.len(),
                k.entities.len(),
                k.facts.len(),
                k.version
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{shown}: {e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

const CHAT_HELP: &str = "Ask a question about the story, or:\n  /who NAME   who someone is\n  /sources    the articles I know\n  /help       this text\n  /quit       leave";

fn chat(snap: &Snapshot) -> Result<ExitCode> {
    let stdin = io::stdin();
    let mut out = io::stdout();
    writeln!(
        out,
        "storybot console — {} fact(s) from {} source(s). {CHAT_HELP}",
        snap.knowledge.facts.len(),
        snap.knowledge.sources.len()
    )?;
    let mut line = Vec::new();
    loop {
        write!(out, "> ")?;
        out.flush()?;
        line.clear();
        if stdin.lock().read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim();
        let reply = match text.split_once(' ').unwrap_or((text, "")) {
            ("/quit" | "/exit", _) => break,
            ("/help", _) => CHAT_HELP.to_string(),
            ("/who", name) => render::person_text(&engine::who(snap, name)),
            ("/sources", _) => snap
                .knowledge
                .sources
                .iter()
                .map(|s| format!("{} — {}", s.date, s.title))
                .collect::<Vec<_>>()
                .join("\n"),
            _ if text.is_empty() => continue,
            _ => render::answer_text(&engine::answer(snap, text)),
        };
        writeln!(out, "{reply}\n")?;
    }
    Ok(ExitCode::SUCCESS)
}
