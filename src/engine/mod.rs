//! The answer engine: a pure function from (knowledge snapshot, question) to
//! an [`Answer`].
//!
//! ```text
//! question ─▶ normalize ─▶ correct typos ─▶ link entities ─▶ classify ─▶ rank ─▶ Answer
//! ```
//! A [`Snapshot`] is immutable: the knowledge plus the index built from it
//! once. Reloading builds a new snapshot beside the old one; questions in
//! flight keep the one they started with.

pub mod answer;
pub mod classify;
pub mod focus;
pub mod fuzzy;
pub mod index;
pub mod lookup;
pub mod normalize;
pub mod rank;
pub mod synonyms;
pub mod time;
pub mod wordvec;

pub use answer::{Answer, Hit, Person, PersonCard, SourceRef, Unanswered};
pub use lookup::who;
pub use rank::{answer, explain};

use crate::knowledge::{Knowledge, Origin};
use index::Index;

/// Validated knowledge with its index: everything a question needs.
#[derive(Debug)]
pub struct Snapshot {
    pub knowledge: Knowledge,
    pub index: Index,
    pub origin: Origin,
}

impl Snapshot {
    /// Indexes validated knowledge.
    pub fn new(knowledge: Knowledge, origin: Origin) -> Self {
        let index = Index::build(&knowledge);
        Self {
            knowledge,
            index,
            origin,
        }
    }

    /// The content hash of the knowledge.
    pub fn version(&self) -> &str {
        &self.knowledge.version
    }
}
