//! Builds `data/wordvec.bin` (see `src/engine/wordvec.rs`) from a word
//! list and its vectors, as made by `data/distill.py`:
//!
//! ```text
//! cargo run --release --example wordvec_table -- WORDS.txt VECTORS.f32 DIM ANTONYMS.txt data/wordvec.bin
//! ```
//! WORDS.txt has one word per line, most frequent first; VECTORS.f32 the
//! words' unit vectors, `DIM` little-endian f32 each, in the same order.
//! Words are grouped by the engine's own stem (the index term without
//! synonyms), so the table speaks the index's language; a stem's vector is
//! the mean of its words' vectors, the more frequent words weighing more.
//! Words that cannot be matched by meaning are left out: stop words,
//! numbers, one-letter words. ANTONYMS.txt (`data/antonyms.py`, from
//! WordNet) has a pair of opposite words per line; pairs whose stems both
//! have vectors are stored, both ways round, so matching never takes a
//! word for its opposite.

use std::collections::BTreeMap;

use anyhow::{Context, bail};
use storybot::engine::normalize::{is_stop, stem};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [words, vectors, dim, antonyms, out] = args.as_slice() else {
        bail!("usage: wordvec_table WORDS.txt VECTORS.f32 DIM ANTONYMS.txt OUT.bin");
    };
    let antonyms = std::fs::read_to_string(antonyms).context("reading the antonyms")?;
    let dim: usize = dim.parse().context("DIM")?;
    let words = std::fs::read_to_string(words).context("reading the word list")?;
    let raw = std::fs::read(vectors).context("reading the vectors")?;
    let floats: Vec<f32> = raw
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let words: Vec<&str> = words.lines().collect();
    if floats.len() != words.len() * dim {
        bail!(
            "{} words but {} floats (dim {dim})",
            words.len(),
            floats.len()
        );
    }
    let mut sums: BTreeMap<String, Vec<f32>> = BTreeMap::new();
    for (rank, w) in words.iter().enumerate() {
        if w.len() < 2 || is_stop(w) || !w.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let s = stem(w);
        if s.is_empty() {
            continue;
        }
        // Zipf: a word's frequency falls as 1 / rank.
        let weight = 1.0 / (rank as f32 + 10.0);
        let acc = sums.entry(s).or_insert_with(|| vec![0.0; dim]);
        for (a, v) in acc.iter_mut().zip(&floats[rank * dim..(rank + 1) * dim]) {
            *a += weight * v;
        }
    }
    let units: Vec<(&String, Vec<f32>)> = sums
        .iter()
        .map(|(s, v)| {
            let len = v
                .iter()
                .map(|x| x * x)
                .sum::<f32>()
                .sqrt()
                .max(f32::MIN_POSITIVE);
            (s, v.iter().map(|x| x / len).collect())
        })
        .collect();
    // One scale for the whole table: the largest component becomes 127.
    let max = units
        .iter()
        .flat_map(|(_, v)| v.iter().map(|x| x.abs()))
        .fold(f32::MIN_POSITIVE, f32::max);
    let mut offsets: Vec<u32> = vec![0];
    let mut norms: Vec<f32> = Vec::new();
    let mut text: Vec<u8> = Vec::new();
    let mut comps: Vec<u8> = Vec::new();
    for (s, v) in &units {
        let q: Vec<i32> = v.iter().map(|x| (x / max * 127.0).round() as i32).collect();
        let norm = (q.iter().map(|x| (x * x) as f32).sum::<f32>()).sqrt();
        text.extend_from_slice(s.as_bytes());
        offsets.push(u32::try_from(text.len())?);
        norms.push(norm);
        comps.extend(q.iter().map(|&x| x as i8 as u8));
    }
    let mut b: Vec<u8> = b"SBWV0003".to_vec();
    b.extend(u32::try_from(norms.len())?.to_le_bytes());
    b.extend(u32::try_from(dim)?.to_le_bytes());
    for o in &offsets {
        b.extend(o.to_le_bytes());
    }
    for n in &norms {
        b.extend(n.to_bits().to_le_bytes());
    }
    b.extend(&text);
    b.extend(&comps);
    let number: BTreeMap<&str, u32> = units
        .iter()
        .enumerate()
        .map(|(i, (s, _))| (s.as_str(), i as u32))
        .collect();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for line in antonyms.lines() {
        let mut it = line.split_whitespace().map(stem);
        let (Some(a), Some(b)) = (it.next(), it.next()) else {
            continue;
        };
        if let (Some(&x), Some(&y)) = (number.get(a.as_str()), number.get(b.as_str()))
            && x != y
        {
            pairs.push((x, y));
            pairs.push((y, x));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    b.extend(u32::try_from(pairs.len())?.to_le_bytes());
    for (x, y) in &pairs {
        b.extend(x.to_le_bytes());
        b.extend(y.to_le_bytes());
    }
    eprintln!("{} antonym pairs", pairs.len() / 2);
    std::fs::write(out, &b).with_context(|| format!("writing {out}"))?;
    eprintln!("{} stems × {dim} → {out} ({} bytes)", norms.len(), b.len());
    Ok(())
}
