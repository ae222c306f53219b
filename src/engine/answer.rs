//! What the engine returns: an [`Answer`] to a question, a [`Person`] card
//! for a name. Plain data, owned, with no Discord or terminal types; every
//! front end renders these through [`crate::render`].

use crate::knowledge::StoryDate;

use super::classify::QuestionKind;

/// Where a quote comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRef {
    pub id: String,
    pub title: String,
    pub date: StoryDate,
    pub paragraph: Option<u32>,
}

/// One fact that answers the question.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub fact: String,
    pub answer: String,
    pub quote: Option<String>,
    pub source: SourceRef,
    /// The date the fact refers to, when it has one.
    pub date: Option<StoryDate>,
    /// Ranking score; higher is better. Comparable within one answer only.
    pub score: f32,
}

/// Why a question was not answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unanswered {
    /// Nothing to ask: empty, or only punctuation.
    Empty,
    /// Longer than [`crate::engine::normalize::MAX_QUESTION_CHARS`].
    TooLong(usize),
    /// The story does not say.
    NotInStory,
}

/// The engine's reply to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub question: String,
    pub kind: QuestionKind,
    /// Best first; empty when the story does not say.
    pub hits: Vec<Hit>,
    /// Set when `hits` is empty.
    pub unanswered: Option<Unanswered>,
    /// Questions the story can answer that are close to this one.
    pub suggestions: Vec<String>,
    /// Top score minus the runner-up's: small means a close call.
    pub margin: f32,
    /// When the best hit is the newest of several dated facts on the same
    /// subject from different articles, the date it is current as of.
    pub as_of: Option<StoryDate>,
    /// Unanswered because the story says it is not known yet: the fact that
    /// says so ("The cause of the fire has not been determined.").
    pub not_yet: Option<Hit>,
}

/// An answer whose runner-up fact scored within this of the best is a
/// close call ([`Answer::low_confidence`]). Scores run about 3 to 7; on the
/// dev questions and the fact table's own questions (64 answered), 0.01
/// flags 7, mostly vague ones ("what did he say", "who was offered?",
/// "what did russia say about it") where the engine all but tossed a coin.
pub const LOW_CONFIDENCE_MARGIN: f32 = 0.01;

impl Answer {
    pub fn answered(&self) -> bool {
        !self.hits.is_empty()
    }

    /// Answered, but a close call: the runner-up scored within
    /// [`LOW_CONFIDENCE_MARGIN`] of the best ([`Answer::margin`]). The gaps
    /// log records these for curators; how the call is made may be refined
    /// here without touching its callers.
    pub fn low_confidence(&self) -> bool {
        self.answered() && self.margin < LOW_CONFIDENCE_MARGIN
    }
}

/// What the story says about one person or organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub query: String,
    pub found: Option<PersonCard>,
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PersonCard {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    /// What the story says they said or did, most relevant first.
    pub facts: Vec<Hit>,
}
