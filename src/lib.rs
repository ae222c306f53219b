//! storybot: a Discord bot that answers questions about a news story with
//! sourced answers — a plain answer, the verbatim quote that supports it, and
//! where it comes from. When the story does not say, it says so.
//!
//! The flow:
//! ```text
//! article .txt ─▶ knowledge file (TOML) ─load+validate─▶ Knowledge ─index─▶ Snapshot
//! question ─▶ engine::answer(&Snapshot, &str) ─▶ Answer ─render─▶ CLI text / JSON / Discord
//! ```
//! - [`knowledge`]: the model, loading and validation.
//! - [`engine`]: the pure answer engine.
//! - [`render`]: the one place answers become text and JSON.
//! - [`cli`]: the command line, a thin adapter over the engine.
//! - [`config`]: settings for `serve` from the environment and `.env`.
//! - [`discord`]: the Discord bot (poise/serenity), another thin adapter.
//! - [`gaps`]: the log of questions the bot could not answer (or answered
//!   with low confidence, or got a 👎 for), and 👍/👎 counts per fact.

pub mod cli;
pub mod config;
pub mod discord;
pub mod engine;
pub mod gaps;
pub mod knowledge;
mod par;
pub mod render;
