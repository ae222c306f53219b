//! Word-level tokens with byte offsets, shared by the extractors.
//!
//! A word is a run of letters and digits, with `-`, `'`, `’`, `,` (between
//! digits) and `.` allowed inside it when a letter or digit follows
//! ("Jean-Pierre", "Griner's", "95,000", "3.5"); a dotted acronym keeps its
//! final dot ("U.S."). Every other non-space character is a token of its own.

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok<'a> {
    /// As written.
    pub text: &'a str,
    /// Byte range in the text it came from.
    pub start: usize,
    pub end: usize,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
}

impl<'a> Tok<'a> {
    /// The word without a possessive ending ("Griner's" → "Griner").
    pub fn base(&self) -> &'a str {
        for suffix in ["'s", "’s", "'S", "’S"] {
            if let Some(b) = self.text.strip_suffix(suffix)
                && !b.is_empty()
            {
                return b;
            }
        }
        self.text
    }

    /// Byte end of [`Tok::base`].
    pub fn base_end(&self) -> usize {
        self.start + self.base().len()
    }

    pub fn possessive(&self) -> bool {
        self.base().len() != self.text.len()
    }

    /// Lower-case form of the base, with dots dropped ("U.S." → "us").
    pub fn lower(&self) -> String {
        self.base().replace('.', "").to_lowercase()
    }

    /// Starts with a capital letter.
    pub fn cap(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Starts with a lower-case letter.
    pub fn lowercase(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_lowercase)
    }

    /// Two or more letters, all capitals ("CNN", "U.S.").
    pub fn all_caps(&self) -> bool {
        let b = self.base();
        let letters = b.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2 && !b.chars().any(char::is_lowercase)
    }

    /// Only digits (and separators): "2008", "95,000", "3.5".
    pub fn number(&self) -> bool {
        self.word
            && self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
            && self
                .text
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
    }

    /// Contains a digit anywhere ("16-year", "27th").
    pub fn has_digit(&self) -> bool {
        self.text.chars().any(|c| c.is_ascii_digit())
    }

    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }
}

fn is_dotted_acronym(s: &str) -> bool {
    // "U.S", "e.g", "a.m": single letters separated by dots.
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Tokenises text into words and punctuation, with byte offsets.
///
/// ```
/// use storybot::knowledge::build::text::tokens;
/// let t: Vec<&str> = tokens("Jean-Pierre's U.S. trip, 95,000 fans.").iter().map(|t| t.text).collect();
/// assert_eq!(t, ["Jean-Pierre's", "U.S.", "trip", ",", "95,000", "fans", "."]);
/// assert!(tokens("").is_empty());
/// ```
pub fn tokens(text: &str) -> Vec<Tok<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                text: &text[byte(i)..byte(i + 1)],
                start: byte(i),
                end: byte(i + 1),
                word: false,
            });
            i += 1;
            continue;
        }
        let s = i;
        let mut j = i + 1;
        while j < n {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
                continue;
            }
            let next_alnum = j + 1 < n && chars[j + 1].1.is_alphanumeric();
            let inner = match c {
                '-' | '\'' | '’' | '.' => next_alnum,
                ',' => {
                    next_alnum
                        && chars[j - 1].1.is_ascii_digit()
                        && chars[j + 1].1.is_ascii_digit()
                        && j + 4 <= n
                        && chars[j + 1..j + 4].iter().all(|(_, c)| c.is_ascii_digit())
                        && (j + 4 == n || !chars[j + 4].1.is_ascii_digit())
                }
                _ => false,
            };
            if !inner {
                break;
            }
            j += 1;
        }
        // A dotted acronym keeps its final dot: "U.S." (not "3.5.").
        if j < n && chars[j].1 == '.' && is_dotted_acronym(&text[byte(s)..byte(j)]) {
            j += 1;
        }
        out.push(Tok {
            text: &text[byte(s)..byte(j)],
            start: byte(s),
            end: byte(j),
            word: true,
        });
        i = j;
    }
    out
}

/// Collapses runs of white space to single spaces.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-case kebab form for ids: "Brittney Griner" → "brittney-griner".
///
/// ```
/// use storybot::knowledge::build::text::kebab;
/// assert_eq!(kebab("The Russian Foreign Ministry (MFA)"), "russian-foreign-ministry-mfa");
/// assert_eq!(kebab("Zakharová’s"), "zakharova-s");
/// assert_eq!(kebab("!!"), "");
/// ```
pub fn kebab(s: &str) -> String {
    let folded = deunicode::deunicode(s).to_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_and_acronyms() {
        let t: Vec<&str> = tokens("It rose 3.5 percent in the U.S. today.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            [
                "It", "rose", "3.5", "percent", "in", "the", "U.S.", "today", "."
            ]
        );
    }

    #[test]
    fn possessives_and_caps() {
        let t = tokens("Griner’s CNN");
        assert_eq!(t[0].base(), "Griner");
        assert!(t[0].possessive() && t[0].cap());
        assert!(t[1].all_caps() && !t[0].all_caps());
    }

    #[test]
    fn list_commas_split() {
        let t: Vec<&str> = tokens("1,2 and 10,000").iter().map(|t| t.text).collect();
        assert_eq!(t, ["1", ",", "2", "and", "10,000"]);
    }
}
