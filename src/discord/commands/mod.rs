//! The slash commands, one function per command; the `///` comment of each
//! is its help text. Bodies only fetch the current snapshot, call the engine
//! and send a [`super::reply::Reply`].

pub mod ask;
pub mod info;
pub mod knowledge;
pub mod who;

use super::{Data, Error};

/// Every command the bot registers.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    vec![
        ask::ask(),
        who::who(),
        info::sources(),
        info::timeline(),
        info::help(),
        knowledge::knowledge(),
    ]
}
