//! Typo-tolerant word lookup: a trigram index (bucketed by word length)
//! proposes candidates, a letter-set test rules most of them out, then an
//! OSA distance measures only the rest, never the whole word list.
//!
//! Used for names ("zaharova" → "zakharova", "peskoff" → "peskov") and for
//! the story's vocabulary ("sentanced" → "sentenced").

use rustc_hash::FxHashMap;

/// Words shorter than this are never corrected: too many real words lie one
/// edit from each other ("bout"/"but"/"boat").
pub const MIN_FUZZY_LEN: usize = 4;

/// The most edits allowed for a word of `len` characters: one for short
/// words, two from seven characters on, where two edits still leave most of
/// the word intact.
///
/// ```
/// use storybot::engine::fuzzy::max_edits;
/// assert_eq!(max_edits(3), 0);
/// assert_eq!(max_edits(5), 1);
/// assert_eq!(max_edits(8), 2);
/// ```
pub fn max_edits(len: usize) -> usize {
    match len {
        0..MIN_FUZZY_LEN => 0,
        MIN_FUZZY_LEN..=6 => 1,
        _ => 2,
    }
}

/// A set of words searchable by edit distance.
#[derive(Debug, Clone, Default)]
pub struct FuzzyIndex {
    words: Vec<String>,
    /// Larger weight wins ties (e.g. names over common words, frequent over rare).
    weight: Vec<f32>,
    /// (trigram, word length in bytes up to 255) → the words having both.
    /// Correction only measures words whose length is within the edit
    /// limit of the typo's, so it reads only those buckets: at 100k facts
    /// a common trigram is in thousands of words of every length.
    grams: FxHashMap<([u8; 3], u8), Vec<u32>>,
    /// The longest bucket length in `grams`.
    max_len: u8,
    /// Per word: its [`letters`], to rule a candidate out without reading it.
    letters: Vec<u32>,
    exact: FxHashMap<String, u32>,
}

fn trigrams(word: &str) -> Vec<[u8; 3]> {
    let padded: Vec<u8> = std::iter::once(b'^')
        .chain(word.bytes())
        .chain(std::iter::once(b'$'))
        .collect();
    let mut g: Vec<[u8; 3]> = padded.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    g.sort_unstable();
    g.dedup();
    g
}

/// The set of a word's bytes as bits: the letters a–z their own, anything
/// else shares the six left. One edit adds at most one byte to a word's set
/// and removes at most one, so a word `k` edits from another lacks at most
/// `k` of the other's bits and has at most `k` the other lacks (sharing
/// bits only makes the differences smaller): a test on two integers that
/// rules most trigram candidates out before their letters are read.
fn letters(word: &str) -> u32 {
    word.bytes().fold(0, |m, b| {
        let bit = if b.is_ascii_lowercase() {
            b - b'a'
        } else {
            26 + b % 6
        };
        m | 1 << bit
    })
}

/// The length bucket of a word of `len` bytes in [`FuzzyIndex::grams`].
fn bucket(len: usize) -> u8 {
    u8::try_from(len).unwrap_or(u8::MAX)
}

/// The longest word [`osa_within`] measures on the stack.
const MAX_WORD: usize = 32;

/// `strsim::osa_distance` of two ASCII words when it is at most `limit`,
/// else `None`. Typo correction measures many candidates against a small
/// limit: this stops at the first row that already exceeds it and
/// allocates nothing (strsim's collects both words into vectors of chars
/// and allocates three rows per call: a fifth of an answer's time at 100k
/// facts, BENCHMARKS.md). Longer words go to strsim.
fn osa_within(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len() > MAX_WORD || b.len() > MAX_WORD {
        let d = strsim::osa_distance(std::str::from_utf8(a).ok()?, std::str::from_utf8(b).ok()?);
        return (d <= limit).then_some(d);
    }
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Rows i-2, i-1 and i of the edit-distance table over b.
    let mut two = [0usize; MAX_WORD + 1];
    let mut one = [0usize; MAX_WORD + 1];
    let mut row = [0usize; MAX_WORD + 1];
    for (j, x) in one.iter_mut().enumerate().take(b.len() + 1) {
        *x = j;
    }
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (one[j] + 1).min(row[j - 1] + 1).min(one[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(two[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        if best > limit {
            return None;
        }
        two = one;
        one = row;
    }
    let d = one[b.len()];
    (d <= limit).then_some(d)
}

/// The extra "gram" under which short words are also found: their first
/// letter (a byte no word has marks it). Stored for words up to one letter
/// longer than [`MIN_FUZZY_LEN`] (`slack` 1), looked up for words of
/// [`MIN_FUZZY_LEN`] letters (`slack` 0), the only ones whose trigrams an
/// edit can all change.
fn short_key(word: &str, slack: usize) -> Option<[u8; 3]> {
    let first = *word.as_bytes().first()?;
    (word.len() <= MIN_FUZZY_LEN + slack).then_some([0, first, 0])
}

impl FuzzyIndex {
    /// Adds a word (ASCII, folded); a word added twice keeps its larger weight.
    pub fn insert(&mut self, word: &str, weight: f32) {
        if let Some(&i) = self.exact.get(word) {
            let w = &mut self.weight[i as usize];
            *w = w.max(weight);
            return;
        }
        let i = self.words.len() as u32;
        self.words.push(word.to_string());
        self.weight.push(weight);
        self.exact.insert(word.to_string(), i);
        self.letters.push(letters(word));
        let len = bucket(word.len());
        self.max_len = self.max_len.max(len);
        for g in trigrams(word) {
            self.grams.entry((g, len)).or_default().push(i);
        }
        if let Some(key) = short_key(word, 1) {
            self.grams.entry((key, len)).or_default().push(i);
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.exact.contains_key(word)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The closest word within [`max_edits`] of `word`, with its distance;
    /// `None` for exact members, short words and words with nothing close.
    ///
    /// ```
    /// use storybot::engine::fuzzy::FuzzyIndex;
    /// let mut ix = FuzzyIndex::default();
    /// ix.insert("zakharova", 1.0);
    /// ix.insert("peskov", 1.0);
    /// assert_eq!(ix.correct("zaharova").map(|(w, _)| w), Some("zakharova"));
    /// assert_eq!(ix.correct("peskoff").map(|(w, _)| w), Some("peskov"));
    /// assert_eq!(ix.correct(""), None);
    /// assert_eq!(ix.correct("zakharova"), None);
    /// ix.insert("bout", 1.0);
    /// assert_eq!(ix.correct("buot").map(|(w, _)| w), Some("bout"));
    /// ```
    pub fn correct(&self, word: &str) -> Option<(&str, usize)> {
        self.correct_to(word, |_| true)
    }

    /// [`correct`](Self::correct), among the words `keep` accepts only: a
    /// typo one edit from two words becomes the one that can be used.
    pub fn correct_to(&self, word: &str, keep: impl Fn(&str) -> bool) -> Option<(&str, usize)> {
        let len = word.chars().count();
        let limit = max_edits(len);
        if limit == 0 || self.exact.contains_key(word) || !word.is_ascii() {
            return None;
        }
        let grams = trigrams(word);
        // A transposition inside a four-letter word ("buot") leaves no
        // trigram in common: short words also meet by their first letter.
        let mut keys = grams.clone();
        if let Some(key) = short_key(word, 0) {
            keys.push(key);
        }
        // Only words within `limit` of its length can be within `limit`
        // edits, and words under MIN_FUZZY_LEN letters are never proposed.
        let lo = bucket(len.saturating_sub(limit).max(MIN_FUZZY_LEN));
        let hi = bucket(len + limit);
        let mine = letters(word);
        let near = |i: u32| {
            let theirs = self.letters[i as usize];
            (mine & !theirs).count_ones() as usize <= limit
                && (theirs & !mine).count_ones() as usize <= limit
        };
        // Each word is once in a bucket of each of its trigrams: how often
        // it comes up here is how many it shares with `word`.
        let mut found: Vec<u32> = Vec::new();
        for g in &keys {
            for l in lo..=hi {
                if let Some(ids) = self.grams.get(&(*g, l)) {
                    found.extend(ids.iter().copied().filter(|&i| near(i)));
                }
            }
        }
        found.sort_unstable();
        // An edit changes at most four of a word's trigrams (a transposition
        // spans four), so a word within `limit` edits shares at least this
        // many: the others are not worth measuring.
        let need = grams.len().saturating_sub(4 * limit);
        let counts = found.chunk_by(|a, b| a == b).map(|run| (run[0], run.len()));
        let mut best: Option<(usize, f32, u32)> = None;
        for (i, shared) in counts {
            if shared < need {
                continue;
            }
            let cand = &self.words[i as usize];
            if !keep(cand) {
                continue;
            }
            // One edit on a four-letter word is a lot: ask for the same first letter.
            // A four-letter word, or two edits, must keep the first letter:
            // "ukraine" is not a misspelt "karine".
            let same_start = cand.as_bytes()[0] == word.as_bytes()[0];
            if len <= MIN_FUZZY_LEN && !same_start {
                continue;
            }
            // Measured only as far as it can still be accepted and beat the
            // best so far (a longer distance never wins): the same answer
            // for less work.
            let mut lim = if same_start { limit } else { limit.min(1) };
            if let Some((bd, _, _)) = best {
                lim = lim.min(bd);
            }
            if cand.len().abs_diff(len) > lim || max_edits(cand.len()) == 0 {
                continue;
            }
            let Some(d) = osa_within(word.as_bytes(), cand.as_bytes(), lim) else {
                continue;
            };
            let w = self.weight[i as usize];
            let better = match best {
                None => true,
                Some((bd, bw, bi)) => {
                    (d, -w, &self.words[i as usize]) < (bd, -bw, &self.words[bi as usize])
                }
            };
            if better {
                best = Some((d, w, i));
            }
        }
        best.map(|(d, _, i)| (self.words[i as usize].as_str(), d))
    }

    /// Words similar to `word` by Jaro-Winkler, best first, for suggestions.
    pub fn similar(&self, word: &str, min: f64, limit: usize) -> Vec<(&str, f64)> {
        let mut counts: FxHashMap<u32, u16> = FxHashMap::default();
        for g in trigrams(word) {
            for l in 0..=self.max_len {
                if let Some(ids) = self.grams.get(&(g, l)) {
                    for &i in ids {
                        *counts.entry(i).or_default() += 1;
                    }
                }
            }
        }
        let mut out: Vec<(&str, f64)> = counts
            .into_keys()
            .map(|i| {
                let w = self.words[i as usize].as_str();
                (w, strsim::jaro_winkler(word, w))
            })
            .filter(|(_, s)| *s >= min)
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        out.truncate(limit);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correct_to_skips_the_words_not_kept() {
        let mut ix = FuzzyIndex::default();
        ix.insert("pleased", 1.0);
        ix.insert("released", 1.0);
        assert_eq!(ix.correct("eleased").map(|(w, _)| w), Some("pleased"));
        let kept = ix.correct_to("eleased", |w| w != "pleased");
        assert_eq!(kept, Some(("released", 1)));
        assert_eq!(ix.correct_to("eleased", |_| false), None);
    }

    #[test]
    fn osa_within_agrees_with_strsim() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "kirby",
            "kirbi",
            "krby",
            "zakharova",
            "zaharova",
            "zakharvoa",
            "peskov",
            "peskoff",
            "sentenced",
            "sentanced",
            "abcdefgh",
            "hgfedcba",
            "whelan",
            "wheelan",
        ];
        for a in words {
            for b in words {
                let d = strsim::osa_distance(a, b);
                for limit in 0..4 {
                    let want = (d <= limit).then_some(d);
                    assert_eq!(
                        osa_within(a.as_bytes(), b.as_bytes(), limit),
                        want,
                        "{a} {b} {limit}"
                    );
                }
            }
        }
    }

    /// `correct` as its rules read, measuring every word: the trigram,
    /// length and letter filters and the tightened limits must not change
    /// what it finds.
    fn correct_by_brute_force<'a>(words: &[&'a str], word: &str) -> Option<(&'a str, usize)> {
        let limit = max_edits(word.len());
        if limit == 0 || words.contains(&word) {
            return None;
        }
        let mut best: Option<(usize, &str)> = None;
        for &cand in words {
            let d = strsim::osa_distance(word, cand);
            let same_start = cand.as_bytes().first() == word.as_bytes().first();
            if d > limit
                || max_edits(cand.len()) == 0
                || ((word.len() <= MIN_FUZZY_LEN || d >= 2) && !same_start)
            {
                continue;
            }
            // Shares no trigram: never proposed.
            if trigrams(cand).iter().all(|g| !trigrams(word).contains(g)) {
                continue;
            }
            if best.is_none_or(|b| (d, cand) < b) {
                best = Some((d, cand));
            }
        }
        best.map(|(d, w)| (w, d))
    }

    #[test]
    fn filters_find_what_measuring_every_word_finds() {
        let words = [
            "kirby",
            "zakharova",
            "peskov",
            "sentenced",
            "sentence",
            "whelan",
            "griner",
            "grinder",
            "moscow",
            "prison",
            "prisoner",
            "exchange",
            "charges",
            "charged",
            "bout",
            "boat",
            "ukraine",
            "karine",
            "economy",
            "economic",
            "russia",
            "russian",
            "a1b2c3",
            "x-ray",
        ];
        let mut ix = FuzzyIndex::default();
        for w in words {
            ix.insert(w, 1.0);
        }
        let typos = [
            "kirbi",
            "zaharova",
            "peskoff",
            "sentanced",
            "sentense",
            "wheelan",
            "grinner",
            "moskow",
            "prisn",
            "prisonr",
            "exchnage",
            "chargse",
            "charegd",
            "boutt",
            "bota",
            "ukriane",
            "kraine",
            "econmy",
            "economi",
            "rusia",
            "russain",
            "a1b2c4",
            "x-rya",
            "aentenced",
            "zentence",
            "oscow",
            "ussia",
            "xyzzy",
            "",
        ];
        for t in typos.iter().chain(&words) {
            assert_eq!(ix.correct(t), correct_by_brute_force(&words, t), "{t}");
        }
    }

    #[test]
    fn short_words_need_same_first_letter() {
        let mut ix = FuzzyIndex::default();
        ix.insert("bout", 1.0);
        assert_eq!(ix.correct("gout"), None);
        assert_eq!(ix.correct("boutt").map(|(w, _)| w), Some("bout"));
    }

    #[test]
    fn ties_prefer_weight() {
        let mut ix = FuzzyIndex::default();
        ix.insert("griner", 2.0);
        ix.insert("grinder", 1.0);
        assert_eq!(ix.correct("grinner").map(|(w, _)| w), Some("griner"));
    }
}
