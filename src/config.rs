//! Settings for `storybot serve`, read from the environment (and a `.env`
//! file, loaded by the caller with `dotenvy`). See `.env.example`.
//!
//! Invariants: a [`Config`] always holds a token that looks like a Discord
//! bot token; the token is never printed ([`Secret`] has a redacting
//! `Debug`/`Display`), so a `Config` may be logged with `{:?}`.
//!
//! Reading goes through a lookup function, so tests parse settings from a map
//! without touching the process environment.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

/// Default per-user cooldown between two questions.
pub const DEFAULT_COOLDOWN_SECONDS: u64 = 3;

/// A secret string: usable through [`Secret::expose`], never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    /// The secret itself, for the one place that needs it (the HTTP client).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(\"[redacted]\")")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Where `serve` records the gaps log (`STORYBOT_GAPS`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GapsFile {
    /// Not set: `storybot-data/gaps.jsonl` beside the knowledge
    /// ([`crate::gaps::default_path`]).
    Default,
    /// `off`: record nothing (no gaps, no votes on disk).
    Off,
    Path(PathBuf),
}

impl GapsFile {
    /// Reads a `STORYBOT_GAPS` value: `off` (any case), a path, or nothing.
    ///
    /// ```
    /// use storybot::config::GapsFile;
    /// assert_eq!(GapsFile::parse(None), GapsFile::Default);
    /// assert_eq!(GapsFile::parse(Some("OFF")), GapsFile::Off);
    /// assert_eq!(GapsFile::parse(Some("/var/lib/sb/gaps.jsonl")), GapsFile::Path("/var/lib/sb/gaps.jsonl".into()));
    /// ```
    pub fn parse(v: Option<&str>) -> Self {
        match v.map(str::trim).filter(|v| !v.is_empty()) {
            None => GapsFile::Default,
            Some(v) if v.eq_ignore_ascii_case("off") => GapsFile::Off,
            Some(v) => GapsFile::Path(PathBuf::from(v)),
        }
    }

    /// The file, given where the knowledge is; `None` when off.
    pub fn resolve(&self, knowledge: Option<&std::path::Path>) -> Option<PathBuf> {
        match self {
            GapsFile::Default => Some(crate::gaps::default_path(knowledge)),
            GapsFile::Off => None,
            GapsFile::Path(p) => Some(p.clone()),
        }
    }
}

/// Which shards this process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shards {
    /// Ask Discord how many shards to use and run them all.
    Auto,
    /// Run shards `start .. start + count` of `total`.
    Range { start: u32, count: u32, total: u32 },
}

/// Everything `serve` needs, validated.
#[derive(Debug, Clone)]
pub struct Config {
    /// `DISCORD_TOKEN`.
    pub token: Secret,
    /// `GUILD_ID`: register commands in this guild (instant) instead of globally.
    pub guild_id: Option<u64>,
    /// `MODERATOR_ROLE_IDS`: roles allowed to run `/knowledge`, besides Manage Server.
    pub moderator_role_ids: Vec<u64>,
    /// `ANSWER_CHANNEL_IDS`: channels where every message is a question
    /// (needs the privileged MESSAGE_CONTENT intent).
    pub answer_channel_ids: Vec<u64>,
    /// `COOLDOWN_SECONDS`: per-user wait between questions; zero disables it.
    pub cooldown: Duration,
    /// `STORYBOT_KNOWLEDGE`: a knowledge file or folder.
    pub knowledge: Option<PathBuf>,
    /// `SHARD_START`, `SHARD_COUNT`, `SHARD_TOTAL`.
    pub shards: Shards,
    /// `STORYBOT_GAPS`: the gaps log (unanswered questions); the votes file
    /// goes beside it.
    pub gaps: GapsFile,
    /// `STORYBOT_GAPS_MAX_BYTES`: size at which the gaps and votes files are
    /// rotated (at least [`crate::gaps::journal::MIN_MAX_BYTES`]).
    pub gaps_max_bytes: u64,
    /// `DISCORD_API_BASE`: **for testing only** — send REST calls to this base
    /// URL (e.g. `http://127.0.0.1:8080`) instead of Discord, with the client's
    /// rate limiter off.
    pub api_base: Option<String>,
}

/// A setting that is missing or malformed; the message names the variable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("{0} is not set: put the bot token in the environment or in .env (see .env.example)")]
    Missing(&'static str),
    #[error("{var} is malformed: {why}")]
    Malformed { var: &'static str, why: String },
}

impl Config {
    /// Reads the process environment (call `dotenvy::dotenv()` first to
    /// include `.env`).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|k| std::env::var(k).ok())
    }

    /// Reads settings through `get` (a variable name → its value).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let val = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let token = val("DISCORD_TOKEN").ok_or(ConfigError::Missing("DISCORD_TOKEN"))?;
        let token = token
            .strip_prefix("Bot ")
            .unwrap_or(&token)
            .trim()
            .to_string();
        if token.chars().any(char::is_whitespace)
            || poise::serenity_prelude::utils::token::validate(&token).is_err()
        {
            return Err(ConfigError::Malformed {
                var: "DISCORD_TOKEN",
                why: "expected a bot token of three dot-separated parts".into(),
            });
        }
        let guild_id = val("GUILD_ID").map(|v| id("GUILD_ID", &v)).transpose()?;
        let moderator_role_ids = ids("MODERATOR_ROLE_IDS", val("MODERATOR_ROLE_IDS"))?;
        let answer_channel_ids = ids("ANSWER_CHANNEL_IDS", val("ANSWER_CHANNEL_IDS"))?;
        let cooldown = match val("COOLDOWN_SECONDS") {
            None => Duration::from_secs(DEFAULT_COOLDOWN_SECONDS),
            Some(v) => Duration::from_secs(number("COOLDOWN_SECONDS", &v)?),
        };
        let shard = |k: &'static str| -> Result<Option<u32>, ConfigError> {
            val(k)
                .map(|v| {
                    let n = number(k, &v)?;
                    u32::try_from(n).map_err(|_| ConfigError::Malformed {
                        var: k,
                        why: format!("`{v}` is too large"),
                    })
                })
                .transpose()
        };
        let shards = match (
            shard("SHARD_START")?,
            shard("SHARD_COUNT")?,
            shard("SHARD_TOTAL")?,
        ) {
            (None, None, None) => Shards::Auto,
            (_, _, None) => {
                return Err(ConfigError::Malformed {
                    var: "SHARD_TOTAL",
                    why: "must be set when SHARD_START or SHARD_COUNT is".into(),
                });
            }
            (start, count, Some(total)) => {
                let start = start.unwrap_or(0);
                let count = count.unwrap_or(total.saturating_sub(start));
                if total == 0
                    || count == 0
                    || start.checked_add(count).is_none_or(|end| end > total)
                {
                    return Err(ConfigError::Malformed {
                        var: "SHARD_TOTAL",
                        why: format!(
                            "shards {start}..{} do not fit in a total of {total}",
                            start.saturating_add(count)
                        ),
                    });
                }
                Shards::Range {
                    start,
                    count,
                    total,
                }
            }
        };
        let gaps_max_bytes = match val("STORYBOT_GAPS_MAX_BYTES") {
            None => crate::gaps::journal::DEFAULT_MAX_BYTES,
            Some(v) => {
                let n = number("STORYBOT_GAPS_MAX_BYTES", &v)?;
                if n < crate::gaps::journal::MIN_MAX_BYTES {
                    return Err(ConfigError::Malformed {
                        var: "STORYBOT_GAPS_MAX_BYTES",
                        why: format!(
                            "`{v}` is below the minimum of {} bytes",
                            crate::gaps::journal::MIN_MAX_BYTES
                        ),
                    });
                }
                n
            }
        };
        let api_base = val("DISCORD_API_BASE").map(|v| v.trim_end_matches('/').to_string());
        if let Some(b) = &api_base
            && !(b.starts_with("http://") || b.starts_with("https://"))
        {
            return Err(ConfigError::Malformed {
                var: "DISCORD_API_BASE",
                why: "must start with http:// or https://".into(),
            });
        }
        Ok(Config {
            token: Secret::new(token),
            guild_id,
            moderator_role_ids,
            answer_channel_ids,
            cooldown,
            knowledge: val("STORYBOT_KNOWLEDGE").map(PathBuf::from),
            shards,
            gaps: GapsFile::parse(val("STORYBOT_GAPS").as_deref()),
            gaps_max_bytes,
            api_base,
        })
    }
}

fn number(var: &'static str, v: &str) -> Result<u64, ConfigError> {
    v.parse::<u64>().map_err(|_| ConfigError::Malformed {
        var,
        why: format!("`{v}` is not a whole number"),
    })
}

fn id(var: &'static str, v: &str) -> Result<u64, ConfigError> {
    match v.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(ConfigError::Malformed {
            var,
            why: format!("`{v}` is not a Discord id (a positive number)"),
        }),
    }
}

/// A comma- or space-separated list of ids.
fn ids(var: &'static str, v: Option<String>) -> Result<Vec<u64>, ConfigError> {
    v.unwrap_or_default()
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(|s| id(var, s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const TOKEN: &str = "MTIzNDU2Nzg5.abcdef.ghijklmnop";

    fn parse(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| m.get(k).cloned())
    }

    #[test]
    fn token_is_required_and_named() {
        let e = parse(&[]).unwrap_err();
        assert_eq!(e, ConfigError::Missing("DISCORD_TOKEN"));
        assert!(e.to_string().starts_with("DISCORD_TOKEN"));
        assert!(!e.to_string().contains('\n'));
        let e = parse(&[("DISCORD_TOKEN", "   ")]).unwrap_err();
        assert_eq!(e, ConfigError::Missing("DISCORD_TOKEN"));
    }

    #[test]
    fn malformed_token_is_rejected_without_echoing_it() {
        let e = parse(&[("DISCORD_TOKEN", "not-a-token")]).unwrap_err();
        assert!(e.to_string().contains("DISCORD_TOKEN"));
        assert!(!e.to_string().contains("not-a-token"));
    }

    #[test]
    fn debug_never_shows_the_token() {
        let c = parse(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        let shown = format!("{c:?} {c:#?} {}", c.token);
        assert!(!shown.contains("abcdef"), "{shown}");
        assert!(shown.contains("redacted"));
        assert_eq!(c.token.expose(), TOKEN);
    }

    #[test]
    fn bot_prefix_is_accepted() {
        let c = parse(&[("DISCORD_TOKEN", &format!("Bot {TOKEN}"))]).unwrap();
        assert_eq!(c.token.expose(), TOKEN);
    }

    #[test]
    fn defaults() {
        let c = parse(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        assert_eq!(c.guild_id, None);
        assert!(c.moderator_role_ids.is_empty() && c.answer_channel_ids.is_empty());
        assert_eq!(c.cooldown, Duration::from_secs(DEFAULT_COOLDOWN_SECONDS));
        assert_eq!(c.shards, Shards::Auto);
        assert_eq!(c.api_base, None);
        assert_eq!(c.knowledge, None);
        assert_eq!(c.gaps, GapsFile::Default);
        assert_eq!(c.gaps_max_bytes, crate::gaps::journal::DEFAULT_MAX_BYTES);
    }

    #[test]
    fn gaps_settings() {
        let c = parse(&[
            ("DISCORD_TOKEN", TOKEN),
            ("STORYBOT_GAPS", "/tmp/g.jsonl"),
            ("STORYBOT_GAPS_MAX_BYTES", "65536"),
        ])
        .unwrap();
        assert_eq!(c.gaps, GapsFile::Path("/tmp/g.jsonl".into()));
        assert_eq!(c.gaps_max_bytes, 65536);
        assert_eq!(c.gaps.resolve(None), Some(PathBuf::from("/tmp/g.jsonl")));
        let c = parse(&[("DISCORD_TOKEN", TOKEN), ("STORYBOT_GAPS", "off")]).unwrap();
        assert_eq!(c.gaps.resolve(None), None);
        let e = parse(&[("DISCORD_TOKEN", TOKEN), ("STORYBOT_GAPS_MAX_BYTES", "10")]).unwrap_err();
        assert!(e.to_string().contains("STORYBOT_GAPS_MAX_BYTES"), "{e}");
    }

    #[test]
    fn lists_and_numbers() {
        let c = parse(&[
            ("DISCORD_TOKEN", TOKEN),
            ("GUILD_ID", "42"),
            ("MODERATOR_ROLE_IDS", "1, 2 3"),
            ("ANSWER_CHANNEL_IDS", "7"),
            ("COOLDOWN_SECONDS", "0"),
            ("SHARD_START", "2"),
            ("SHARD_COUNT", "2"),
            ("SHARD_TOTAL", "4"),
            ("DISCORD_API_BASE", "http://127.0.0.1:9/"),
        ])
        .unwrap();
        assert_eq!(c.guild_id, Some(42));
        assert_eq!(c.moderator_role_ids, [1, 2, 3]);
        assert_eq!(c.answer_channel_ids, [7]);
        assert_eq!(c.cooldown, Duration::ZERO);
        assert_eq!(
            c.shards,
            Shards::Range {
                start: 2,
                count: 2,
                total: 4
            }
        );
        assert_eq!(c.api_base.as_deref(), Some("http://127.0.0.1:9"));
    }

    #[test]
    fn malformed_values_name_their_variable() {
        for (k, v) in [
            ("GUILD_ID", "abc"),
            ("MODERATOR_ROLE_IDS", "1,x"),
            ("COOLDOWN_SECONDS", "-1"),
            ("SHARD_TOTAL", "0"),
            ("SHARD_START", "1"),
            ("DISCORD_API_BASE", "ftp://x"),
        ] {
            let e = parse(&[("DISCORD_TOKEN", TOKEN), (k, v)]).unwrap_err();
            let var = match &e {
                ConfigError::Malformed { var, .. } => *var,
                ConfigError::Missing(v) => v,
            };
            assert!(var == k || var == "SHARD_TOTAL", "{k}: {e}");
        }
        let e = parse(&[
            ("DISCORD_TOKEN", TOKEN),
            ("SHARD_START", "3"),
            ("SHARD_TOTAL", "2"),
        ])
        .unwrap_err();
        assert!(e.to_string().contains("SHARD_TOTAL"));
    }
}
