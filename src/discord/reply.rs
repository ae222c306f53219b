//! Engine results as Discord messages: embeds, "did you mean" buttons, 👍/👎
//! buttons under answers, and conversion to the three ways a reply goes out (slash reply, message
//! reply, component response).
//!
//! The wording comes from [`crate::render`]; this module only lays it out
//! for Discord and keeps within Discord's limits. Invariant: every message
//! built here has `allowed_mentions` set to nothing, so no reply can ping,
//! whatever text a user put in the question.

use poise::serenity_prelude as serenity;
use serenity::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateButton, CreateEmbed,
    CreateEmbedFooter, CreateInteractionResponseMessage, CreateMessage, Message,
};

use crate::engine::{Answer, Person};
use crate::knowledge::Knowledge;
use crate::render;

/// Discord's limits (characters).
pub const MAX_CONTENT: usize = 2000;
pub const MAX_EMBED_DESCRIPTION: usize = 4096;
pub const MAX_FIELD_NAME: usize = 256;
pub const MAX_FIELD_VALUE: usize = 1024;
pub const MAX_TITLE: usize = 256;
pub const MAX_FOOTER: usize = 2048;
pub const MAX_BUTTON_LABEL: usize = 80;
pub const MAX_CUSTOM_ID: usize = 100;
/// At most this many fields on a card; Discord allows 25, a card reads
/// better short, and the engine gives at most six facts.
const MAX_FIELDS: usize = 10;

/// The accent colour of the bot's embeds.
const COLOUR: u32 = 0x2b6cb0;

/// Custom-id prefixes of the buttons: the rest of the id is the text to ask.
pub const ASK_PREFIX: &str = "sb:ask:";
pub const WHO_PREFIX: &str = "sb:who:";
/// Custom-id prefixes of the vote buttons: the rest is the id of the fact
/// the answer gave. The question is not carried (it can be 1000 characters,
/// the id holds 100): it is the answer embed's title, which Discord sends
/// back with the click.
pub const VOTE_UP_PREFIX: &str = "sb:up:";
pub const VOTE_DOWN_PREFIX: &str = "sb:down:";

/// A reply, independent of how it is sent.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    pub content: Option<String>,
    pub embed: Option<CreateEmbed>,
    pub buttons: Vec<CreateButton>,
}

/// Mentions: none at all, not even the user replied to.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new().replied_user(false)
}

/// Cuts `s` to at most `max` characters, ending with "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Cuts `s` to at most `max` bytes on a character boundary.
fn truncate_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

impl Reply {
    pub fn text(s: impl AsRef<str>) -> Self {
        Reply {
            content: Some(truncate(s.as_ref(), MAX_CONTENT)),
            ..Default::default()
        }
    }

    fn rows(&self) -> Vec<CreateActionRow> {
        if self.buttons.is_empty() {
            Vec::new()
        } else {
            // A row holds five buttons; suggestions are at most three.
            self.buttons
                .chunks(5)
                .map(|c| CreateActionRow::Buttons(c.to_vec()))
                .collect()
        }
    }

    /// As a slash-command reply.
    pub fn into_poise(self, ephemeral: bool) -> poise::CreateReply {
        let rows = self.rows();
        let mut r = poise::CreateReply::default()
            .ephemeral(ephemeral)
            .allowed_mentions(no_mentions())
            .components(rows);
        if let Some(c) = self.content {
            r = r.content(c);
        }
        if let Some(e) = self.embed {
            r = r.embed(e);
        }
        r
    }

    /// As a reply to a message (a `message_reference` to it).
    pub fn into_message(self, to: &Message) -> CreateMessage {
        let rows = self.rows();
        let mut m = CreateMessage::new()
            .reference_message(to)
            .allowed_mentions(no_mentions())
            .components(rows);
        if let Some(c) = self.content {
            m = m.content(c);
        }
        if let Some(e) = self.embed {
            m = m.embed(e);
        }
        m
    }

    /// As the response to a button click.
    pub fn into_response(self, ephemeral: bool) -> CreateInteractionResponseMessage {
        let rows = self.rows();
        let mut m = CreateInteractionResponseMessage::new()
            .ephemeral(ephemeral)
            .allowed_mentions(no_mentions())
            .components(rows);
        if let Some(c) = self.content {
            m = m.content(c);
        }
        if let Some(e) = self.embed {
            m = m.embed(e);
        }
        m
    }
}

/// A button whose custom id carries `text` after `prefix` (cut to fit);
/// see [`resolve_suggestion`] for the way back.
fn button(prefix: &str, text: &str) -> CreateButton {
    let id = format!(
        "{prefix}{}",
        truncate_bytes(text, MAX_CUSTOM_ID - prefix.len())
    );
    CreateButton::new(id)
        .label(truncate(text, MAX_BUTTON_LABEL))
        .style(ButtonStyle::Secondary)
}

/// The 👍 and 👎 buttons for an answer that gave `fact`; none when the id
/// would not fit in a custom id (fact ids are short slugs in practice).
fn vote_buttons(fact: &str) -> Vec<CreateButton> {
    if VOTE_DOWN_PREFIX.len() + fact.len() > MAX_CUSTOM_ID {
        return Vec::new();
    }
    [(VOTE_UP_PREFIX, '👍'), (VOTE_DOWN_PREFIX, '👎')]
        .into_iter()
        .map(|(prefix, emoji)| {
            CreateButton::new(format!("{prefix}{fact}"))
                .emoji(emoji)
                .style(ButtonStyle::Secondary)
        })
        .collect()
}

/// A vote button's custom id: (thumbs up, fact id).
///
/// ```
/// use storybot::discord::reply::parse_vote;
/// assert_eq!(parse_vote("sb:up:offer-terms"), Some((true, "offer-terms")));
/// assert_eq!(parse_vote("sb:down:offer-terms"), Some((false, "offer-terms")));
/// assert_eq!(parse_vote("sb:down:"), None);
/// assert_eq!(parse_vote("sb:ask:who?"), None);
/// ```
pub fn parse_vote(custom_id: &str) -> Option<(bool, &str)> {
    let (up, fact) = if let Some(f) = custom_id.strip_prefix(VOTE_UP_PREFIX) {
        (true, f)
    } else {
        (false, custom_id.strip_prefix(VOTE_DOWN_PREFIX)?)
    };
    (!fact.is_empty()).then_some((up, fact))
}

/// The question an answer message answers: its embed's title.
pub fn question_of(msg: &Message) -> Option<&str> {
    msg.embeds
        .first()
        .and_then(|e| e.title.as_deref())
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// Escapes Discord markdown, so user text (a question in a list) shows as
/// written: no bold, no masked links, no code blocks.
///
/// ```
/// use storybot::discord::reply::escape_markdown;
/// assert_eq!(escape_markdown("[free](http://x) *hi*"), "\\[free\\](http://x) \\*hi\\*");
/// assert_eq!(escape_markdown(""), "");
/// ```
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '[' | ']' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The full suggestion a button's text stands for. A long suggestion is cut
/// to fit in the custom id; the full text is then found among the current
/// knowledge's suggested questions and names by its prefix.
pub fn resolve_suggestion(k: &Knowledge, text: &str) -> String {
    let candidates = k
        .facts
        .iter()
        .filter_map(|f| f.question.clone())
        .chain(k.entities.iter().map(|e| e.question()))
        .chain(k.entities.iter().map(|e| e.name.clone()));
    let mut found = None;
    for c in candidates {
        if c == text {
            return c;
        }
        if found.is_none() && c.starts_with(text) {
            found = Some(c);
        }
    }
    found.unwrap_or_else(|| text.to_string())
}

fn embed() -> CreateEmbed {
    CreateEmbed::new().colour(COLOUR)
}

/// An answer: an embed titled with the question, with the answer, the
/// verbatim quote, the source in the footer and 👍/👎 buttons; or, when the
/// story does not say, a short text with the suggestions as buttons.
pub fn answer(a: &Answer) -> Reply {
    let Some(best) = a.hits.first() else {
        let mut text = render::unanswered_text(a);
        if !a.suggestions.is_empty() {
            text.push_str(" Did you mean:");
        }
        return Reply {
            content: Some(truncate(&text, MAX_CONTENT)),
            embed: None,
            buttons: a
                .suggestions
                .iter()
                .map(|s| button(ASK_PREFIX, s))
                .collect(),
        };
    };
    let desc = render::body(a, best);
    let mut e = embed()
        .description(truncate(&desc, MAX_EMBED_DESCRIPTION))
        .footer(CreateEmbedFooter::new(truncate(
            &format!("Source: {}", render::cite(&best.source)),
            MAX_FOOTER,
        )));
    if !a.question.is_empty() {
        e = e.title(truncate(&a.question, MAX_TITLE));
    }
    let others: Vec<String> = a
        .hits
        .iter()
        .skip(1)
        .map(|h| format!("• {} ({})", h.answer, render::cite(&h.source)))
        .collect();
    if !others.is_empty() {
        e = e.field("Also", truncate(&others.join("\n"), MAX_FIELD_VALUE), false);
    }
    Reply {
        content: None,
        embed: Some(e),
        buttons: vote_buttons(&best.fact),
    }
}

/// A person card: name, role, and what they said or did with quotes and
/// sources; or a short text with name suggestions as buttons.
pub fn person(p: &Person) -> Reply {
    let Some(c) = &p.found else {
        return Reply {
            content: Some(truncate(&render::person_text(p), MAX_CONTENT)),
            embed: None,
            buttons: p
                .suggestions
                .iter()
                .map(|s| button(WHO_PREFIX, s))
                .collect(),
        };
    };
    let mut e = embed().title(truncate(&c.name, MAX_TITLE));
    if let Some(r) = &c.role {
        e = e.description(truncate(r, MAX_EMBED_DESCRIPTION));
    }
    for h in c.facts.iter().take(MAX_FIELDS) {
        let mut value = String::new();
        if let Some(q) = &h.quote {
            value.push_str(&render::quoted(q));
            value.push('\n');
        }
        value.push_str("— ");
        value.push_str(&render::cite(&h.source));
        e = e.field(
            truncate(&h.answer, MAX_FIELD_NAME),
            truncate(&value, MAX_FIELD_VALUE),
            false,
        );
    }
    Reply {
        content: None,
        embed: Some(e),
        buttons: Vec::new(),
    }
}

/// The list of source articles.
/// `/timeline`: the story's dated events, oldest first, each with its source.
pub fn timeline(k: &Knowledge) -> Reply {
    let lines: Vec<String> = crate::knowledge::build::timeline::timeline(k)
        .iter()
        .map(|e| {
            format!(
                "• **{}** — {} _({})_",
                e.date.human(),
                e.answer,
                e.source_title
            )
        })
        .collect();
    let desc = if lines.is_empty() {
        "The story has no dated events.".to_string()
    } else {
        lines.join("\n")
    };
    Reply {
        content: None,
        embed: Some(
            embed()
                .title("Timeline")
                .description(truncate(&desc, MAX_EMBED_DESCRIPTION)),
        ),
        buttons: Vec::new(),
    }
}

pub fn sources(k: &Knowledge) -> Reply {
    let lines: Vec<String> = k
        .sources
        .iter()
        .map(|s| {
            let mut line = format!("• **{}** — {}", s.title, s.date.human());
            if let Some(o) = &s.outlet {
                line.push_str(&format!(" ({o})"));
            }
            line
        })
        .collect();
    let desc = if lines.is_empty() {
        "No sources loaded.".to_string()
    } else {
        lines.join("\n")
    };
    Reply {
        content: None,
        embed: Some(
            embed()
                .title("Sources")
                .description(truncate(&desc, MAX_EMBED_DESCRIPTION))
                .footer(CreateEmbedFooter::new(format!(
                    "{} facts · knowledge version {}",
                    k.facts.len(),
                    k.version
                ))),
        ),
        buttons: Vec::new(),
    }
}

impl Reply {
    /// Sets the embed's footer (cut to fit); no-op without an embed.
    pub fn footer_text(mut self, text: &str) -> Self {
        if let Some(e) = self.embed.take() {
            self.embed = Some(e.footer(CreateEmbedFooter::new(truncate(text, MAX_FOOTER))));
        }
        self
    }
}

/// An ephemeral-style notice in an embed (errors, status), cut to fit.
pub fn notice(title: &str, body: &str) -> Reply {
    Reply {
        content: None,
        embed: Some(
            embed()
                .title(truncate(title, MAX_TITLE))
                .description(truncate(body, MAX_EMBED_DESCRIPTION)),
        ),
        buttons: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_counts_characters() {
        assert_eq!(truncate("", 3), "");
        assert_eq!(truncate("abc", 3), "abc");
        assert_eq!(truncate("abcd", 3), "ab…");
        assert_eq!(truncate("ééé", 2), "é…");
    }

    #[test]
    fn truncate_bytes_keeps_char_boundaries() {
        assert_eq!(truncate_bytes("aé", 2), "a");
        assert_eq!(truncate_bytes("abc", 10), "abc");
    }

    #[test]
    fn button_ids_fit() {
        let long = "é".repeat(200);
        let b = serde_json::to_value(button(ASK_PREFIX, &long)).unwrap();
        let id = b["custom_id"].as_str().unwrap();
        assert!(id.len() <= MAX_CUSTOM_ID && id.starts_with(ASK_PREFIX));
        assert!(b["label"].as_str().unwrap().chars().count() <= MAX_BUTTON_LABEL);
    }

    #[test]
    fn vote_buttons_round_trip_and_fit() {
        let b = vote_buttons("offer-terms");
        let ids: Vec<String> = b
            .iter()
            .map(|b| {
                serde_json::to_value(b).unwrap()["custom_id"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(ids, ["sb:up:offer-terms", "sb:down:offer-terms"]);
        assert_eq!(parse_vote(&ids[1]), Some((false, "offer-terms")));
        assert!(vote_buttons(&"x".repeat(95)).is_empty());
        assert!(!vote_buttons(&"x".repeat(92)).is_empty());
    }

    #[test]
    fn every_reply_form_disables_mentions() {
        let r = Reply::text("@everyone hi");
        let v = serde_json::to_value(r.clone().into_response(false)).unwrap();
        assert_eq!(v["allowed_mentions"]["parse"], serde_json::json!([]));
        assert_eq!(v["allowed_mentions"]["replied_user"], false);
    }
}
