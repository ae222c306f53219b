//! 👍/👎 votes on answers, counted per fact.
//!
//! Each counted vote is appended to `feedback.jsonl` beside the gaps log
//! (same [`super::journal`] format: time, fact, up or down, channel; no user)
//! and the counts are rebuilt from it at start, so they survive restarts.
//! Like the gaps log, the file rotates at its cap and keeps
//! [`super::journal::KEEP_ROTATED`] old files, so counts cover roughly the
//! last 40,000 votes at the default cap; older votes age out.
//!
//! One vote per person per message: [`Votes::cast`] remembers who voted on
//! which message *in memory only* (the user id never reaches a file), so
//! after a restart, or once [`MAX_REMEMBERED`] votes are remembered, a
//! person could vote on an old message again. That is accepted: votes are a
//! hint for curators, not a ballot.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::journal::{self, Entries, JournalError};

/// (message, voter) pairs remembered for the one-vote rule; past this the
/// memory is cleared rather than grow without bound.
pub const MAX_REMEMBERED: usize = 100_000;

/// Up or down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

/// One counted vote, as stored. No user field, by design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Vote {
    #[serde(with = "super::time")]
    pub time: DateTime<Utc>,
    pub fact: String,
    pub vote: Direction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<u64>,
}

impl Vote {
    pub fn new(fact: &str, up: bool, channel: Option<u64>, now: DateTime<Utc>) -> Vote {
        Vote {
            time: now,
            fact: fact.to_string(),
            vote: if up { Direction::Up } else { Direction::Down },
            channel,
        }
    }
}

/// 👍 and 👎 for one fact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub up: u64,
    pub down: u64,
}

/// What [`Votes::cast`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cast {
    Counted,
    /// This person already voted on this message.
    Already,
}

#[derive(Debug, Default)]
struct State {
    counts: HashMap<String, Count>,
    seen: HashSet<(u64, u64)>,
}

/// Counts per fact, and who already voted on what (in memory).
#[derive(Debug, Default)]
pub struct Votes {
    state: Mutex<State>,
}

impl Votes {
    /// Counts rebuilt from the votes file at `path` (and its rotated
    /// files). Blocking; a missing file is no votes.
    pub fn load(path: &Path) -> Result<(Votes, usize), JournalError> {
        let read: Entries<Vote> = journal::read(path)?;
        let votes = Votes::default();
        {
            let mut s = votes.lock();
            for v in &read.entries {
                add(&mut s.counts, &v.fact, v.vote);
            }
        }
        Ok((votes, read.skipped))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // Counts stay consistent whatever panicked while holding the lock.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts a vote on `fact` by `voter` on `message`, unless that voter
    /// already voted on that message. The ids are kept in memory only.
    pub fn cast(&self, message: u64, voter: u64, fact: &str, vote: Direction) -> Cast {
        let mut s = self.lock();
        if s.seen.len() >= MAX_REMEMBERED {
            s.seen.clear();
        }
        if !s.seen.insert((message, voter)) {
            return Cast::Already;
        }
        add(&mut s.counts, fact, vote);
        Cast::Counted
    }

    pub fn count(&self, fact: &str) -> Count {
        self.lock().counts.get(fact).copied().unwrap_or_default()
    }

    /// The `n` facts with the most votes in `direction`, most first (then
    /// by id), with their counts.
    pub fn top(&self, direction: Direction, n: usize) -> Vec<(String, Count)> {
        let s = self.lock();
        let key = |c: &Count| match direction {
            Direction::Up => c.up,
            Direction::Down => c.down,
        };
        let mut v: Vec<(String, Count)> = s
            .counts
            .iter()
            .filter(|(_, c)| key(c) > 0)
            .map(|(f, c)| (f.clone(), *c))
            .collect();
        v.sort_by(|a, b| key(&b.1).cmp(&key(&a.1)).then_with(|| a.0.cmp(&b.0)));
        v.truncate(n);
        v
    }
}

fn add(counts: &mut HashMap<String, Count>, fact: &str, vote: Direction) {
    let c = counts.entry(fact.to_string()).or_default();
    match vote {
        Direction::Up => c.up += 1,
        Direction::Down => c.down += 1,
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
    fn one_vote_per_person_per_message() {
        let v = Votes::default();
        assert_eq!(v.cast(1, 10, "a", Direction::Up), Cast::Counted);
        assert_eq!(v.cast(1, 10, "a", Direction::Down), Cast::Already);
        assert_eq!(v.cast(1, 11, "a", Direction::Down), Cast::Counted);
        assert_eq!(v.cast(2, 10, "b", Direction::Down), Cast::Counted);
        assert_eq!(v.count("a"), Count { up: 1, down: 1 });
        assert_eq!(v.count("none"), Count::default());
        let down: Vec<String> = v.top(Direction::Down, 5).into_iter().map(|x| x.0).collect();
        assert_eq!(down, ["a", "b"]);
        assert_eq!(v.top(Direction::Up, 5).len(), 1);
        assert_eq!(v.top(Direction::Up, 0).len(), 0);
    }

    #[test]
    fn counts_are_rebuilt_from_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feedback.jsonl");
        let mut j = journal::Journal::new(&path, journal::DEFAULT_MAX_BYTES);
        for (f, up) in [("a", true), ("a", true), ("a", false), ("b", false)] {
            j.append(&Vote::new(f, up, Some(3), at())).unwrap();
        }
        drop(j);
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, b"{\"torn"))
            .unwrap();
        let (v, skipped) = Votes::load(&path).unwrap();
        assert_eq!(skipped, 1);
        assert_eq!(v.count("a"), Count { up: 2, down: 1 });
        assert_eq!(v.count("b"), Count { up: 0, down: 1 });
        let (none, _) = Votes::load(&dir.path().join("missing.jsonl")).unwrap();
        assert!(none.top(Direction::Up, 5).is_empty());
    }

    #[test]
    fn a_vote_serialises_without_any_user_field() {
        let s = serde_json::to_string(&Vote::new("offer-terms", false, Some(9), at())).unwrap();
        assert_eq!(
            s,
            r#"{"time":"2024-05-01T10:00:00Z","fact":"offer-terms","vote":"down","channel":9}"#
        );
    }
}
