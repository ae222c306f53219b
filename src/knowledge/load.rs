//! Loading knowledge: TOML text → raw structs → validated [`Knowledge`].
//!
//! "Parse, then validate": the raw structs mirror the file (unknown fields are
//! rejected by serde), then [`validate`] checks every rule and collects *all*
//! problems, so `storybot check` can list them in one go. Nothing here panics
//! on file content.
//!
//! Files are read through [`Files`], so the same code loads knowledge from
//! disk and from the copy compiled into the binary. Article paths are
//! relative to the knowledge file's folder and may not leave it.

use std::borrow::Cow;
use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::fmt;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use super::model::{Article, Entity, EntityKind, Fact, FactKind, Knowledge, Source, StoryDate};
use crate::engine::normalize::fold_phrase;

/// Largest knowledge or article file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// One thing wrong with the knowledge, located as precisely as known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line and column, for syntax errors.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((l, c)) => write!(f, "{}:{l}:{c}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Why knowledge could not be loaded: every problem found.
#[derive(Debug, thiserror::Error)]
#[error("{} problem(s) in the knowledge:\n{}", .0.len(), list(.0))]
pub struct LoadError(pub Vec<Problem>);

fn list(ps: &[Problem]) -> String {
    ps.iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where knowledge files and the articles they name are read from.
pub trait Files: Sync {
    /// Reads a file given relative to the knowledge root.
    fn read(&self, rel: &Path) -> Result<String, String>;
    /// How to name a relative path in messages.
    fn display(&self, rel: &Path) -> String;
}

/// Files under a folder on disk; nothing outside it is read.
pub struct DiskFiles {
    root: PathBuf,
    /// `root` with its links resolved, found on the first read: resolving
    /// it again for each of 10k articles was a third of the syscalls of a
    /// load.
    real_root: std::sync::OnceLock<Result<PathBuf, String>>,
}

impl DiskFiles {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            real_root: std::sync::OnceLock::new(),
        }
    }
}

impl Files for DiskFiles {
    fn read(&self, rel: &Path) -> Result<String, String> {
        let path = self.root.join(rel);
        // A symlink may not lead out of the knowledge folder.
        let root = self
            .real_root
            .get_or_init(|| self.root.canonicalize().map_err(|e| e.to_string()))
            .as_ref()
            .map_err(Clone::clone)?;
        let real = path.canonicalize().map_err(|e| e.to_string())?;
        if !real.starts_with(root) {
            return Err("the file lies outside the knowledge folder (through a link)".into());
        }
        let meta = std::fs::metadata(&real).map_err(|e| e.to_string())?;
        if !meta.is_file() {
            return Err("not a regular file".into());
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(format!(
                "file is {} bytes, over the {MAX_FILE_BYTES}-byte limit",
                meta.len()
            ));
        }
        // Read at most one byte past the limit, so a file that grew since
        // the size check is still refused without being read whole.
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        std::fs::File::open(&real)
            .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| e.to_string())?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(format!(
                "file is over the {MAX_FILE_BYTES}-byte limit (it grew while being read)"
            ));
        }
        String::from_utf8(bytes).map_err(|e| format!("not UTF-8: {e}"))
    }

    fn display(&self, rel: &Path) -> String {
        self.root.join(rel).display().to_string()
    }
}

/// Files compiled into the binary.
pub struct EmbeddedFiles(pub &'static include_dir::Dir<'static>);

impl Files for EmbeddedFiles {
    fn read(&self, rel: &Path) -> Result<String, String> {
        let f = self.0.get_file(rel).ok_or("no such embedded file")?;
        f.contents_utf8()
            .map(str::to_string)
            .ok_or_else(|| "not UTF-8".into())
    }

    fn display(&self, rel: &Path) -> String {
        format!("(embedded)/{}", rel.display())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    sources: Vec<RawSource>,
    #[serde(default)]
    entities: Vec<RawEntity>,
    #[serde(default)]
    facts: Vec<RawFact>,
    #[serde(default)]
    synonyms: Vec<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    title: String,
    date: StoryDate,
    outlet: Option<String>,
    file: Option<String>,
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: String,
    name: String,
    kind: EntityKind,
    #[serde(default)]
    aliases: Vec<String>,
    role: Option<String>,
    source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    #[serde(default)]
    subjects: Vec<String>,
    #[serde(default)]
    kinds: Vec<FactKind>,
    answer: String,
    quote: Option<String>,
    source: String,
    paragraph: Option<u32>,
    date: Option<StoryDate>,
    question: Option<String>,
    #[serde(default)]
    keywords: Vec<String>,
}

/// How many knowledge files are parsed at once (each on its own core).
const PARSE_AT_ONCE: usize = 2;

/// Loads and validates knowledge from the given TOML files (paths relative
/// to the root of `files`). All files are merged, then validated as one.
pub fn load(files: &dyn Files, tomls: &[PathBuf]) -> Result<Knowledge, LoadError> {
    let mut problems = Vec::new();
    let mut k = Knowledge::default();
    // Which file each item came from, for naming files in problems: the
    // items' (kind, id, file number), turned into a map only when needed.
    let mut names: Vec<String> = Vec::new();
    let mut items: Vec<(&'static str, usize, usize)> = Vec::new(); // (kind, item number, file)
    let mut hasher = blake3::Hasher::new();
    if tomls.is_empty() {
        problems.push(Problem {
            file: files.display(Path::new("")),
            at: None,
            message: "no knowledge file (*.toml) found".into(),
        });
    }
    // Files are read and parsed two at a time, one per core (most of the
    // load time at 100k facts is TOML parsing; then reading the articles a
    // file names), then taken in order, so problems, the content hash and
    // item order are as if read one by one. Two at a time, not all: each
    // parse tree in memory at once costs peak memory (BENCHMARKS.md).
    let parsed = tomls.chunks(PARSE_AT_ONCE).flat_map(|group| {
        crate::par::map(group, |rel| -> Result<(String, _), String> {
            let text = files.read(rel)?;
            let raw = toml::from_str::<RawFile>(&text).map(|mut raw| {
                let name = files.display(rel);
                let base = rel.parent().unwrap_or(Path::new(""));
                let sources: Vec<Result<Source, Problem>> = std::mem::take(&mut raw.sources)
                    .into_iter()
                    .map(|s| read_source(files, base, &name, s))
                    .collect();
                (raw, sources)
            });
            Ok((text, raw))
        })
    });
    for (rel, parsed) in tomls.iter().zip(parsed) {
        let name = files.display(rel);
        let (text, raw) = match parsed {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem {
                    file: name,
                    at: None,
                    message: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        hasher.update(rel.to_string_lossy().as_bytes());
        hasher.update(text.as_bytes());
        let (raw, sources) = match raw {
            Ok(r) => r,
            Err(e) => {
                let at = e.span().map(|s| line_col(&text, s.start));
                let mut message = e.message().trim().to_string();
                if message.is_empty() {
                    // The toml crate says nothing for some bytes (a lone
                    // carriage return); name the character instead.
                    let next = e.span().and_then(|s| text.get(s.start..)?.chars().next());
                    message = match next {
                        Some(c) => format!(
                            "invalid TOML: unexpected character {c:?} (U+{:04X})",
                            c as u32
                        ),
                        None => "invalid TOML: unexpected end of the file".into(),
                    };
                }
                // Type errors ("wanted string or table") do not say which
                // key; the line they point at does.
                if let Some(line) = at.and_then(|(l, _)| text.lines().nth(l - 1))
                    && !line.trim().is_empty()
                {
                    message.push_str(&format!(" (in `{}`)", excerpt(line.trim())));
                }
                problems.push(Problem {
                    file: name,
                    at,
                    message,
                });
                continue;
            }
        };
        drop(text);
        let file = names.len();
        for source in sources {
            match source {
                Ok(src) => {
                    hasher.update(src.article.body().as_bytes());
                    items.push(("source", k.sources.len(), file));
                    k.sources.push(src)
                }
                Err(p) => problems.push(p),
            }
        }
        for e in raw.entities {
            items.push(("entity", k.entities.len(), file));
            k.entities.push(Entity {
                id: e.id,
                name: e.name,
                kind: e.kind,
                aliases: e.aliases,
                role: e.role,
                source: e.source,
            });
        }
        for f in raw.facts {
            items.push(("fact", k.facts.len(), file));
            k.facts.push(Fact {
                id: f.id,
                subjects: f.subjects,
                kinds: f.kinds,
                answer: f.answer,
                quote: f.quote,
                source: f.source,
                paragraph: f.paragraph,
                date: f.date,
                question: f.question,
                keywords: f.keywords,
            });
        }
        for group in raw.synonyms {
            items.push(("synonyms group", k.synonyms.len(), file));
            k.synonyms.push(group);
        }
        names.push(name);
    }
    if problems.is_empty() && k.facts.is_empty() {
        // Valid TOML with nothing in it is most likely an empty or
        // truncated file; taking it would leave the bot knowing nothing.
        problems.push(Problem {
            file: tomls
                .iter()
                .map(|t| files.display(t))
                .collect::<Vec<_>>()
                .join(", "),
            at: None,
            message:
                "no facts: the knowledge would answer nothing (is the file empty or cut short?)"
                    .into(),
        });
    }
    let invalid = validate(&k);
    if !invalid.is_empty() {
        let mut origin: HashMap<String, &str> = HashMap::new(); // item key → file
        for &(kind, i, file) in &items {
            let id = match kind {
                "source" => k.sources.get(i).map(|s| s.id.clone()),
                "entity" => k.entities.get(i).map(|e| e.id.clone()),
                "fact" => k.facts.get(i).map(|f| f.id.clone()),
                _ => Some((i + 1).to_string()),
            };
            if let Some(id) = id {
                origin.insert(format!("{kind} {id}"), &names[file]);
            }
        }
        let file_of = |key: &str| origin.get(key).map(|f| f.to_string()).unwrap_or_default();
        problems.extend(invalid.into_iter().map(|(key, message)| Problem {
            file: file_of(&key),
            at: None,
            message: format!("{key}: {message}"),
        }));
    }
    if problems.is_empty() {
        k.version = hasher.finalize().to_hex()[..12].to_string();
        Ok(k)
    } else {
        Err(LoadError(problems))
    }
}

fn read_source(
    files: &dyn Files,
    base: &Path,
    name: &str,
    s: RawSource,
) -> Result<Source, Problem> {
    let problem = |message: String| Problem {
        file: name.to_string(),
        at: None,
        message: format!("source {}: {message}", s.id),
    };
    let text = match (&s.file, &s.text) {
        (Some(_), Some(_)) => return Err(problem("give either `file` or `text`, not both".into())),
        (None, None) => return Err(problem("needs `file` (the article) or `text`".into())),
        (None, Some(t)) => t.clone(),
        (Some(f), None) => {
            let rel = Path::new(f);
            if rel.is_absolute()
                || rel
                    .components()
                    .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
            {
                return Err(problem(format!(
                    "article path `{f}` must be relative and stay inside the knowledge folder"
                )));
            }
            files
                .read(&base.join(rel))
                .map_err(|e| problem(format!("cannot read article `{f}`: {e}")))?
        }
    };
    let article = Article::parse(&text);
    if article.paragraphs.is_empty() {
        return Err(problem("the article is empty".into()));
    }
    Ok(Source {
        id: s.id,
        title: s.title,
        date: s.date,
        outlet: s.outlet,
        file: s.file,
        article,
    })
}

/// At most [`EXCERPT_CHARS`] characters of a line, for messages.
fn excerpt(line: &str) -> String {
    if line.chars().count() <= EXCERPT_CHARS {
        line.to_string()
    } else {
        let cut: String = line.chars().take(EXCERPT_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// How much of a broken line a syntax error quotes.
const EXCERPT_CHARS: usize = 60;

/// 1-based line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Collapses every run of white space to one space, for quote matching.
pub fn squash_ws(s: &str) -> Cow<'_, str> {
    let squashed = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.chars().any(|c| c.is_whitespace() && c != ' ');
    if squashed {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    Cow::Owned(out)
}

/// One fact's problems: empty fields, unknown names, quotes not verbatim in
/// the cited paragraph (`squashed`: each source's paragraphs, white space
/// squashed).
fn check_fact(
    f: &Fact,
    entities: &FxHashSet<&str>,
    source_pos: &FxHashMap<&str, usize>,
    sources: &[Source],
    squashed: &[Vec<Cow<'_, str>>],
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let key = || format!("fact {}", f.id);
    if f.answer.trim().is_empty() {
        out.push((key(), "answer is empty".into()));
    }
    if f.kinds.is_empty() {
        out.push((key(), "kinds is empty".into()));
    }
    for s in &f.subjects {
        if !entities.contains(s.as_str()) {
            out.push((key(), format!("unknown subject entity `{s}`")));
        }
    }
    let Some(&si) = source_pos.get(f.source.as_str()) else {
        out.push((key(), format!("unknown source `{}`", f.source)));
        return out;
    };
    let (src, paras) = (&sources[si], &squashed[si]);
    if let Some(p) = f.paragraph
        && (p == 0 || p as usize > paras.len())
    {
        out.push((
            key(),
            format!(
                "paragraph {p} out of range (the article has {})",
                paras.len()
            ),
        ));
        return out;
    }
    let Some(q) = &f.quote else { return out };
    let q = squash_ws(q);
    if q.is_empty() {
        out.push((key(), "quote is empty".into()));
        return out;
    }
    let found = match f.paragraph {
        Some(p) => paras[p as usize - 1].contains(q.as_ref()),
        None => paras.iter().any(|t| t.contains(q.as_ref())),
    };
    if !found {
        let elsewhere = paras.iter().position(|t| t.contains(q.as_ref()));
        let message = match (f.paragraph, elsewhere) {
            (Some(p), Some(i)) => format!(
                "quote is not in paragraph {p} (it is in paragraph {})",
                i + 1
            ),
            _ => format!("quote is not in the article `{}`: \"{q}\"", src.id),
        };
        out.push((key(), message));
    }
    out
}

/// Checks the cross-file rules; returns (item, message) pairs.
pub fn validate(k: &Knowledge) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dup = |kind: &str, ids: Vec<&str>| {
        let mut seen = FxHashSet::default();
        for id in ids {
            if id.trim().is_empty() || id.chars().any(char::is_whitespace) {
                // Keyed like every other problem of this item, so the file
                // it comes from is found.
                out.push((
                    format!("{kind} {id}"),
                    format!("id `{id}` must be non-empty, without spaces"),
                ));
            }
            if !seen.insert(id) {
                out.push((format!("{kind} {id}"), "duplicate id".into()));
            }
        }
    };
    dup("source", k.sources.iter().map(|s| s.id.as_str()).collect());
    dup("entity", k.entities.iter().map(|e| e.id.as_str()).collect());
    dup("fact", k.facts.iter().map(|f| f.id.as_str()).collect());

    let sources: FxHashMap<&str, &Source> = k.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let entities: FxHashSet<&str> = k.entities.iter().map(|e| e.id.as_str()).collect();

    let mut alias_owner: FxHashMap<String, &str> = FxHashMap::default();
    for e in &k.entities {
        let key = || format!("entity {}", e.id);
        if e.name.trim().is_empty() {
            out.push((key(), "name is empty".into()));
        }
        if !sources.contains_key(e.source.as_str()) {
            out.push((key(), format!("unknown source `{}`", e.source)));
        }
        let mut own = FxHashSet::default();
        for a in std::iter::once(&e.name).chain(&e.aliases) {
            let n = fold_phrase(a);
            if n.is_empty() {
                out.push((key(), format!("alias `{a}` has no letters or digits")));
                continue;
            }
            if !own.insert(n.clone()) {
                continue;
            }
            if let Some(other) = alias_owner.insert(n, &e.id)
                && other != e.id
            {
                out.push((
                    key(),
                    format!("alias `{a}` is also claimed by entity `{other}`"),
                ));
            }
        }
    }

    // Quotes are compared with runs of white space squashed; each article's
    // paragraphs are squashed once, not once per quote. Facts are checked
    // on every core (BENCHMARKS.md: load time at 100k facts).
    let squashed: Vec<Vec<Cow<'_, str>>> = crate::par::map(&k.sources, |src| {
        src.article
            .paragraphs
            .iter()
            .map(|t| squash_ws(t))
            .collect()
    });
    let source_pos: FxHashMap<&str, usize> = k
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let fact_problems = crate::par::map(&k.facts, |f| {
        check_fact(f, &entities, &source_pos, &k.sources, &squashed)
    });
    out.extend(fact_problems.into_iter().flatten());
    for (i, g) in k.synonyms.iter().enumerate() {
        if g.len() < 2 {
            out.push((
                format!("synonyms group {}", i + 1),
                "needs at least two words".into(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One knowledge file held in memory.
    struct One(&'static str);

    impl Files for One {
        fn read(&self, _: &Path) -> Result<String, String> {
            Ok(self.0.to_string())
        }
        fn display(&self, rel: &Path) -> String {
            rel.display().to_string()
        }
    }

    #[test]
    fn a_syntax_error_always_says_what() {
        // Found by the `load` fuzz target: a lone carriage return gave a
        // problem with an empty message.
        for text in ["\r", "\n\n\r", "a = 1\r"] {
            let e = load(&One(text), &[PathBuf::from("k.toml")]).unwrap_err();
            for p in &e.0 {
                assert!(!p.message.trim().is_empty(), "{text:?}: {p:?}");
            }
        }
        // toml 0.9 names it itself; with an empty message we name it.
        let e = load(&One("\r"), &[PathBuf::from("k.toml")]).unwrap_err();
        let e = e.to_string();
        assert!(e.contains("U+000D") || e.contains("carriage return"), "{e}");
    }

    #[test]
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 0), (1, 1));
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("", 10), (1, 1));
    }

    #[test]
    fn squash_ws_folds_runs() {
        assert_eq!(squash_ws(" a \n\t b "), "a b");
        assert_eq!(squash_ws(""), "");
    }
}
