//! Word vectors: how close two words are in meaning, for the words a
//! question and a fact do not share ("surrendered" / "turned over",
//! "established" / "created").
//!
//! The table is compiled in (`data/wordvec.bin`, made by
//! `examples/wordvec_table.rs` from vectors distilled out of a sentence
//! encoder; `data/README.md` tells how and under which licences). It maps
//! a word's stem to a unit vector of small integers; [`WordVecs::cosine`]
//! compares two of them. Names and numbers have no vector on purpose: a
//! country is close to every other country, and what the story says of
//! Russia is no answer about Japan.
//!
//! Opposites are close too ("buy" / "sell"), so the table also lists
//! antonym pairs from WordNet, and [`WordVecs::closeness`] of two opposites
//! is 0. Synonyms from WordNet that the vectors put apart ("dig" /
//! "excavation", `data/related.txt`) count as close both ways; a category
//! and a thing of its kind ("metal" / "copper", `data/kinds.txt`) count as
//! close from the category only: "Which metal?" is told by "copper", but
//! "What did the copper cost?" is not told by "metal".
//!
//! Format, little-endian: the magic `SBWV0003`, `n` and `dim` (u32), `n + 1`
//! offsets (u32) into the stem text, `n` norms (f32), the stems (sorted,
//! UTF-8, back to back), `n × dim` vector components (i8), then `m` (u32)
//! and `m` antonym pairs of vector numbers (two u32 each), sorted, each
//! pair both ways round.

use once_cell::sync::Lazy;

use super::normalize::{fold, stem};
use super::synonyms::Synonyms;

const MAGIC: &[u8; 8] = b"SBWV0003";

static TABLE: Lazy<WordVecs> = Lazy::new(|| {
    let mut table = WordVecs::parse(include_bytes!("../../data/wordvec.bin")).unwrap_or_default();
    table.relate(&[
        (include_str!("../../data/related.txt"), true),
        // (category first: a question's word, then a fact's)
        (include_str!("../../data/kinds.txt"), false),
    ]);
    table
});

/// How close two words listed as related count at least: a synonym pair
/// whose vectors lie further apart ("dig" / "excavation" 0.43) still says
/// the same. It earns about half a word's weight in `rank::soften`, and
/// passes `rank::Near` (from 0.6) as the word itself.
pub const RELATED: f32 = 0.75;

/// The compiled-in table (empty if it could not be read, so matching falls
/// back to exact words; a unit test checks that it reads).
pub fn table() -> &'static WordVecs {
    &TABLE
}

/// A table of stem vectors borrowed from its bytes.
#[derive(Debug, Default)]
pub struct WordVecs {
    dim: usize,
    offsets: Vec<u32>,
    norms: Vec<f32>,
    stems: &'static [u8],
    /// Components, i8 read in place from the bytes (`b as i8`).
    vectors: &'static [u8],
    /// Antonym pairs, both ways round, sorted.
    opposites: Vec<(u32, u32)>,
    /// Synonym pairs (`data/related.txt`), both ways round, and category
    /// → thing pairs (`data/kinds.txt`), sorted.
    related: Vec<(u32, u32)>,
    /// Per vector: [`HAS_OPPOSITE`] and [`HAS_RELATED`], so most words
    /// skip both searches.
    marks: Vec<u8>,
}

/// In [`WordVecs::marks`]: the word is first of some antonym pair.
const HAS_OPPOSITE: u8 = 1;
/// In [`WordVecs::marks`]: the word is first of some related pair.
const HAS_RELATED: u8 = 2;

/// Why table bytes could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TableError {
    #[error("not a word-vector table (bad magic)")]
    Magic,
    #[error("word-vector table cut short")]
    Short,
    #[error("word-vector table offsets out of order")]
    Offsets,
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, TableError> {
    b.get(at..at + 4)
        .and_then(|s| s.try_into().ok())
        .map(u32::from_le_bytes)
        .ok_or(TableError::Short)
}

impl WordVecs {
    /// Reads a table, checking every length and offset.
    pub fn parse(b: &'static [u8]) -> Result<Self, TableError> {
        if b.get(..8) != Some(MAGIC.as_slice()) {
            return Err(TableError::Magic);
        }
        let n = u32_at(b, 8)? as usize;
        let dim = u32_at(b, 12)? as usize;
        let mut at = 16;
        let offsets = (0..=n)
            .map(|i| u32_at(b, at + 4 * i))
            .collect::<Result<Vec<u32>, _>>()?;
        at += 4 * (n + 1);
        let norms = (0..n)
            .map(|i| u32_at(b, at + 4 * i).map(f32::from_bits))
            .collect::<Result<Vec<f32>, _>>()?;
        at += 4 * n;
        if offsets.windows(2).any(|w| w[0] > w[1]) || offsets.first() != Some(&0) {
            return Err(TableError::Offsets);
        }
        let text_len = offsets.last().copied().unwrap_or(0) as usize;
        let stems = b.get(at..at + text_len).ok_or(TableError::Short)?;
        at += text_len;
        let vectors = b.get(at..at + n * dim).ok_or(TableError::Short)?;
        at += n * dim;
        let m = u32_at(b, at)? as usize;
        at += 4;
        let opposites = (0..m)
            .map(|i| Ok((u32_at(b, at + 8 * i)?, u32_at(b, at + 8 * i + 4)?)))
            .collect::<Result<Vec<(u32, u32)>, TableError>>()?;
        Ok(Self {
            dim,
            offsets,
            norms,
            stems,
            vectors,
            marks: Self::marks(n, &opposites, HAS_OPPOSITE, Vec::new()),
            opposites,
            related: Vec::new(),
        })
    }

    /// Marks the pairs of each list (two words per line) as related, the
    /// first word to the second, and the second to the first too when the
    /// list is marked both ways: each word is stemmed as the engine stems
    /// it, and keyed both by its own stem (a question word's vector) and by
    /// its built-in synonym group's (a fact's term: "acquired" is indexed
    /// as "buy"); a pair whose words have no vector, or fall in one group,
    /// is left out.
    pub fn relate(&mut self, lists: &[(&str, bool)]) {
        let groups = Synonyms::new(&[]);
        let keys = |w: &str| {
            let own = stem(&fold(w));
            let canon = groups.canon(&own).to_string();
            [self.find(&own), self.find(&canon)]
        };
        let mut pairs = Vec::new();
        for &(text, both_ways) in lists {
            for line in text.lines() {
                let mut words = line.split_whitespace();
                let (Some(a), Some(b)) = (words.next(), words.next()) else {
                    continue;
                };
                let (ka, kb) = (keys(a), keys(b));
                if ka[1].is_some() && ka[1] == kb[1] {
                    continue;
                }
                for x in ka.into_iter().flatten() {
                    for y in kb.into_iter().flatten() {
                        if x != y {
                            pairs.push((x, y));
                            if both_ways {
                                pairs.push((y, x));
                            }
                        }
                    }
                }
            }
        }
        self.related.extend(pairs);
        self.related.sort_unstable();
        self.related.dedup();
        let marks = std::mem::take(&mut self.marks);
        self.marks = Self::marks(self.len(), &self.related, HAS_RELATED, marks);
    }

    /// `marks` (grown to `n`) with `bit` set for the first word of each pair.
    fn marks(n: usize, pairs: &[(u32, u32)], bit: u8, mut marks: Vec<u8>) -> Vec<u8> {
        marks.resize(n, 0);
        for &(a, _) in pairs {
            if let Some(m) = marks.get_mut(a as usize) {
                *m |= bit;
            }
        }
        marks
    }

    /// How many stems have a vector.
    pub fn len(&self) -> usize {
        self.norms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.norms.is_empty()
    }

    fn stem(&self, i: usize) -> &[u8] {
        &self.stems[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// The vector number of a stem, if it has one.
    pub fn find(&self, stem: &str) -> Option<u32> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.stem(mid).cmp(stem.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid as u32),
            }
        }
        None
    }

    /// How close in meaning two words are: their cosine, but 0 for
    /// opposites and at least [`RELATED`] for related words.
    pub fn closeness(&self, a: u32, b: u32) -> f32 {
        let mark = self.marks.get(a as usize).copied().unwrap_or(0);
        if mark & HAS_OPPOSITE != 0 && self.opposites.binary_search(&(a, b)).is_ok() {
            0.0
        } else if mark & HAS_RELATED != 0 && self.related.binary_search(&(a, b)).is_ok() {
            self.cosine(a, b).max(RELATED)
        } else {
            self.cosine(a, b)
        }
    }

    /// The cosine of two vectors by number (0 for a number out of range).
    pub fn cosine(&self, a: u32, b: u32) -> f32 {
        let (a, b) = (a as usize, b as usize);
        let (Some(va), Some(vb)) = (
            self.vectors.get(a * self.dim..(a + 1) * self.dim),
            self.vectors.get(b * self.dim..(b + 1) * self.dim),
        ) else {
            return 0.0;
        };
        let dot: i32 = va
            .iter()
            .zip(vb)
            .map(|(&x, &y)| i32::from(x as i8) * i32::from(y as i8))
            .sum();
        dot as f32 / (self.norms[a] * self.norms[b]).max(f32::MIN_POSITIVE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Below this cosine the vectors alone give no credit (rank's
    /// `SOFT_FROM`).
    const SOFT_GAP: f32 = 0.5;

    fn cos(a: &str, b: &str) -> f32 {
        let t = table();
        match (t.find(&stem(a)), t.find(&stem(b))) {
            (Some(x), Some(y)) => t.cosine(x, y),
            _ => panic!("no vector for {a} or {b}"),
        }
    }

    #[test]
    fn the_compiled_table_reads() {
        assert!(table().len() > 10_000, "{}", table().len());
        assert!(table().find("zzzzqx").is_none());
    }

    #[test]
    fn related_words_are_closer_than_unrelated_ones() {
        assert!(cos("established", "created") > cos("established", "banana"));
        assert!(cos("wrote", "author") > cos("wrote", "river"));
        assert!((cos("swap", "swap") - 1.0).abs() < 0.02);
    }

    #[test]
    fn opposites_are_not_close() {
        let t = table();
        let v = |w: &str| t.find(&stem(w)).expect("a vector");
        assert!(t.cosine(v("buy"), v("sell")) > 0.5);
        assert_eq!(t.closeness(v("buy"), v("sell")), 0.0);
        assert_eq!(t.closeness(v("increase"), v("decrease")), 0.0);
        assert!(t.closeness(v("founded"), v("established")) > 0.6);
    }

    #[test]
    fn listed_synonyms_count_as_close() {
        let t = table();
        let v = |w: &str| t.find(&stem(w)).expect("a vector");
        assert!(t.cosine(v("dig"), v("excavation")) < SOFT_GAP);
        assert!(t.closeness(v("dig"), v("excavation")) >= RELATED);
        assert!(t.closeness(v("excavation"), v("dig")) >= RELATED);
        // an adjective and the noun of its quality
        assert!(t.cosine(v("deep"), v("depth")) < RELATED);
        assert!(t.closeness(v("depth"), v("deep")) >= RELATED);
        // a pair not listed keeps its cosine
        assert_eq!(
            t.closeness(v("dig"), v("banana")),
            t.cosine(v("dig"), v("banana"))
        );
    }

    #[test]
    fn a_category_is_close_to_its_things_not_the_other_way() {
        let t = table();
        let v = |w: &str| t.find(&stem(w)).expect("a vector");
        assert!(t.cosine(v("metal"), v("copper")) < RELATED);
        assert!(t.closeness(v("metal"), v("copper")) >= RELATED);
        assert_eq!(
            t.closeness(v("copper"), v("metal")),
            t.cosine(v("copper"), v("metal"))
        );
        let mut one_way = WordVecs::parse(include_bytes!("../../data/wordvec.bin")).expect("reads");
        one_way.relate(&[("dig excavation\n", false)]);
        assert_eq!(one_way.related.len(), 1);
    }

    #[test]
    fn relate_skips_lines_it_cannot_read() {
        let mut t = WordVecs::parse(include_bytes!("../../data/wordvec.bin")).expect("reads");
        t.relate(&[("dig excavation\nonlyone\n\nzzzzqx qqqqzx\ndig dig\n", true)]);
        assert_eq!(t.related.len(), 2);
    }

    #[test]
    fn broken_tables_are_refused() {
        assert_eq!(WordVecs::parse(b"nope").err(), Some(TableError::Magic));
        assert_eq!(
            WordVecs::parse(b"SBWV0003\x05\0\0\0").err(),
            Some(TableError::Short)
        );
    }
}
