//! An append-only file of JSON lines that survives a crash, with a size cap.
//!
//! Invariants:
//! - One entry is one line, written with one `write_all` of the whole line
//!   (newline included) to a file opened for appending, then flushed and
//!   `sync_data`'d before [`Journal::append`] returns. A crash can at worst
//!   leave the last line torn (no newline); it is never mixed into another.
//! - When the file ends in a torn line, the next append first ends that line,
//!   so the torn bytes stay one unreadable line instead of spoiling the new
//!   entry.
//! - Reading ([`read`]) skips lines that do not parse (a torn last line,
//!   garbage) and counts them; it never fails on content, only on I/O.
//! - Before a line would take the file past its cap, the file is rotated:
//!   `f.{keep-1}` → `f.{keep}` (the oldest is dropped), …, `f` → `f.1`.
//!   [`read`] reads the rotated files too, oldest first, so at most
//!   `(keep + 1) × cap` bytes are kept and read.
//!
//! Blocking file I/O: call it from a plain thread or `spawn_blocking`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Default size cap of one file: about ten thousand entries.
pub const DEFAULT_MAX_BYTES: u64 = 1024 * 1024;
/// The smallest cap accepted: smaller would rotate on nearly every entry.
pub const MIN_MAX_BYTES: u64 = 4 * 1024;
/// Rotated files kept besides the current one (`f.1` … `f.3`).
pub const KEEP_ROTATED: usize = 3;
/// A line longer than this is garbage, not an entry: reading stops
/// buffering it, so a corrupt file cannot make a reader allocate without
/// bound.
const MAX_LINE_BYTES: u64 = 64 * 1024;

/// A journal operation that failed; the message names the file.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("{path}: {err}")]
    Io { path: PathBuf, err: io::Error },
    #[error("cannot encode an entry: {0}")]
    Encode(#[from] serde_json::Error),
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> JournalError + '_ {
    move |err| JournalError::Io {
        path: path.to_path_buf(),
        err,
    }
}

/// The `n`th rotated file of `path` (`gaps.jsonl.1`); `n = 0` is `path`.
pub fn rotated(path: &Path, n: usize) -> PathBuf {
    if n == 0 {
        return path.to_path_buf();
    }
    let mut s = path.as_os_str().to_os_string();
    s.push(format!(".{n}"));
    PathBuf::from(s)
}

/// The writing end. Holds the file open between appends; not shared: wrap
/// it in a `Mutex` or give it to one thread.
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    max_bytes: u64,
    keep: usize,
    /// The open file and its size; opened on the first append.
    file: Option<(File, u64)>,
}

impl Journal {
    /// A journal at `path` whose file is rotated before it would exceed
    /// `max_bytes` (raised to [`MIN_MAX_BYTES`]), keeping [`KEEP_ROTATED`]
    /// old files. Touches nothing on disk until the first append.
    pub fn new(path: impl Into<PathBuf>, max_bytes: u64) -> Self {
        Self {
            path: path.into(),
            max_bytes: max_bytes.max(MIN_MAX_BYTES),
            keep: KEEP_ROTATED,
            file: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one entry as one JSON line, durably (see the module docs).
    pub fn append<T: Serialize>(&mut self, entry: &T) -> Result<(), JournalError> {
        let mut line = serde_json::to_vec(entry)?;
        line.push(b'\n');
        let len = line.len() as u64;
        let size = match &self.file {
            Some((_, size)) => *size,
            None => self.open()?,
        };
        if size > 0 && size + len > self.max_bytes {
            self.rotate()?;
            self.open()?;
        }
        let path = &self.path;
        let Some((file, size)) = self.file.as_mut() else {
            return Err(io_err(path)(io::Error::other("journal file not open")));
        };
        let written = file
            .write_all(&line)
            .and_then(|()| file.flush())
            .and_then(|()| file.sync_data());
        if let Err(e) = written {
            // Reopen next time: the size we know may be wrong now.
            self.file = None;
            return Err(io_err(path)(e));
        }
        *size += len;
        Ok(())
    }

    /// Opens (creating the folder and the file) and returns the size. A
    /// file ending in a torn line gets its newline first.
    fn open(&mut self) -> Result<u64, JournalError> {
        let path = &self.path;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(io_err(dir))?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(path)
            .map_err(io_err(path))?;
        let mut size = file.metadata().map_err(io_err(path))?.len();
        if size > 0 {
            let mut last = [0u8; 1];
            file.seek(SeekFrom::Start(size - 1))
                .and_then(|_| file.read_exact(&mut last))
                .map_err(io_err(path))?;
            if last[0] != b'\n' {
                file.write_all(b"\n")
                    .and_then(|()| file.sync_data())
                    .map_err(io_err(path))?;
                size += 1;
            }
        }
        self.file = Some((file, size));
        Ok(size)
    }

    /// Shifts `f.{n}` → `f.{n+1}` (dropping the oldest) and `f` → `f.1`.
    fn rotate(&mut self) -> Result<(), JournalError> {
        self.file = None;
        let oldest = rotated(&self.path, self.keep);
        match fs::remove_file(&oldest) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_err(&oldest)(e)),
            _ => {}
        }
        for n in (0..self.keep).rev() {
            let from = rotated(&self.path, n);
            match fs::rename(&from, rotated(&self.path, n + 1)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_err(&from)(e)),
                _ => {}
            }
        }
        tracing::info!(path = %self.path.display(), "journal rotated");
        Ok(())
    }
}

/// What [`read`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Entries<T> {
    /// Oldest first.
    pub entries: Vec<T>,
    /// Lines that did not parse (torn, garbage, too long); blank lines are
    /// not counted.
    pub skipped: usize,
}

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            skipped: 0,
        }
    }
}

/// Reads every entry of the journal at `path` and its [`KEEP_ROTATED`]
/// rotated files, oldest first. Missing files are empty, not errors.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<Entries<T>, JournalError> {
    let mut out = Entries::default();
    for n in (0..=KEEP_ROTATED).rev() {
        let p = rotated(path, n);
        let file = match File::open(&p) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io_err(&p)(e)),
        };
        read_into(BufReader::new(file), &mut out).map_err(io_err(&p))?;
    }
    Ok(out)
}

/// Parses JSON lines from `r` into `out`, skipping and counting bad ones.
fn read_into<T: DeserializeOwned>(mut r: impl BufRead, out: &mut Entries<T>) -> io::Result<()> {
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = (&mut r).take(MAX_LINE_BYTES).read_until(b'\n', &mut line)?;
        if n == 0 {
            return Ok(());
        }
        if line.last() != Some(&b'\n') && n as u64 == MAX_LINE_BYTES {
            // Too long: skip to the end of this line.
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let m = (&mut r).take(MAX_LINE_BYTES).read_until(b'\n', &mut rest)?;
                if m == 0 || rest.last() == Some(&b'\n') {
                    break;
                }
            }
            out.skipped += 1;
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<T>(&line) {
            Ok(e) => out.entries.push(e),
            Err(_) => out.skipped += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct E {
        n: u32,
        s: String,
    }

    fn e(n: u32) -> E {
        E {
            n,
            s: format!("entry {n}"),
        }
    }

    #[test]
    fn append_then_read_round_trips_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/dir/j.jsonl");
        let mut j = Journal::new(&path, DEFAULT_MAX_BYTES);
        for n in 0..5 {
            j.append(&e(n)).unwrap();
        }
        let r: Entries<E> = read(&path).unwrap();
        assert_eq!(r.entries, (0..5).map(e).collect::<Vec<_>>());
        assert_eq!(r.skipped, 0);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 5);
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn an_unwritable_place_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("a-file");
        fs::write(&blocker, "x").unwrap();
        let path = blocker.join("j.jsonl");
        let mut j = Journal::new(&path, DEFAULT_MAX_BYTES);
        let e = j.append(&e(1)).unwrap_err();
        assert!(e.to_string().contains("a-file"), "{e}");
        // Reading a file that cannot be a file is an error too, not a panic.
        assert!(read::<E>(&blocker.join("x")).is_err());
    }

    #[test]
    fn a_missing_file_reads_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let r: Entries<E> = read(&dir.path().join("none.jsonl")).unwrap();
        assert_eq!(r, Entries::default());
    }

    #[test]
    fn torn_last_line_is_skipped_and_the_next_append_is_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let mut j = Journal::new(&path, DEFAULT_MAX_BYTES);
        j.append(&e(1)).unwrap();
        drop(j);
        // A crash in the middle of the second line.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(br#"{"n":2,"s":"ent"#).unwrap();
        drop(f);
        let r: Entries<E> = read(&path).unwrap();
        assert_eq!((r.entries, r.skipped), (vec![e(1)], 1));
        // After a restart, the new entry is not glued to the torn bytes.
        let mut j = Journal::new(&path, DEFAULT_MAX_BYTES);
        j.append(&e(3)).unwrap();
        let r: Entries<E> = read(&path).unwrap();
        assert_eq!((r.entries, r.skipped), (vec![e(1), e(3)], 1));
    }

    #[test]
    fn garbage_lines_are_skipped_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let long = "x".repeat(3 * MAX_LINE_BYTES as usize);
        let text = format!(
            "{}\nnot json\n\n{{\"n\":\"wrong type\"}}\n\u{0}\u{1}\n{long}\n{}\n",
            serde_json::to_string(&e(1)).unwrap(),
            serde_json::to_string(&e(2)).unwrap()
        );
        let mut bytes = text.into_bytes();
        bytes.extend_from_slice(b"\xff\xfe\n");
        fs::write(&path, bytes).unwrap();
        let r: Entries<E> = read(&path).unwrap();
        assert_eq!(r.entries, vec![e(1), e(2)]);
        assert_eq!(r.skipped, 5);
    }

    #[test]
    fn rotation_at_the_cap_keeps_old_entries_readable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let mut j = Journal::new(&path, MIN_MAX_BYTES);
        let line = serde_json::to_vec(&e(100)).unwrap().len() as u64 + 1;
        let per_file = MIN_MAX_BYTES / line;
        // Enough for two rotations, not enough to drop anything.
        let total = (per_file * 2 + per_file / 2) as u32;
        for n in 0..total {
            j.append(&e(n)).unwrap();
        }
        assert!(rotated(&path, 1).exists() && rotated(&path, 2).exists());
        assert!(!rotated(&path, 3).exists());
        for n in 0..=2 {
            let len = fs::metadata(rotated(&path, n)).unwrap().len();
            assert!(len <= MIN_MAX_BYTES, "file {n}: {len} bytes");
        }
        let r: Entries<E> = read(&path).unwrap();
        assert_eq!(r.entries, (0..total).map(e).collect::<Vec<_>>());
        assert_eq!(r.skipped, 0);
    }

    #[test]
    fn rotation_drops_only_the_oldest_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let mut j = Journal::new(&path, MIN_MAX_BYTES);
        let line = serde_json::to_vec(&e(100)).unwrap().len() as u64 + 1;
        let per_file = (MIN_MAX_BYTES / line) as u32;
        let total = per_file * (KEEP_ROTATED as u32 + 3);
        for n in 0..total {
            j.append(&e(n)).unwrap();
        }
        assert!(!rotated(&path, KEEP_ROTATED + 1).exists());
        let r: Entries<E> = read(&path).unwrap();
        let kept: Vec<u32> = r.entries.iter().map(|x| x.n).collect();
        assert!(kept.len() as u32 > per_file * KEEP_ROTATED as u32);
        assert!(kept.len() < total as usize);
        assert_eq!(*kept.last().unwrap(), total - 1, "the newest is kept");
        assert!(kept.windows(2).all(|w| w[1] == w[0] + 1), "contiguous");
    }
}
