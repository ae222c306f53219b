//! Gateway events other than slash commands (which poise routes): one
//! function per event.
//!
//! - A message that mentions the bot, any direct message, and any message in
//!   an answer channel is a question, answered as a reply to it. Discord
//!   sends the content of mentions and DMs without the privileged
//!   MESSAGE_CONTENT intent; answer channels need it.
//! - A click on a "did you mean" button answers the suggestion.
//! - A click on 👍/👎 under an answer counts a vote for its fact (one per
//!   person per message); a 👎 also puts the question in the gaps log.

use std::time::Instant;

use poise::serenity_prelude as serenity;
use serenity::{
    ComponentInteraction, CreateInteractionResponse, FullEvent, Interaction, Message, UserId,
};

use super::checks::{Cooldown, cooldown_note};
use super::commands::{ask, who};
use super::reply::{self, ASK_PREFIX, Reply, WHO_PREFIX};
use super::{Data, Error};
use crate::gaps::feedback::{Cast, Direction, Vote};
use crate::gaps::{Gap, Reason};

/// Routes one event to its handler.
pub async fn handle(
    fw: poise::FrameworkContext<'_, Data, Error>,
    event: &FullEvent,
) -> Result<(), Error> {
    let ctx = fw.serenity_context;
    let data = fw.user_data;
    match event {
        FullEvent::Ready { data_about_bot } => {
            tracing::info!(
                user = %data_about_bot.user.name,
                shard = ?data_about_bot.shard,
                "connected to Discord"
            );
            Ok(())
        }
        FullEvent::Resume { .. } => {
            tracing::info!("gateway session resumed");
            Ok(())
        }
        FullEvent::Message { new_message } => on_message(ctx, data, fw.bot_id(), new_message).await,
        FullEvent::InteractionCreate {
            interaction: Interaction::Component(c),
        } => on_button(ctx, data, c).await,
        _ => Ok(()),
    }
}

/// Why a message is a question, if it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Mention,
    DirectMessage,
    AnswerChannel,
}

/// Decides whether a message is a question for the bot.
pub fn trigger(msg: &Message, bot: UserId, data: &Data) -> Option<Trigger> {
    if msg.author.bot || msg.author.id == bot || msg.webhook_id.is_some() {
        return None;
    }
    if msg.guild_id.is_none() {
        Some(Trigger::DirectMessage)
    } else if msg.mentions.iter().any(|u| u.id == bot) {
        Some(Trigger::Mention)
    } else if data.answer_channels.contains(&msg.channel_id) {
        Some(Trigger::AnswerChannel)
    } else {
        None
    }
}

/// The question in a message: its text without Discord mention syntax
/// (`<@id>`, `<@!id>`, `<@&role>`, `<#channel>`, `@everyone`, `@here`),
/// which is addressing, not part of the question.
///
/// ```
/// use storybot::discord::events::question_text;
/// assert_eq!(question_text("<@42> who is Kirby?"), "who is Kirby?");
/// assert_eq!(question_text("hey <@!42>,  what happened @everyone"), "hey , what happened");
/// assert_eq!(question_text("<@43> <#9> <@&7> @here hi"), "hi");
/// assert_eq!(question_text("mail me@everyone.org <@x>"), "mail me@everyone.org <@x>");
/// assert_eq!(question_text(""), "");
/// ```
pub fn question_text(content: &str) -> String {
    content
        .split_whitespace()
        .map(strip_mentions)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One whitespace-separated word without the mentions it holds.
fn strip_mentions(word: &str) -> String {
    let mut out = String::new();
    let mut rest = word;
    while !rest.is_empty() {
        if let Some(r) = rest
            .strip_prefix("@everyone")
            .or_else(|| rest.strip_prefix("@here"))
            && out.is_empty()
        {
            rest = r;
            continue;
        }
        if rest.starts_with('<')
            && let Some(end) = rest.find('>')
        {
            let inner = &rest[1..end];
            let id = inner
                .strip_prefix("@!")
                .or_else(|| inner.strip_prefix("@&"))
                .or_else(|| inner.strip_prefix('@'))
                .or_else(|| inner.strip_prefix('#'));
            if id.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())) {
                rest = &rest[end + 1..];
                continue;
            }
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
}

async fn on_message(
    ctx: &serenity::Context,
    data: &Data,
    bot: UserId,
    msg: &Message,
) -> Result<(), Error> {
    let Some(why) = trigger(msg, bot, data) else {
        return Ok(());
    };
    let question = question_text(&msg.content);
    if why == Trigger::AnswerChannel && question.is_empty() {
        return Ok(()); // an image or a sticker: nothing to answer
    }
    let channel = msg.guild_id.map(|_| msg.channel_id);
    let r = match data.cooldowns.check(msg.author.id, Instant::now()) {
        Cooldown::Ready => ask::answer(data, &question, channel),
        Cooldown::Wait { left, first: true } => Reply::text(cooldown_note(left)),
        Cooldown::Wait { first: false, .. } => return Ok(()),
    };
    tracing::debug!(?why, channel = %msg.channel_id, "answering a message");
    super::with_retry("message reply", || {
        msg.channel_id
            .send_message(&ctx.http, r.clone().into_message(msg))
    })
    .await?;
    Ok(())
}

async fn on_button(
    ctx: &serenity::Context,
    data: &Data,
    c: &ComponentInteraction,
) -> Result<(), Error> {
    let id = c.data.custom_id.as_str();
    if let Some((up, fact)) = reply::parse_vote(id) {
        return on_vote(ctx, data, c, up, fact).await;
    }
    let channel = c.guild_id.map(|_| c.channel_id);
    let (is_ask, text) = if let Some(t) = id.strip_prefix(ASK_PREFIX) {
        (true, t)
    } else if let Some(t) = id.strip_prefix(WHO_PREFIX) {
        (false, t)
    } else {
        return Ok(()); // not ours
    };
    let r = match data.cooldowns.check(c.user.id, Instant::now()) {
        Cooldown::Wait { left, .. } => {
            let r = Reply::text(cooldown_note(left));
            respond(ctx, c, r, true).await?;
            return Ok(());
        }
        Cooldown::Ready => {
            let full = reply::resolve_suggestion(&data.store.snapshot().knowledge, text);
            let mut r = if is_ask {
                ask::answer(data, &full, channel)
            } else {
                who::card(data, &full)
            };
            // Say which suggestion this answers (the button's message stays
            // above), unless the embed's title already does.
            let titled = r.embed.is_some() && is_ask;
            if !titled {
                let asked = reply::truncate(&format!("**{}**", reply::escape_markdown(&full)), 300);
                r.content = Some(match r.content {
                    Some(c) => reply::truncate(&format!("{asked}\n{c}"), reply::MAX_CONTENT),
                    None => asked,
                });
            }
            r
        }
    };
    respond(ctx, c, r, false).await?;
    Ok(())
}

/// A 👍/👎 click: counted once per person per message (in memory; only the
/// vote, its fact and channel are written), acknowledged privately. A 👎
/// adds the question (the answer embed's title) to the gaps log.
async fn on_vote(
    ctx: &serenity::Context,
    data: &Data,
    c: &ComponentInteraction,
    up: bool,
    fact: &str,
) -> Result<(), Error> {
    let known = data
        .store
        .snapshot()
        .knowledge
        .facts
        .iter()
        .any(|f| f.id == fact);
    let direction = if up { Direction::Up } else { Direction::Down };
    let text = if !known {
        // The knowledge changed since the answer; nothing to count it for.
        tracing::debug!(fact, "vote on a fact no longer in the knowledge");
        "Thanks for the feedback!"
    } else {
        match data
            .votes
            .cast(c.message.id.get(), c.user.id.get(), fact, direction)
        {
            Cast::Already => "You already rated this answer. Thanks!",
            Cast::Counted => {
                let now = chrono::Utc::now();
                let channel = c.guild_id.map(|_| c.channel_id.get());
                data.recorder.vote(Vote::new(fact, up, channel, now));
                if !up {
                    match reply::question_of(&c.message) {
                        Some(q) => data.recorder.gap(Gap::new(
                            q,
                            channel,
                            Reason::ThumbsDown,
                            Some(fact.to_string()),
                            now,
                        )),
                        None => tracing::debug!(fact, "👎 on a message without its question"),
                    }
                }
                "Thanks for the feedback!"
            }
        }
    };
    respond(ctx, c, Reply::text(text), true).await
}

async fn respond(
    ctx: &serenity::Context,
    c: &ComponentInteraction,
    r: Reply,
    ephemeral: bool,
) -> Result<(), Error> {
    super::with_retry("button response", || {
        c.create_response(
            &ctx.http,
            CreateInteractionResponse::Message(r.clone().into_response(ephemeral)),
        )
    })
    .await?;
    Ok(())
}
