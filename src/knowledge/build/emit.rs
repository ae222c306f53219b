//! Writing the draft as TOML text in the loader's format, by hand, so it
//! stays readable: one key per line, the article inline as a multi-line
//! string, and `# guessed:` comments on every inferred value.

use std::fmt::Write as _;

use crate::knowledge::{EntityKind, FactKind, StoryDate};

/// A drafted source.
#[derive(Debug, Clone)]
pub struct SourceOut {
    pub id: String,
    pub title: String,
    pub title_note: Option<String>,
    pub date: StoryDate,
    pub date_note: Option<String>,
    pub text: String,
}

/// A drafted entity.
#[derive(Debug, Clone)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub kind_note: String,
    pub aliases: Vec<String>,
    pub role: Option<(String, String)>,
    pub source: String,
}

/// A drafted fact.
#[derive(Debug, Clone)]
pub struct FactOut {
    pub id: String,
    pub subjects: Vec<String>,
    pub subjects_note: Option<String>,
    pub kinds: Vec<FactKind>,
    pub kinds_note: String,
    pub answer: String,
    pub answer_note: Option<String>,
    pub quote: String,
    pub source: String,
    pub paragraph: u32,
    pub date: Option<(StoryDate, String)>,
    pub question: Option<String>,
    /// Words the text implies but does not hold, with why: `age`, `old` for "Tanaka, 21,".
    pub keywords: Option<(Vec<String>, String)>,
}

/// A TOML basic string: `"…"` with escapes.
///
/// ```
/// use storybot::knowledge::build::emit::basic;
/// assert_eq!(basic("say \"hi\"\n\\"), r#""say \"hi\"\n\\""#);
/// assert_eq!(basic(""), "\"\"");
/// ```
pub fn basic(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(o, "\\u{:04X}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// The article text as a TOML multi-line string: a literal `'''…'''` when
/// it can be one, else a basic `"""…"""` string with escapes.
///
/// ```
/// use storybot::knowledge::build::emit::multiline;
/// assert_eq!(multiline("It's\nhere"), "'''\nIt's\nhere\n'''");
/// assert_eq!(multiline("a ''' b"), "\"\"\"\na ''' b\n\"\"\"");
/// ```
pub fn multiline(text: &str) -> String {
    let literal_ok = !text.contains("'''")
        && text
            .chars()
            .all(|c| c == '\n' || c == '\t' || !c.is_control());
    if literal_ok {
        return format!("'''\n{text}\n'''");
    }
    let mut o = String::from("\"\"\"\n");
    for c in text.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push('\n'),
            '\t' => o.push('\t'),
            c if c.is_control() => {
                let _ = write!(o, "\\u{:04X}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push_str("\n\"\"\"");
    o
}

fn note(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn line(out: &mut String, key: &str, value: &str, guess: Option<&str>) {
    match guess {
        Some(g) if !g.is_empty() => {
            let _ = writeln!(out, "{key} = {value} # guessed: {}", note(g));
        }
        _ => {
            let _ = writeln!(out, "{key} = {value}");
        }
    }
}

fn list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| basic(s)).collect();
    format!("[{}]", inner.join(", "))
}

pub fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organisation => "organisation",
        EntityKind::Place => "place",
    }
}

pub fn fact_kind_name(k: FactKind) -> &'static str {
    match k {
        FactKind::Who => "who",
        FactKind::What => "what",
        FactKind::When => "when",
        FactKind::Where => "where",
        FactKind::Why => "why",
        FactKind::How => "how",
        FactKind::HowMany => "howmany",
        FactKind::YesNo => "yesno",
        FactKind::Said => "said",
        FactKind::Role => "role",
    }
}

/// One article's tables: its source, its new entities, its facts.
pub fn article(src: &SourceOut, entities: &[EntityOut], facts: &[FactOut]) -> String {
    let mut out = String::new();
    out.push_str("[[sources]]\n");
    line(&mut out, "id", &basic(&src.id), None);
    line(
        &mut out,
        "title",
        &basic(&src.title),
        src.title_note.as_deref(),
    );
    line(
        &mut out,
        "date",
        &basic(&src.date.to_string()),
        src.date_note.as_deref(),
    );
    let _ = writeln!(out, "text = {}", multiline(&src.text));
    if !entities.is_empty() {
        out.push_str(
            "\n# ---------------------------------------------------------------- entities\n",
        );
    }
    for e in entities {
        out.push_str("\n[[entities]]\n");
        line(&mut out, "id", &basic(&e.id), None);
        line(&mut out, "name", &basic(&e.name), None);
        line(
            &mut out,
            "kind",
            &basic(kind_name(e.kind)),
            Some(&format!("kind ({})", e.kind_note)),
        );
        line(&mut out, "aliases", &list(&e.aliases), None);
        if let Some((role, why)) = &e.role {
            line(
                &mut out,
                "role",
                &basic(role),
                Some(&format!("role ({why})")),
            );
        }
        line(&mut out, "source", &basic(&e.source), None);
    }
    if !facts.is_empty() {
        out.push_str(
            "\n# ------------------------------------------------------------------- facts\n",
        );
    }
    for f in facts {
        out.push_str("\n[[facts]]\n");
        line(&mut out, "id", &basic(&f.id), None);
        line(
            &mut out,
            "subjects",
            &list(&f.subjects),
            f.subjects_note.as_deref(),
        );
        let kinds: Vec<String> = f
            .kinds
            .iter()
            .map(|k| fact_kind_name(*k).to_string())
            .collect();
        line(&mut out, "kinds", &list(&kinds), Some(&f.kinds_note));
        line(
            &mut out,
            "answer",
            &basic(&f.answer),
            f.answer_note.as_deref(),
        );
        line(&mut out, "quote", &basic(&f.quote), None);
        line(&mut out, "source", &basic(&f.source), None);
        line(&mut out, "paragraph", &f.paragraph.to_string(), None);
        if let Some((d, why)) = &f.date {
            line(&mut out, "date", &basic(&d.to_string()), Some(why));
        }
        if let Some(q) = &f.question {
            line(&mut out, "question", &basic(q), Some("question"));
        }
        match &f.keywords {
            Some((words, why)) => line(&mut out, "keywords", &list(words), Some(why)),
            None => line(&mut out, "keywords", "[]", None),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(basic("a\u{7}b"), "\"a\\u0007b\"");
        assert!(multiline("a\u{c}b").starts_with("\"\"\""));
    }

    #[test]
    fn strings_round_trip_through_toml() {
        let tricky = "He said \"no\" \\ ''' and '' then '";
        let doc = format!("a = {}\nb = {}\n", basic(tricky), multiline(tricky));
        let v: toml::Value = toml::from_str(&doc).unwrap();
        assert_eq!(v["a"].as_str(), Some(tricky));
        assert_eq!(v["b"].as_str().map(str::trim_end), Some(tricky));
        let plain = "It's fine\n\nSecond paragraph '";
        let v: toml::Value = toml::from_str(&format!("t = {}\n", multiline(plain))).unwrap();
        assert_eq!(v["t"].as_str().map(str::trim_end), Some(plain));
    }
}
