//! `/who name:` — a person card, with fuzzy autocomplete on the names and
//! aliases of the story's people and organisations.

use poise::serenity_prelude as serenity;

use crate::discord::checks::may_ask_now;
use crate::discord::reply::{self, Reply};
use crate::discord::{Context, Data, Error};
use crate::engine::normalize::fold_phrase;
use crate::engine::{self, Snapshot};

/// Discord rejects an autocomplete response with more than 25 choices.
pub const MAX_CHOICES: usize = 25;

/// Lowest Jaro-Winkler similarity for a typed word to match a name word it
/// is not a prefix of: high enough that "zak" finds only Zakharova-like
/// names, low enough for one slip ("zakarova", "peskof").
const MIN_SIMILARITY: f64 = 0.85;

/// Who someone in the story is, and what they said or did
#[poise::command(slash_command)]
pub async fn who(
    ctx: Context<'_>,
    #[description = "A name from the story, e.g. Kirby"]
    #[autocomplete = "autocomplete_name"]
    #[max_length = 200]
    name: String,
) -> Result<(), Error> {
    if !may_ask_now(ctx).await? {
        return Ok(());
    }
    crate::discord::send(ctx, card(ctx.data(), &name), false).await?;
    Ok(())
}

/// The card for a name, from the current snapshot.
pub fn card(data: &Data, name: &str) -> Reply {
    let snap = data.store.snapshot();
    reply::person(&engine::who(&snap, name))
}

async fn autocomplete_name(
    ctx: Context<'_>,
    partial: &str,
) -> serenity::CreateAutocompleteResponse {
    let snap = ctx.data().store.snapshot();
    let choices = name_choices(&snap, partial)
        .into_iter()
        .map(|n| serenity::AutocompleteChoice::new(n.clone(), n))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Entity names matching what the user has typed so far, best first, at
/// most [`MAX_CHOICES`]. Every name and alias counts; a word prefix
/// ("zak" → Zakharova) beats a near miss ("zakarova"). Nothing typed: all
/// names in knowledge order.
pub fn name_choices(snap: &Snapshot, partial: &str) -> Vec<String> {
    let typed = fold_phrase(partial);
    let mut scored: Vec<(f64, usize)> = snap
        .knowledge
        .entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let best = std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(|a| match_score(&typed, &fold_phrase(a)))
                .fold(0.0, f64::max);
            (best > 0.0).then_some((best, i))
        })
        .collect();
    // Best score first; ties keep knowledge order (stable sort).
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<String> = Vec::new();
    for (_, i) in scored {
        let name = &snap.knowledge.entities[i].name;
        if !out.contains(name) {
            out.push(name.clone());
        }
        if out.len() == MAX_CHOICES {
            break;
        }
    }
    out
}

/// How well folded input matches a folded alias; 0 for no match.
fn match_score(typed: &str, alias: &str) -> f64 {
    if typed.is_empty() {
        return 1.0;
    }
    if alias.starts_with(typed) {
        return 4.0;
    }
    if alias.split(' ').any(|w| w.starts_with(typed)) {
        return 3.0;
    }
    if alias.contains(typed) {
        return 2.0;
    }
    // Fuzzy: the last typed word against each alias word, whole and cut to
    // the typed length (the user may not have finished typing).
    let last = typed.rsplit(' ').next().unwrap_or(typed);
    if last.chars().count() < 3 {
        return 0.0;
    }
    let n = last.chars().count();
    let sim = alias
        .split(' ')
        .map(|w| {
            let cut: String = w.chars().take(n).collect();
            strsim::jaro_winkler(last, w).max(strsim::jaro_winkler(last, &cut))
        })
        .fold(0.0, f64::max);
    if sim >= MIN_SIMILARITY { sim } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap() -> Snapshot {
        let k = crate::knowledge::load_embedded().expect("embedded knowledge");
        Snapshot::new(k, crate::knowledge::Origin::Embedded)
    }

    #[test]
    fn prefix_finds_zakharova() {
        let c = name_choices(&snap(), "zak");
        assert_eq!(
            c.first().map(String::as_str),
            Some("Maria Zakharova"),
            "{c:?}"
        );
    }

    #[test]
    fn typo_still_matches() {
        let c = name_choices(&snap(), "zakarova");
        assert!(c.iter().any(|n| n == "Maria Zakharova"), "{c:?}");
        let c = name_choices(&snap(), "Kerby");
        assert_eq!(c.first().map(String::as_str), Some("John Kirby"), "{c:?}");
    }

    #[test]
    fn empty_lists_at_most_25_and_nonsense_lists_none() {
        let s = snap();
        let c = name_choices(&s, "");
        assert!(!c.is_empty() && c.len() <= MAX_CHOICES);
        assert!(name_choices(&s, "qqqqxx").is_empty());
    }
}
