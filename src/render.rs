//! Rendering engine results: the one place that turns an [`Answer`] or a
//! [`Person`] into text a person reads and into the JSON contract that
//! evaluation tools read. Every front end (CLI, console, Discord) uses these.

use serde::Serialize;

use crate::engine::normalize::MAX_QUESTION_CHARS;
use crate::engine::{Answer, Hit, Person, SourceRef, Unanswered};

/// What to say when the story does not answer.
pub const NOT_IN_STORY: &str = "The story doesn't say.";

/// How a source is cited: "Title (2022-08-03), paragraph 2".
pub fn cite(s: &SourceRef) -> String {
    match s.paragraph {
        Some(p) => format!("{} ({}), paragraph {p}", s.title, s.date),
        None => format!("{} ({})", s.title, s.date),
    }
}

/// Text on one line, runs of white space as one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The quote as shown: in typographic quotation marks, on one line; a
/// quotation that is all in marks already keeps its own (not “"…"”).
///
/// ```
/// use storybot::render::quoted;
/// assert_eq!(quoted("Prices  rose."), "“Prices rose.”");
/// assert_eq!(quoted("\"But not yet.\""), "“But not yet.”");
/// assert_eq!(quoted("\"No,\" he said."), "“\"No,\" he said.”");
/// ```
pub fn quoted(q: &str) -> String {
    let flat = one_line(q);
    let inner = flat
        .strip_prefix(['"', '“'])
        .and_then(|s| s.strip_suffix(['"', '”']))
        .filter(|s| !s.contains(['"', '“', '”']));
    format!("“{}”", inner.unwrap_or(&flat))
}

/// The lead line of an answer, with "As of DATE" when the engine set it.
pub fn lead(a: &Answer, h: &Hit) -> String {
    match a.as_of {
        Some(d) => format!("As of {}: {}", d.human(), h.answer),
        None => h.answer.clone(),
    }
}

/// Whether the quote only repeats the answer: a drafted sentence's answer
/// is the sentence itself (perhaps without its dateline), so the reply
/// shows it once, as the quote.
pub fn repeats(h: &Hit) -> bool {
    let Some(q) = &h.quote else { return false };
    let answer = one_line(&h.answer);
    let answer = answer.trim_end_matches('.');
    !answer.is_empty() && one_line(q).contains(answer)
}

/// The answer above its source: the lead line, then the verbatim quote;
/// the quote alone when it [`repeats`] the answer.
pub fn body(a: &Answer, h: &Hit) -> String {
    match &h.quote {
        Some(q) if repeats(h) => match a.as_of {
            Some(d) => format!("As of {}:\n> {}", d.human(), quoted(q)),
            None => format!("> {}", quoted(q)),
        },
        Some(q) => format!("{}\n> {}", lead(a, h), quoted(q)),
        None => lead(a, h),
    }
}

/// The short message for an unanswered question.
pub fn unanswered_text(a: &Answer) -> String {
    match a.unanswered {
        Some(Unanswered::Empty) => {
            "Ask me a question about the story, for example: \"Who was offered in the swap?\""
                .into()
        }
        Some(Unanswered::TooLong(n)) => format!(
            "That question is too long ({n} characters; the limit is {MAX_QUESTION_CHARS}). Please ask something shorter."
        ),
        _ => match &a.not_yet {
            Some(h) => format!(
                "The story doesn't say yet. It reports:\n> {}\n— {}",
                quoted(h.quote.as_deref().unwrap_or(&h.answer)),
                cite(&h.source)
            ),
            None => NOT_IN_STORY.into(),
        },
    }
}

/// An answer as plain text, the way the bot posts it.
pub fn answer_text(a: &Answer) -> String {
    let Some(best) = a.hits.first() else {
        let mut s = unanswered_text(a);
        if !a.suggestions.is_empty() {
            s.push_str("\nDid you mean:");
            for q in &a.suggestions {
                s.push_str("\n  • ");
                s.push_str(q);
            }
        }
        return s;
    };
    let mut s = body(a, best);
    s.push_str("\n— ");
    s.push_str(&cite(&best.source));
    let others: Vec<&Hit> = a.hits.iter().skip(1).collect();
    if !others.is_empty() {
        s.push_str("\nAlso:");
        for h in others {
            s.push_str(&format!("\n  • {} ({})", h.answer, cite(&h.source)));
        }
    }
    s
}

/// A person card as plain text.
pub fn person_text(p: &Person) -> String {
    let Some(c) = &p.found else {
        let mut s = if p.query.is_empty() {
            "Give me a name from the story, for example: Kirby.".to_string()
        } else {
            format!("\"{}\" is not in the story.", p.query)
        };
        if !p.suggestions.is_empty() {
            s.push_str(" Did you mean: ");
            s.push_str(&p.suggestions.join(", "));
            s.push('?');
        }
        return s;
    };
    let mut s = match &c.role {
        Some(r) => format!("{} — {}", c.name, r),
        None => c.name.clone(),
    };
    for h in &c.facts {
        match &h.quote {
            Some(q) if repeats(h) => s.push_str(&format!("\n  • {}", quoted(q))),
            Some(q) => s.push_str(&format!("\n  • {}\n    > {}", h.answer, quoted(q))),
            None => s.push_str(&format!("\n  • {}", h.answer)),
        }
        s.push_str(&format!("\n    — {}", cite(&h.source)));
    }
    s
}

#[derive(Serialize)]
struct JsonSource<'a> {
    id: &'a str,
    title: &'a str,
    date: String,
    paragraph: Option<u32>,
}

#[derive(Serialize)]
struct JsonHit<'a> {
    fact: &'a str,
    answer: &'a str,
    quote: Option<&'a str>,
    source: JsonSource<'a>,
    score: f32,
}

#[derive(Serialize)]
struct JsonAnswer<'a> {
    question: &'a str,
    answered: bool,
    reply: String,
    answers: Vec<JsonHit<'a>>,
    suggestions: &'a [String],
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    id: &'a str,
    name: &'a str,
    role: Option<&'a str>,
    aliases: &'a [String],
}

#[derive(Serialize)]
struct JsonPerson<'a> {
    query: &'a str,
    found: bool,
    entity: Option<JsonEntity<'a>>,
    reply: String,
    suggestions: &'a [String],
}

/// The `ask --json` line: `{"question","answered","reply","answers","suggestions"}`.
pub fn answer_json(a: &Answer) -> String {
    let j = JsonAnswer {
        question: &a.question,
        answered: a.answered(),
        reply: answer_text(a),
        answers: a
            .hits
            .iter()
            .map(|h| JsonHit {
                fact: &h.fact,
                answer: &h.answer,
                quote: h.quote.as_deref(),
                source: JsonSource {
                    id: &h.source.id,
                    title: &h.source.title,
                    date: h.source.date.to_string(),
                    paragraph: h.source.paragraph,
                },
                score: h.score,
            })
            .collect(),
        suggestions: &a.suggestions,
    };
    // Serialising plain strings and numbers cannot fail.
    serde_json::to_string(&j).unwrap_or_default()
}

/// The `who --json` line: `{"query","found","entity","reply","suggestions"}`.
pub fn person_json(p: &Person) -> String {
    let j = JsonPerson {
        query: &p.query,
        found: p.found.is_some(),
        entity: p.found.as_ref().map(|c| JsonEntity {
            id: &c.id,
            name: &c.name,
            role: c.role.as_deref(),
            aliases: &c.aliases,
        }),
        reply: person_text(p),
        suggestions: &p.suggestions,
    };
    serde_json::to_string(&j).unwrap_or_default()
}
