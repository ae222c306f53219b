//! `/knowledge status|reload|upload|rollback|gaps` — moderators only.
//!
//! Hidden from members without Manage Server (`default_member_permissions`)
//! and checked again at run time ([`crate::discord::checks::is_moderator`],
//! inherited by every subcommand), because server admins can override the
//! default. All replies are ephemeral. The work itself is
//! [`crate::knowledge::store::Store`]'s, run off the async threads.

use std::path::Path;
use std::sync::Arc;

use poise::serenity_prelude as serenity;

use crate::discord::reply::{self, Reply};
use crate::discord::{Context, Error};
use crate::gaps::{self, feedback::Direction, feedback::Votes};
use crate::knowledge::store::{MAX_UPLOAD_BYTES, Store, StoreError, Written};

/// How long fetching an uploaded file may take.
const DOWNLOAD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Manage the story's knowledge (moderators)
#[poise::command(
    slash_command,
    guild_only,
    subcommands("status", "reload", "upload", "rollback", "gaps"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD",
    check = "crate::discord::checks::is_moderator"
)]
pub async fn knowledge(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Facts listed per direction in `/knowledge status`.
const TOP_VOTED: usize = 5;
/// Groups `/knowledge gaps` lists by default, and at most.
const GAPS_DEFAULT: u32 = 10;
const GAPS_MAX: u32 = 25;

/// Show the loaded knowledge: version, when and by whom, counts, votes
#[poise::command(slash_command)]
pub async fn status(ctx: Context<'_>) -> Result<(), Error> {
    let data = ctx.data();
    let s = data.store.status();
    let at = chrono::DateTime::<chrono::Utc>::from(s.loaded_at).format("%Y-%m-%d %H:%M:%S UTC");
    let body = format!(
        "Version `{}`, loaded {at} by {}.\n{} source(s), {} entities, {} facts.\nFrom: {}{}\nBackups: {}",
        s.version,
        s.loaded_by,
        s.sources,
        s.entities,
        s.facts,
        s.origin,
        if s.writable { "" } else { " (read-only)" },
        s.backups,
    );
    let body = format!("{body}\n{}", feedback_summary(&data.votes));
    crate::discord::send(ctx, reply::notice("Knowledge status", &body), true).await?;
    Ok(())
}

/// The status lines about votes: the facts with the most 👍 and 👎.
pub fn feedback_summary(votes: &Votes) -> String {
    let line = |d: Direction, emoji: &str| {
        let top = votes.top(d, TOP_VOTED);
        if top.is_empty() {
            return format!("Most {emoji}: none yet.");
        }
        let items: Vec<String> = top
            .iter()
            .map(|(f, c)| format!("`{f}` {}👍 {}👎", c.up, c.down))
            .collect();
        format!("Most {emoji}: {}", items.join(", "))
    };
    format!(
        "{}\n{}",
        line(Direction::Up, "👍"),
        line(Direction::Down, "👎")
    )
}

/// The questions the bot could not answer well, most frequent first
#[poise::command(slash_command)]
pub async fn gaps(
    ctx: Context<'_>,
    #[description = "How many groups to list (default 10)"]
    #[min = 1]
    #[max = 25]
    limit: Option<u32>,
) -> Result<(), Error> {
    let Some(path) = ctx.data().recorder.gaps_path().map(Path::to_path_buf) else {
        let r = reply::notice(
            "Gaps log off",
            "Unanswered questions are not recorded (STORYBOT_GAPS=off).",
        );
        crate::discord::send(ctx, r, true).await?;
        return Ok(());
    };
    ctx.defer_ephemeral().await?;
    let limit = limit.unwrap_or(GAPS_DEFAULT).clamp(1, GAPS_MAX) as usize;
    let result = tokio::task::spawn_blocking(move || gaps::report(&path, limit)).await?;
    let r = match result {
        Ok(report) => gaps_reply(&report),
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the gaps log");
            reply::notice("Gaps log unreadable", &e.to_string())
        }
    };
    crate::discord::send(ctx, r, true).await?;
    Ok(())
}

/// The `/knowledge gaps` embed: one line per group, user text escaped, cut
/// to Discord's limits.
pub fn gaps_reply(report: &gaps::Report) -> Reply {
    if report.groups.is_empty() {
        return reply::notice(
            "Unanswered questions",
            "None recorded yet. Questions the story cannot answer, close calls and 👎 answers show up here.",
        );
    }
    let lines: Vec<String> = report
        .groups
        .iter()
        .map(|g| {
            let mut line = format!(
                "• **{}×** {} — {}; last {}",
                g.count,
                reply::escape_markdown(&reply::truncate(&g.question, 200)),
                g.reasons_text(),
                g.last_seen.format("%Y-%m-%d %H:%M UTC"),
            );
            if !g.facts.is_empty() {
                let facts: Vec<String> = g.facts.iter().map(|f| format!("`{f}`")).collect();
                line.push_str(&format!("; answered with {}", facts.join(", ")));
            }
            line
        })
        .collect();
    let mut body = String::new();
    for l in &lines {
        // Whole lines only: stop before the description would be cut.
        if body.chars().count() + l.chars().count() + 1 > reply::MAX_EMBED_DESCRIPTION - 100 {
            body.push_str("\n…");
            break;
        }
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(l);
    }
    let mut footer = format!("{} entries", report.entries);
    if report.skipped > 0 {
        footer.push_str(&format!(", {} unreadable line(s) skipped", report.skipped));
    }
    reply::notice("Unanswered questions", &body).footer_text(&footer)
}

/// Reload the knowledge from disk (a broken file changes nothing)
#[poise::command(slash_command)]
pub async fn reload(ctx: Context<'_>) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let by = who(ctx);
    let result = blocking(ctx, move |store| store.reload(&by)).await?;
    let r = match result {
        Ok(diff) => reply::notice("Knowledge reloaded", &diff.to_string()),
        Err(e) => failure(ctx, "Reload failed", &e),
    };
    crate::discord::send(ctx, r, true).await?;
    Ok(())
}

/// Replace the knowledge file with an uploaded one (validated first, the old one backed up)
#[poise::command(slash_command)]
pub async fn upload(
    ctx: Context<'_>,
    #[description = "The new knowledge file (.toml)"] file: serenity::Attachment,
) -> Result<(), Error> {
    if file.size as usize > MAX_UPLOAD_BYTES {
        let e = StoreError::TooLarge {
            size: file.size as usize,
            limit: MAX_UPLOAD_BYTES,
        };
        crate::discord::send(ctx, failure(ctx, "Upload refused", &e), true).await?;
        return Ok(());
    }
    ctx.defer_ephemeral().await?;
    let bytes = match tokio::time::timeout(DOWNLOAD_TIMEOUT, file.download()).await {
        Ok(bytes) => bytes?,
        Err(_) => {
            let r = reply::notice(
                "Upload failed",
                "The file could not be downloaded in time. Nothing changed.",
            );
            crate::discord::send(ctx, r, true).await?;
            return Ok(());
        }
    };
    let by = who(ctx);
    let name = file.filename.clone();
    let result = blocking(ctx, move |store| store.upload(&bytes, Some(&name), &by)).await?;
    let r = match result {
        Ok(w) => written("Knowledge uploaded", &w),
        Err(e) => failure(ctx, "Upload refused", &e),
    };
    crate::discord::send(ctx, r, true).await?;
    Ok(())
}

/// Restore the newest backup (the current file is backed up first)
#[poise::command(slash_command)]
pub async fn rollback(ctx: Context<'_>) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let by = who(ctx);
    let result = blocking(ctx, move |store| store.rollback(&by)).await?;
    let r = match result {
        Ok(w) => written("Knowledge rolled back", &w),
        Err(e) => failure(ctx, "Rollback failed", &e),
    };
    crate::discord::send(ctx, r, true).await?;
    Ok(())
}

/// Who did it, for the status line and the log.
fn who(ctx: Context<'_>) -> String {
    format!("{} ({})", ctx.author().name, ctx.author().id)
}

/// Runs blocking store work on the blocking pool.
async fn blocking<T: Send + 'static>(
    ctx: Context<'_>,
    f: impl FnOnce(&Store) -> T + Send + 'static,
) -> Result<T, Error> {
    let store: Arc<Store> = ctx.data().store.clone();
    Ok(tokio::task::spawn_blocking(move || f(&store)).await?)
}

fn written(title: &str, w: &Written) -> Reply {
    let mut body = w.diff.to_string();
    if let Some(r) = &w.restored {
        body.push_str(&format!("\nRestored: {}", r.display()));
    }
    if let Some(b) = &w.backup {
        body.push_str(&format!("\nPrevious file saved as: {}", b.display()));
    }
    reply::notice(title, &body)
}

fn failure(ctx: Context<'_>, title: &str, e: &StoreError) -> Reply {
    let version = ctx.data().store.snapshot().version().to_string();
    tracing::warn!(error = %e, "{title}");
    let body = match e {
        StoreError::Invalid(le) => {
            let list: Vec<String> = le.0.iter().map(|p| format!("• {p}")).collect();
            format!("{} problem(s):\n{}", le.0.len(), list.join("\n"))
        }
        other => other.to_string(),
    };
    reply::notice(
        title,
        &format!("Nothing changed: version `{version}` is still in use.\n\n{body}"),
    )
}
