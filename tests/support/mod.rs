//! Shared helpers for the Discord integration tests: payload builders, and
//! [`Bot`], which runs the real client against a [`FakeDiscord`] on a copy
//! of the repository's knowledge in a temporary folder.

#![allow(dead_code)]

pub mod fake_discord;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use poise::serenity_prelude as serenity;
use serde_json::{Value, json};
use storybot::config::Config;
use storybot::knowledge::store::{KnowledgeWatcher, Store};

pub use fake_discord::{APP_ID, BOT_ID, FakeDiscord, GUILD_ID, Request, TOKEN, WAIT};

pub const CHANNEL: u64 = 4_000_000_000_000_001;
/// A channel in ANSWER_CHANNEL_IDS.
pub const ANSWER_CHANNEL: u64 = 4_000_000_000_000_002;
pub const DM_CHANNEL: u64 = 4_000_000_000_000_003;
/// A role in MODERATOR_ROLE_IDS.
pub const MOD_ROLE: u64 = 5_000_000_000_000_001;
pub const OTHER_ROLE: u64 = 5_000_000_000_000_002;

/// Who sends an interaction or message.
#[derive(Debug, Clone)]
pub struct Who {
    pub id: u64,
    pub name: &'static str,
    pub roles: Vec<u64>,
    /// Resolved permissions, as Discord sends them with interactions.
    pub permissions: u64,
}

/// VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY.
const MEMBER_PERMS: u64 = (1 << 10) | (1 << 11) | (1 << 16);
const MANAGE_GUILD: u64 = 1 << 5;

pub fn member() -> Who {
    Who {
        id: 6_000_000_000_000_001,
        name: "reader",
        roles: vec![OTHER_ROLE],
        permissions: MEMBER_PERMS,
    }
}

pub fn manager() -> Who {
    Who {
        id: 6_000_000_000_000_002,
        name: "manager",
        roles: vec![],
        permissions: MEMBER_PERMS | MANAGE_GUILD,
    }
}

pub fn role_moderator() -> Who {
    Who {
        id: 6_000_000_000_000_003,
        name: "rolemod",
        roles: vec![MOD_ROLE],
        permissions: MEMBER_PERMS,
    }
}

pub fn user_json(w: &Who) -> Value {
    json!({"id": w.id.to_string(), "username": w.name, "discriminator": "0", "global_name": null, "avatar": null})
}

pub fn member_json(w: &Who) -> Value {
    json!({
        "user": user_json(w),
        "roles": w.roles.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
        "joined_at": "2022-01-01T00:00:00.000000+00:00",
        "deaf": false,
        "mute": false,
        "flags": 0,
        "permissions": w.permissions.to_string(),
    })
}

/// An interaction's id and token, to find its callback.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: String,
    pub token: String,
}

impl Sent {
    pub fn callback_path(&self) -> String {
        format!("/api/v10/interactions/{}/{}/callback", self.id, self.token)
    }

    pub fn webhook_path(&self) -> String {
        format!("/api/v10/webhooks/{APP_ID}/{}", self.token)
    }
}

fn interaction_base(fake: &FakeDiscord, kind: u8, who: &Who, data: Value) -> (Sent, Value) {
    let id = fake.next_id().to_string();
    let token = format!("itoken-{id}");
    let v = json!({
        "id": id,
        "application_id": APP_ID.to_string(),
        "type": kind,
        "token": token,
        "version": 1,
        "channel_id": CHANNEL.to_string(),
        "guild_id": GUILD_ID.to_string(),
        "member": member_json(who),
        "app_permissions": "2147483647",
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 26214400,
        "data": data,
    });
    (Sent { id, token }, v)
}

/// A slash command interaction (type 2) in the guild.
pub fn slash(fake: &FakeDiscord, who: &Who, name: &str, options: Value) -> (Sent, Value) {
    slash_resolved(fake, who, name, options, None)
}

pub fn slash_resolved(
    fake: &FakeDiscord,
    who: &Who,
    name: &str,
    options: Value,
    resolved: Option<Value>,
) -> (Sent, Value) {
    let mut data =
        json!({"id": fake.next_id().to_string(), "name": name, "type": 1, "options": options});
    if let Some(r) = resolved {
        data["resolved"] = r;
    }
    interaction_base(fake, 2, who, data)
}

/// A string option.
pub fn opt(name: &str, value: &str) -> Value {
    json!({"name": name, "type": 3, "value": value})
}

/// A subcommand with no options.
pub fn sub(name: &str) -> Value {
    json!({"name": name, "type": 1, "options": []})
}

/// An autocomplete interaction (type 4) with the focused string option.
pub fn autocomplete(
    fake: &FakeDiscord,
    who: &Who,
    command: &str,
    option: &str,
    typed: &str,
) -> (Sent, Value) {
    let data = json!({
        "id": fake.next_id().to_string(), "name": command, "type": 1,
        "options": [{"name": option, "type": 3, "value": typed, "focused": true}],
    });
    interaction_base(fake, 4, who, data)
}

/// A message as Discord sends it in MESSAGE_CREATE.
pub fn message(
    fake: &FakeDiscord,
    who: &Who,
    channel: u64,
    guild: bool,
    content: &str,
    mentions_bot: bool,
) -> Value {
    let mut v = json!({
        "id": fake.next_id().to_string(),
        "channel_id": channel.to_string(),
        "author": user_json(who),
        "content": content,
        "timestamp": "2022-08-03T10:00:00.000000+00:00",
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": if mentions_bot {
            json!([{"id": BOT_ID.to_string(), "username": "storybot", "discriminator": "0000", "avatar": null, "bot": true}])
        } else {
            json!([])
        },
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": 0,
    });
    if guild {
        v["guild_id"] = json!(GUILD_ID.to_string());
    }
    v
}

/// A button click (type 3) on a message the bot sent.
pub fn button_click(fake: &FakeDiscord, who: &Who, custom_id: &str) -> (Sent, Value) {
    let data = json!({"custom_id": custom_id, "component_type": 2});
    let (s, mut v) = interaction_base(fake, 3, who, data);
    let mut msg = message(fake, who, CHANNEL, true, "", false);
    msg["author"] = json!({"id": BOT_ID.to_string(), "username": "storybot", "discriminator": "0000", "avatar": null, "bot": true});
    v["message"] = msg;
    (s, v)
}

/// A button click (type 3) on a given message of the bot's, as Discord
/// sends it: with the message's embeds and components, so the bot can read
/// back what it sent (e.g. the question an answer embed is titled with).
pub fn button_click_on(
    fake: &FakeDiscord,
    who: &Who,
    custom_id: &str,
    message: Value,
) -> (Sent, Value) {
    let data = json!({"custom_id": custom_id, "component_type": 2});
    let (s, mut v) = interaction_base(fake, 3, who, data);
    v["message"] = message;
    (s, v)
}

/// The message the bot posted in `channel`, from the body of its reply or
/// interaction callback (embeds and components included), with a fresh id.
pub fn bot_message(fake: &FakeDiscord, channel: u64, body: &Value) -> Value {
    let d = if body.get("data").is_some() {
        &body["data"]
    } else {
        body
    };
    let mut msg = message(
        fake,
        &Who {
            id: BOT_ID,
            name: "storybot",
            roles: vec![],
            permissions: 0,
        },
        channel,
        true,
        d["content"].as_str().unwrap_or(""),
        false,
    );
    msg["author"]["bot"] = json!(true);
    msg["embeds"] = d.get("embeds").cloned().unwrap_or(json!([]));
    msg["components"] = d.get("components").cloned().unwrap_or(json!([]));
    msg
}

/// The custom ids of a reply's buttons, in order.
pub fn button_ids(body: &Value) -> Vec<String> {
    let d = if body.get("data").is_some() {
        &body["data"]
    } else {
        body
    };
    d["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_string))
        .collect()
}

/// A copy of the repository's `knowledge/` folder in a temporary dir.
pub fn knowledge_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dst = tmp.path().join("knowledge");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"),
        &dst,
    );
    (tmp, dst)
}

/// `storybot serve` (the binary at `bin`: test files pass
/// `env!("CARGO_BIN_EXE_storybot")`, which examples do not have) against the
/// fake, on the knowledge in `dir`, run from its parent folder with nothing
/// but these settings in its environment.
pub fn serve_command(bin: &str, fake: &FakeDiscord, dir: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(bin);
    c.arg("serve")
        .current_dir(dir.parent().expect("a knowledge folder has a parent"))
        .env_clear()
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_BASE", fake.http_base())
        .env("GUILD_ID", GUILD_ID.to_string())
        .env("STORYBOT_KNOWLEDGE", dir)
        .env("RUST_LOG", "info");
    c
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

/// The bot running against a fake Discord.
pub struct Bot {
    pub fake: FakeDiscord,
    pub store: Arc<Store>,
    pub dir: PathBuf,
    _tmp: tempfile::TempDir,
    _watcher: Option<KnowledgeWatcher>,
    shards: Arc<serenity::ShardManager>,
    task: tokio::task::JoinHandle<Result<(), serenity::Error>>,
}

impl Bot {
    pub async fn start() -> Bot {
        Self::start_with(&[], false).await
    }

    /// Starts with extra settings (over the defaults below); `watch` turns
    /// the file watcher on.
    pub async fn start_with(extra: &[(&str, &str)], watch: bool) -> Bot {
        // Logs when RUST_LOG is set (e.g. RUST_LOG=storybot=debug).
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .with_test_writer()
            .try_init();
        let fake = FakeDiscord::start().await;
        let (tmp, dir) = knowledge_copy();
        let mut env: HashMap<String, String> = [
            ("DISCORD_TOKEN", TOKEN.to_string()),
            ("DISCORD_API_BASE", fake.http_base()),
            ("GUILD_ID", GUILD_ID.to_string()),
            ("MODERATOR_ROLE_IDS", MOD_ROLE.to_string()),
            ("ANSWER_CHANNEL_IDS", ANSWER_CHANNEL.to_string()),
            ("COOLDOWN_SECONDS", "0".to_string()),
            ("STORYBOT_KNOWLEDGE", dir.display().to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        for (k, v) in extra {
            env.insert(k.to_string(), v.to_string());
        }
        let config = Config::from_lookup(|k| env.get(k).cloned()).expect("valid test config");
        let store = Arc::new(Store::open(config.knowledge.clone()).expect("knowledge loads"));
        let watcher = watch.then(|| store.watch().expect("watcher starts"));
        let (mut client, _setup) = storybot::discord::client(&config, store.clone())
            .await
            .expect("client builds");
        let shards = client.shard_manager.clone();
        let plan = config.shards;
        let task = tokio::spawn(async move { storybot::discord::start(&mut client, plan).await });
        // Ready once the commands are registered (poise's setup step).
        fake.wait_request(0, "command registration", |r| {
            r.method == "PUT" && r.path.ends_with("/commands")
        })
        .await;
        fake.wait_session().await;
        Bot {
            fake,
            store,
            dir,
            _tmp: tmp,
            _watcher: watcher,
            shards,
            task,
        }
    }

    /// The knowledge file.
    pub fn story(&self) -> PathBuf {
        self.dir.join("story.toml")
    }

    /// The gaps log `serve` writes by default: `storybot-data/gaps.jsonl`
    /// beside the knowledge folder.
    pub fn gaps_file(&self) -> PathBuf {
        self.dir.parent().unwrap().join("storybot-data/gaps.jsonl")
    }

    /// Waits until the gaps log holds at least `n` entries (the bot writes
    /// them on a background thread after replying); returns them all.
    pub async fn wait_gaps(&self, n: usize) -> Vec<Value> {
        let path = self.gaps_file();
        let read = || -> Vec<Value> {
            std::fs::read_to_string(&path)
                .unwrap_or_default()
                .lines()
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect()
        };
        tokio::time::timeout(WAIT, async {
            loop {
                let v = read();
                if v.len() >= n {
                    return v;
                }
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
        })
        .await
        .unwrap_or_else(|_| panic!("timed out waiting for {n} gaps entries: {:?}", read()))
    }

    /// Sends an interaction and returns its callback body.
    pub async fn interact(&self, (sent, payload): (Sent, Value)) -> (Sent, Value) {
        let from = self.fake.request_count();
        self.fake.dispatch("INTERACTION_CREATE", payload).await;
        let path = sent.callback_path();
        let r = self
            .fake
            .wait_request(from, &format!("callback {path}"), |r| {
                r.method == "POST" && r.path == path
            })
            .await;
        (sent, r.body)
    }

    /// Sends an interaction that is deferred; returns the follow-up body.
    /// A moderator's `/knowledge SUBCOMMAND` (no options); the callback body.
    pub async fn knowledge(&self, subcommand: &str) -> Value {
        let options = json!([sub(subcommand)]);
        self.interact(slash(&self.fake, &manager(), "knowledge", options))
            .await
            .1
    }

    /// A member's `/ask question`; the interaction's callback body.
    pub async fn slash_ask(&self, question: &str) -> Value {
        let options = json!([opt("question", question)]);
        self.interact(slash(&self.fake, &member(), "ask", options))
            .await
            .1
    }

    pub async fn interact_deferred(&self, sent: (Sent, Value)) -> Value {
        let from = self.fake.request_count();
        let (sent, cb) = self.interact(sent).await;
        assert_eq!(cb["type"], 5, "expected a defer: {cb:#}");
        let path = sent.webhook_path();
        self.fake
            .wait_request(from, &format!("follow-up {path}"), |r| {
                r.method == "POST" && r.path == path
            })
            .await
            .body
    }

    /// Sends a MESSAGE_CREATE and returns the bot's reply to it.
    pub async fn say(&self, msg: Value) -> Request {
        let from = self.fake.request_count();
        let id = msg["id"].as_str().unwrap().to_string();
        let channel = msg["channel_id"].as_str().unwrap().to_string();
        self.fake.dispatch("MESSAGE_CREATE", msg).await;
        let path = format!("/api/v10/channels/{channel}/messages");
        self.fake
            .wait_request(from, &format!("reply to message {id}"), |r| {
                r.method == "POST"
                    && r.path == path
                    && r.body["message_reference"]["message_id"] == id.as_str()
            })
            .await
    }

    /// Shuts the client down and waits for it to stop.
    pub async fn stop(self) {
        self.shards.shutdown_all().await;
        let res = tokio::time::timeout(WAIT, self.task)
            .await
            .expect("client stops in time");
        let _ = res;
    }
}

/// All text of a reply body (content, embed title/description/fields/footer).
pub fn text_of(body: &Value) -> String {
    let d = if body.get("data").is_some() {
        &body["data"]
    } else {
        body
    };
    let mut s = d["content"].as_str().unwrap_or("").to_string();
    for e in d["embeds"].as_array().into_iter().flatten() {
        for k in ["title", "description"] {
            if let Some(t) = e[k].as_str() {
                s.push('\n');
                s.push_str(t);
            }
        }
        for f in e["fields"].as_array().into_iter().flatten() {
            s.push_str(&format!(
                "\n{}\n{}",
                f["name"].as_str().unwrap_or(""),
                f["value"].as_str().unwrap_or("")
            ));
        }
        if let Some(t) = e["footer"]["text"].as_str() {
            s.push('\n');
            s.push_str(t);
        }
    }
    s
}
