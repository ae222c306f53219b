//! Load and faults against the fake Discord (see `support/`):
//! - a burst of 1,000 `/ask` interactions while the knowledge is reloaded
//!   50 times: every interaction answered once, from one snapshot;
//! - `storybot serve` killed (SIGKILL) at many points of an upload: the
//!   knowledge file on disk is always the old or the new one, complete.
//!
//! Nothing here is timed: waits have generous timeouts (`WAIT`), and the
//! checks are on what was answered and what is on disk.

mod support;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::*;

/// Asked throughout the burst; the answer is fact `offer-terms`.
const QUESTION: &str = "Who was offered in the swap?";
const ANSWER: &str = "The United States offered to exchange the Russian businessman Viktor Bout for the Americans Paul Whelan and Brittney Griner.";
const TITLE: &str = "White House coordinator Kirby urges Russia to accept prisoner swap proposal";

/// The story with `mark` in the answer to [`QUESTION`] and in the title of
/// its source (which the reply's footer cites).
fn edition(original: &str, mark: &str) -> String {
    let text = original
        .replacen(ANSWER, &format!("{ANSWER} [{mark}]"), 1)
        .replacen(
            &format!("title = \"{TITLE}\""),
            &format!("title = \"{TITLE} [{mark}]\""),
            1,
        );
    assert_ne!(text, original, "the story changed; update this test");
    assert_eq!(text.matches(&format!("[{mark}]")).count(), 2);
    text
}

/// Replaces `path` through a rename, as an editor or deploy would, so a
/// reload never reads a half-written file.
fn replace(path: &Path, text: &str) {
    let tmp = path.with_file_name(".replace-in-test.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_1000_asks_during_50_reloads_is_answered_from_whole_snapshots() {
    const ROUNDS: usize = 50;
    const PER_ROUND: usize = 20;
    let started = Instant::now();
    // The file watcher is on too: edits are also picked up behind the
    // moderator's back, under the same lock.
    let bot = Bot::start_with(&[], true).await;
    let original = std::fs::read_to_string(bot.story()).unwrap();
    let marks = ["edition alpha", "edition bravo"];
    let editions = [edition(&original, marks[0]), edition(&original, marks[1])];
    replace(&bot.story(), &editions[0]);
    bot.store.reload("test").unwrap();
    assert!(ask_text(&bot).await.contains(marks[0]));

    let mut asks: Vec<Sent> = Vec::with_capacity(ROUNDS * PER_ROUND);
    let first = bot.fake.request_count();
    for round in 0..ROUNDS {
        // Flip the file and ask a moderator's reload, then send a batch of
        // questions while it runs.
        replace(&bot.story(), &editions[(round + 1) % 2]);
        let from = bot.fake.request_count();
        let (reload, payload) = slash(&bot.fake, &manager(), "knowledge", json!([sub("reload")]));
        bot.fake.dispatch("INTERACTION_CREATE", payload).await;
        for _ in 0..PER_ROUND {
            let (sent, payload) = slash(
                &bot.fake,
                &member(),
                "ask",
                json!([opt("question", QUESTION)]),
            );
            bot.fake.dispatch("INTERACTION_CREATE", payload).await;
            asks.push(sent);
        }
        // The reload is answered (deferred, then a follow-up) and worked.
        let path = reload.webhook_path();
        let done = bot
            .fake
            .wait_request(from, &format!("reload {round} follow-up"), |r| {
                r.method == "POST" && r.path == path
            })
            .await;
        let text = text_of(&done.body);
        assert!(text.contains("Knowledge reloaded"), "round {round}: {text}");
    }

    // Every ask gets its callback; each waits at most WAIT after the last.
    let want: HashSet<String> = asks.iter().map(Sent::callback_path).collect();
    for s in &asks {
        let path = s.callback_path();
        bot.fake
            .wait_request(first, &format!("callback {path}"), |r| {
                r.method == "POST" && r.path == path
            })
            .await;
    }
    let mut bodies: HashMap<String, Vec<Value>> = HashMap::new();
    let mut followups: HashMap<String, usize> = HashMap::new();
    for r in bot.fake.requests().into_iter().skip(first) {
        assert!(r.failed.is_none(), "no request failed: {r:?}");
        assert!(
            !text_of(&r.body).contains("went wrong"),
            "no command failed: {r:?}"
        );
        if r.path.starts_with("/api/v10/webhooks/") {
            *followups.entry(r.path.clone()).or_default() += 1;
        }
        if want.contains(&r.path) {
            bodies.entry(r.path).or_default().push(r.body);
        }
    }
    assert_eq!(bodies.len(), asks.len());
    assert_eq!(followups.len(), ROUNDS, "one follow-up per reload");
    assert!(followups.values().all(|&n| n == 1), "{followups:?}");
    let mut seen = [0usize; 2];
    for (path, got) in &bodies {
        assert_eq!(got.len(), 1, "exactly one callback for {path}: {got:#?}");
        let body = &got[0];
        assert_eq!(body["type"], 4, "an answer, not an error: {body:#}");
        let e = &body["data"]["embeds"][0];
        let desc = e["description"].as_str().unwrap_or_default();
        let footer = e["footer"]["text"].as_str().unwrap_or_default();
        assert!(desc.contains("Viktor Bout"), "{body:#}");
        let edition_of = |s: &str| {
            let hits: Vec<usize> = (0..2).filter(|&i| s.contains(marks[i])).collect();
            assert_eq!(hits.len(), 1, "one edition in {s:?}");
            hits[0]
        };
        let (answer_from, source_from) = (edition_of(desc), edition_of(footer));
        assert_eq!(
            answer_from, source_from,
            "the answer and its source come from one snapshot:\n{desc}\n{footer}"
        );
        seen[answer_from] += 1;
    }
    // After the last reload, the last edition answers.
    let last = marks[ROUNDS % 2];
    assert_eq!(
        bot.store.snapshot().knowledge.sources[0].title,
        format!("{TITLE} [{last}]")
    );
    assert!(ask_text(&bot).await.contains(last));
    eprintln!(
        "{} asks answered during {ROUNDS} reloads ({} from {}, {} from {}) in {:.1?}",
        asks.len(),
        seen[0],
        marks[0],
        seen[1],
        marks[1],
        started.elapsed()
    );
    bot.stop().await;
}

async fn ask_text(bot: &Bot) -> String {
    let cb = bot.slash_ask(QUESTION).await;
    text_of(&cb)
}

// ---------------------------------------------------------------------------
// Killed during an upload.
/// Unix only: SIGKILL, inode numbers.
#[cfg(unix)]
mod killed {
    use super::*;

    /// A `/knowledge upload` of `bytes` named `story.toml`, from a manager.
    fn upload(fake: &FakeDiscord, bytes: Vec<u8>) -> (Sent, Value) {
        let size = bytes.len();
        let url = fake.add_attachment("story.toml", bytes);
        let att = fake.next_id().to_string();
        let resolved = json!({"attachments": {att.clone(): {
            "id": att, "filename": "story.toml", "size": size, "url": url, "proxy_url": url,
            "content_type": "application/toml",
        }}});
        let options = json!([{"name": "upload", "type": 1, "options": [{"name": "file", "type": 11, "value": att}]}]);
        slash_resolved(fake, &manager(), "knowledge", options, Some(resolved))
    }

    /// A valid knowledge file of nearly the upload limit (1 MiB): the story,
    /// marked, then comment lines of `pad`.
    fn big_edition(original: &str, mark: &str, pad: char) -> Vec<u8> {
        let mut text = edition(original, mark);
        let line = format!("# {}\n", pad.to_string().repeat(76));
        while text.len() + line.len() < 1_000_000 {
            text.push_str(&line);
        }
        text.into_bytes()
    }

    /// When the test kills the server.
    #[derive(Debug, Clone, Copy)]
    enum Kill {
        /// As soon as the bot has deferred (it is downloading the file).
        OnDefer,
        /// As soon as the backup's temporary file appears.
        OnBackupTemp,
        /// As soon as the new knowledge file's temporary file appears: mid-write.
        OnStoryTemp,
        /// A fixed time after the upload is sent.
        After(Duration),
        /// After the bot replied (the upload is complete).
        AfterReply,
    }

    /// Everything in `dir` (nothing when it does not exist).
    fn entries(dir: &Path) -> HashSet<PathBuf> {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect()
    }

    /// Which file `path` is (a rename over it changes this).
    fn file_id(path: &Path) -> Option<(u64, u64)> {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }

    /// The temporary files of story.toml (or of its backups) in `dir`.
    fn temps(dir: &Path) -> HashSet<PathBuf> {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(".story.") && n.ends_with(".tmp"))
            })
            .collect()
    }

    /// A `storybot serve` process, killed and reaped when dropped (also when a
    /// test fails half-way), so none outlives its test.
    struct Serve(std::process::Child);

    impl Serve {
        fn kill(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    impl Drop for Serve {
        fn drop(&mut self) {
            self.kill();
        }
    }

    fn spawn_serve(fake: &FakeDiscord, dir: &Path, log: &Path) -> Serve {
        let child = serve_command(env!("CARGO_BIN_EXE_storybot"), fake, dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(log).unwrap())
            .spawn()
            .unwrap();
        Serve(child)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_server_killed_during_uploads_leaves_the_old_or_the_new_file_whole() {
        let fake = FakeDiscord::start().await;
        let (tmp, dir) = knowledge_copy();
        let story = dir.join("story.toml");
        let original = std::fs::read(&story).unwrap();
        let text = String::from_utf8(original.clone()).unwrap();
        let versions = [
            big_edition(&text, "upload one", '1'),
            big_edition(&text, "upload two", '2'),
        ];
        let known: Vec<&[u8]> = vec![&original, &versions[0], &versions[1]];
        assert!(versions.iter().all(|v| v.len() < 1024 * 1024));

        let mut plan = vec![
            Kill::OnDefer,
            Kill::OnBackupTemp,
            Kill::OnStoryTemp,
            Kill::After(Duration::from_millis(5)),
            Kill::After(Duration::from_millis(50)),
            Kill::After(Duration::from_millis(150)),
            Kill::After(Duration::from_millis(400)),
            Kill::AfterReply,
        ];
        // Mid-write kills until one lands before the rename (its temporary file
        // is still there afterwards), at most this many more tries.
        let mut extra_mid_write = 12;
        let mut landed_mid_write = 0;
        let mut i = 0;
        while i < plan.len() {
            let kill = plan[i];
            i += 1;
            let before = std::fs::read(&story).unwrap();
            let temps_before = temps(&dir);
            let backups_before = entries(&dir.join("backups"));
            let story_id = file_id(&story);
            let next = if before == versions[0] {
                &versions[1]
            } else {
                &versions[0]
            };
            let log = tmp.path().join(format!("serve-{i}.log"));
            let from = fake.request_count();
            let mut child = spawn_serve(&fake, &dir, &log);
            fake.wait_request(from, "command registration", |r| r.method == "PUT")
                .await;

            let (sent, payload) = upload(&fake, next.clone());
            let from = fake.request_count();
            fake.dispatch("INTERACTION_CREATE", payload).await;
            match kill {
                Kill::OnDefer => {
                    let cb = sent.callback_path();
                    fake.wait_request(from, "defer", |r| r.path == cb).await;
                }
                Kill::AfterReply => {
                    let wh = sent.webhook_path();
                    let r = fake
                        .wait_request(from, "upload reply", |r| r.path == wh)
                        .await;
                    assert!(
                        text_of(&r.body).contains("Knowledge uploaded"),
                        "{:#}",
                        r.body
                    );
                }
                _ => {}
            }
            // Watch and kill from a plain thread: no await between seeing the
            // temporary file and the kill.
            let (d, b) = (dir.clone(), dir.join("backups"));
            let (tb, bb, s) = (temps_before.clone(), backups_before, story.clone());
            tokio::task::spawn_blocking(move || {
                let deadline = Instant::now() + WAIT;
                let seen = |f: &dyn Fn() -> bool| {
                    while !f() {
                        if Instant::now() > deadline {
                            return false;
                        }
                        std::thread::yield_now();
                    }
                    true
                };
                match kill {
                    Kill::OnBackupTemp => {
                        // Anything new in backups/: its temporary file, or the
                        // finished backup when the write was too quick to see.
                        seen(&|| entries(&b).difference(&bb).next().is_some());
                    }
                    Kill::OnStoryTemp => {
                        // The new file's temporary file, or (when the write was
                        // too quick to see) the file already replaced.
                        seen(&|| {
                            temps(&d).difference(&tb).next().is_some() || file_id(&s) != story_id
                        });
                    }
                    Kill::After(t) => std::thread::sleep(t),
                    Kill::OnDefer | Kill::AfterReply => {}
                }
                child.kill();
            })
            .await
            .unwrap();

            // The file is the old one or the new one, byte for byte.
            let after = std::fs::read(&story).unwrap();
            assert!(
                after == before || &after == next,
                "{kill:?}: the knowledge file is a mix ({} bytes; old {}, new {})",
                after.len(),
                before.len(),
                next.len()
            );
            if matches!(kill, Kill::AfterReply) {
                assert_eq!(&after, next, "a completed upload is on disk");
            }
            // A new temporary file left behind: the kill came between its
            // creation and the rename.
            let mid_write = temps(&dir).difference(&temps_before).next().is_some();
            if mid_write && matches!(kill, Kill::OnStoryTemp) {
                landed_mid_write += 1;
            }
            if matches!(kill, Kill::OnStoryTemp) && landed_mid_write == 0 && extra_mid_write > 0 {
                extra_mid_write -= 1;
                plan.push(Kill::OnStoryTemp);
            }
            // Backups are whole copies of some version, never torn.
            for b in std::fs::read_dir(dir.join("backups"))
                .into_iter()
                .flatten()
                .flatten()
            {
                let name = b.file_name().to_string_lossy().into_owned();
                if !name.starts_with('.') {
                    let bytes = std::fs::read(b.path()).unwrap();
                    assert!(known.contains(&bytes.as_slice()), "backup {name} is torn");
                }
            }
            // Leftover temporary files are not knowledge: the folder checks
            // clean and loads the file on disk.
            let (_, tomls) = storybot::knowledge::discover(&dir).unwrap();
            assert_eq!(tomls, [PathBuf::from("story.toml")]);
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_storybot"))
                .arg("check")
                .arg(&dir)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{kill:?}: storybot check fails after the kill:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            let k = storybot::knowledge::load_path(&dir).unwrap();
            let expect = storybot::knowledge::build::check_text_at(
                &story,
                &String::from_utf8(after).unwrap(),
            )
            .unwrap();
            assert_eq!(k.version, expect.version);
            eprintln!(
                "kill {kill:?}: file is {}{}",
                if std::fs::read(&story).unwrap() == before {
                    "the old one"
                } else {
                    "the new one"
                },
                if mid_write {
                    " (killed mid-write: a temporary file was left)"
                } else {
                    ""
                }
            );
        }
        assert!(
            landed_mid_write > 0,
            "no kill landed while the new file was being written"
        );
        // A server started on what is left answers from it.
        let from = fake.request_count();
        let mut child = spawn_serve(&fake, &dir, &tmp.path().join("serve-last.log"));
        fake.wait_request(from, "command registration", |r| r.method == "PUT")
            .await;
        let from = fake.request_count();
        let (sent, payload) = slash(&fake, &member(), "ask", json!([opt("question", QUESTION)]));
        fake.dispatch("INTERACTION_CREATE", payload).await;
        let cb = sent.callback_path();
        let r = fake.wait_request(from, "answer", |r| r.path == cb).await;
        assert!(text_of(&r.body).contains("upload"), "{:#}", r.body);
        // ... and has tidied the temporary files the killed ones left.
        let left = temps(&dir);
        assert!(left.is_empty(), "stale temporary files: {left:?}");
        child.kill();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_whose_name_carries_a_path_is_refused_on_discord() {
    let bot = Bot::start().await;
    let original = std::fs::read(bot.story()).unwrap();
    let version = bot.store.snapshot().version().to_string();
    let new = format!(
        "{}\n# a harmless edit\n",
        String::from_utf8_lossy(&original)
    );
    for name in ["../story.toml", "/etc/passwd", "a/b.toml", "..\\story.toml"] {
        let size = new.len();
        let url = bot
            .fake
            .add_attachment("upload.toml", new.clone().into_bytes());
        let att = bot.fake.next_id().to_string();
        let resolved = json!({"attachments": {att.clone(): {
            "id": att, "filename": name, "size": size, "url": url, "proxy_url": url,
            "content_type": "application/toml",
        }}});
        let options = json!([{"name": "upload", "type": 1, "options": [{"name": "file", "type": 11, "value": att}]}]);
        let body = bot
            .interact_deferred(slash_resolved(
                &bot.fake,
                &manager(),
                "knowledge",
                options,
                Some(resolved),
            ))
            .await;
        let text = text_of(&body);
        assert!(
            text.contains("Upload refused") && text.contains(name) && text.contains("path"),
            "{name}: {text}"
        );
        assert_eq!(std::fs::read(bot.story()).unwrap(), original);
        assert_eq!(bot.store.snapshot().version(), version);
        assert!(!bot.dir.join("backups").exists());
    }
    let parent = bot.dir.parent().unwrap();
    let names: Vec<String> = std::fs::read_dir(parent)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["knowledge"], "nothing written beside the folder");
    bot.stop().await;
}
