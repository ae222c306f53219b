//! The story's dated facts in order: what happened when, across sources.

use serde::Serialize;

use crate::knowledge::{Knowledge, StoryDate};

/// One dated fact on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub date: StoryDate,
    pub answer: String,
    pub fact: String,
    pub source: String,
    pub source_title: String,
}

/// Every fact with a date, oldest first; facts on the same date keep the
/// order of their sources' dates, then their order in the knowledge.
///
/// ```
/// use storybot::knowledge::{Knowledge, build::timeline::timeline};
/// assert!(timeline(&Knowledge::default()).is_empty());
/// ```
pub fn timeline(k: &Knowledge) -> Vec<TimelineEntry> {
    let mut rows: Vec<(StoryDate, Option<StoryDate>, usize, TimelineEntry)> = k
        .facts
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let date = f.date?;
            let src = k.source(&f.source);
            Some((
                date,
                src.map(|s| s.date),
                i,
                TimelineEntry {
                    date,
                    answer: f.answer.clone(),
                    fact: f.id.clone(),
                    source: f.source.clone(),
                    source_title: src.map_or_else(|| f.source.clone(), |s| s.title.clone()),
                },
            ))
        })
        .collect();
    rows.sort_by_key(|r| (r.0, r.1, r.2));
    rows.into_iter().map(|r| r.3).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{Article, Fact, FactKind, Source};

    fn fact(id: &str, date: Option<&str>) -> Fact {
        Fact {
            id: id.into(),
            subjects: vec![],
            kinds: vec![FactKind::What],
            answer: format!("{id} happened."),
            quote: None,
            source: "s".into(),
            paragraph: None,
            date: date.map(|d| d.parse().unwrap()),
            question: None,
            keywords: vec![],
        }
    }

    #[test]
    fn oldest_first_and_undated_left_out() {
        let k = Knowledge {
            sources: vec![Source {
                id: "s".into(),
                title: "T".into(),
                date: "2022-08-03".parse().unwrap(),
                outlet: None,
                file: None,
                article: Article::parse("x"),
            }],
            facts: vec![
                fact("late", Some("2022-07-29")),
                fact("none", None),
                fact("month", Some("2022-06")),
                fact("early", Some("2008")),
                fact("day", Some("2022-06-02")),
            ],
            ..Default::default()
        };
        let ids: Vec<String> = timeline(&k).into_iter().map(|e| e.fact).collect();
        assert_eq!(ids, ["early", "month", "day", "late"]);
        assert_eq!(timeline(&k)[0].source_title, "T");
    }
}
