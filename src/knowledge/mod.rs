//! The story's knowledge: what the bot knows and where each piece comes from.
//!
//! - [`model`]: the validated types (sources, entities, facts).
//! - [`load`]: TOML → validated [`Knowledge`], listing every problem.
//! - [`store`]: the live snapshot: reload, upload, rollback, file watching.
//! - [`atomic`]: crash-safe file replacement (temp file, fsync, rename).
//!
//! Knowledge is read from a path (a `.toml` file, or a folder whose top-level
//! `*.toml` files are merged) or from the default copy compiled into the
//! binary, so `storybot ask` works from any directory.

pub mod atomic;
pub mod build;
pub mod load;
pub mod model;
pub mod store;

use std::path::{Path, PathBuf};

pub use load::{LoadError, Problem};
pub use model::{Article, Entity, EntityKind, Fact, FactKind, Knowledge, Source, StoryDate};

use load::{DiskFiles, EmbeddedFiles};

/// The default knowledge (the repository's `knowledge/` folder), compiled in.
static EMBEDDED: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/knowledge");

/// Where a knowledge snapshot was loaded from, for status lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Embedded,
    Path(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Embedded => f.write_str("(built-in default)"),
            Origin::Path(p) => write!(f, "{}", p.display()),
        }
    }
}

/// The knowledge compiled into the binary. It is checked by the test suite,
/// so failing here means the binary was built from a broken tree.
pub fn load_embedded() -> Result<Knowledge, LoadError> {
    let mut tomls: Vec<PathBuf> = EMBEDDED
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| f.path().to_path_buf())
        .collect();
    tomls.sort();
    load::load(&EmbeddedFiles(&EMBEDDED), &tomls)
}

/// Loads knowledge from a `.toml` file or a folder of them.
pub fn load_path(path: &Path) -> Result<Knowledge, LoadError> {
    let (root, tomls) = discover(path)?;
    load::load(&DiskFiles::new(root), &tomls)
}

/// Loads from `path` when given, else the embedded default.
pub fn load_from(path: Option<&Path>) -> Result<(Knowledge, Origin), LoadError> {
    match path {
        Some(p) => Ok((load_path(p)?, Origin::Path(p.to_path_buf()))),
        None => Ok((load_embedded()?, Origin::Embedded)),
    }
}

/// The root folder and the TOML files (relative to it) that `path` names.
pub fn discover(path: &Path) -> Result<(PathBuf, Vec<PathBuf>), LoadError> {
    let fail = |message: String| {
        LoadError(vec![Problem {
            file: path.display().to_string(),
            at: None,
            message,
        }])
    };
    let meta = std::fs::metadata(path).map_err(|e| fail(format!("cannot read: {e}")))?;
    if meta.is_dir() {
        let mut tomls = Vec::new();
        let entries = std::fs::read_dir(path).map_err(|e| fail(format!("cannot list: {e}")))?;
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_file() && p.extension().is_some_and(|e| e == "toml") {
                tomls.push(PathBuf::from(entry.file_name()));
            }
        }
        tomls.sort();
        Ok((path.to_path_buf(), tomls))
    } else {
        let name = path
            .file_name()
            .ok_or_else(|| fail("not a file name".into()))?;
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Ok((dir, vec![PathBuf::from(name)]))
    }
}
