//! Bad knowledge files, through the [`Store`] the bot uses: truncated, wrong
//! types, 50 MB, duplicate keys, a quote not in the article, a missing
//! article, symbolic links leading out of the knowledge folder, uploads
//! whose name carries a path. Each must be rejected with a message naming
//! the problem (file, and line where there is one), leave the running
//! knowledge untouched, and write nothing outside the knowledge folder.
//!
//! Every case runs on its own copy of the repository's knowledge:
//! ```text
//! tmp/
//!   outside/secret.txt, other.toml, articles/…   (must never change)
//!   knowledge/story.toml, knowledge/articles/…
//! ```
//! and compares everything under `tmp/` except `knowledge/` before and
//! after.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use storybot::knowledge::load::MAX_FILE_BYTES;
use storybot::knowledge::store::{MAX_UPLOAD_BYTES, Store, StoreError};

const ARTICLE: &str = "articles/2022-08-03-kirby-urges-swap.txt";

struct Fixture {
    tmp: tempfile::TempDir,
    dir: PathBuf,
    store: Store,
    version: String,
    facts: usize,
    story: Vec<u8>,
    outside_before: BTreeMap<PathBuf, Vec<u8>>,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// Every file under `root` except those under `skip`, with its bytes
/// (links are listed with their target, not followed).
fn listing(root: &Path, skip: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(p: &Path, skip: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(p).unwrap().flatten() {
            let p = e.path();
            if p == skip {
                continue;
            }
            let meta = std::fs::symlink_metadata(&p).unwrap();
            if meta.file_type().is_symlink() {
                let target = std::fs::read_link(&p).unwrap();
                out.insert(p, format!("link → {}", target.display()).into_bytes());
            } else if meta.is_dir() {
                out.insert(p.clone(), b"dir".to_vec());
                walk(&p, skip, out);
            } else {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, skip, &mut out);
    out
}

impl Fixture {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("knowledge");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"),
            &dir,
        );
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(
            outside.join("secret.txt"),
            "date 2022-08-03 Secret\n\nSecret.\n",
        )
        .unwrap();
        std::fs::write(outside.join("other.toml"), "# not ours\n").unwrap();
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge/articles"),
            &outside.join("articles"),
        );
        let store = Store::open(Some(dir.clone())).expect("the good copy loads");
        let snap = store.snapshot();
        let story = std::fs::read(dir.join("story.toml")).unwrap();
        let outside_before = listing(tmp.path(), &dir);
        Fixture {
            version: snap.version().to_string(),
            facts: snap.knowledge.facts.len(),
            tmp,
            dir,
            store,
            story,
            outside_before,
        }
    }

    fn story_path(&self) -> PathBuf {
        self.dir.join("story.toml")
    }

    fn story_text(&self) -> String {
        String::from_utf8(self.story.clone()).unwrap()
    }

    fn outside(&self) -> PathBuf {
        self.tmp.path().join("outside")
    }

    /// Reloads and returns the error's text; panics if the reload worked.
    fn reload_fails(&self) -> String {
        match self.store.reload("test") {
            Ok(d) => panic!("the reload should have failed, but changed: {d}"),
            Err(e) => e.to_string(),
        }
    }

    fn upload_fails(&self, bytes: &[u8], name: Option<&str>) -> String {
        match self.store.upload(bytes, name, "test") {
            Ok(w) => panic!("the upload should have failed, but wrote {:?}", w.target),
            Err(e) => e.to_string(),
        }
    }

    /// The running knowledge is the one loaded at the start, and nothing
    /// outside the knowledge folder changed.
    fn assert_untouched(&self) {
        let snap = self.store.snapshot();
        assert_eq!(
            snap.version(),
            self.version,
            "the running knowledge changed"
        );
        assert_eq!(snap.knowledge.facts.len(), self.facts);
        assert_eq!(self.store.status().loaded_by, "startup");
        assert_eq!(
            listing(self.tmp.path(), &self.dir),
            self.outside_before,
            "something outside the knowledge folder changed"
        );
    }

    /// For uploads: the knowledge file is byte-identical and no backup,
    /// temporary or other file appeared in the knowledge folder.
    fn assert_folder_untouched(&self, before: &BTreeMap<PathBuf, Vec<u8>>) {
        assert_eq!(std::fs::read(self.story_path()).unwrap(), self.story);
        assert_eq!(
            &listing(&self.dir, Path::new("")),
            before,
            "the knowledge folder changed"
        );
    }
}

/// 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not found"));
    text[..at].matches('\n').count() + 1
}

fn assert_names(msg: &str, parts: &[&str]) {
    for p in parts {
        assert!(msg.contains(p), "the message should name {p:?}:\n{msg}");
    }
}

#[test]
fn a_truncated_file_is_rejected_at_the_line_it_breaks() {
    let fx = Fixture::new();
    let text = fx.story_text();
    // Cut in the middle of a quoted string: an unterminated string.
    let cut = text.find("Russian businessman Viktor Bout for").unwrap();
    std::fs::write(fx.story_path(), &text[..cut]).unwrap();
    let msg = fx.reload_fails();
    let line = text[..cut].matches('\n').count() + 1;
    assert_names(&msg, &[&format!("story.toml:{line}:")]);
    fx.assert_untouched();

    // The same bytes uploaded: refused before anything is written.
    std::fs::write(fx.story_path(), &fx.story).unwrap();
    let before = listing(&fx.dir, Path::new(""));
    let msg = fx.upload_fails(&text.as_bytes()[..cut], Some("story.toml"));
    assert_names(&msg, &["(upload) story.toml", &format!(":{line}:")]);
    fx.assert_folder_untouched(&before);
    fx.assert_untouched();

    // An empty file (truncated to nothing) has no sources and no facts.
    std::fs::write(fx.story_path(), "").unwrap();
    let msg = fx.reload_fails();
    assert!(msg.contains("story.toml"), "{msg}");
    fx.assert_untouched();
}

#[test]
fn wrong_types_are_named_with_their_line() {
    let fx = Fixture::new();
    let text = fx.story_text();
    for (from, to, key) in [
        ("paragraph = 2", "paragraph = \"two\"", "paragraph"),
        ("date = \"2022-08-03\"", "date = 20220803", "date"),
        ("kind = \"person\"", "kind = [\"person\"]", "kind"),
        ("aliases = [\"Kirby\"", "aliases = [7, \"Kirby\"", "aliases"),
    ] {
        let broken = text.replacen(from, to, 1);
        assert_ne!(broken, text, "{from} not found");
        std::fs::write(fx.story_path(), &broken).unwrap();
        let msg = fx.reload_fails();
        let line = line_of(&broken, to);
        // The line, and the broken line quoted: the key is named.
        assert_names(
            &msg,
            &[&format!("story.toml:{line}:"), &format!("(in `{key} = ")],
        );
        fx.assert_untouched();
    }
}

#[test]
fn duplicate_keys_and_duplicate_ids_are_rejected() {
    let fx = Fixture::new();
    let text = fx.story_text();
    // A key twice in one table: a TOML error at the second one.
    let broken = text.replacen("paragraph = 2\n", "paragraph = 2\nparagraph = 3\n", 1);
    std::fs::write(fx.story_path(), &broken).unwrap();
    let msg = fx.reload_fails();
    let line = line_of(&broken, "paragraph = 3");
    assert_names(&msg, &[&format!("story.toml:{line}:"), "duplicate key"]);
    fx.assert_untouched();

    // A table twice with one id: a validation error naming the id.
    let fact_start = text.find("\n[[facts]]\n").unwrap() + 1;
    let fact_end = fact_start + 9 + text[fact_start + 9..].find("\n[[facts]]\n").unwrap();
    let broken = format!("{text}\n{}", &text[fact_start..fact_end]);
    let id_line = broken[fact_start..].lines().nth(1).unwrap().to_string();
    let id = id_line.trim_start_matches("id = ").trim_matches('"');
    std::fs::write(fx.story_path(), &broken).unwrap();
    let msg = fx.reload_fails();
    assert_names(&msg, &["story.toml", &format!("fact {id}"), "duplicate id"]);
    fx.assert_untouched();
}

#[test]
fn a_quote_not_in_the_article_is_rejected_naming_the_fact() {
    let fx = Fixture::new();
    let text = fx.story_text();
    let broken = text.replacen(
        "quote = \"We are talking about an offer",
        "quote = \"We are talking about a gift",
        1,
    );
    assert_ne!(broken, text);
    std::fs::write(fx.story_path(), &broken).unwrap();
    let msg = fx.reload_fails();
    assert_names(
        &msg,
        &["story.toml", "quote is not in the article", "a gift"],
    );
    fx.assert_untouched();
    // Uploaded, the same: refused, nothing written.
    std::fs::write(fx.story_path(), &fx.story).unwrap();
    let before = listing(&fx.dir, Path::new(""));
    let msg = fx.upload_fails(broken.as_bytes(), None);
    assert_names(
        &msg,
        &["(upload) story.toml", "quote is not in the article"],
    );
    fx.assert_folder_untouched(&before);
    fx.assert_untouched();
}

#[test]
fn a_missing_article_file_is_rejected_naming_it() {
    let fx = Fixture::new();
    std::fs::remove_file(fx.dir.join(ARTICLE)).unwrap();
    let msg = fx.reload_fails();
    assert_names(&msg, &["story.toml", "cannot read article", ARTICLE]);
    fx.assert_untouched();
    // Opening the folder fresh fails the same way.
    let err = Store::open(Some(fx.dir.clone())).unwrap_err().to_string();
    assert_names(&err, &["cannot read article", ARTICLE]);
}

#[test]
fn fifty_megabyte_files_are_refused_without_reading_them() {
    let fx = Fixture::new();
    const FIFTY_MB: u64 = 50 * 1000 * 1000;
    // Sparse files: 50 MB by size, next to nothing on disk.
    let big = std::fs::File::create(fx.story_path()).unwrap();
    big.set_len(FIFTY_MB).unwrap();
    drop(big);
    let msg = fx.reload_fails();
    assert_names(
        &msg,
        &[
            "story.toml",
            &FIFTY_MB.to_string(),
            &format!("{MAX_FILE_BYTES}-byte limit"),
        ],
    );
    fx.assert_untouched();

    std::fs::write(fx.story_path(), &fx.story).unwrap();
    let article = std::fs::OpenOptions::new()
        .append(true)
        .open(fx.dir.join(ARTICLE))
        .unwrap();
    let len = article.metadata().unwrap().len();
    article.set_len(len + FIFTY_MB).unwrap();
    drop(article);
    let msg = fx.reload_fails();
    assert_names(&msg, &[ARTICLE, &format!("{MAX_FILE_BYTES}-byte limit")]);
    fx.assert_untouched();

    // A 50 MB upload is refused before it is even parsed.
    std::fs::write(
        fx.dir.join(ARTICLE),
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("knowledge")
                .join(ARTICLE),
        )
        .unwrap(),
    )
    .unwrap();
    let before = listing(&fx.dir, Path::new(""));
    let mut upload = fx.story.clone();
    upload.resize(FIFTY_MB as usize, b'\n');
    match fx.store.upload(&upload, None, "test") {
        Err(e @ StoreError::TooLarge { .. }) => {
            assert_names(
                &e.to_string(),
                &[&FIFTY_MB.to_string(), &MAX_UPLOAD_BYTES.to_string()],
            );
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    fx.assert_folder_untouched(&before);
    fx.assert_untouched();
}

#[cfg(unix)]
#[test]
fn symlinks_out_of_the_knowledge_folder_are_refused() {
    use std::os::unix::fs::symlink;
    let fx = Fixture::new();
    // An article that is a link to a file outside.
    let article = fx.dir.join(ARTICLE);
    std::fs::remove_file(&article).unwrap();
    symlink(fx.outside().join("secret.txt"), &article).unwrap();
    let msg = fx.reload_fails();
    assert_names(&msg, &[ARTICLE, "outside the knowledge folder"]);
    fx.assert_untouched();
    // …and a relative link climbing out.
    std::fs::remove_file(&article).unwrap();
    symlink("../../outside/secret.txt", &article).unwrap();
    let msg = fx.reload_fails();
    assert_names(&msg, &[ARTICLE, "outside the knowledge folder"]);
    fx.assert_untouched();
    // The articles folder itself linked outside, to a folder that holds a
    // file by the article's name.
    std::fs::remove_file(&article).unwrap();
    std::fs::remove_dir_all(fx.dir.join("articles")).unwrap();
    symlink(fx.outside().join("articles"), fx.dir.join("articles")).unwrap();
    let msg = fx.reload_fails();
    assert_names(&msg, &["outside the knowledge folder"]);
    fx.assert_untouched();
}

#[cfg(unix)]
#[test]
fn a_knowledge_file_linked_outside_is_refused() {
    use std::os::unix::fs::symlink;
    let fx = Fixture::new();
    symlink(fx.outside().join("other.toml"), fx.dir.join("extra.toml")).unwrap();
    let msg = fx.reload_fails();
    assert_names(&msg, &["extra.toml", "outside the knowledge folder"]);
    fx.assert_untouched();
    // Uploading over the link would replace the link, never write through
    // it; but the folder now holds two files, so an unnamed upload is
    // refused and a named one writes only inside.
    let msg = fx.upload_fails(&fx.story, None);
    assert_names(
        &msg,
        &["several knowledge files", "extra.toml", "story.toml"],
    );
    fx.assert_untouched();
}

#[cfg(unix)]
#[test]
fn a_backups_folder_linked_outside_is_never_written_through() {
    use std::os::unix::fs::symlink;
    let fx = Fixture::new();
    symlink(fx.outside(), fx.dir.join("backups")).unwrap();
    let new = format!("{}\n# a harmless edit\n", fx.story_text());
    let msg = fx.upload_fails(new.as_bytes(), None);
    assert_names(&msg, &["backups", "outside the knowledge folder"]);
    assert_eq!(std::fs::read(fx.story_path()).unwrap(), fx.story);
    fx.assert_untouched();
    assert!(fx.store.rollback("test").is_err());
    fx.assert_untouched();
}

#[cfg(unix)]
#[test]
fn temporary_file_names_planted_as_links_are_not_followed() {
    use std::os::unix::fs::symlink;
    let fx = Fixture::new();
    // Every temporary name this process could pick for story.toml, planted
    // as a link to a file outside: writing must not go through any.
    for n in 0..1000 {
        let name = format!(".story.toml.{}-{n}.tmp", std::process::id());
        symlink(fx.outside().join("other.toml"), fx.dir.join(name)).unwrap();
    }
    let new = format!("{}\n# a harmless edit\n", fx.story_text());
    let w = fx
        .store
        .upload(new.as_bytes(), None, "test")
        .expect("a good upload");
    assert_eq!(w.target, fx.story_path());
    assert_eq!(std::fs::read_to_string(fx.story_path()).unwrap(), new);
    assert_eq!(
        listing(fx.tmp.path(), &fx.dir),
        fx.outside_before,
        "something outside the knowledge folder changed"
    );
}

#[test]
fn upload_names_carrying_a_path_are_refused() {
    let fx = Fixture::new();
    let new = format!("{}\n# a harmless edit\n", fx.story_text());
    let before = listing(&fx.dir, Path::new(""));
    for name in [
        "../x.toml",
        "../story.toml",
        "/etc/passwd",
        "/tmp/story.toml",
        "a/b.toml",
        "..\\x.toml",
        "articles/story.toml",
        "./story.toml",
        "..",
        "story.toml/../../x.toml",
        "C:\\story.toml",
    ] {
        let msg = fx.upload_fails(new.as_bytes(), Some(name));
        assert_names(&msg, &[name, "path"]);
        fx.assert_folder_untouched(&before);
        fx.assert_untouched();
    }
    // A plain name is fine: with one knowledge file it replaces that file,
    // and only it (plus its backup) is written.
    let w = fx
        .store
        .upload(new.as_bytes(), Some("story (2).toml"), "test")
        .unwrap();
    assert_eq!(w.target, fx.story_path());
    let after = listing(&fx.dir, Path::new(""));
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(p, b)| before.get(*p) != Some(*b))
        .map(|(p, _)| p)
        .collect();
    let backups = fx.dir.join("backups");
    for p in &changed {
        assert!(
            *p == &fx.story_path() || p.starts_with(&backups),
            "unexpected write: {}",
            p.display()
        );
    }
    assert_eq!(
        listing(fx.tmp.path(), &fx.dir),
        fx.outside_before,
        "something outside the knowledge folder changed"
    );
}

#[test]
fn not_text_and_wrong_encoding_are_refused() {
    let fx = Fixture::new();
    let before = listing(&fx.dir, Path::new(""));
    let msg = fx.upload_fails(&[0xff, 0xfe, b'a', 0], None);
    assert!(msg.contains("not UTF-8"), "{msg}");
    fx.assert_folder_untouched(&before);
    let mut latin1 = fx.story.clone();
    latin1.extend_from_slice(b"\n# caf\xe9\n");
    std::fs::write(fx.story_path(), &latin1).unwrap();
    let msg = fx.reload_fails();
    assert_names(&msg, &["story.toml", "not UTF-8"]);
    fx.assert_untouched();
}
