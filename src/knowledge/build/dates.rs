//! Dates in a sentence, resolved against the article's date.
//!
//! "On July 27" takes the article's year (the year before when that would
//! lie after the article), "in June" gives a month, "on Thursday" the most
//! recent Thursday on or before the article date, "in 2008" a year;
//! "yesterday", "today", "last year" and "last month" are relative to the
//! article date. Pure: the article date is a parameter, never the clock.

use std::ops::Range;

use chrono::{Datelike, Days, NaiveDate};

use super::lexicon::{WEEKDAYS, month_number};
use super::text::Tok;
use crate::knowledge::StoryDate;

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub date: StoryDate,
    /// Byte range of the words it was read from.
    pub span: Range<usize>,
}

/// Words after which a bare capitalised month ("May", "March") is a month.
const MONTH_LEAD: &[&str] = &[
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "during",
    "before",
    "after",
    "between",
    "and",
    "through",
    "throughout",
];
/// Nouns that make a four-digit number a count, not a year.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "years",
    "year",
    "days",
    "men",
    "women",
    "children",
    "troops",
    "soldiers",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "feet",
    "tons",
    "tonnes",
    "dollars",
    "euros",
    "pounds",
    "rubles",
    "roubles",
    "votes",
    "cases",
    "deaths",
    "units",
    "copies",
    "students",
    "members",
    "employees",
    "workers",
    "homes",
    "houses",
];

fn resolve_md(art: NaiveDate, month: u32, day: u32) -> Option<StoryDate> {
    let d = NaiveDate::from_ymd_opt(art.year(), month, day)?;
    if d > art {
        StoryDate::ymd(art.year() - 1, month, day)
    } else {
        StoryDate::ymd(art.year(), month, day)
    }
}

fn resolve_m(art: NaiveDate, month: u32) -> Option<StoryDate> {
    if month > art.month() {
        StoryDate::ym(art.year() - 1, month)
    } else {
        StoryDate::ym(art.year(), month)
    }
}

fn day_number(t: &Tok) -> Option<u32> {
    if !t.word {
        return None;
    }
    let s = t.text.to_lowercase();
    let digits = s
        .strip_suffix("st")
        .or_else(|| s.strip_suffix("nd"))
        .or_else(|| s.strip_suffix("rd"))
        .or_else(|| s.strip_suffix("th"))
        .unwrap_or(&s);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(t: &Tok) -> Option<i32> {
    if !t.word || t.text.len() != 4 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.text.parse().ok().filter(|y| (1000..=2100).contains(y))
}

/// Every date in a tokenised sentence, in order.
///
/// ```
/// use storybot::knowledge::build::{dates::find_dates, text::tokens};
/// use chrono::NaiveDate;
/// let art = NaiveDate::from_ymd_opt(2021, 3, 10).unwrap();
/// let s = "On Dec. 24 the ship left; in June it sank.";
/// let found: Vec<String> = find_dates(&tokens(s), art).iter().map(|d| d.date.to_string()).collect();
/// assert_eq!(found, ["2020-12-24", "2020-06"]);
/// assert!(find_dates(&[], art).is_empty());
/// ```
pub fn find_dates(toks: &[Tok], art: NaiveDate) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let lower = |i: usize| toks.get(i).map(|t| t.lower()).unwrap_or_default();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let l = lower(i);
        // ISO dates: 2022-07-27 or 2022-07.
        if t.word && t.has_digit() && t.text.contains('-') {
            if let Ok(d) = t.text.parse::<StoryDate>()
                && d.month.is_some()
            {
                out.push(FoundDate {
                    date: d,
                    span: t.start..t.end,
                });
            }
            i += 1;
            continue;
        }
        // Month names.
        if t.cap()
            && let Some(m) = month_number(&l)
        {
            let abbrev = l.len() <= 4 && l != "june" && l != "july" && l != "may";
            // "Jan." counts only with its dot; "May"/"March" need a date-like neighbour.
            let mut j = i + 1;
            if abbrev {
                if toks.get(j).is_some_and(|t| t.is(".")) {
                    j += 1;
                } else if l.len() == 3 && l != "may" {
                    i += 1;
                    continue;
                }
            }
            let prev = if i > 0 { lower(i - 1) } else { String::new() };
            let day_after = toks.get(j).and_then(day_number);
            let day_before = if i > 0 {
                day_number(&toks[i - 1])
            } else {
                None
            };
            let year_at = |k: usize| toks.get(k).and_then(year_number);
            let ambiguous = matches!(l.as_str(), "may" | "march");
            if ambiguous
                && day_after.is_none()
                && day_before.is_none()
                && year_at(j).is_none()
                && !MONTH_LEAD.contains(&prev.as_str())
            {
                i += 1;
                continue;
            }
            if let Some(d) = day_after {
                // "July 27", "July 27, 2022"
                let mut k = j + 1;
                if toks.get(k).is_some_and(|t| t.is(",")) && year_at(k + 1).is_some() {
                    k += 1;
                }
                let (date, end, next) = match year_at(k) {
                    Some(y) => (StoryDate::ymd(y, m, d), toks[k].end, k + 1),
                    None => (resolve_md(art, m, d), toks[j].end, j + 1),
                };
                if let Some(date) = date {
                    out.push(FoundDate {
                        date,
                        span: t.start..end,
                    });
                }
                i = next;
                continue;
            }
            let start = match day_before {
                Some(_) => toks[i - 1].start,
                None => t.start,
            };
            let (date, end) = match (day_before, year_at(j)) {
                (Some(d), Some(y)) => (StoryDate::ymd(y, m, d), toks[j].end),
                (Some(d), None) => (resolve_md(art, m, d), toks[j - 1].end),
                (None, Some(y)) => (StoryDate::ym(y, m), toks[j].end),
                (None, None) => (resolve_m(art, m), toks[j - 1].end),
            };
            if let Some(date) = date {
                out.push(FoundDate {
                    date,
                    span: start..end,
                });
            }
            i = if year_at(j).is_some() { j + 1 } else { j };
            continue;
        }
        // Weekdays: the most recent one on or before the article date.
        if t.cap()
            && let Some(w) = WEEKDAYS.iter().position(|d| *d == l)
        {
            let prev = if i > 0 { lower(i - 1) } else { String::new() };
            if prev != "next" {
                let back = (art.weekday().num_days_from_monday() + 7 - w as u32) % 7;
                let back = if prev == "last" && back == 0 { 7 } else { back };
                if let Some(d) = art.checked_sub_days(Days::new(u64::from(back))) {
                    out.push(FoundDate {
                        date: StoryDate::ymd(d.year(), d.month(), d.day()).unwrap_or(StoryDate {
                            year: d.year(),
                            month: None,
                            day: None,
                        }),
                        span: t.start..t.end,
                    });
                }
            }
            i += 1;
            continue;
        }
        // Relative days and periods.
        let rel = match l.as_str() {
            "yesterday" => art
                .pred_opt()
                .and_then(|d| StoryDate::ymd(d.year(), d.month(), d.day())),
            "today" | "tonight" => StoryDate::ymd(art.year(), art.month(), art.day()),
            _ => None,
        };
        if let Some(date) = rel {
            out.push(FoundDate {
                date,
                span: t.start..t.end,
            });
            i += 1;
            continue;
        }
        if matches!(l.as_str(), "last" | "this") {
            let next = lower(i + 1);
            let date = match (l.as_str(), next.as_str()) {
                ("last", "year") => Some(StoryDate {
                    year: art.year() - 1,
                    month: None,
                    day: None,
                }),
                ("this", "year") => Some(StoryDate {
                    year: art.year(),
                    month: None,
                    day: None,
                }),
                ("last", "month") => {
                    let (y, m) = if art.month() == 1 {
                        (art.year() - 1, 12)
                    } else {
                        (art.year(), art.month() - 1)
                    };
                    StoryDate::ym(y, m)
                }
                ("this", "month") => StoryDate::ym(art.year(), art.month()),
                _ => None,
            };
            if let Some(date) = date {
                out.push(FoundDate {
                    date,
                    span: t.start..toks[i + 1].end,
                });
                i += 2;
                continue;
            }
        }
        // Years: "in 2008", "the 2006 Games"; not "2000 people".
        if let Some(y) = year_number(t) {
            let next = lower(i + 1);
            let prev_dollar = i > 0 && matches!(toks[i - 1].text, "$" | "€" | "£");
            if !COUNT_NOUNS.contains(&next.as_str()) && !prev_dollar {
                out.push(FoundDate {
                    date: StoryDate {
                        year: y,
                        month: None,
                        day: None,
                    },
                    span: t.start..t.end,
                });
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::build::text::tokens;

    fn dates(s: &str, art: (i32, u32, u32)) -> Vec<String> {
        let art = NaiveDate::from_ymd_opt(art.0, art.1, art.2).unwrap();
        find_dates(&tokens(s), art)
            .into_iter()
            .map(|d| d.date.to_string())
            .collect()
    }

    #[test]
    fn month_day_takes_article_year_or_the_one_before() {
        assert_eq!(
            dates("On July 27, talks began.", (2022, 8, 3)),
            ["2022-07-27"]
        );
        assert_eq!(
            dates("On November 2 it rained.", (2022, 8, 3)),
            ["2021-11-02"]
        );
        assert_eq!(
            dates("It closed on 4 March 2019.", (2022, 8, 3)),
            ["2019-03-04"]
        );
        assert_eq!(
            dates("By September 3, 2020, it was over.", (2022, 8, 3)),
            ["2020-09-03"]
        );
    }

    #[test]
    fn months_and_years() {
        assert_eq!(dates("It was sent in June.", (2022, 8, 3)), ["2022-06"]);
        assert_eq!(dates("It was sent in October.", (2022, 8, 3)), ["2021-10"]);
        assert_eq!(
            dates("He was jailed in 2008 and freed in May 2010.", (2022, 8, 3)),
            ["2008", "2010-05"]
        );
        assert!(dates("Over 2000 people came.", (2022, 8, 3)).is_empty());
    }

    #[test]
    fn ambiguous_months_need_context() {
        assert!(dates("May I ask? Theresa May spoke.", (2022, 8, 3)).is_empty());
        assert_eq!(dates("The vote is in May.", (2022, 8, 3)), ["2022-05"]);
    }

    #[test]
    fn weekdays_and_relative_days() {
        // 2022-12-08 was a Thursday.
        assert_eq!(
            dates("Officials confirmed on Thursday.", (2022, 12, 8)),
            ["2022-12-08"]
        );
        assert_eq!(dates("They met on Monday.", (2022, 12, 8)), ["2022-12-05"]);
        assert_eq!(dates("He left yesterday.", (2022, 12, 8)), ["2022-12-07"]);
        assert_eq!(dates("Prices fell last year.", (2022, 12, 8)), ["2021"]);
        assert_eq!(dates("Sales fell last month.", (2022, 1, 8)), ["2021-12"]);
    }

    #[test]
    fn iso_dates() {
        assert_eq!(
            dates("Filed 2021-02-03 in court.", (2022, 12, 8)),
            ["2021-02-03"]
        );
    }
}
