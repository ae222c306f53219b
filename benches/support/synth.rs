//! Synthetic knowledge of any size, for benchmarks and scaling measurements.
//!
//! Shared by `examples/synth.rs` (writes a knowledge folder) and the benches
//! (`#[path = "support/synth.rs"] mod synth;`). Deterministic: the same
//! [`Options`] give byte-identical output.
//!
//! What it makes, so the engine works as on real knowledge:
//! - people named from first × last name lists, with aliases (surname,
//!   initial + surname, a misspelt surname) claimed first come first served,
//!   so no alias belongs to two entities; roles that name organisations and
//!   places; organisations (with acronyms) and real city names;
//! - articles with a `date YYYY-MM-DD Title` header, paragraphs of two to four
//!   sentences (some wrapped over several lines), a heading line, filler
//!   sentences; about ten facts per article;
//! - facts whose quotes are verbatim sentences of their article (cited by
//!   paragraph, one in ten without one), whose answers restate them, with
//!   kinds, subjects, dates for `when` facts and a natural question;
//! - people, organisations, places and topic words drawn with Zipf
//!   popularity, so some names and words are everywhere and most are rare;
//! - questions that hit the knowledge: answerable (each fact's question or a
//!   paraphrase), the same with one typo, and out-of-scope ones (general
//!   knowledge, unknown people, unknown topics about known people).
//!
//! Knowledge goes into several TOML files (entities, then sources and facts
//! by 1000 articles) so no file nears the loader's 16 MiB limit.

#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate};
use storybot::engine::normalize::{fold_phrase, is_stop};

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Exactly this many facts.
    pub facts: usize,
    /// Mean facts per article (each article has this ± 3, at least 1).
    pub facts_per_article: usize,
    /// How many questions to write next to the knowledge.
    pub questions: usize,
    pub seed: u64,
}

impl Options {
    pub fn new(facts: usize) -> Self {
        Self {
            facts,
            facts_per_article: 10,
            questions: 2000,
            seed: 42,
        }
    }
}

/// What a generated question is meant to test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QKind {
    /// A fact's question or a paraphrase of it.
    Answerable,
    /// An answerable question with one misspelt word.
    Typo,
    /// Something the knowledge does not say.
    OutOfScope,
}

impl QKind {
    pub fn name(self) -> &'static str {
        match self {
            QKind::Answerable => "answerable",
            QKind::Typo => "typo",
            QKind::OutOfScope => "out-of-scope",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "answerable" => Some(QKind::Answerable),
            "typo" => Some(QKind::Typo),
            "out-of-scope" => Some(QKind::OutOfScope),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Question {
    pub kind: QKind,
    /// The fact it was made from (answerable and typo questions).
    pub fact: Option<String>,
    pub text: String,
}

/// Generated knowledge: files relative to the knowledge folder, and questions.
#[derive(Debug, Clone)]
pub struct Synth {
    pub files: Vec<(String, String)>,
    pub questions: Vec<Question>,
    pub sources: usize,
    pub entities: usize,
    pub facts: usize,
}

impl Synth {
    /// Writes the knowledge under `dir` (created if needed), plus
    /// `questions.txt` (one per line, for `storybot ask`) and `questions.tsv`
    /// (`kind<TAB>fact<TAB>question`). Neither is a `.toml`, so the loader
    /// ignores them.
    pub fn write(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir.join("articles"))?;
        for (rel, text) in &self.files {
            std::fs::write(dir.join(rel), text)?;
        }
        let mut txt = String::new();
        let mut tsv = String::new();
        for q in &self.questions {
            txt.push_str(&q.text);
            txt.push('\n');
            let _ = writeln!(
                tsv,
                "{}\t{}\t{}",
                q.kind.name(),
                q.fact.as_deref().unwrap_or("-"),
                q.text
            );
        }
        std::fs::write(dir.join("questions.txt"), txt)?;
        std::fs::write(dir.join("questions.tsv"), tsv)
    }

    /// Total bytes of knowledge text (TOML and articles).
    pub fn bytes(&self) -> usize {
        self.files.iter().map(|(_, t)| t.len()).sum()
    }
}

// ------------------------------------------------------------------ random

/// SplitMix64: small, fast, good enough for test data, no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Zipf-distributed ranks `0..n`: rank k is drawn with weight 1/(k+1)^s.
#[derive(Debug, Clone)]
struct Zipf {
    cum: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, s: f64) -> Self {
        let mut acc = 0.0;
        let cum = (0..n.max(1))
            .map(|k| {
                acc += 1.0 / ((k + 1) as f64).powf(s);
                acc
            })
            .collect();
        Self { cum }
    }

    fn sample(&self, rng: &mut Rng) -> usize {
        let total = *self.cum.last().unwrap();
        let x = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * total;
        self.cum
            .partition_point(|&c| c <= x)
            .min(self.cum.len() - 1)
    }
}

// ------------------------------------------------------------------ word lists

#[rustfmt::skip]
const FIRST: &str = "Maria Ana Elena Lucia Carmen Isabel Laura Clara Paula Marta Julia Irene Nadia Olga \
    Irina Tatiana Svetlana Natalia Anna Katarzyna Agnieszka Zofia Eva Petra Lenka Ingrid Astrid Freya \
    Sigrid Helga Greta Johanna Annika Leila Yasmin Fatima Amina Zainab Aisha Noor Priya Ananya Kavya \
    Deepa Meera Lakshmi Sunita Yuki Hana Sakura Chiara Giulia Francesca Alessia Beatriz Camila \
    Valentina Gabriela Daniela Fernanda Adriana Renata Chloe Manon Camille Juliette Amelie Sarah \
    Rachel Hannah Rebecca Miriam Olivia Emily Charlotte Alice Eleanor Harriet Fiona Siobhan Aoife \
    Niamh Paul Peter Thomas Daniel David Michael Robert James Richard Andrew Stephen Edward George \
    Henry Oliver Samuel Benjamin Nicholas Sergei Dmitri Andrei Alexei Mikhail Ivan Nikolai Pavel \
    Viktor Oleg Yuri Boris Tomasz Piotr Krzysztof Marek Jakub Lukas Karel Milan Stefan Jens Lars \
    Anders Henrik Nils Erik Magnus Olaf Ahmed Omar Hassan Karim Youssef Tariq Bilal Rashid Khalid \
    Rahul Arjun Vikram Sanjay Rohan Amit Anil Rajesh Hiroshi Takeshi Kenji Haruto Carlos Diego \
    Javier Miguel Pablo Luis Alejandro Mateo Rafael Marco Luca Giovanni Matteo Lorenzo Francesco \
    Antoine Julien Pierre Mathieu Hugo Felix Maximilian Tobias Jonas Florian Kofi Kwame Chinedu \
    Emeka Tunde Juma Baraka Thabo Sipho";

#[rustfmt::skip]
const LAST: &str = "Garcia Martinez Lopez Gonzalez Rodriguez Fernandez Sanchez Perez Gomez Diaz Moreno \
    Alvarez Romero Navarro Torres Ramirez Castillo Ortega Delgado Vargas Silva Santos Oliveira \
    Pereira Costa Ferreira Almeida Carvalho Ribeiro Rocha Rossi Russo Ferrari Esposito Bianchi \
    Romano Colombo Ricci Marino Greco Gallo Conti Mancini Moretti Barbieri Fontana Lombardi Dubois \
    Lefebvre Moreau Laurent Girard Bonnet Dupont Lambert Fontaine Rousseau Muller Schmidt Schneider \
    Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Neumann Schwarz Zimmermann Braun \
    Kruger Hartmann Lange Werner Krause Lehmann Kowalski Nowak Wisniewski Wojcik Kaminski \
    Lewandowski Zielinski Szymanski Dabrowski Kozlowski Novak Svoboda Dvorak Cerny Prochazka Kucera \
    Horak Nemec Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Petrov Volkov \
    Solovyov Vasiliev Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov \
    Belyaev Tarasov Belov Komarov Orlov Kiselev Makarov Andreev Kovalenko Bondarenko Tkachenko \
    Shevchenko Kravchenko Oliynyk Melnyk Lysenko Johansson Andersson Karlsson Nilsson Eriksson \
    Larsson Olsson Persson Svensson Gustafsson Hansen Johansen Olsen Larsen Andersen Pedersen \
    Nielsen Kristiansen Jensen Virtanen Korhonen Nieminen Makinen Hamalainen Murphy Kelly Sullivan \
    Walsh Byrne Ryan Doyle McCarthy Gallagher Kennedy Lynch Murray Quinn Moore Taylor Anderson \
    Thompson Harris Clark Lewis Robinson Walker Allen Wright Scott Adams Baker Nelson Carter \
    Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers \
    Reed Morgan Cooper Richardson Howard Peterson Watson Sanders Bennett Barnes Henderson Coleman \
    Jenkins Perry Powell Patterson Hughes Flores Butler Simmons Foster Bryant Russell Griffin Hayes \
    Myers Hamilton Graham Wallace Owens Reynolds Fisher Ellis Harrison Gibson Mcdonald Cruz \
    Marshall Freeman Webb Simpson Stevens Tucker Porter Hunter Hicks Crawford Boyd Mason Warren \
    Dixon Burns Gordon Holmes Robertson Daniels Palmer Nichols Knight Ferguson Hawkins Dunn Perkins \
    Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold Willis Watkins Olson Carroll \
    Duncan Snyder Cunningham Bradley Andrews Ruiz Harper Riley Armstrong Carpenter Weaver Greene \
    Lawrence Elliott Chavez Sims Austin Peters Kelley Franklin Lawson Fields Wang Zhang Liu Chen \
    Yang Huang Zhao Zhou Sun Zhu Guo Lin Gao Luo Sato Suzuki Takahashi Tanaka Watanabe Yamamoto \
    Nakamura Kobayashi Kato Yoshida Yamada Sasaki Kim Choi Jung Kang Yoon Jang Sharma Patel Singh \
    Kumar Gupta Reddy Iyer Nair Mehta Joshi Chopra Malhotra Banerjee Chatterjee Bose Khan Hussain \
    Rahman Siddiqui Qureshi Malik Chaudhry Okafor Okonkwo Adeyemi Balogun Mensah Owusu Asante \
    Boateng Mwangi Otieno Kamau Ndlovu Dlamini Nkosi Mokoena Haddad Khoury Nasser Saleh Mansour \
    Aziz Farouk Demir Yilmaz Kaya Sahin Celik Ozturk Aydin";

#[rustfmt::skip]
const PLACES: &str = "Lisbon Porto Madrid Seville Valencia Barcelona Bilbao Marseille Lyon Toulouse \
    Bordeaux Nantes Lille Strasbourg Geneva Zurich Basel Vienna Salzburg Munich Hamburg Cologne \
    Frankfurt Stuttgart Leipzig Dresden Hanover Bremen Rotterdam Utrecht Antwerp Ghent Brussels \
    Luxembourg Copenhagen Aarhus Oslo Bergen Stockholm Gothenburg Malmo Helsinki Tampere Tallinn \
    Riga Vilnius Warsaw Krakow Gdansk Wroclaw Poznan Prague Brno Bratislava Budapest Debrecen \
    Ljubljana Zagreb Belgrade Sarajevo Skopje Tirana Bucharest Cluj Chisinau Kyiv Lviv Odesa \
    Kharkiv Minsk Athens Thessaloniki Nicosia Valletta Palermo Naples Rome Florence Bologna Milan \
    Turin Genoa Venice Trieste Dublin Cork Galway Belfast Glasgow Edinburgh Aberdeen Cardiff \
    Bristol Leeds Manchester Liverpool Birmingham Sheffield Newcastle Reykjavik Istanbul Ankara \
    Izmir Tbilisi Yerevan Baku Almaty Tashkent Cairo Alexandria Tunis Algiers Casablanca Rabat \
    Dakar Accra Lagos Abuja Nairobi Mombasa Kampala Kigali Khartoum Lusaka Harare Maputo \
    Johannesburg Durban Windhoek Luanda Kinshasa Montreal Toronto Ottawa Vancouver Calgary Winnipeg \
    Boston Chicago Denver Houston Dallas Seattle Atlanta Miami Detroit Baltimore Philadelphia \
    Pittsburgh Cleveland Nashville Memphis Sacramento Monterrey Guadalajara Puebla Havana Bogota \
    Medellin Quito Lima Cusco Valparaiso Cordoba Rosario Montevideo Asuncion Recife Fortaleza \
    Curitiba Manaus Mumbai Delhi Chennai Kolkata Bangalore Hyderabad Pune Jaipur Lahore Karachi \
    Dhaka Colombo Kathmandu Hanoi Manila Jakarta Surabaya Bangkok Seoul Busan Taipei Perth \
    Adelaide Brisbane Melbourne Auckland Wellington";

#[rustfmt::skip]
const DOMAINS: &str = "Health Transport Energy Education Finance Defence Agriculture Culture Justice \
    Labour Trade Environment Housing Tourism Fisheries Water Science Aviation Shipping Mining \
    Telecommunications Forestry Railways";

#[rustfmt::skip]
const ORG_PREFIX: &str = "National Northern Southern Eastern Western Central United Federal Regional \
    Independent Royal Coastal Metropolitan Provincial Municipal International Continental Atlantic \
    Pacific Baltic Alpine";

#[rustfmt::skip]
const ORG_TYPE: &str = "Authority Council Agency Union Institute Commission Board Association \
    Foundation Bank Party Tribunal Federation Alliance Bureau Cooperative Consortium";

/// Nouns; `word:plural` where the plural is irregular.
#[rustfmt::skip]
const NOUNS: &str = "budget bridge railway tunnel harbour airport pipeline dam reservoir highway \
    motorway hospital clinic school university library museum stadium theatre factory mine \
    refinery warehouse port terminal shipyard reactor contract agreement treaty accord tariff \
    tax levy subsidy loan bond pension wage salary rent mortgage inflation deficit debt \
    audit inquiry investigation probe review survey census study strategy policy reform law \
    bill regulation decree ordinance permit licence visa passport border ceasefire truce dispute \
    strike protest rally election referendum ballot coalition cabinet parliament senate assembly \
    committee verdict ruling lawsuit settlement penalty sanction embargo quota shipment cargo \
    export import harvest crop drought flood wildfire storm earthquake outbreak vaccine epidemic \
    shortage blackout outage spill merger acquisition takeover bankruptcy layoff recruitment \
    exhibition festival concert tournament championship ferry tram fleet aircraft:aircraft \
    satellite rocket telescope laboratory experiment discovery software database platform \
    website archive manuscript painting statue monument cathedral castle palace garden forest \
    river lake coastline island valley glacier wetland farm vineyard orchard fishery quarry \
    scheme project programme initiative framework roadmap timetable deadline forecast estimate \
    consultation hearing tender auction pilot prototype upgrade expansion closure merger \
    ordinance charter mandate directive memorandum allowance benefit voucher scholarship";

#[rustfmt::skip]
const PEOPLE: &str = "workers teachers nurses doctors farmers pilots drivers miners students \
    researchers residents tenants voters investors judges lawyers prosecutors soldiers veterans \
    refugees migrants pensioners commuters passengers engineers volunteers inspectors fishermen \
    shareholders apprentices";

#[rustfmt::skip]
const ADJECTIVES: &str = "controversial ambitious modest costly urgent delayed revised draft \
    preliminary unofficial confidential emergency strategic technical legal financial \
    environmental industrial agricultural military civilian medical digital rural urban \
    northern southern eastern western municipal provincial federal bilateral multilateral \
    seasonal historic disputed planned expanded reduced extended limited broad narrow major minor \
    critical external internal quarterly experimental rapid gradual partial complete nationwide \
    temporary permanent voluntary mandatory ageing flagship landmark troubled overdue";

/// Verbs: `base` (regular), or `base:past:participle`.
#[rustfmt::skip]
const VERBS: &str = "approve reject announce launch suspend cancel:cancelled:cancelled postpone \
    delay expand reduce extend review inspect fund finance sign criticise defend introduce \
    complete open close build:built:built sell:sold:sold buy:bought:bought win:won:won \
    lose:lost:lost hold:held:held lead:led:led freeze:froze:frozen begin:began:begun raise \
    cut:cut:cut restore repair upgrade privatise nationalise investigate evacuate relocate \
    recruit hire appoint endorse oppose block unveil publish ban:banned:banned restrict \
    regulate renovate demolish redesign modernise acquire subsidise monitor survey \
    plan:planned:planned schedule ratify:ratified:ratified veto:vetoed:vetoed amend repeal \
    overturn audit welcome condemn scrap:scrapped:scrapped shelve revive relaunch";

const PERIODS: &[&str] = &[
    "week", "month", "year", "quarter", "season", "spring", "autumn",
];
const OUTLETS: &[&str] = &[
    "Daily Courier",
    "Evening Ledger",
    "Harbour Times",
    "Continental Wire",
    "Morning Herald",
    "Valley Gazette",
];
use storybot::knowledge::model::MONTH_NAMES as MONTHS;
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Names the knowledge never has, for out-of-scope questions.
const UNKNOWN_FIRST: &[&str] = &[
    "Zebediah",
    "Thaddeus",
    "Ophelia",
    "Percival",
    "Winifred",
    "Ignatius",
    "Bartholomew",
    "Cornelius",
    "Ebenezer",
    "Philippa",
];
const UNKNOWN_LAST: &[&str] = &[
    "Quackenbush",
    "Fairweather",
    "Higginbotham",
    "Pennywhistle",
    "Wolfenden",
    "Thistlewood",
    "Ravensworth",
    "Abernathy",
    "Cresswell",
    "Huxtable",
];
/// General questions about things the knowledge never mentions.
const GENERAL_OOS: &[&str] = &[
    "What is the capital of Japan?",
    "How do I bake sourdough bread?",
    "Who won the football world cup?",
    "What will the weather be like tomorrow?",
    "What is the boiling point of mercury?",
    "Who painted the Mona Lisa?",
    "How tall is Mount Everest?",
    "What is a good recipe for lasagna?",
    "Why did the dinosaurs go extinct?",
    "When was the first moon landing?",
    "What is the speed of light?",
    "Who is the best chess player ever?",
    "How many legs does a spider have?",
    "Can you recommend a good pizza place?",
    "How do I tune a guitar?",
    "Why do cats sleep so much?",
    "What is the meaning of life?",
    "Tell me a joke about penguins",
    "hello",
    "What time is it in Sydney?",
];
/// Things no one in the knowledge is asked about.
const UNKNOWN_TOPICS: &[&str] = &[
    "What is {}'s favourite colour?",
    "How old is {}?",
    "Where was {} born?",
    "Is {} married?",
    "What are {}'s hobbies?",
    "What did {} say about dinosaurs?",
    "Does {} play the violin?",
];

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn plural(n: &str) -> String {
    if n.ends_with('s') || n.ends_with('x') || n.ends_with("ch") || n.ends_with("sh") {
        format!("{n}es")
    } else if let Some(stem) = n.strip_suffix('y')
        && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        format!("{stem}ies")
    } else {
        format!("{n}s")
    }
}

#[derive(Debug, Clone)]
struct Noun {
    one: String,
    many: String,
}

#[derive(Debug, Clone)]
struct Verb {
    base: String,
    past: String,
    part: String,
}

fn nouns() -> Vec<Noun> {
    let mut seen = HashSet::new();
    words(NOUNS)
        .into_iter()
        .filter_map(|w| {
            let (one, many) = match w.split_once(':') {
                Some((a, b)) => (a.to_string(), b.to_string()),
                None => (w.to_string(), plural(w)),
            };
            seen.insert(one.clone()).then_some(Noun { one, many })
        })
        .collect()
}

fn verbs() -> Vec<Verb> {
    words(VERBS)
        .into_iter()
        .map(|w| {
            let parts: Vec<&str> = w.split(':').collect();
            if let [b, p, pp] = parts.as_slice() {
                return Verb {
                    base: b.to_string(),
                    past: p.to_string(),
                    part: pp.to_string(),
                };
            }
            let past = if w.ends_with('e') {
                format!("{w}d")
            } else if let Some(stem) = w.strip_suffix('y')
                && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])
            {
                format!("{stem}ied")
            } else {
                format!("{w}ed")
            };
            Verb {
                base: w.to_string(),
                part: past.clone(),
                past,
            }
        })
        .collect()
}

// ------------------------------------------------------------------ entities

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Org,
    Place,
}

#[derive(Debug, Clone)]
struct Ent {
    id: String,
    kind: Kind,
    name: String,
    /// How questions and later mentions name it (surname, acronym, …).
    short: String,
    aliases: Vec<String>,
    role: Option<String>,
    /// The first article that mentions it.
    source: Option<usize>,
}

/// Aliases already taken, in the loader's comparison form.
#[derive(Default)]
struct Claims {
    taken: HashSet<String>,
    ids: HashSet<String>,
}

impl Claims {
    /// Claims `alias` when it is free; false when it is taken or empty.
    fn claim(&mut self, alias: &str) -> bool {
        let k = fold_phrase(alias);
        !k.is_empty() && self.taken.insert(k)
    }

    fn id(&mut self, name: &str) -> String {
        let base: String = fold_phrase(name).replace(' ', "-");
        let mut id = base.clone();
        let mut n = 2;
        while !self.ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// One edit that a hurried typist makes, on a word of five letters or more.
fn misspell(rng: &mut Rng, w: &str) -> String {
    let b: Vec<char> = w.chars().collect();
    if b.len() < 5 {
        return w.to_string();
    }
    // Never the first letter: the fuzzy matcher asks for it on short words.
    let i = rng.range(1, b.len() - 2);
    let mut out = b.clone();
    match rng.below(4) {
        0 => {
            out.remove(i);
        }
        1 => out.swap(i, i + 1),
        2 => out.insert(i, b[i]),
        _ => {
            const NEAR: &str = "aeiouy";
            let vowels: Vec<char> = NEAR.chars().filter(|&c| c != b[i]).collect();
            out[i] = if NEAR.contains(b[i].to_ascii_lowercase()) {
                *rng.pick(&vowels)
            } else {
                out.remove(i);
                return out.into_iter().collect();
            };
        }
    }
    out.into_iter().collect()
}

struct World {
    ents: Vec<Ent>,
    persons: Vec<usize>,
    orgs: Vec<usize>,
    places: Vec<usize>,
    person_z: Zipf,
    org_z: Zipf,
    place_z: Zipf,
    nouns: Vec<Noun>,
    noun_z: Zipf,
    people: Vec<&'static str>,
    adjs: Vec<&'static str>,
    adj_z: Zipf,
    verbs: Vec<Verb>,
    verb_z: Zipf,
    domains: Vec<&'static str>,
}

fn build_world(rng: &mut Rng, facts: usize) -> World {
    let nouns = nouns();
    let verbs = verbs();
    let adjs = words(ADJECTIVES);
    // Surnames that are also topic words would link every time the word is
    // used; real curators would not alias them either.
    let mut common: HashSet<String> = HashSet::new();
    for n in &nouns {
        common.insert(n.one.clone());
        common.insert(n.many.clone());
    }
    for v in &verbs {
        common.extend([v.base.clone(), v.past.clone(), v.part.clone()]);
    }
    common.extend(adjs.iter().map(|a| a.to_string()));
    let firsts = words(FIRST);
    let lasts: Vec<&str> = words(LAST)
        .into_iter()
        .filter(|l| !common.contains(&l.to_lowercase()) && !is_stop(&l.to_lowercase()))
        .collect();
    let domains = words(DOMAINS);
    let mut claims = Claims::default();
    let mut ents: Vec<Ent> = Vec::new();

    // Places: real city names, a fixed list.
    let mut places = Vec::new();
    for p in words(PLACES) {
        if claims.claim(p) {
            places.push(ents.len());
            ents.push(Ent {
                id: claims.id(p),
                kind: Kind::Place,
                name: p.to_string(),
                short: p.to_string(),
                aliases: vec![format!("{p} city")],
                role: None,
                source: None,
            });
        }
    }

    // Organisations: prefix × domain × type, then city × domain × type.
    let n_orgs = (facts / 50).clamp(6, 20_000);
    let prefixes = words(ORG_PREFIX);
    let types = words(ORG_TYPE);
    let mut orgs = Vec::new();
    let mut tries = 0;
    while orgs.len() < n_orgs && tries < n_orgs * 20 {
        tries += 1;
        let first = if rng.chance(0.5) {
            rng.pick(&prefixes).to_string()
        } else {
            ents[*rng.pick(&places)].name.clone()
        };
        let name = format!("{first} {} {}", rng.pick(&domains), rng.pick(&types));
        if !claims.claim(&name) {
            continue;
        }
        let acronym: String = name.split(' ').filter_map(|w| w.chars().next()).collect();
        let mut aliases = Vec::new();
        let mut short = name.clone();
        if claims.claim(&acronym) && !is_stop(&acronym.to_lowercase()) {
            aliases.push(acronym.clone());
            short = acronym;
        }
        orgs.push(ents.len());
        ents.push(Ent {
            id: claims.id(&name),
            kind: Kind::Org,
            name,
            short,
            aliases,
            role: None,
            source: None,
        });
    }

    // People: unique first × last combinations.
    let combos = firsts.len() * lasts.len();
    let n_persons = (facts / 5).clamp(12, combos * 7 / 10);
    let mut used: HashSet<(usize, usize)> = HashSet::new();
    let mut persons = Vec::new();
    while persons.len() < n_persons {
        let (fi, li) = (rng.below(firsts.len()), rng.below(lasts.len()));
        if !used.insert((fi, li)) {
            continue;
        }
        let (first, last) = (firsts[fi], lasts[li]);
        let name = format!("{first} {last}");
        if !claims.claim(&name) {
            continue;
        }
        let mut aliases = Vec::new();
        let mut short = name.clone();
        // The first person with a surname gets it as an alias, as a curator would.
        if claims.claim(last) {
            aliases.push(last.to_string());
            short = last.to_string();
        }
        let initial = format!("{}. {last}", &first[..1]);
        if !is_stop(&first[..1].to_lowercase()) && claims.claim(&initial) {
            aliases.push(initial);
        }
        if rng.chance(0.3) {
            let typo = format!("{first} {}", misspell(rng, last));
            if claims.claim(&typo) {
                aliases.push(typo);
            }
        }
        let org = &ents[*rng.pick(&orgs)].name;
        let place = &ents[*rng.pick(&places)].name;
        let domain = rng.pick(&domains).to_lowercase();
        let role = match rng.below(10) {
            0 => format!("spokesperson for the {org}"),
            1 => format!("chair of the {org}"),
            2 => format!("mayor of {place}"),
            3 => format!("minister of {domain}"),
            4 => format!("director of the {org}"),
            5 => format!("{domain} correspondent"),
            6 => format!("senior adviser at the {org}"),
            7 => format!("governor of {place}"),
            8 => format!("chief economist at the {org}"),
            _ => format!("head of {domain} policy at the {org}"),
        };
        persons.push(ents.len());
        ents.push(Ent {
            id: claims.id(&name),
            kind: Kind::Person,
            name,
            short,
            aliases,
            role: Some(role),
            source: None,
        });
    }
    World {
        person_z: Zipf::new(persons.len(), 0.8),
        org_z: Zipf::new(orgs.len(), 0.7),
        place_z: Zipf::new(places.len(), 0.7),
        noun_z: Zipf::new(nouns.len(), 0.9),
        adj_z: Zipf::new(adjs.len(), 0.8),
        verb_z: Zipf::new(verbs.len(), 0.8),
        ents,
        persons,
        orgs,
        places,
        nouns,
        people: words(PEOPLE),
        adjs,
        verbs,
        domains,
    }
}

// ------------------------------------------------------------------ articles

/// A fact as drafted with its sentence.
#[derive(Debug, Clone)]
struct Draft {
    id: String,
    subjects: Vec<usize>,
    kinds: &'static [&'static str],
    answer: String,
    question: String,
    /// Another way to ask it.
    alt: String,
    date: Option<String>,
    keywords: Vec<String>,
}

/// The people, organisations and places of one article.
struct Cast {
    persons: Vec<usize>,
    orgs: Vec<usize>,
    places: Vec<usize>,
}

fn distinct(rng: &mut Rng, z: &Zipf, pool: &[usize], n: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut tries = 0;
    while out.len() < n.min(pool.len()) && tries < 50 * n {
        tries += 1;
        let e = pool[z.sample(rng)];
        if !out.contains(&e) {
            out.push(e);
        }
    }
    out
}

fn human(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

impl World {
    fn noun(&self, rng: &mut Rng) -> &Noun {
        &self.nouns[self.noun_z.sample(rng)]
    }
    fn adj(&self, rng: &mut Rng) -> &'static str {
        self.adjs[self.adj_z.sample(rng)]
    }
    fn verb(&self, rng: &mut Rng) -> &Verb {
        &self.verbs[self.verb_z.sample(rng)]
    }

    /// A sentence that states a fact, with the fact drafted from it.
    fn fact_sentence(
        &self,
        rng: &mut Rng,
        cast: &Cast,
        day: NaiveDate,
        id: String,
    ) -> (String, Draft) {
        let e = &self.ents;
        let pi = *rng.pick(&cast.persons);
        let p2i = cast
            .persons
            .iter()
            .copied()
            .find(|&x| x != pi)
            .unwrap_or(pi);
        let oi = *rng.pick(&cast.orgs);
        let li = *rng.pick(&cast.places);
        let (p, p2, o, l) = (&e[pi], &e[p2i], &e[oi], &e[li]);
        let n1 = self.noun(rng).clone();
        let n2 = self.noun(rng).clone();
        let a = self.adj(rng);
        let v = self.verb(rng).clone();
        let people = *rng.pick(&self.people);
        let num = match rng.below(3) {
            0 => rng.range(2, 40),
            1 => rng.range(40, 900),
            _ => rng.range(1000, 250_000),
        };
        let period = *rng.pick(PERIODS);
        let month_only = rng.chance(0.25);
        let when = day - Duration::days(rng.range(0, 60) as i64);
        let (on_when, when_date, when_human) = if month_only {
            (
                format!("In {}", MONTHS[when.month0() as usize]),
                when.format("%Y-%m").to_string(),
                format!("in {} {}", MONTHS[when.month0() as usize], when.year()),
            )
        } else if rng.chance(0.3) {
            (
                format!(
                    "On {}",
                    WEEKDAYS[when.weekday().num_days_from_monday() as usize]
                ),
                when.format("%Y-%m-%d").to_string(),
                format!("on {}", human(when)),
            )
        } else {
            (
                format!("On {} {}", MONTHS[when.month0() as usize], when.day()),
                when.format("%Y-%m-%d").to_string(),
                format!("on {}", human(when)),
            )
        };
        let pn = if rng.chance(0.5) { &p.name } else { &p.short };
        let mut date = None;
        let mut keywords = Vec::new();
        let (sentence, answer, question, alt, kinds, subjects): (
            String,
            String,
            String,
            String,
            &'static [&'static str],
            Vec<usize>,
        ) = match rng.below(10) {
            0 | 1 => (
                format!(
                    "{pn} said that the {} would {} the {a} {} in {}.",
                    o.name, v.base, n1.one, l.name
                ),
                format!(
                    "{} said the {} would {} the {a} {} in {}.",
                    p.name, o.name, v.base, n1.one, l.name
                ),
                format!("What did {} say about the {}?", p.short, n1.one),
                format!(
                    "What was {}'s comment on the {a} {} in {}?",
                    p.name, n1.one, l.name
                ),
                &["said", "what"],
                vec![pi, oi, li],
            ),
            2 => {
                date = Some(when_date);
                (
                    format!(
                        "{on_when}, the {} {} the {a} {} after {num} {} of {}.",
                        o.short, v.past, n1.one, period, n2.many
                    ),
                    format!("The {} {} the {a} {} {when_human}.", o.name, v.past, n1.one),
                    format!("When did the {} {} the {}?", o.short, v.base, n1.one),
                    format!("When was the {a} {} {} by the {}?", n1.one, v.part, o.name),
                    &["when", "what"],
                    vec![oi],
                )
            }
            3 => (
                format!(
                    "According to {pn}, {num} {people} were {} in {} last {period}.",
                    v.part, l.name
                ),
                format!(
                    "{num} {people} were {} in {} last {period}, according to {}.",
                    v.part, l.name, p.name
                ),
                format!("How many {people} were {} in {}?", v.part, l.name),
                format!(
                    "What number of {people} did {} say were {}?",
                    p.short, v.part
                ),
                &["howmany", "what"],
                vec![pi, li],
            ),
            4 => (
                format!(
                    "{pn} met {} in {} to discuss the {a} {}.",
                    p2.name, l.name, n1.one
                ),
                format!(
                    "{} and {} met in {} to discuss the {a} {}.",
                    p.name, p2.name, l.name, n1.one
                ),
                format!("Where did {} meet {}?", p.short, p2.short),
                format!(
                    "Where did {} and {} discuss the {}?",
                    p.name, p2.name, n1.one
                ),
                &["where", "who"],
                vec![pi, p2i, li],
            ),
            5 => {
                let role = p.role.clone().unwrap_or_default();
                (
                    format!(
                        "{}, the {role}, {} the {} of the {}.",
                        p.name, v.past, n1.one, o.short
                    ),
                    format!("{} is the {role}.", p.name),
                    format!("Who is {}?", p.name),
                    format!("What is {}'s job?", p.short),
                    &["role", "who"],
                    vec![pi, oi],
                )
            }
            6 => (
                format!(
                    "The {} {} the {} because of {a} {} in {}.",
                    o.name, v.past, n1.one, n2.many, l.name
                ),
                format!(
                    "The {} {} the {} because of {a} {} in {}.",
                    o.name, v.past, n1.one, n2.many, l.name
                ),
                format!("Why did the {} {} the {}?", o.short, v.base, n1.one),
                format!(
                    "What was the reason the {} was {} in {}?",
                    n1.one, v.part, l.name
                ),
                &["why"],
                vec![oi, li],
            ),
            7 => (
                format!(
                    "{pn} has not {} the {a} {}, the {} confirmed.",
                    v.part, n1.one, o.short
                ),
                format!("No: {} has not {} the {a} {}.", p.name, v.part, n1.one),
                format!("Has {} {} the {}?", p.short, v.part, n1.one),
                format!("Did {} {} the {a} {} yet?", p.name, v.base, n1.one),
                &["yesno"],
                vec![pi, oi],
            ),
            8 => {
                keywords.push(n2.many.clone());
                (
                    format!(
                        "The {} was {} through a {a} {} led by {pn}.",
                        n1.one, v.part, n2.one
                    ),
                    format!(
                        "The {} was {} through a {a} {} led by {}.",
                        n1.one, v.part, n2.one, p.name
                    ),
                    format!("How was the {} {}?", n1.one, v.part),
                    format!("How did {} get the {} {}?", p.short, n1.one, v.part),
                    &["how", "what"],
                    vec![pi],
                )
            }
            _ => (
                format!(
                    "The {a} {} in {} was {} by {pn} of the {}.",
                    n1.one, l.name, v.part, o.name
                ),
                format!(
                    "{} of the {} {} the {a} {} in {}.",
                    p.name, o.name, v.past, n1.one, l.name
                ),
                format!("Who {} the {} in {}?", v.past, n1.one, l.name),
                format!("Which official {} the {a} {}?", v.past, n1.one),
                &["who", "what"],
                vec![pi, oi, li],
            ),
        };
        let mut subjects = subjects;
        subjects.dedup();
        (
            sentence,
            Draft {
                id,
                subjects,
                kinds,
                answer,
                question,
                alt,
                date,
                keywords,
            },
        )
    }

    /// A sentence that adds colour but states no fact.
    fn filler(&self, rng: &mut Rng, cast: &Cast) -> String {
        let e = &self.ents;
        let p = &e[*rng.pick(&cast.persons)];
        let o = &e[*rng.pick(&cast.orgs)];
        let l = &e[*rng.pick(&cast.places)];
        let n = self.noun(rng).clone();
        let a = self.adj(rng);
        let period = *rng.pick(PERIODS);
        match rng.below(8) {
            0 => format!("The {} remains {a}, observers noted.", n.one),
            1 => format!(
                "Officials did not give further details about the {}.",
                n.one
            ),
            2 => format!(
                "{} is expected to travel to {} next {period}.",
                p.short, l.name
            ),
            3 => format!(
                "The {} has faced questions over the {} for months.",
                o.short, n.many
            ),
            4 => format!(
                "Local media in {} described the mood as tense but calm.",
                l.name
            ),
            5 => format!(
                "Critics argue that the {a} {} came too late for many {}.",
                n.one,
                rng.pick(&self.people)
            ),
            6 => format!(
                "A statement from the {} is expected later this {period}.",
                o.name
            ),
            _ => format!("The {} did not respond to a request for comment.", o.short),
        }
    }
}

/// Breaks a paragraph into lines of about `width` characters.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for w in text.split(' ') {
        if line > 0 && line + 1 + w.len() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += w.len();
    }
    out
}

fn toml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn toml_list(xs: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let items: Vec<String> = xs.into_iter().map(|x| toml_str(x.as_ref())).collect();
    format!("[{}]", items.join(", "))
}

const ARTICLES_PER_FILE: usize = 1000;

/// Generates knowledge with exactly `opts.facts` facts.
pub fn generate(opts: &Options) -> Synth {
    let mut rng = Rng::new(opts.seed);
    let mut world = build_world(&mut rng, opts.facts);
    let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let span = (NaiveDate::from_ymd_opt(2024, 12, 31).unwrap() - start).num_days() as usize;
    let fpa = opts.facts_per_article.max(1);

    let mut files: Vec<(String, String)> = Vec::new();
    let mut chunk = String::new();
    let mut chunk_facts = String::new();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut made = 0;
    let mut article = 0;
    while made < opts.facts {
        let n = rng
            .range(fpa.saturating_sub(3).max(1), fpa + 3)
            .min(opts.facts - made);
        let sid = format!("a{article:06}");
        let day = start + Duration::days(rng.below(span) as i64);
        let (np, no, nl) = (rng.range(2, 5), rng.range(1, 2), rng.range(1, 2));
        let cast = Cast {
            persons: distinct(&mut rng, &world.person_z, &world.persons, np),
            orgs: distinct(&mut rng, &world.org_z, &world.orgs, no),
            places: distinct(&mut rng, &world.place_z, &world.places, nl),
        };
        // Sentences in reading order: facts spread among fillers.
        let mut sentences: Vec<(String, Option<Draft>)> = Vec::new();
        for k in 0..n {
            let (s, d) = world.fact_sentence(&mut rng, &cast, day, format!("{sid}-{:02}", k + 1));
            sentences.push((s, Some(d)));
            for _ in 0..rng.range(0, 2) {
                sentences.push((world.filler(&mut rng, &cast), None));
            }
        }
        let mut paragraphs: Vec<String> = Vec::new();
        let mut art_drafts: Vec<(Draft, String, u32)> = Vec::new();
        let wrapped = rng.chance(0.5);
        let mut it = sentences.into_iter().peekable();
        while it.peek().is_some() {
            if paragraphs.len() == 3 {
                let l = &world.ents[cast.places[0]].name;
                paragraphs.push(format!("Reaction in {l}"));
            }
            let mut para: Vec<String> = Vec::new();
            for _ in 0..rng.range(2, 4) {
                let Some((s, d)) = it.next() else { break };
                if let Some(d) = d {
                    art_drafts.push((d, s.clone(), paragraphs.len() as u32 + 1));
                }
                para.push(s);
            }
            let text = para.join(" ");
            paragraphs.push(if wrapped { wrap(&text, 90) } else { text });
        }
        let lead = &world.ents[cast.persons[0]];
        let topic = world.noun(&mut rng).one.clone();
        let place = &world.ents[cast.places[0]].name;
        let title = format!(
            "{} on the {topic} in {place}",
            lead.name // e.g. "Maria Lopez on the budget in Lisbon"
        );
        let mut text = format!("date {} {title}\n\n", day.format("%Y-%m-%d"));
        text.push_str(&paragraphs.join("\n\n"));
        text.push('\n');
        files.push((format!("articles/{sid}.txt"), text));

        let _ = write!(
            chunk,
            "[[sources]]\nid = \"{sid}\"\ntitle = {}\ndate = \"{}\"\noutlet = {}\nfile = \"articles/{sid}.txt\"\n\n",
            toml_str(&title),
            day.format("%Y-%m-%d"),
            toml_str(rng.pick::<&str>(OUTLETS)),
        );
        for (d, quote, para) in art_drafts {
            for &s in &d.subjects {
                world.ents[s].source.get_or_insert(article);
            }
            let subjects: Vec<&str> = d
                .subjects
                .iter()
                .map(|&s| world.ents[s].id.as_str())
                .collect();
            let _ = write!(
                chunk_facts,
                "[[facts]]\nid = \"{}\"\nsubjects = {}\nkinds = {}\nanswer = {}\nquote = {}\nsource = \"{sid}\"\n",
                d.id,
                toml_list(&subjects),
                toml_list(d.kinds),
                toml_str(&d.answer),
                toml_str(&quote),
            );
            if !rng.chance(0.1) {
                let _ = writeln!(chunk_facts, "paragraph = {para}");
            }
            if let Some(date) = &d.date {
                let _ = writeln!(chunk_facts, "date = \"{date}\"");
            }
            let _ = writeln!(chunk_facts, "question = {}", toml_str(&d.question));
            if !d.keywords.is_empty() {
                let _ = writeln!(chunk_facts, "keywords = {}", toml_list(&d.keywords));
            }
            chunk_facts.push('\n');
            drafts.push(d);
        }
        for &p in cast.persons.iter().chain(&cast.orgs).chain(&cast.places) {
            world.ents[p].source.get_or_insert(article);
        }
        made += n;
        article += 1;
        if article % ARTICLES_PER_FILE == 0 || made >= opts.facts {
            let n_file = article.div_ceil(ARTICLES_PER_FILE);
            let head = format!(
                "# Synthetic knowledge (examples/synth.rs, seed {}), part {n_file}.\n\n",
                opts.seed
            );
            files.push((
                format!("facts-{n_file:04}.toml"),
                format!("{head}{chunk}{chunk_facts}"),
            ));
            chunk.clear();
            chunk_facts.clear();
        }
    }

    let mut ents_toml = format!(
        "# Synthetic knowledge (examples/synth.rs, seed {}, {} facts): entities.\n\n",
        opts.seed, opts.facts
    );
    let mut n_ents = 0;
    for e in world.ents.iter().filter(|e| e.source.is_some()) {
        n_ents += 1;
        let kind = match e.kind {
            Kind::Person => "person",
            Kind::Org => "organisation",
            Kind::Place => "place",
        };
        let _ = write!(
            ents_toml,
            "[[entities]]\nid = \"{}\"\nname = {}\nkind = \"{kind}\"\naliases = {}\n",
            e.id,
            toml_str(&e.name),
            toml_list(&e.aliases),
        );
        if let Some(r) = &e.role {
            let _ = writeln!(ents_toml, "role = {}", toml_str(r));
        }
        let _ = writeln!(ents_toml, "source = \"a{:06}\"\n", e.source.unwrap());
    }
    files.insert(0, ("entities.toml".into(), ents_toml));

    let questions = questions(&mut rng, &world, &drafts, opts.questions);
    Synth {
        files,
        questions,
        sources: article,
        entities: n_ents,
        facts: made,
    }
}

/// Questions over the generated facts: 55 % answerable, 20 % with a typo,
/// 25 % out of scope.
fn questions(rng: &mut Rng, world: &World, drafts: &[Draft], n: usize) -> Vec<Question> {
    let mut out = Vec::with_capacity(n);
    let known: Vec<&Ent> = world
        .ents
        .iter()
        .filter(|e| e.kind == Kind::Person && e.source.is_some())
        .collect();
    for i in 0..n {
        let roll = i % 20;
        if roll < 15 && !drafts.is_empty() {
            let d = rng.pick(drafts);
            let q = if rng.chance(0.6) { &d.question } else { &d.alt };
            if roll < 11 {
                out.push(Question {
                    kind: QKind::Answerable,
                    fact: Some(d.id.clone()),
                    text: q.clone(),
                });
            } else {
                let ws: Vec<&str> = q.split(' ').collect();
                let long: Vec<usize> = (0..ws.len())
                    .filter(|&k| ws[k].trim_end_matches(['?', ',', '.']).len() >= 6)
                    .collect();
                let text = if long.is_empty() {
                    q.clone()
                } else {
                    let k = *rng.pick(&long);
                    let w = ws[k].trim_end_matches(['?', ',', '.']);
                    let w = w.strip_suffix("'s").unwrap_or(w);
                    let typo = misspell(rng, w);
                    let mut ws: Vec<String> = ws.iter().map(|w| w.to_string()).collect();
                    ws[k] = ws[k].replacen(w, &typo, 1);
                    ws.join(" ")
                };
                out.push(Question {
                    kind: QKind::Typo,
                    fact: Some(d.id.clone()),
                    text,
                });
            }
        } else {
            let text = match rng.below(3) {
                0 => rng.pick(GENERAL_OOS).to_string(),
                1 => {
                    let name = format!("{} {}", rng.pick(UNKNOWN_FIRST), rng.pick(UNKNOWN_LAST));
                    match rng.below(3) {
                        0 => format!("Who is {name}?"),
                        1 => format!("What did {name} say about the {}?", world.noun(rng).one),
                        _ => format!("Where did {name} meet the press?"),
                    }
                }
                _ => {
                    let p = if known.is_empty() {
                        "Zebediah Quackenbush"
                    } else {
                        known[rng.below(known.len())].name.as_str()
                    };
                    rng.pick(UNKNOWN_TOPICS).replace("{}", p)
                }
            };
            out.push(Question {
                kind: QKind::OutOfScope,
                fact: None,
                text,
            });
        }
    }
    out
}
