//! The Discord bot: poise 0.7 on serenity 0.12, a thin adapter over the
//! engine like the CLI.
//!
//! - [`commands`]: `/ask`, `/who` (with autocomplete), `/sources`, `/help`,
//!   `/knowledge …` (moderators).
//! - [`events`]: mentions, DMs and answer channels; suggestion buttons.
//! - [`checks`]: the moderator gate and the per-user cooldown.
//! - [`reply`]: engine results as embeds and buttons, no mentions ever.
//!
//! Unanswered and low-confidence questions, and 👎 votes, go to the gaps
//! log through [`Data::recorder`] (a background writer: replies never wait
//! for the disk, and a failed write is only a warning).
//!
//! Every handler reads the current [`Snapshot`](crate::engine::Snapshot)
//! from the [`Store`] once and keeps it for the whole reply; a reload swaps
//! in a new one without waiting for anyone. Errors end in one place,
//! [`on_error`]: the log gets the detail, the user a short ephemeral note.

pub mod checks;
pub mod commands;
pub mod events;
pub mod reply;

use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::{ChannelId, GatewayIntents, RoleId};

use crate::config::{Config, Shards};
use crate::gaps::Recorder;
use crate::gaps::feedback::Votes;
use crate::knowledge::LoadError;
use crate::knowledge::store::Store;
use checks::Cooldowns;
use reply::Reply;

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// What every handler shares.
pub struct Data {
    pub store: Arc<Store>,
    pub moderator_roles: Vec<RoleId>,
    pub answer_channels: Vec<ChannelId>,
    pub cooldowns: Cooldowns,
    /// Appends gaps and votes (off when `STORYBOT_GAPS=off`).
    pub recorder: Recorder,
    /// 👍/👎 per fact, rebuilt from the votes file at start.
    pub votes: Votes,
}

impl Data {
    /// Shared state for the handlers. Starts the gaps writer and reads the
    /// votes file (blocking, once, at start).
    pub fn new(config: &Config, store: Arc<Store>) -> Self {
        let recorder = match config.gaps.resolve(store.path()) {
            Some(path) => {
                tracing::info!(file = %path.display(), "recording unanswered questions");
                Recorder::start(path, config.gaps_max_bytes)
            }
            None => {
                tracing::info!("STORYBOT_GAPS=off: not recording unanswered questions or votes");
                Recorder::off()
            }
        };
        let votes = match recorder.feedback_path() {
            None => Votes::default(),
            Some(path) => match Votes::load(&path) {
                Ok((votes, skipped)) => {
                    if skipped > 0 {
                        tracing::warn!(file = %path.display(), skipped, "unreadable lines in the votes file were skipped");
                    }
                    votes
                }
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the votes file; counting from zero");
                    Votes::default()
                }
            },
        };
        Self {
            recorder,
            votes,
            store,
            moderator_roles: config
                .moderator_role_ids
                .iter()
                .map(|&r| RoleId::new(r))
                .collect(),
            answer_channels: config
                .answer_channel_ids
                .iter()
                .map(|&c| ChannelId::new(c))
                .collect(),
            cooldowns: Cooldowns::new(config.cooldown),
        }
    }
}

/// Why `serve` stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot load knowledge: {0}")]
    Knowledge(#[from] LoadError),
    #[error("Discord client error: {0}")]
    Discord(#[from] serenity::Error),
    #[error("cannot register the slash commands: {0}")]
    Setup(String),
}

/// Set when the framework's setup (registering the commands) failed. Poise
/// handles no event until setup succeeds, so the bot then shuts down rather
/// than idle, and `serve` reports this.
#[derive(Debug, Clone, Default)]
pub struct SetupFailure(Arc<OnceLock<String>>);

impl SetupFailure {
    pub fn get(&self) -> Option<&str> {
        self.0.get().map(String::as_str)
    }
}

/// Extra attempts for a reply that failed with a transient error.
const RETRIES: u32 = 2;
/// Wait before the first retry; doubled for the next. Serenity's rate
/// limiter already honours `retry-after` on 429s; this covers 5xx answers
/// (and 429s when the limiter is off, which drops the header).
const RETRY_WAIT: Duration = Duration::from_millis(200);

/// True for failures worth one more try: 429 and 5xx answers.
fn transient(e: &serenity::Error) -> bool {
    match e {
        serenity::Error::Http(serenity::HttpError::UnsuccessfulRequest(r)) => {
            r.status_code.as_u16() == 429 || r.status_code.is_server_error()
        }
        _ => false,
    }
}

/// Runs a REST call, retrying transient failures so an answer is not lost.
pub async fn with_retry<T, F, Fut>(what: &str, mut call: F) -> Result<T, serenity::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, serenity::Error>>,
{
    let mut wait = RETRY_WAIT;
    let mut attempt = 0;
    loop {
        match call().await {
            Err(e) if attempt < RETRIES && transient(&e) => {
                tracing::warn!(error = %e, attempt, "{what}: transient failure, retrying");
                tokio::time::sleep(wait).await;
                wait *= 2;
                attempt += 1;
            }
            r => return r,
        }
    }
}

/// Sends a slash-command reply (or follow-up after a defer), with retries.
pub async fn send(ctx: Context<'_>, reply: Reply, ephemeral: bool) -> Result<(), serenity::Error> {
    with_retry("reply", || {
        let r = reply.clone().into_poise(ephemeral);
        async move { ctx.send(r).await.map(|_| ()) }
    })
    .await
}

/// The gateway intents: guild and direct messages (mentions and DMs carry
/// their content without privileges); MESSAGE_CONTENT only when answer
/// channels are configured, since that intent is privileged.
pub fn intents(config: &Config) -> GatewayIntents {
    let mut i =
        GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    if !config.answer_channel_ids.is_empty() {
        i |= GatewayIntents::MESSAGE_CONTENT;
    }
    i
}

/// The knowledge `serve` uses: the configured path; else `./knowledge` when
/// it exists (so reload and upload have a file to work on); else the
/// built-in copy, read-only.
pub fn knowledge_path(configured: Option<&Path>) -> Option<PathBuf> {
    match configured {
        Some(p) => Some(p.to_path_buf()),
        None => {
            let local = PathBuf::from("knowledge");
            local.is_dir().then_some(local)
        }
    }
}

/// The poise framework with every command, the event router and the error
/// handler. Commands are registered in `GUILD_ID` when set (instant), else
/// globally.
pub fn framework(
    config: &Config,
    store: Arc<Store>,
    failure: SetupFailure,
) -> poise::Framework<Data, Error> {
    let guild = config.guild_id.map(serenity::GuildId::new);
    let data = Data::new(config, store);
    let options = poise::FrameworkOptions {
        commands: commands::all(),
        on_error: |e| Box::pin(on_error(e)),
        event_handler: |fw, event| Box::pin(events::handle(fw, event)),
        prefix_options: poise::PrefixFrameworkOptions {
            prefix: None,
            mention_as_prefix: false,
            ..Default::default()
        },
        allowed_mentions: Some(reply::no_mentions()),
        // No owner-only commands: skip the extra request at start.
        initialize_owners: false,
        ..Default::default()
    };
    poise::Framework::builder()
        .options(options)
        .setup(move |ctx, ready, fw| {
            Box::pin(async move {
                let cmds = &fw.options().commands;
                let registered = with_retry("command registration", || async {
                    match guild {
                        Some(g) => poise::builtins::register_in_guild(ctx, cmds, g).await,
                        None => poise::builtins::register_globally(ctx, cmds).await,
                    }
                })
                .await;
                if let Err(e) = registered {
                    let _ = failure.0.set(e.to_string());
                    let shards = fw.shard_manager().clone();
                    tokio::spawn(async move { shards.shutdown_all().await });
                    return Err(e.into());
                }
                tracing::info!(bot = %ready.user.name, guild = ?guild, "slash commands registered");
                Ok(data)
            })
        })
        .build()
}

/// A client ready to start. `DISCORD_API_BASE` (testing only) points the
/// REST client at another server, with the rate limiter off (it would
/// otherwise bypass the proxy).
pub async fn client(
    config: &Config,
    store: Arc<Store>,
) -> Result<(serenity::Client, SetupFailure), serenity::Error> {
    let mut http = serenity::HttpBuilder::new(config.token.expose());
    if let Some(base) = &config.api_base {
        tracing::warn!(%base, "DISCORD_API_BASE is set: talking to a test server, not Discord");
        http = http.proxy(base.as_str()).ratelimiter_disabled(true);
    }
    let failure = SetupFailure::default();
    let client = serenity::ClientBuilder::new_with_http(http.build(), intents(config))
        .framework(framework(config, store, failure.clone()))
        .await?;
    Ok((client, failure))
}

/// Connects the configured shards; returns when they all shut down.
pub async fn start(client: &mut serenity::Client, shards: Shards) -> Result<(), serenity::Error> {
    match shards {
        Shards::Auto => client.start_autosharded().await,
        Shards::Range {
            start,
            count,
            total,
        } => client.start_shard_range(start..start + count, total).await,
    }
}

/// `storybot serve`: loads the knowledge, watches it, runs the bot until
/// ctrl-c or SIGTERM.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let path = knowledge_path(config.knowledge.as_deref());
    let store = Arc::new(Store::open(path.clone())?);
    let _watcher = match store.watch() {
        Ok(w) => Some(w),
        Err(e) => {
            if path.is_some() {
                tracing::warn!(error = %e, "not watching the knowledge files");
            }
            None
        }
    };
    let (mut client, setup) = client(&config, store).await?;
    let shards = client.shard_manager.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        shards.shutdown_all().await;
    });
    start(&mut client, config.shards).await?;
    if let Some(e) = setup.get() {
        return Err(ServeError::Setup(e.to_string()));
    }
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on ctrl-c or (on Unix) SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for ctrl-c");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// The one error handler: log the detail, tell the user briefly.
pub async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    use poise::FrameworkError as E;
    match error {
        E::Setup { error, .. } => tracing::error!(%error, "bot setup failed; shutting down"),
        E::Command { error, ctx, .. } => {
            tracing::error!(command = %ctx.command().qualified_name, %error, "command failed");
            let r = Reply::text("Sorry, something went wrong. Please try again.");
            if let Err(e) = send(ctx, r, true).await {
                tracing::warn!(error = %e, "cannot report a command error");
            }
        }
        E::CommandCheckFailed { error, ctx, .. } => {
            if let Some(e) = error {
                tracing::error!(error = %e, "permission check failed");
            }
            tracing::info!(user = %ctx.author().id, command = %ctx.command().qualified_name, "refused: not a moderator");
            let r = Reply::text(
                "Only moderators (Manage Server, or a moderator role) can manage the knowledge. Nothing was changed.",
            );
            if let Err(e) = send(ctx, r, true).await {
                tracing::warn!(error = %e, "cannot send a refusal");
            }
        }
        E::ArgumentParse { error, ctx, .. } => {
            tracing::info!(%error, "bad command arguments");
            let r = Reply::text(format!("I could not read that: {error}"));
            if let Err(e) = send(ctx, r, true).await {
                tracing::warn!(error = %e, "cannot report bad arguments");
            }
        }
        E::EventHandler { error, event, .. } => {
            tracing::error!(event = event.snake_case_name(), %error, "event handler failed");
        }
        other => {
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::error!(error = %e, "error while handling an error");
            }
        }
    }
}
