//! The validated knowledge model: sources (articles), entities and facts.
//!
//! Values of these types only come out of [`crate::knowledge::load`], which
//! checks every cross-reference and every quote, so code holding a
//! [`Knowledge`] may rely on its invariants:
//! - ids are unique within sources, entities and facts;
//! - every `subjects` entry and every `source` names an existing item;
//! - no alias (normalised) belongs to two entities;
//! - every quote occurs in its source article (whitespace-insensitive), inside
//!   the cited paragraph when one is given.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Weekday names in lower case, Monday first (the drafts' dates and the
/// engine's reported days read them).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date with optional month and day: `2022`, `2022-06` or `2022-07-27`.
///
/// Articles often date things only to the month ("in June"), so the precision
/// is kept rather than invented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StoryDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl StoryDate {
    /// A full date.
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        chrono::NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Self {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A date known to the month.
    pub fn ym(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// The date as a `chrono` date, filling a missing month or day with 1.
    pub fn to_naive(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// A human form: "27 July 2022", "June 2022", "2022".
    pub fn human(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTH_NAMES[(m - 1) as usize], self.year),
            (Some(m), None) => format!("{} {}", MONTH_NAMES[(m - 1) as usize], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for StoryDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for StoryDate {
    type Err = String;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    ///
    /// ```
    /// use storybot::knowledge::StoryDate;
    /// assert_eq!("2022-06".parse::<StoryDate>().unwrap().to_string(), "2022-06");
    /// assert!("2022-02-30".parse::<StoryDate>().is_err());
    /// assert!("".parse::<StoryDate>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("`{s}` is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse::<u32>().map_err(|_| bad())
        };
        match parts.as_slice() {
            [y] => Ok(Self {
                year: num(y, 4)? as i32,
                month: None,
                day: None,
            }),
            [y, m] => Self::ym(num(y, 4)? as i32, num(m, 2)?).ok_or_else(bad),
            [y, m, d] => Self::ymd(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl PartialOrd for StoryDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for StoryDate {
    /// Chronological; a less precise date sorts before a precise one in the same period.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0)).cmp(&(
            other.year,
            other.month.unwrap_or(0),
            other.day.unwrap_or(0),
        ))
    }
}

impl Serialize for StoryDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for StoryDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    #[serde(alias = "organization")]
    Organisation,
    Place,
}

/// The kinds of question a fact answers. They steer ranking: a `when`
/// question prefers facts marked `when` (and dated), and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Who,
    What,
    When,
    Where,
    Why,
    How,
    #[serde(rename = "howmany")]
    HowMany,
    #[serde(rename = "yesno")]
    YesNo,
    Said,
    Role,
}

impl FactKind {
    pub const ALL: [FactKind; 10] = [
        FactKind::Who,
        FactKind::What,
        FactKind::When,
        FactKind::Where,
        FactKind::Why,
        FactKind::How,
        FactKind::HowMany,
        FactKind::YesNo,
        FactKind::Said,
        FactKind::Role,
    ];
}

/// An article's text split into paragraphs, with its header when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// From a first line `date YYYY-MM-DD Title`, when present.
    pub date: Option<StoryDate>,
    pub title: Option<String>,
    /// Blank-line-separated blocks after the header, trimmed; numbered from 1.
    pub paragraphs: Vec<String>,
}

impl Article {
    /// Splits raw article text. A first line `date YYYY-MM-DD Title` (leading
    /// white space and a byte-order mark allowed) becomes the header; any other
    /// text is all body.
    ///
    /// ```
    /// use storybot::knowledge::Article;
    /// let a = Article::parse("date 2022-08-03 Swap\n\nOne.\n\nTwo\nlines.\n");
    /// assert_eq!(a.title.as_deref(), Some("Swap"));
    /// assert_eq!(a.paragraphs, vec!["One.", "Two\nlines."]);
    /// assert!(Article::parse("").paragraphs.is_empty());
    /// ```
    pub fn parse(text: &str) -> Self {
        let text = text.trim_start_matches('\u{feff}');
        let trimmed = text.trim_start();
        let (mut date, mut title, mut body) = (None, None, trimmed);
        if let Some(rest) = trimmed.strip_prefix("date ") {
            let (first, after) = rest.split_once('\n').unwrap_or((rest, ""));
            let first = first.trim();
            let (d, t) = first.split_once(char::is_whitespace).unwrap_or((first, ""));
            if let Ok(d) = d.parse::<StoryDate>() {
                date = Some(d);
                let t = t.trim();
                title = (!t.is_empty()).then(|| t.to_string());
                body = after;
            }
        }
        let paragraphs = split_paragraphs(body);
        Article {
            date,
            title,
            paragraphs,
        }
    }

    /// The whole body with paragraphs separated by blank lines.
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

fn split_paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(cur.join("\n").trim().to_string());
                cur.clear();
            }
        } else {
            cur.push(line);
        }
    }
    if !cur.is_empty() {
        out.push(cur.join("\n").trim().to_string());
    }
    out
}

/// A source article.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub date: StoryDate,
    pub outlet: Option<String>,
    /// Where the text came from: the file path as written in the knowledge
    /// file, or `None` when the text is inline.
    pub file: Option<String>,
    pub article: Article,
}

/// A person, organisation or place the story names.
#[derive(Debug, Clone)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub role: Option<String>,
    pub source: String,
}

impl Entity {
    /// The question that asks about it, offered as a suggestion: "Who is
    /// Peskov?" of a person, "What is Save Ferncombe Fields?" of anything
    /// else (no one asks who a ferry or a town is).
    pub fn question(&self) -> String {
        match self.kind {
            EntityKind::Person => format!("Who is {}?", self.name),
            EntityKind::Organisation | EntityKind::Place => format!("What is {}?", self.name),
        }
    }
}

/// One claim of the story, with the quote that supports it.
#[derive(Debug, Clone)]
pub struct Fact {
    pub id: String,
    /// Entity ids, the primary subject first.
    pub subjects: Vec<String>,
    pub kinds: Vec<FactKind>,
    /// One plain sentence.
    pub answer: String,
    /// Verbatim from the source article.
    pub quote: Option<String>,
    pub source: String,
    /// 1-based paragraph of the source article the quote lies in.
    pub paragraph: Option<u32>,
    /// The date the fact refers to, when it has one.
    pub date: Option<StoryDate>,
    /// A natural question the fact answers, offered as a suggestion.
    pub question: Option<String>,
    /// Extra search words a reader might use.
    pub keywords: Vec<String>,
}

/// The whole validated knowledge: what a snapshot is built from.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    pub sources: Vec<Source>,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
    /// Extra synonym groups from the knowledge files.
    pub synonyms: Vec<Vec<String>>,
    /// Content hash of the files it was loaded from (12 hex digits).
    pub version: String,
}

impl Knowledge {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
}
