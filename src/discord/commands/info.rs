//! `/sources`, `/timeline` and `/help`.

use crate::discord::reply::{self, Reply};
use crate::discord::{Context, Error};

/// The articles the bot knows
#[poise::command(slash_command)]
pub async fn sources(ctx: Context<'_>) -> Result<(), Error> {
    let snap = ctx.data().store.snapshot();
    crate::discord::send(ctx, reply::sources(&snap.knowledge), false).await?;
    Ok(())
}

/// The story's dated events, oldest first
#[poise::command(slash_command)]
pub async fn timeline(ctx: Context<'_>) -> Result<(), Error> {
    let snap = ctx.data().store.snapshot();
    crate::discord::send(ctx, reply::timeline(&snap.knowledge), false).await?;
    Ok(())
}

/// The text of `/help`.
pub const HELP: &str = "I answer questions about the news story, with the quote and the source.\n\
• `/ask question:` — ask anything about the story\n\
• `/who name:` — who someone is and what they said or did\n\
• `/sources` — the articles I know\n\
• `/timeline` — what happened when\n\
• Mention me with a question in a channel, or send me a direct message.\n\
• 👍/👎 under an answer: tell the moderators whether it helped.\n\
Moderators: `/knowledge status|reload|upload|rollback|gaps`.";

/// How to use the bot
#[poise::command(slash_command)]
pub async fn help(ctx: Context<'_>) -> Result<(), Error> {
    crate::discord::send(ctx, Reply::text(HELP), true).await?;
    Ok(())
}
