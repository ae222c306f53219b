//! The gaps log: questions the bot could not answer, answered with low
//! confidence, or whose answer got a 👎 — for curators deciding what the
//! knowledge should cover next. Also the 👍/👎 votes per fact
//! ([`feedback`]).
//!
//! - [`journal`]: the append-only JSON-lines file (one synced line per
//!   entry, a torn last line skipped on read, size-capped with rotation).
//! - [`group`](mod@group): near-duplicate questions grouped, most frequent first.
//! - [`feedback`]: votes on answers and their counts per fact.
//! - [`Recorder`]: one background thread that appends gaps and votes, so a
//!   reply never waits for the disk, and a failed write only logs a warning.
//!
//! Privacy invariant: an entry holds the question text, the time, the
//! channel id, why it was recorded and the fact given, and nothing that
//! identifies who asked: no user id, no name. [`Gap`] and
//! [`feedback::Vote`] have no field that could hold one.
//!
//! Only `storybot serve` records; `storybot ask` (the evaluation path) does
//! not.

pub mod feedback;
pub mod group;
pub mod journal;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::thread::JoinHandle;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::engine::Answer;
use crate::engine::normalize::MAX_QUESTION_CHARS;
use feedback::Vote;
pub use group::{Group, group};
pub use journal::{Entries, Journal, JournalError};

/// The gaps file's name in the default data folder.
pub const GAPS_FILE: &str = "gaps.jsonl";
/// The votes file's name; it lives beside the gaps file.
pub const FEEDBACK_FILE: &str = "feedback.jsonl";
/// The data folder used when no gaps file is configured: beside the
/// knowledge, or in the working directory when the knowledge is built in.
pub const DATA_DIR: &str = "storybot-data";
/// Entries waiting for the writer thread; past this, new ones are dropped
/// (with a warning) rather than slow down replies.
const QUEUE: usize = 1024;

/// Why a question is in the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The story does not say (the bot said so).
    Unanswered,
    /// Answered, but the runner-up fact scored nearly as well
    /// ([`Answer::low_confidence`]).
    LowConfidence,
    /// Answered, and the asker (or a reader) clicked 👎.
    ThumbsDown,
}

impl Reason {
    pub fn label(self) -> &'static str {
        match self {
            Reason::Unanswered => "unanswered",
            Reason::LowConfidence => "low confidence",
            Reason::ThumbsDown => "👎",
        }
    }
}

/// One entry of the gaps log. Deliberately no user field (see the module
/// docs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    pub question: String,
    /// When it was recorded, RFC 3339 in UTC.
    #[serde(with = "time")]
    pub time: DateTime<Utc>,
    /// The Discord channel it was asked in, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<u64>,
    pub reason: Reason,
    /// The fact given as the answer (low confidence, thumbs down).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
}

impl Gap {
    /// The entry for an engine answer, if it is one for the log: the story
    /// did not say, or said it with low confidence. Empty and over-long
    /// questions are not gaps in the knowledge.
    pub fn from_answer(a: &Answer, channel: Option<u64>, now: DateTime<Utc>) -> Option<Gap> {
        use crate::engine::Unanswered;
        let (reason, fact) = match (a.hits.first(), a.unanswered) {
            (None, Some(Unanswered::NotInStory)) => (Reason::Unanswered, None),
            (Some(h), _) if a.low_confidence() => (Reason::LowConfidence, Some(h.fact.clone())),
            _ => return None,
        };
        Some(Gap::new(&a.question, channel, reason, fact, now))
    }

    /// An entry; the question is cut to [`MAX_QUESTION_CHARS`].
    pub fn new(
        question: &str,
        channel: Option<u64>,
        reason: Reason,
        fact: Option<String>,
        now: DateTime<Utc>,
    ) -> Gap {
        Gap {
            question: question.trim().chars().take(MAX_QUESTION_CHARS).collect(),
            time: now,
            channel,
            reason,
            fact,
        }
    }
}

/// RFC 3339 UTC times (`2024-05-01T10:00:00Z`) for serde.
pub(crate) mod time {
    use chrono::{DateTime, SecondsFormat, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, true))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let s = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&s)
            .map(|t| t.with_timezone(&Utc))
            .map_err(serde::de::Error::custom)
    }
}

/// Where the gaps file is when none is configured: `storybot-data/gaps.jsonl`
/// beside the knowledge file or folder, or in the working directory when
/// the knowledge is built in.
///
/// ```
/// use std::path::Path;
/// use storybot::gaps::default_path;
/// assert_eq!(default_path(None), Path::new("storybot-data/gaps.jsonl"));
/// assert_eq!(default_path(Some(Path::new("knowledge"))), Path::new("storybot-data/gaps.jsonl"));
/// assert_eq!(default_path(Some(Path::new("/srv/bot/story.toml"))), Path::new("/srv/bot/storybot-data/gaps.jsonl"));
/// ```
pub fn default_path(knowledge: Option<&Path>) -> PathBuf {
    knowledge
        .and_then(Path::parent)
        .unwrap_or(Path::new(""))
        .join(DATA_DIR)
        .join(GAPS_FILE)
}

/// The votes file that goes with a gaps file: `feedback.jsonl` beside it.
pub fn feedback_path(gaps: &Path) -> PathBuf {
    gaps.with_file_name(FEEDBACK_FILE)
}

/// What `storybot gaps` and `/knowledge gaps` show.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub file: PathBuf,
    /// Entries read (current and rotated files).
    pub entries: usize,
    /// Unreadable lines skipped (a torn last line, garbage).
    pub skipped: usize,
    /// Most frequent first.
    pub groups: Vec<Group>,
}

/// Reads the gaps log at `path` (and its rotated files) and groups it.
/// Blocking; a missing file is an empty report.
pub fn report(path: &Path, limit: usize) -> Result<Report, JournalError> {
    let read: Entries<Gap> = journal::read(path)?;
    Ok(Report {
        file: path.to_path_buf(),
        entries: read.entries.len(),
        skipped: read.skipped,
        groups: group(&read.entries, limit),
    })
}

impl Report {
    /// One line per group: count, question, reasons, last seen.
    pub fn lines(&self) -> Vec<String> {
        self.groups
            .iter()
            .map(|g| {
                let mut line = format!(
                    "{}× {} — {}; last {}",
                    g.count,
                    g.question,
                    g.reasons_text(),
                    g.last_seen.format("%Y-%m-%d %H:%M UTC")
                );
                if g.variants > 1 {
                    line.push_str(&format!("; {} wordings", g.variants));
                }
                if !g.facts.is_empty() {
                    line.push_str(&format!("; facts: {}", g.facts.join(", ")));
                }
                line
            })
            .collect()
    }
}

/// Something to append, for the writer thread.
enum Record {
    Gap(Gap),
    Vote(Vote),
}

/// The writing side for `serve`: hands entries to one background thread
/// that owns both journals. Cheap to call from async code; never blocks and
/// never fails a reply (a full queue or a failed write is a warning in the
/// log). Clones share the thread. When the last clone is dropped, the
/// thread writes what is queued and is joined, so a clean shutdown loses
/// nothing.
#[derive(Debug, Clone)]
pub struct Recorder {
    writer: Option<Arc<Writer>>,
    gaps: Option<PathBuf>,
}

#[derive(Debug)]
struct Writer {
    tx: Option<SyncSender<Record>>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.tx = None; // ends the thread's loop once the queue is empty
        if let Some(t) = self.thread.take()
            && t.join().is_err()
        {
            tracing::warn!("the gaps writer panicked");
        }
    }
}

impl Recorder {
    /// Starts the writer for the gaps file at `gaps` (and the votes file
    /// beside it), each rotated at `max_bytes`. Nothing is created on disk
    /// until the first entry.
    pub fn start(gaps: PathBuf, max_bytes: u64) -> Recorder {
        let (tx, rx) = mpsc::sync_channel::<Record>(QUEUE);
        let mut gap_log = Journal::new(gaps.clone(), max_bytes);
        let mut votes = Journal::new(feedback_path(&gaps), max_bytes);
        let spawned = std::thread::Builder::new()
            .name("storybot-gaps".into())
            .spawn(move || {
                for r in rx {
                    let (what, res) = match &r {
                        Record::Gap(g) => ("gap", gap_log.append(g)),
                        Record::Vote(v) => ("vote", votes.append(v)),
                    };
                    if let Err(e) = res {
                        tracing::warn!(error = %e, "cannot record a {what}; the reply was not affected");
                    }
                }
            });
        match spawned {
            Ok(thread) => Recorder {
                writer: Some(Arc::new(Writer {
                    tx: Some(tx),
                    thread: Some(thread),
                })),
                gaps: Some(gaps),
            },
            Err(e) => {
                tracing::warn!(error = %e, "cannot start the gaps writer; nothing will be recorded");
                Recorder::off()
            }
        }
    }

    /// A recorder that records nothing (`STORYBOT_GAPS=off`).
    pub fn off() -> Recorder {
        Recorder {
            writer: None,
            gaps: None,
        }
    }

    /// The gaps file, unless recording is off.
    pub fn gaps_path(&self) -> Option<&Path> {
        self.gaps.as_deref()
    }

    /// The votes file, unless recording is off.
    pub fn feedback_path(&self) -> Option<PathBuf> {
        self.gaps.as_deref().map(feedback_path)
    }

    pub fn gap(&self, g: Gap) {
        self.send(Record::Gap(g));
    }

    pub fn vote(&self, v: Vote) {
        self.send(Record::Vote(v));
    }

    fn send(&self, r: Record) {
        let Some(tx) = self.writer.as_ref().and_then(|w| w.tx.as_ref()) else {
            return;
        };
        match tx.try_send(r) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                tracing::warn!("the gaps writer is behind; an entry was dropped");
            }
            Err(TrySendError::Disconnected(_)) => {
                tracing::warn!("the gaps writer has stopped; an entry was dropped");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2024, 5, 1, 10, 0, 0).unwrap()
    }

    #[test]
    fn an_entry_serialises_exactly_its_documented_fields() {
        let g = Gap::new(
            "  who was offered?  ",
            Some(4_000_000_000_000_001),
            Reason::ThumbsDown,
            Some("offer-terms".into()),
            at(),
        );
        let v = serde_json::to_value(&g).unwrap();
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["channel", "fact", "question", "reason", "time"]);
        assert_eq!(
            serde_json::to_string(&g).unwrap(),
            r#"{"question":"who was offered?","time":"2024-05-01T10:00:00Z","channel":4000000000000001,"reason":"thumbs_down","fact":"offer-terms"}"#
        );
        let back: Gap = serde_json::from_value(v).unwrap();
        assert_eq!(back, g);
        // Optional fields are left out, and tolerated missing on read.
        let bare = Gap::new("q", None, Reason::Unanswered, None, at());
        let s = serde_json::to_string(&bare).unwrap();
        assert_eq!(
            s,
            r#"{"question":"q","time":"2024-05-01T10:00:00Z","reason":"unanswered"}"#
        );
        assert_eq!(serde_json::from_str::<Gap>(&s).unwrap(), bare);
    }

    #[test]
    fn no_user_field_is_ever_written_even_if_read() {
        // A line carrying user fields (written by hand, or by some other
        // tool) loses them on the way through.
        let line = r#"{"question":"q","time":"2024-05-01T12:00:00+02:00","reason":"unanswered","user_id":42,"user":"alice"}"#;
        let g: Gap = serde_json::from_str(line).unwrap();
        assert_eq!(g.time, at());
        let out = serde_json::to_string(&g).unwrap();
        assert!(
            !out.contains("user") && !out.contains("alice") && !out.contains("42"),
            "{out}"
        );
    }

    #[test]
    fn bad_times_and_reasons_do_not_parse() {
        for line in [
            r#"{"question":"q","time":"yesterday","reason":"unanswered"}"#,
            r#"{"question":"q","time":"2024-05-01T10:00:00Z","reason":"bored"}"#,
            r#"{"time":"2024-05-01T10:00:00Z","reason":"unanswered"}"#,
        ] {
            assert!(serde_json::from_str::<Gap>(line).is_err(), "{line}");
        }
    }

    #[test]
    fn questions_are_cut_to_the_engine_limit() {
        let g = Gap::new(&"é".repeat(5000), None, Reason::Unanswered, None, at());
        assert_eq!(g.question.chars().count(), MAX_QUESTION_CHARS);
    }

    fn snap() -> crate::engine::Snapshot {
        let k = crate::knowledge::load_embedded().expect("embedded knowledge");
        crate::engine::Snapshot::new(k, crate::knowledge::Origin::Embedded)
    }

    #[test]
    fn only_unanswered_and_low_confidence_answers_are_gaps() {
        let s = snap();
        let out = crate::engine::answer(&s, "What is the weather in Paris?");
        let g = Gap::from_answer(&out, Some(1), at()).expect("a gap");
        assert_eq!(
            (g.reason, g.fact, g.channel),
            (Reason::Unanswered, None, Some(1))
        );
        assert_eq!(g.question, "What is the weather in Paris?");
        let sure = crate::engine::answer(&s, "Who is Paul Whelan?");
        assert!(sure.answered() && !sure.low_confidence());
        assert_eq!(Gap::from_answer(&sure, None, at()), None);
        let empty = crate::engine::answer(&s, "?!");
        assert_eq!(Gap::from_answer(&empty, None, at()), None);
        let vague = crate::engine::answer(&s, "what did he say");
        if vague.low_confidence() {
            let g = Gap::from_answer(&vague, None, at()).expect("a gap");
            assert_eq!(g.reason, Reason::LowConfidence);
            assert_eq!(g.fact.as_deref(), Some(vague.hits[0].fact.as_str()));
        }
    }

    #[test]
    fn recorder_writes_gaps_and_votes_to_their_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/gaps.jsonl");
        let r = Recorder::start(path.clone(), journal::DEFAULT_MAX_BYTES);
        r.gap(Gap::new("q1", Some(1), Reason::Unanswered, None, at()));
        r.vote(Vote::new("offer-terms", true, Some(1), at()));
        let clone = r.clone();
        drop(r);
        clone.gap(Gap::new("q2", None, Reason::Unanswered, None, at()));
        // Dropping the last clone writes what is queued and joins the thread.
        drop(clone);
        let gaps: Entries<Gap> = journal::read(&path).unwrap();
        let votes: Entries<Vote> = journal::read(&feedback_path(&path)).unwrap();
        let qs: Vec<&str> = gaps.entries.iter().map(|g| g.question.as_str()).collect();
        assert_eq!(qs, ["q1", "q2"]);
        assert_eq!(votes.entries.len(), 1);
        assert_eq!(votes.entries[0].fact, "offer-terms");
        // Off records nothing and has no file.
        let off = Recorder::off();
        off.gap(Gap::new("q", None, Reason::Unanswered, None, at()));
        assert!(off.gaps_path().is_none());
    }
}
