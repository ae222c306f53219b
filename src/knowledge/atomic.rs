//! Crash-safe file replacement, shared by the store (upload, rollback,
//! backups) and `storybot build`.
//!
//! [`write_atomic`] writes a temporary file in the destination's folder,
//! flushes it to disk, renames it over the destination and flushes the
//! folder, so after a crash or a kill at any point the destination holds
//! the old bytes or the new ones, complete, never a mix. The temporary file
//! is created exclusively (`O_CREAT|O_EXCL`, which also refuses to follow a
//! link planted under its name) and starts with a dot and ends in `.tmp`,
//! so a leftover one is never taken for a knowledge file (`*.toml`) or a
//! backup.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// How many temporary names to try before giving up (each is taken only
/// when a file by that name already exists).
const TRIES: u32 = 10_000;

/// The folder a path lies in (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Replaces `dest` with `bytes` atomically and durably (see the module
/// docs). On error the destination is unchanged and the temporary file is
/// removed.
pub fn write_atomic(dest: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent_dir(dest);
    let name = dest
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?
        .to_string_lossy()
        .into_owned();
    let (tmp, mut f) = create_temp(&dir, &name)?;
    let result = (|| {
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, dest)?;
        sync_dir(&dir)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Renames `from` over `to` and flushes the folder, so the rename survives
/// a crash. Both must be in one file system.
pub fn rename_durable(from: &Path, to: &Path) -> io::Result<()> {
    std::fs::rename(from, to)?;
    sync_dir(&parent_dir(to))?;
    if parent_dir(from) != parent_dir(to) {
        sync_dir(&parent_dir(from))?;
    }
    Ok(())
}

/// Flushes a folder's entries (a rename or a new file in it) to disk.
/// Where folders cannot be opened (not Unix), this is a no-op.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Removes temporary files a killed writer left in `dir`: regular files
/// named as [`write_atomic`] names them (`.{name}.{pid}-{n}.tmp`) by another
/// process than this one. Returns how many were removed; a file that cannot
/// be removed is skipped (it is never read as knowledge anyway).
pub fn remove_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(pid) = name.to_str().and_then(temp_owner) else {
            continue;
        };
        let regular = e.file_type().is_ok_and(|t| t.is_file());
        if regular && pid != std::process::id() && std::fs::remove_file(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// The process id in a temporary file name of [`create_temp`]'s making.
fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (_, tag) = rest.rsplit_once('.')?;
    let (pid, n) = tag.split_once('-')?;
    n.parse::<u64>().ok()?;
    pid.parse().ok()
}

/// A new, empty temporary file `.{name}.{pid}-{n}.tmp` in `dir`.
fn create_temp(dir: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    for _ in 0..TRIES {
        let tmp = dir.join(format!(
            ".{name}.{}-{}.tmp",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("no free temporary file name in {}", dir.display()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_temporary_files_of_other_processes_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(dir.join("story.toml"), "keep").unwrap();
        std::fs::write(dir.join(".story.toml.1-0.tmp"), "half").unwrap();
        std::fs::write(dir.join(".story.toml.99999999-7.tmp"), "half").unwrap();
        let mine = format!(".story.toml.{}-3.tmp", std::process::id());
        std::fs::write(dir.join(&mine), "in progress").unwrap();
        // Not of our making: kept.
        std::fs::write(dir.join(".hidden.tmp"), "x").unwrap();
        std::fs::write(dir.join("notes.tmp"), "x").unwrap();
        std::fs::create_dir(dir.join(".d.toml.1-1.tmp")).unwrap();
        assert_eq!(remove_stale_temps(dir), 2);
        let mut left: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".d.toml.1-1.tmp",
                ".hidden.tmp",
                mine.as_str(),
                "notes.tmp",
                "story.toml"
            ]
        );
        assert_eq!(remove_stale_temps(&dir.join("missing")), 0);
    }

    #[test]
    fn replaces_and_leaves_no_temporary_file() {
        let tmp = tempfile::tempdir().unwrap();
        let f = tmp.path().join("k.toml");
        std::fs::write(&f, "old").unwrap();
        write_atomic(&f, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_failed_write_changes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        // The destination is a folder: the rename fails.
        let d = tmp.path().join("k.toml");
        std::fs::create_dir(&d).unwrap();
        std::fs::write(d.join("inside"), "x").unwrap();
        assert!(write_atomic(&d, b"new").is_err());
        assert!(d.join("inside").exists());
        let names: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "the temporary file is removed: {names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_under_the_next_temporary_name_is_skipped() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tmp.path().join("outside.txt");
        std::fs::write(&outside, "keep").unwrap();
        let dir = tmp.path().join("k");
        std::fs::create_dir(&dir).unwrap();
        let next = COUNTER.load(Ordering::Relaxed);
        for n in next..next + 50 {
            std::os::unix::fs::symlink(
                &outside,
                dir.join(format!(".k.toml.{}-{n}.tmp", std::process::id())),
            )
            .unwrap();
        }
        write_atomic(&dir.join("k.toml"), b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep");
        assert_eq!(std::fs::read_to_string(dir.join("k.toml")).unwrap(), "new");
    }
}
