//! The live knowledge: the current [`Snapshot`] behind an [`ArcSwap`], and
//! the operations that replace it (reload, upload, rollback, file watching).
//!
//! Invariants:
//! - A new snapshot is loaded, validated and indexed off to the side, then
//!   swapped in atomically. A question in flight keeps the snapshot it
//!   started with ([`Store::snapshot`] hands out an `Arc`).
//! - A bad file never replaces a good snapshot: on any problem the old
//!   snapshot stays and the caller gets every problem found.
//! - Nothing on disk is lost: an upload first copies the current file into
//!   `backups/` next to it; a rollback first saves the current file too.
//!   Files are written atomically and durably ([`super::atomic`]: an
//!   exclusive temporary file in the same folder, fsync, rename, fsync of
//!   the folder): a crash or a kill leaves the old file or the new one.
//! - Nothing is written outside the knowledge folder: an upload's name is
//!   only matched against the files there (a name carrying a path is
//!   refused), and a `backups` link leading out is refused.
//! - Writers (reload, upload, rollback, the watcher) are serialised by one
//!   lock; readers never wait for it. All operations are blocking file I/O:
//!   call them from `spawn_blocking` in async code.
//!
//! No Discord types here; the Discord layer and the CLI are adapters.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use arc_swap::ArcSwap;
use tokio::sync::watch;

use super::load::{DiskFiles, Files, LoadError};
use super::{Knowledge, Origin};
use crate::engine::Snapshot;

/// Largest knowledge file accepted by [`Store::upload`]. The real story's
/// file is a few tens of kilobytes; this leaves ample room while keeping a
/// stray upload from filling the disk.
pub const MAX_UPLOAD_BYTES: usize = 1024 * 1024;

/// The folder, next to the knowledge file, that holds backups.
pub const BACKUP_DIR: &str = "backups";

/// How long the watcher waits for edits to settle before reloading. Editors
/// save in several steps (write temp, rename); half a second covers them.
pub const WATCH_DEBOUNCE: Duration = Duration::from_millis(300);

/// Suffix of the backup a rollback makes of the file it replaces. Such
/// backups are kept but never picked by a later rollback, so repeated
/// rollbacks walk back through history instead of toggling.
const BEFORE_ROLLBACK: &str = "before-rollback";

/// Why a store operation did nothing.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the knowledge is the built-in copy, which cannot be changed; set STORYBOT_KNOWLEDGE to a file or folder"
    )]
    ReadOnly,
    #[error(transparent)]
    Invalid(#[from] LoadError),
    #[error("the file is {size} bytes, over the {limit}-byte limit")]
    TooLarge { size: usize, limit: usize },
    #[error("the file is not UTF-8 text")]
    NotText,
    #[error("{0}")]
    Target(String),
    #[error("no backup to roll back to in {0}")]
    NoBackup(PathBuf),
    #[error("{what}: {err}")]
    Io { what: String, err: std::io::Error },
}

fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> StoreError {
    let what = what.into();
    move |err| StoreError::Io { what, err }
}

/// What a reload changed, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    pub facts_added: Vec<String>,
    pub facts_changed: Vec<String>,
    pub facts_removed: Vec<String>,
    pub entities_added: Vec<String>,
    pub entities_changed: Vec<String>,
    pub entities_removed: Vec<String>,
    /// Sources and synonyms changed (they have no per-item listing).
    pub other_changed: bool,
    pub old_version: String,
    pub new_version: String,
}

impl Diff {
    /// Compares two knowledge sets item by item.
    pub fn between(old: &Knowledge, new: &Knowledge) -> Self {
        fn by_id<'a, T: fmt::Debug>(
            items: &'a [T],
            id: fn(&'a T) -> &'a str,
        ) -> HashMap<&'a str, String> {
            items.iter().map(|t| (id(t), format!("{t:?}"))).collect()
        }
        fn compare(
            old: HashMap<&str, String>,
            new: HashMap<&str, String>,
        ) -> (Vec<String>, Vec<String>, Vec<String>) {
            let mut added: Vec<String> = new
                .keys()
                .filter(|k| !old.contains_key(*k))
                .map(|k| k.to_string())
                .collect();
            let mut removed: Vec<String> = old
                .keys()
                .filter(|k| !new.contains_key(*k))
                .map(|k| k.to_string())
                .collect();
            let mut changed: Vec<String> = new
                .iter()
                .filter(|(k, v)| old.get(*k).is_some_and(|o| o != *v))
                .map(|(k, _)| k.to_string())
                .collect();
            added.sort();
            removed.sort();
            changed.sort();
            (added, changed, removed)
        }
        let (facts_added, facts_changed, facts_removed) =
            compare(by_id(&old.facts, |f| &f.id), by_id(&new.facts, |f| &f.id));
        let (entities_added, entities_changed, entities_removed) = compare(
            by_id(&old.entities, |e| &e.id),
            by_id(&new.entities, |e| &e.id),
        );
        let other_changed = format!("{:?}{:?}", old.sources, old.synonyms)
            != format!("{:?}{:?}", new.sources, new.synonyms);
        Diff {
            facts_added,
            facts_changed,
            facts_removed,
            entities_added,
            entities_changed,
            entities_removed,
            other_changed,
            old_version: old.version.clone(),
            new_version: new.version.clone(),
        }
    }

    /// True when no fact, entity, source or synonym changed.
    pub fn is_empty(&self) -> bool {
        self.facts_added.is_empty()
            && self.facts_changed.is_empty()
            && self.facts_removed.is_empty()
            && self.entities_added.is_empty()
            && self.entities_changed.is_empty()
            && self.entities_removed.is_empty()
            && !self.other_changed
    }
}

impl fmt::Display for Diff {
    /// One line per non-empty group: "facts added: a, b".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return write!(f, "no changes (version {})", self.new_version);
        }
        writeln!(f, "version {} → {}", self.old_version, self.new_version)?;
        let groups = [
            ("facts added", &self.facts_added),
            ("facts changed", &self.facts_changed),
            ("facts removed", &self.facts_removed),
            ("entities added", &self.entities_added),
            ("entities changed", &self.entities_changed),
            ("entities removed", &self.entities_removed),
        ];
        let mut lines: Vec<String> = groups
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(name, v)| format!("{name} ({}): {}", v.len(), v.join(", ")))
            .collect();
        if self.other_changed {
            lines.push("sources or synonyms changed".into());
        }
        f.write_str(&lines.join("\n"))
    }
}

/// What `/knowledge status` shows.
#[derive(Debug, Clone)]
pub struct Status {
    pub version: String,
    pub loaded_at: SystemTime,
    pub loaded_by: String,
    pub sources: usize,
    pub entities: usize,
    pub facts: usize,
    pub origin: Origin,
    /// Whether reload, upload and rollback can work (knowledge is on disk).
    pub writable: bool,
    pub backups: usize,
}

/// The result of an upload or a rollback.
#[derive(Debug)]
pub struct Written {
    pub diff: Diff,
    /// The file that was replaced.
    pub target: PathBuf,
    /// Where the previous content was saved (none when there was no file).
    pub backup: Option<PathBuf>,
    /// For a rollback: the backup that was restored (it is consumed).
    pub restored: Option<PathBuf>,
}

struct Meta {
    loaded_at: SystemTime,
    loaded_by: String,
}

/// The live knowledge. Share it as `Arc<Store>`.
pub struct Store {
    /// `None`: the built-in copy, read-only.
    path: Option<PathBuf>,
    current: ArcSwap<Snapshot>,
    meta: Mutex<Meta>,
    /// Serialises writers.
    write: Mutex<()>,
    /// Bumped on every swap; lets callers wait for a reload.
    generation: watch::Sender<u64>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("version", &self.current.load().version())
            .finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding these locks leaves no half-written state behind
    // (swaps are atomic), so a poisoned lock is safe to keep using.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Store {
    /// Loads knowledge from `path` (a file or folder), or the built-in copy.
    pub fn open(path: Option<PathBuf>) -> Result<Self, LoadError> {
        if let Some(p) = &path {
            // A process killed mid-write leaves its temporary file behind
            // (never read as knowledge): tidy them at start.
            let dir = if p.is_dir() {
                p.clone()
            } else {
                super::atomic::parent_dir(p)
            };
            let removed = super::atomic::remove_stale_temps(&dir)
                + super::atomic::remove_stale_temps(&dir.join(BACKUP_DIR));
            if removed > 0 {
                tracing::info!(removed, folder = %dir.display(), "removed stale temporary files");
            }
        }
        let (k, origin) = super::load_from(path.as_deref())?;
        tracing::info!(version = %k.version, facts = k.facts.len(), %origin, "knowledge loaded");
        Ok(Self::with_snapshot(Snapshot::new(k, origin), path))
    }

    /// Wraps an already loaded snapshot; `path` is where reloads read from.
    pub fn with_snapshot(snap: Snapshot, path: Option<PathBuf>) -> Self {
        Self {
            path,
            current: ArcSwap::from_pointee(snap),
            meta: Mutex::new(Meta {
                loaded_at: SystemTime::now(),
                loaded_by: "startup".into(),
            }),
            write: Mutex::new(()),
            generation: watch::channel(0).0,
        }
    }

    /// The current snapshot. Cheap; hold it for the whole of one question.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// The knowledge file or folder, when on disk.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// A receiver whose value changes on every swap.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.generation.subscribe()
    }

    pub fn status(&self) -> Status {
        let snap = self.snapshot();
        let meta = lock(&self.meta);
        Status {
            version: snap.version().to_string(),
            loaded_at: meta.loaded_at,
            loaded_by: meta.loaded_by.clone(),
            sources: snap.knowledge.sources.len(),
            entities: snap.knowledge.entities.len(),
            facts: snap.knowledge.facts.len(),
            origin: snap.origin.clone(),
            writable: self.path.is_some(),
            backups: self
                .target(None)
                .map(|t| list_backups(&t.root, &t.rel, false).len())
                .unwrap_or(0),
        }
    }

    /// Loads the knowledge again from disk; on success swaps it in and
    /// returns what changed, else keeps the current snapshot.
    pub fn reload(&self, by: &str) -> Result<Diff, StoreError> {
        let _w = lock(&self.write);
        self.reload_locked(by)
    }

    fn reload_locked(&self, by: &str) -> Result<Diff, StoreError> {
        let path = self.path.as_ref().ok_or(StoreError::ReadOnly)?;
        let k = super::load_path(path)?;
        Ok(self.swap(Snapshot::new(k, Origin::Path(path.clone())), by))
    }

    fn swap(&self, snap: Snapshot, by: &str) -> Diff {
        let old = self.snapshot();
        let diff = Diff::between(&old.knowledge, &snap.knowledge);
        self.current.store(Arc::new(snap));
        *lock(&self.meta) = Meta {
            loaded_at: SystemTime::now(),
            loaded_by: by.to_string(),
        };
        self.generation.send_modify(|g| *g += 1);
        diff
    }

    /// Replaces the knowledge file with `bytes` after validating them
    /// together with the rest of the knowledge. `name` picks the file when
    /// the knowledge is a folder of several.
    pub fn upload(
        &self,
        bytes: &[u8],
        name: Option<&str>,
        by: &str,
    ) -> Result<Written, StoreError> {
        if bytes.len() > MAX_UPLOAD_BYTES {
            return Err(StoreError::TooLarge {
                size: bytes.len(),
                limit: MAX_UPLOAD_BYTES,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| StoreError::NotText)?;
        let _w = lock(&self.write);
        let t = self.target(name)?;
        t.validate(text)?;
        let backup = t.backup(None)?;
        write_atomic(&t.file(), text.as_bytes())?;
        let diff = self.reload_locked(by)?;
        tracing::info!(target = %t.file().display(), backup = ?backup, %by, "knowledge uploaded");
        Ok(Written {
            diff,
            target: t.file(),
            backup,
            restored: None,
        })
    }

    /// Restores the newest backup (validated first), saving the current
    /// file as a `before-rollback` backup so nothing is lost.
    pub fn rollback(&self, by: &str) -> Result<Written, StoreError> {
        let _w = lock(&self.write);
        let t = self.target(None)?;
        let newest = list_backups(&t.root, &t.rel, false)
            .pop()
            .ok_or_else(|| StoreError::NoBackup(t.root.join(BACKUP_DIR)))?;
        let text = std::fs::read_to_string(&newest)
            .map_err(io(format!("cannot read {}", newest.display())))?;
        t.validate(&text)?;
        let backup = t.backup(Some(BEFORE_ROLLBACK))?;
        super::atomic::rename_durable(&newest, &t.file())
            .map_err(io(format!("cannot restore {}", newest.display())))?;
        let diff = self.reload_locked(by)?;
        tracing::info!(restored = %newest.display(), %by, "knowledge rolled back");
        Ok(Written {
            diff,
            target: t.file(),
            backup,
            restored: Some(newest),
        })
    }

    /// The file an upload or rollback replaces: the one knowledge file, or
    /// in a folder of several, the one called `name`. Uploads only replace
    /// existing files.
    fn target(&self, name: Option<&str>) -> Result<Target, StoreError> {
        let path = self.path.as_ref().ok_or(StoreError::ReadOnly)?;
        if let Some(n) = name
            && carries_path(n)
        {
            return Err(StoreError::Target(format!(
                "the upload's name `{n}` carries a path; uploads only replace a knowledge file \
                 in the knowledge folder, named by its plain file name (like `story.toml`)"
            )));
        }
        let (root, all) = super::discover(path)?;
        let named = name.and_then(|n| all.iter().find(|t| t.as_os_str() == n));
        let rel = match (named, all.as_slice()) {
            (Some(t), _) => t.clone(),
            (None, [one]) => one.clone(),
            (None, []) => {
                return Err(StoreError::Target(format!(
                    "no .toml file in {}",
                    root.display()
                )));
            }
            (None, several) => {
                let names: Vec<String> = several.iter().map(|t| t.display().to_string()).collect();
                return Err(StoreError::Target(format!(
                    "{} holds several knowledge files ({}); name the upload after the one to replace",
                    root.display(),
                    names.join(", ")
                )));
            }
        };
        Ok(Target { root, rel, all })
    }

    /// Starts watching the knowledge files; edits are reloaded after they
    /// settle, under the same validate-or-keep rule. Keep the returned
    /// watcher alive for as long as watching should go on.
    pub fn watch(self: &Arc<Self>) -> Result<KnowledgeWatcher, StoreError> {
        use notify_debouncer_mini::notify::RecursiveMode;
        let path = self.path.clone().ok_or(StoreError::ReadOnly)?;
        let (root, _) = super::discover(&path)?;
        let weak = Arc::downgrade(self);
        let backups = root.join(BACKUP_DIR);
        let mut debouncer = notify_debouncer_mini::new_debouncer(
            WATCH_DEBOUNCE,
            move |res: notify_debouncer_mini::DebounceEventResult| {
                let Some(store) = weak.upgrade() else { return };
                match res {
                    Ok(events) => {
                        let relevant = events.iter().any(|e| {
                            !e.path.starts_with(&backups)
                                && !e
                                    .path
                                    .file_name()
                                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                        });
                        if relevant {
                            store.reload_from_watcher();
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "knowledge watcher error"),
                }
            },
        )
        .map_err(|e| StoreError::Target(format!("cannot watch {}: {e}", root.display())))?;
        // The knowledge folder itself (not recursively: backups/ lives there
        // and folders of knowledge only use their top-level files), plus
        // every folder an article lies in.
        let mut dirs = vec![root.clone()];
        for s in &self.snapshot().knowledge.sources {
            if let Some(dir) = s
                .file
                .as_ref()
                .and_then(|f| root.join(f).parent().map(Path::to_path_buf))
                && !dirs.contains(&dir)
            {
                dirs.push(dir);
            }
        }
        for d in &dirs {
            debouncer
                .watcher()
                .watch(d, RecursiveMode::NonRecursive)
                .map_err(|e| StoreError::Target(format!("cannot watch {}: {e}", d.display())))?;
        }
        tracing::info!(dirs = ?dirs, "watching knowledge files");
        Ok(KnowledgeWatcher {
            _debouncer: debouncer,
        })
    }

    /// A watcher-triggered reload: skipped when nothing changed, logged
    /// either way it goes.
    fn reload_from_watcher(&self) {
        let _w = lock(&self.write);
        let Some(path) = &self.path else { return };
        match super::load_path(path) {
            Ok(k) if k.version == self.snapshot().version() => {
                tracing::debug!("knowledge files touched, content unchanged");
            }
            Ok(k) => {
                let diff = self.swap(Snapshot::new(k, Origin::Path(path.clone())), "file watcher");
                tracing::info!(changes = %diff, "knowledge reloaded after an edit on disk");
            }
            Err(e) => {
                tracing::warn!(problems = %e, "edited knowledge is invalid; keeping the current version");
            }
        }
    }
}

/// Keeps the file watcher running; dropping it stops watching.
pub struct KnowledgeWatcher {
    _debouncer: notify_debouncer_mini::Debouncer<notify_debouncer_mini::notify::RecommendedWatcher>,
}

impl fmt::Debug for KnowledgeWatcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("KnowledgeWatcher")
    }
}

/// One knowledge file inside its root folder, and the full file set.
struct Target {
    root: PathBuf,
    rel: PathBuf,
    all: Vec<PathBuf>,
}

impl Target {
    fn file(&self) -> PathBuf {
        self.root.join(&self.rel)
    }

    /// Validates `text` as the new content of this file, together with the
    /// other files on disk, with article paths resolved from the real
    /// folder. Nothing is written.
    fn validate(&self, text: &str) -> Result<Knowledge, LoadError> {
        let files = Overlay {
            disk: DiskFiles::new(&self.root),
            rel: &self.rel,
            text,
        };
        super::load::load(&files, &self.all)
    }

    /// Copies the current file (if any) into `backups/` under a fresh
    /// timestamped name.
    fn backup(&self, tag: Option<&str>) -> Result<Option<PathBuf>, StoreError> {
        let file = self.file();
        if !file.exists() {
            return Ok(None);
        }
        let dir = self.root.join(BACKUP_DIR);
        std::fs::create_dir_all(&dir).map_err(io(format!("cannot create {}", dir.display())))?;
        // A `backups` link leading elsewhere would make the copy a write
        // outside the knowledge folder.
        let real_root = self
            .root
            .canonicalize()
            .map_err(io(format!("cannot resolve {}", self.root.display())))?;
        let real_dir = dir
            .canonicalize()
            .map_err(io(format!("cannot resolve {}", dir.display())))?;
        if !real_dir.starts_with(&real_root) || real_dir == real_root {
            return Err(StoreError::Target(format!(
                "{} lies outside the knowledge folder (through a link); nothing was written",
                dir.display()
            )));
        }
        let stem = stem(&self.rel);
        let mut t = SystemTime::now();
        let dest = loop {
            let name = match tag {
                Some(tag) => format!("{stem}.{}.{tag}.toml", stamp(t)),
                None => format!("{stem}.{}.toml", stamp(t)),
            };
            let dest = dir.join(name);
            if !dest.exists() {
                break dest;
            }
            t += Duration::from_micros(1);
        };
        let bytes = std::fs::read(&file).map_err(io(format!("cannot read {}", file.display())))?;
        write_atomic(&dest, &bytes)?;
        Ok(Some(dest))
    }
}

/// True when an upload's name is more than a plain file name: a separator
/// of either kind (whatever the platform), a NUL, or `.`/`..`.
fn carries_path(name: &str) -> bool {
    name.contains(['/', '\\', '\0']) || name == "." || name == ".."
}

fn stem(rel: &Path) -> String {
    rel.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A sortable UTC timestamp with microseconds: `20220803T101500.123456Z`.
fn stamp(t: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(t)
        .format("%Y%m%dT%H%M%S%.6fZ")
        .to_string()
}

/// Backups of `rel` in `root/backups`, oldest first. `before-rollback`
/// copies are included only when `all`.
fn list_backups(root: &Path, rel: &Path, all: bool) -> Vec<PathBuf> {
    let prefix = format!("{}.", stem(rel));
    let Ok(entries) = std::fs::read_dir(root.join(BACKUP_DIR)) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let Some(name) = p.file_name().and_then(|n| n.to_str()) else {
                return false;
            };
            let Some(mid) = name
                .strip_prefix(&prefix)
                .and_then(|r| r.strip_suffix(".toml"))
            else {
                return false;
            };
            let plain = mid.len() == "20220803T101500.123456Z".len() && mid.ends_with('Z');
            plain || (all && mid.ends_with(BEFORE_ROLLBACK))
        })
        .collect();
    out.sort();
    out
}

/// Writes `dest` atomically and durably (see [`super::atomic`]).
fn write_atomic(dest: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    super::atomic::write_atomic(dest, bytes).map_err(io(format!("cannot write {}", dest.display())))
}

/// Disk files with one file's content replaced by text in memory.
struct Overlay<'a> {
    disk: DiskFiles,
    rel: &'a Path,
    text: &'a str,
}

impl Files for Overlay<'_> {
    fn read(&self, rel: &Path) -> Result<String, String> {
        if rel == self.rel {
            Ok(self.text.to_string())
        } else {
            self.disk.read(rel)
        }
    }

    fn display(&self, rel: &Path) -> String {
        if rel == self.rel {
            format!("(upload) {}", rel.display())
        } else {
            self.disk.display(rel)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str =
        "date 2022-08-03 Test story\n\nAlice met Bob in Paris.\n\nBob said: \"It went well.\"\n";

    fn toml(extra_fact: bool) -> String {
        let mut s = String::from(
            r#"
[[sources]]
id = "s"
title = "Test story"
date = "2022-08-03"
file = "articles/a.txt"

[[entities]]
id = "alice"
name = "Alice Smith"
kind = "person"
aliases = ["Alice"]
source = "s"

[[entities]]
id = "bob"
name = "Bob Jones"
kind = "person"
aliases = ["Bob"]
source = "s"

[[facts]]
id = "met"
subjects = ["alice", "bob"]
kinds = ["what", "where"]
answer = "Alice met Bob in Paris."
quote = "Alice met Bob in Paris."
source = "s"
paragraph = 1
"#,
        );
        if extra_fact {
            s.push_str(
                r#"
[[facts]]
id = "went-well"
subjects = ["bob"]
kinds = ["said"]
answer = "Bob said it went well."
quote = "It went well."
source = "s"
paragraph = 2
"#,
            );
        }
        s
    }

    /// A knowledge folder with one file and one article; returns the file.
    fn fixture(dir: &Path) -> PathBuf {
        std::fs::create_dir_all(dir.join("articles")).unwrap();
        std::fs::write(dir.join("articles/a.txt"), ARTICLE).unwrap();
        let f = dir.join("story.toml");
        std::fs::write(&f, toml(false)).unwrap();
        f
    }

    #[test]
    fn reload_swaps_and_reports_the_diff() {
        let tmp = tempfile::tempdir().unwrap();
        let f = fixture(tmp.path());
        let store = Store::open(Some(f.clone())).unwrap();
        let before = store.snapshot();
        let gen0 = *store.subscribe().borrow();
        std::fs::write(
            &f,
            toml(true)
                .replace(
                    "Alice met Bob in Paris.\"\nquote",
                    "Alice and Bob met in Paris.\"\nquote",
                )
                .replace("aliases = [\"Bob\"]", "aliases = [\"Bob\", \"Bobby\"]"),
        )
        .unwrap();
        let diff = store.reload("tester").unwrap();
        assert_eq!(diff.facts_added, ["went-well"]);
        assert_eq!(diff.facts_changed, ["met"]);
        assert_eq!(diff.entities_changed, ["bob"]);
        assert!(diff.facts_removed.is_empty() && diff.entities_added.is_empty());
        assert_ne!(diff.old_version, diff.new_version);
        assert_eq!(store.snapshot().knowledge.facts.len(), 2);
        // The old snapshot is untouched for whoever still holds it.
        assert_eq!(before.knowledge.facts.len(), 1);
        assert_ne!(*store.subscribe().borrow(), gen0);
        let st = store.status();
        assert_eq!((st.facts, st.entities, st.sources), (2, 2, 1));
        assert_eq!(st.loaded_by, "tester");
        assert!(st.writable);
        let again = store.reload("tester").unwrap();
        assert!(again.is_empty(), "{again}");
    }

    #[test]
    fn broken_reload_keeps_the_old_snapshot_and_lists_every_problem() {
        let tmp = tempfile::tempdir().unwrap();
        let f = fixture(tmp.path());
        let store = Store::open(Some(f.clone())).unwrap();
        let v = store.snapshot().version().to_string();
        let broken = toml(true)
            .replace(
                "source = \"s\"\nparagraph = 2",
                "source = \"nope\"\nparagraph = 2",
            )
            .replace("subjects = [\"alice\", \"bob\"]", "subjects = [\"carol\"]");
        std::fs::write(&f, broken).unwrap();
        match store.reload("tester") {
            Err(StoreError::Invalid(e)) => assert!(e.0.len() >= 2, "{e}"),
            other => panic!("expected problems, got {other:?}"),
        }
        assert_eq!(store.snapshot().version(), v);
        std::fs::write(&f, "this is = = not toml").unwrap();
        assert!(matches!(store.reload("t"), Err(StoreError::Invalid(_))));
        assert_eq!(store.snapshot().version(), v);
        assert_eq!(store.status().loaded_by, "startup");
    }

    #[test]
    fn upload_validates_backs_up_and_swaps() {
        let tmp = tempfile::tempdir().unwrap();
        let f = fixture(tmp.path());
        let store = Store::open(Some(f.clone())).unwrap();
        let w = store
            .upload(toml(true).as_bytes(), Some("story.toml"), "mod")
            .unwrap();
        assert_eq!(w.diff.facts_added, ["went-well"]);
        let backup = w.backup.expect("a backup");
        assert!(backup.starts_with(tmp.path().join(BACKUP_DIR)));
        assert_eq!(std::fs::read_to_string(&backup).unwrap(), toml(false));
        assert_eq!(std::fs::read_to_string(&f).unwrap(), toml(true));
        assert!(store.snapshot().knowledge.fact("went-well").is_some());
        // No temporary files are left behind.
        let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
        assert_eq!(store.status().backups, 1);
    }

    #[test]
    fn bad_uploads_change_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let f = fixture(tmp.path());
        let store = Store::open(Some(f.clone())).unwrap();
        let v = store.snapshot().version().to_string();
        let bad = toml(true).replace("quote = \"It went well.\"", "quote = \"It went badly.\"");
        assert!(matches!(
            store.upload(bad.as_bytes(), None, "m"),
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            store.upload(&[0xff, 0xfe], None, "m"),
            Err(StoreError::NotText)
        ));
        let big = vec![b'#'; MAX_UPLOAD_BYTES + 1];
        assert!(matches!(
            store.upload(&big, None, "m"),
            Err(StoreError::TooLarge { .. })
        ));
        assert_eq!(store.snapshot().version(), v);
        assert_eq!(std::fs::read_to_string(&f).unwrap(), toml(false));
        assert!(!tmp.path().join(BACKUP_DIR).exists());
    }

    #[test]
    fn rollback_restores_the_newest_backup_and_keeps_the_current_one() {
        let tmp = tempfile::tempdir().unwrap();
        let f = fixture(tmp.path());
        let store = Store::open(Some(f.clone())).unwrap();
        assert!(matches!(store.rollback("m"), Err(StoreError::NoBackup(_))));
        store.upload(toml(true).as_bytes(), None, "m").unwrap();
        let w = store.rollback("m").unwrap();
        assert_eq!(w.diff.facts_removed, ["went-well"]);
        assert_eq!(std::fs::read_to_string(&f).unwrap(), toml(false));
        let saved = w.backup.expect("the current file is saved first");
        assert_eq!(std::fs::read_to_string(saved).unwrap(), toml(true));
        assert!(
            !w.restored.unwrap().exists(),
            "the restored backup is consumed"
        );
        // The before-rollback copy is not a rollback target: no toggling.
        assert!(matches!(store.rollback("m"), Err(StoreError::NoBackup(_))));
        assert_eq!(
            list_backups(tmp.path(), Path::new("story.toml"), true).len(),
            1
        );
    }

    #[test]
    fn folders_of_several_files_need_a_name() {
        let tmp = tempfile::tempdir().unwrap();
        fixture(tmp.path());
        std::fs::write(tmp.path().join("extra.toml"), "").unwrap();
        let store = Store::open(Some(tmp.path().to_path_buf())).unwrap();
        assert!(matches!(
            store.upload(toml(true).as_bytes(), None, "m"),
            Err(StoreError::Target(_))
        ));
        assert!(matches!(
            store.upload(toml(true).as_bytes(), Some("../x.toml"), "m"),
            Err(StoreError::Target(_))
        ));
        store
            .upload(toml(true).as_bytes(), Some("story.toml"), "m")
            .unwrap();
        assert_eq!(store.snapshot().knowledge.facts.len(), 2);
        // A duplicate of every id in another file is caught before writing.
        assert!(matches!(
            store.upload(toml(false).as_bytes(), Some("extra.toml"), "m"),
            Err(StoreError::Invalid(_))
        ));
    }

    #[test]
    fn the_built_in_copy_is_read_only() {
        let store = Store::open(None).unwrap();
        assert!(matches!(store.reload("m"), Err(StoreError::ReadOnly)));
        assert!(matches!(
            store.upload(b"", None, "m"),
            Err(StoreError::ReadOnly)
        ));
        assert!(matches!(store.rollback("m"), Err(StoreError::ReadOnly)));
        assert!(!store.status().writable);
    }

    #[tokio::test]
    async fn the_watcher_reloads_edits_and_ignores_broken_ones() {
        let tmp = tempfile::tempdir().unwrap();
        let f = fixture(tmp.path());
        let store = Arc::new(Store::open(Some(f.clone())).unwrap());
        let _w = store.watch().unwrap();
        let mut rx = store.subscribe();
        std::fs::write(&f, toml(true)).unwrap();
        tokio::time::timeout(Duration::from_secs(10), rx.changed())
            .await
            .expect("reloaded within 10 s")
            .unwrap();
        assert_eq!(store.snapshot().knowledge.facts.len(), 2);
        assert_eq!(store.status().loaded_by, "file watcher");
        // A broken edit is logged and ignored; a later good one is taken.
        std::fs::write(&f, "broken = = =").unwrap();
        std::fs::write(
            tmp.path().join("articles/a.txt"),
            ARTICLE.replace("Paris", "Rome"),
        )
        .unwrap();
        std::fs::write(&f, toml(true).replace("Paris", "Rome")).unwrap();
        tokio::time::timeout(Duration::from_secs(10), rx.changed())
            .await
            .expect("reloaded within 10 s")
            .unwrap();
        let snap = store.snapshot();
        assert!(snap.knowledge.fact("met").unwrap().answer.contains("Rome"));
    }

    #[test]
    fn diff_display_lists_groups() {
        let mut d = Diff {
            old_version: "a".into(),
            new_version: "a".into(),
            ..Default::default()
        };
        assert_eq!(d.to_string(), "no changes (version a)");
        d.facts_added = vec!["x".into(), "y".into()];
        d.new_version = "b".into();
        assert_eq!(d.to_string(), "version a → b\nfacts added (2): x, y");
    }
}
