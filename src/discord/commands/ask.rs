//! `/ask question:` — the answer with its quote and source, or "did you
//! mean" buttons when the story does not say.

use crate::discord::checks::may_ask_now;
use crate::discord::events::question_text;
use crate::discord::reply::{self, Reply};
use crate::discord::{Context, Data, Error};
use crate::engine;
use crate::gaps::Gap;
use poise::serenity_prelude::ChannelId;

/// Ask a question about the story
///
/// Answers come with the verbatim quote that supports them and the article,
/// date and paragraph they come from.
#[poise::command(slash_command)]
pub async fn ask(
    ctx: Context<'_>,
    #[description = "Your question about the story"]
    #[max_length = 1000]
    question: String,
) -> Result<(), Error> {
    if !may_ask_now(ctx).await? {
        return Ok(());
    }
    let channel = ctx.guild_id().map(|_| ctx.channel_id());
    crate::discord::send(ctx, answer(ctx.data(), &question, channel), false).await?;
    Ok(())
}

/// The reply to a question, from the current snapshot. Mention syntax is
/// dropped first (see [`question_text`]). An unanswered or low-confidence
/// question is handed to the gaps log with `channel` — a guild channel, or
/// `None` in a DM, whose channel would identify the person.
pub fn answer(data: &Data, question: &str, channel: Option<ChannelId>) -> Reply {
    let question = &question_text(question);
    let snap = data.store.snapshot();
    let a = engine::answer(&snap, question);
    tracing::debug!(
        answered = a.answered(),
        version = snap.version(),
        "question answered"
    );
    if let Some(g) = Gap::from_answer(&a, channel.map(ChannelId::get), chrono::Utc::now()) {
        data.recorder.gap(g);
    }
    reply::answer(&a)
}
