//! Who may do what: the moderator gate for `/knowledge`, and the per-user
//! question cooldown.
//!
//! The gate decides from the interaction itself (the member's resolved
//! permissions and roles, which Discord sends with every guild interaction),
//! so it needs no cache and no extra request. It backs up the command's
//! `default_member_permissions`, which server admins can override.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;
use serenity::{Permissions, RoleId, UserId};

use super::{Context, Error};

/// The permission that makes someone a knowledge moderator.
pub const MODERATOR_PERMISSION: Permissions = Permissions::MANAGE_GUILD;

/// True for a member with Manage Server (or Administrator), or with one of
/// the configured moderator roles.
///
/// ```
/// use poise::serenity_prelude::{Permissions, RoleId};
/// use storybot::discord::checks::may_manage_knowledge;
/// let mods = [RoleId::new(7)];
/// assert!(may_manage_knowledge(Some(Permissions::MANAGE_GUILD), &[], &mods));
/// assert!(may_manage_knowledge(None, &[RoleId::new(7)], &mods));
/// assert!(!may_manage_knowledge(Some(Permissions::SEND_MESSAGES), &[RoleId::new(8)], &mods));
/// assert!(!may_manage_knowledge(None, &[], &[]));
/// ```
pub fn may_manage_knowledge(
    perms: Option<Permissions>,
    roles: &[RoleId],
    moderator_roles: &[RoleId],
) -> bool {
    perms.is_some_and(|p| p.contains(MODERATOR_PERMISSION) || p.administrator())
        || roles.iter().any(|r| moderator_roles.contains(r))
}

/// The poise check for `/knowledge`: refuses outside guilds and for
/// non-moderators (the refusal message is sent by `on_error`).
pub async fn is_moderator(ctx: Context<'_>) -> Result<bool, Error> {
    let member = match ctx {
        poise::Context::Application(a) => a.interaction.member.as_deref(),
        // No prefix commands are registered; refuse if one ever is.
        poise::Context::Prefix(_) => None,
    };
    let Some(m) = member else {
        return Ok(false);
    };
    Ok(may_manage_knowledge(
        m.permissions,
        &m.roles,
        &ctx.data().moderator_roles,
    ))
}

/// What the cooldown says about a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cooldown {
    /// Go ahead (and the clock restarts).
    Ready,
    /// Too soon; `first` is true for the first refusal in this window, so a
    /// channel gets one note, not one per message.
    Wait { left: Duration, first: bool },
}

/// Per-user cooldown between questions.
#[derive(Debug)]
pub struct Cooldowns {
    period: Duration,
    /// user → (last accepted question, refusal already noted).
    last: Mutex<HashMap<UserId, (Instant, bool)>>,
}

/// Entries are swept when the map grows past this size.
const SWEEP_AT: usize = 10_000;

impl Cooldowns {
    pub fn new(period: Duration) -> Self {
        Self {
            period,
            last: Mutex::new(HashMap::new()),
        }
    }

    /// Checks and records a question from `user` at `now`.
    pub fn check(&self, user: UserId, now: Instant) -> Cooldown {
        if self.period.is_zero() {
            return Cooldown::Ready;
        }
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if last.len() > SWEEP_AT {
            let period = self.period;
            last.retain(|_, (t, _)| now.saturating_duration_since(*t) < period);
        }
        match last.get_mut(&user) {
            Some((t, noted)) if now.saturating_duration_since(*t) < self.period => {
                let first = !*noted;
                *noted = true;
                Cooldown::Wait {
                    left: self.period - now.saturating_duration_since(*t),
                    first,
                }
            }
            _ => {
                last.insert(user, (now, false));
                Cooldown::Ready
            }
        }
    }
}

/// For a slash command: whether its author may ask now. When not, the
/// cooldown note has already been sent, ephemerally.
pub async fn may_ask_now(ctx: Context<'_>) -> Result<bool, Error> {
    match ctx.data().cooldowns.check(ctx.author().id, Instant::now()) {
        Cooldown::Wait { left, .. } => {
            super::send(ctx, super::reply::Reply::text(cooldown_note(left)), true).await?;
            Ok(false)
        }
        _ => Ok(true),
    }
}

/// The note shown when the cooldown is hit.
pub fn cooldown_note(left: Duration) -> String {
    let secs = left.as_secs_f32().ceil().max(1.0) as u64;
    format!(
        "Please wait {secs} more second{} before asking again.",
        if secs == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cooldown_blocks_then_releases() {
        let c = Cooldowns::new(Duration::from_secs(5));
        let u = UserId::new(1);
        let t0 = Instant::now();
        assert_eq!(c.check(u, t0), Cooldown::Ready);
        assert!(matches!(
            c.check(u, t0 + Duration::from_secs(1)),
            Cooldown::Wait { first: true, .. }
        ));
        assert!(matches!(
            c.check(u, t0 + Duration::from_secs(2)),
            Cooldown::Wait { first: false, .. }
        ));
        assert_eq!(c.check(UserId::new(2), t0), Cooldown::Ready);
        assert_eq!(c.check(u, t0 + Duration::from_secs(5)), Cooldown::Ready);
    }

    #[test]
    fn zero_cooldown_never_blocks() {
        let c = Cooldowns::new(Duration::ZERO);
        let t0 = Instant::now();
        assert_eq!(c.check(UserId::new(1), t0), Cooldown::Ready);
        assert_eq!(c.check(UserId::new(1), t0), Cooldown::Ready);
    }

    #[test]
    fn note_rounds_up() {
        assert_eq!(
            cooldown_note(Duration::from_millis(100)),
            "Please wait 1 more second before asking again."
        );
        assert_eq!(
            cooldown_note(Duration::from_millis(2100)),
            "Please wait 3 more seconds before asking again."
        );
    }
}
