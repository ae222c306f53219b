//! The fuzz targets' bodies (`fuzz/src/lib.rs`), driven on stable: every
//! seed input the fuzzers start from, then proptest's random inputs. The
//! coverage-guided runs need nightly (`cargo +nightly fuzz run answer`,
//! see fuzz/README.md); this keeps the bodies compiling and their
//! invariants holding in every `cargo test`.

#[path = "../fuzz/src/lib.rs"]
mod bodies;

use std::path::Path;

use proptest::prelude::*;

/// Every file under `dir` (recursively), as the fuzzers read a corpus.
fn seeds(dir: &str) -> Vec<(String, Vec<u8>)> {
    fn walk(p: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    assert!(!out.is_empty(), "no seeds in {dir}");
    out
}

#[test]
fn answer_seeds() {
    for (_, bytes) in seeds("fuzz/seeds/answer") {
        bodies::answer(&bytes);
    }
}

#[test]
fn load_seeds_are_the_fixtures_good_and_broken() {
    for (name, bytes) in seeds("tests/fixtures/knowledge") {
        bodies::load(&bytes);
        // Truncations at a few points: half a file is the usual bad upload.
        for cut in [1, 3, 7] {
            bodies::load(&bytes[..bytes.len() * cut / 8]);
        }
        let _ = name;
    }
    bodies::load(include_bytes!("../knowledge/story.toml"));
}

#[test]
fn draft_seeds_are_the_articles() {
    for (_, bytes) in seeds("knowledge/articles")
        .into_iter()
        .chain(seeds("tests/fixtures/knowledge/articles"))
    {
        bodies::draft(&bytes);
        bodies::draft(&bytes[..bytes.len() / 2]);
    }
}

/// Inputs the fuzzers found failing, kept once fixed.
#[test]
fn found_by_fuzzing() {
    // An id with a space: the problem named no file (its key differed from
    // the one the file was recorded under).
    bodies::load(b"[[sources]]\nid = \"ferr y\"\ntitle = \"T\"\ndate = \"2023-05-02\"\ntext = \"Some text.\"\n");
    // A synonyms group of one word: no file either.
    bodies::load(b"synonyms = [[\"a\"]]\n");
    // A lone carriage return: the TOML error had an empty message.
    bodies::load(b"\r");
}

/// Pieces of the story's knowledge file, to shuffle into near-valid TOML.
const TOML_PIECES: &[&str] = &[
    "[[sources]]\n",
    "[[entities]]\n",
    "[[facts]]\n",
    "id = \"kirby-briefing\"\n",
    "id = \"x\"\n",
    "title = \"T\"\n",
    "date = \"2022-08-03\"\n",
    "date = \"2022-13\"\n",
    "file = \"articles/2022-08-03-kirby-urges-swap.txt\"\n",
    "file = \"../etc/passwd\"\n",
    "text = \"date 2022-08-03 T\\n\\nKirby said: \\\"Yes.\\\"\\n\"\n",
    "name = \"John Kirby\"\n",
    "kind = \"person\"\n",
    "aliases = [\"Kirby\", \"\"]\n",
    "source = \"kirby-briefing\"\n",
    "subjects = [\"x\"]\n",
    "kinds = [\"who\", \"said\"]\n",
    "answer = \"Kirby spoke.\"\n",
    "quote = \"Yes.\"\n",
    "paragraph = 1\n",
    "paragraph = 0\n",
    "paragraph = 4294967295\n",
    "question = \"Who spoke?\"\n",
    "keywords = [\"spoke\"]\n",
    "synonyms = [[\"a\", \"b\"]]\n",
    "id = 5\n",
    "= \n",
    "\"\n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn answer_any_bytes(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        bodies::answer(&data);
    }

    #[test]
    fn load_any_text(t in "\\PC{0,300}") {
        bodies::load(t.as_bytes());
    }

    #[test]
    fn load_shuffled_pieces_of_knowledge(
        pieces in proptest::collection::vec(prop::sample::select(TOML_PIECES), 0..40)
    ) {
        bodies::load(pieces.concat().as_bytes());
    }

    #[test]
    fn draft_any_text(t in "\\PC{0,400}") {
        bodies::draft(t.as_bytes());
    }

    #[test]
    fn draft_sentences_with_names_quotes_and_dates(
        words in proptest::collection::vec(
            prop::sample::select(vec![
                "John", "Kirby", "said", "\"", "“", "”", "on", "July", "29,", "2022",
                "Mr.", "Lavrov", "told", "reporters", ".", "\n\n", "U.S.", "the", "Russian",
                "Foreign", "Ministry", "spokeswoman", "Maria", "Zakharova", "—", ",", "he",
                "she", "in", "Moscow", "date", "2022-08-03", "'", "?", "3", "years",
            ]),
            0..80,
        )
    ) {
        bodies::draft(words.join(" ").as_bytes());
    }
}
