//! Word lists the drafting heuristics rely on: a general gazetteer (world
//! countries, regions and major cities), demonyms, titles, organisation and
//! place cue words, role nouns, speech verbs and function words.
//!
//! Everything here is general English and world knowledge, never one
//! article's wording. Lookups take folded lower-case text.

/// Countries, territories, continents and large regions, lower-case.
pub const PLACES: &[&str] = &[
    // countries
    "afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda", "argentina",
    "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh",
    "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia",
    "bosnia and herzegovina", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
    "burkina faso", "burundi", "cambodia", "cameroon", "canada", "cape verde",
    "central african republic", "chad", "chile", "china", "colombia", "comoros", "congo",
    "costa rica", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark",
    "djibouti", "dominica", "dominican republic", "ecuador", "egypt", "el salvador",
    "equatorial guinea", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland",
    "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada",
    "guatemala", "guinea", "guinea-bissau", "guyana", "haiti", "honduras", "hungary", "iceland",
    "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast", "jamaica",
    "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan",
    "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
    "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
    "marshall islands", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco",
    "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma", "namibia", "nauru",
    "nepal", "netherlands", "holland", "new zealand", "nicaragua", "niger", "nigeria",
    "north korea", "north macedonia", "macedonia", "norway", "oman", "pakistan", "palau",
    "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland",
    "portugal", "qatar", "romania", "russia", "russian federation", "rwanda",
    "saint kitts and nevis", "saint lucia", "samoa", "san marino", "saudi arabia", "senegal",
    "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia",
    "solomon islands", "somalia", "south africa", "south korea", "korea", "south sudan", "spain",
    "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
    "tanzania", "thailand", "timor-leste", "east timor", "togo", "tonga", "trinidad and tobago",
    "tunisia", "turkey", "turkiye", "turkmenistan", "tuvalu", "uganda", "ukraine",
    "united arab emirates", "uae", "united kingdom", "uk", "britain", "great britain",
    "england", "scotland", "wales", "northern ireland", "united states", "united states of america",
    "us", "u s", "usa", "u s a", "america", "uruguay", "uzbekistan", "vanuatu", "vatican",
    "vatican city", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "greenland",
    "puerto rico", "hong kong", "macau", "crimea", "chechnya", "gaza", "west bank", "tibet",
    "kashmir", "siberia", "catalonia", "bavaria",
    // continents and regions
    "africa", "antarctica", "asia", "europe", "north america", "south america", "latin america",
    "central america", "oceania", "middle east", "near east", "far east", "balkans",
    "caucasus", "scandinavia", "arctic", "caribbean", "mediterranean", "pacific", "atlantic",
    "indian ocean", "persian gulf", "gulf", "sahara", "eurasia", "southeast asia",
    "central asia", "east asia", "south asia", "west africa", "east africa", "north africa",
    "eastern europe", "western europe", "baltic", "baltics", "donbas", "donbass",
    // us states
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
    // major cities
    "abu dhabi", "dubai", "doha", "riyadh", "jeddah", "mecca", "tehran", "baghdad", "damascus",
    "beirut", "amman", "jerusalem", "tel aviv", "cairo", "istanbul", "ankara", "athens", "rome",
    "milan", "naples", "venice", "florence", "madrid", "barcelona", "lisbon", "porto", "paris",
    "marseille", "lyon", "nice", "brussels", "amsterdam", "rotterdam", "the hague", "hague",
    "berlin", "munich", "hamburg", "frankfurt", "cologne", "vienna", "zurich", "geneva", "bern",
    "prague", "warsaw", "krakow", "budapest", "bucharest", "sofia", "belgrade", "zagreb",
    "sarajevo", "ljubljana", "bratislava", "kyiv", "kiev", "kharkiv", "odesa", "odessa",
    "lviv", "mariupol", "minsk", "vilnius", "riga", "tallinn", "helsinki", "stockholm", "oslo",
    "copenhagen", "reykjavik", "dublin", "london", "manchester", "liverpool", "birmingham",
    "edinburgh", "glasgow", "cardiff", "belfast", "moscow", "st petersburg",
    "saint petersburg", "novosibirsk", "yekaterinburg", "kazan", "vladivostok", "sochi",
    "tbilisi", "yerevan", "baku", "astana", "almaty", "tashkent", "kabul", "islamabad",
    "karachi", "lahore", "delhi", "new delhi", "mumbai", "bombay", "kolkata", "calcutta",
    "chennai", "bangalore", "bengaluru", "hyderabad", "dhaka", "kathmandu", "colombo",
    "bangkok", "hanoi", "ho chi minh city", "saigon", "phnom penh", "vientiane", "yangon",
    "kuala lumpur", "jakarta", "manila", "beijing", "peking", "shanghai", "guangzhou",
    "shenzhen", "wuhan", "chongqing", "tianjin", "nanjing", "taipei", "seoul", "pyongyang",
    "tokyo", "osaka", "kyoto", "hiroshima", "nagasaki", "sydney", "melbourne", "brisbane",
    "perth", "adelaide", "canberra", "auckland", "wellington", "washington", "washington dc",
    "washington d c", "new york city", "los angeles", "chicago", "houston", "phoenix",
    "philadelphia", "san antonio", "san diego", "dallas", "san francisco", "seattle", "boston",
    "miami", "atlanta", "detroit", "denver", "las vegas", "new orleans", "baltimore",
    "pittsburgh", "cleveland", "minneapolis", "portland", "nashville", "austin", "toronto",
    "montreal", "vancouver", "ottawa", "calgary", "quebec", "mexico city", "havana", "bogota",
    "lima", "quito", "caracas", "santiago", "buenos aires", "montevideo", "sao paulo",
    "rio de janeiro", "brasilia", "lagos", "abuja", "nairobi", "addis ababa", "khartoum",
    "kinshasa", "johannesburg", "cape town", "pretoria", "durban", "casablanca", "rabat",
    "algiers", "tunis", "tripoli", "dakar", "accra", "luanda", "harare", "kampala", "mogadishu",
    "kigali", "dar es salaam", "hollywood", "silicon valley", "manhattan", "brooklyn",
    "wall street", "geneva",
];

/// Nationality and group adjectives and nouns, lower-case.
pub const DEMONYMS: &[&str] = &[
    "american", "americans", "russian", "russians", "british", "briton", "britons", "english",
    "french", "german", "germans", "italian", "italians", "spanish", "spaniard", "portuguese",
    "dutch", "belgian", "swiss", "austrian", "swedish", "swede", "norwegian", "danish", "dane",
    "finnish", "finn", "icelandic", "irish", "scottish", "scot", "welsh", "polish", "pole",
    "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "greeks", "turkish", "turk",
    "turks", "ukrainian", "ukrainians", "belarusian", "georgian", "armenian", "azerbaijani",
    "kazakh", "uzbek", "chinese", "japanese", "korean", "koreans", "vietnamese", "thai",
    "indonesian", "malaysian", "filipino", "indian", "indians", "pakistani", "afghan", "iranian",
    "iranians", "iraqi", "iraqis", "syrian", "syrians", "lebanese", "israeli", "israelis",
    "palestinian", "palestinians", "jordanian", "saudi", "saudis", "emirati", "qatari", "yemeni",
    "egyptian", "egyptians", "libyan", "tunisian", "algerian", "moroccan", "nigerian", "kenyan",
    "ethiopian", "somali", "sudanese", "african", "africans", "european", "europeans", "asian",
    "asians", "arab", "arabs", "arabic", "canadian", "canadians", "mexican", "mexicans",
    "brazilian", "argentine", "argentinian", "chilean", "colombian", "venezuelan", "cuban",
    "peruvian", "australian", "australians", "new zealander", "soviet", "western", "eastern",
    "northern", "southern", "serbian", "serb", "serbs", "croatian", "croat", "bosnian",
    "albanian", "lithuanian", "latvian", "estonian", "moldovan", "chechen", "kurdish", "kurd",
    "kurds", "us", "u s", "uk", "eu", "nato", "un",
];

/// Title heads that stand before a person's name ("Minister", "President").
pub const TITLES: &[&str] = &[
    "president", "minister", "secretary", "chancellor", "governor", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "mayor", "ambassador", "envoy",
    "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt",
    "major", "admiral", "commander", "marshal", "judge", "justice", "attorney", "prosecutor",
    "director", "chairman", "chairwoman", "chair", "ceo", "cfo", "spokesman", "spokeswoman",
    "spokesperson", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "bishop",
    "archbishop", "cardinal", "father", "rabbi", "imam", "sheikh", "emir", "sultan", "lord", "lady",
    "sir", "dame", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "coach", "commissioner",
    "officer", "detective", "inspector", "agent", "councillor", "councilman", "councilwoman",
    "speaker", "leader", "premier", "chief", "head", "deputy", "vice", "coordinator", "adviser",
    "advisor", "diplomat", "correspondent", "reporter", "editor", "saint", "st", "pastor",
    "reverend", "rev", "gov", "pres", "superintendent", "chairperson", "producer",
];

/// Words that only modify a following title ("Foreign Minister", "Deputy Secretary").
pub const TITLE_MODIFIERS: &[&str] = &[
    "foreign", "deputy", "vice", "prime", "chief", "press", "defense", "defence", "interior",
    "finance", "health", "justice", "state", "former", "acting", "senior", "first", "general",
    "executive", "assistant", "associate", "principal", "national", "security", "attorney",
    "supreme", "grand", "crown", "home", "economy", "energy", "education", "trade", "culture",
    "interim", "permanent", "special", "managing", "head",
];

/// Capitalised words after "of" in a title ("Secretary of State").
pub const DEPARTMENTS: &[&str] = &[
    "state", "defense", "defence", "homeland", "security", "health", "treasury", "commerce",
    "justice", "energy", "education", "labor", "labour", "agriculture", "interior",
    "transportation", "transport", "finance", "foreign", "affairs", "staff", "the", "and",
    "human", "services", "veterans", "housing", "urban", "development", "home", "culture",
    "economy", "trade", "industry", "environment", "police", "operations", "communications",
];

/// Words that make a capitalised name an organisation.
pub const ORG_CUES: &[&str] = &[
    "ministry", "council", "house", "department", "agency", "kremlin", "network", "inc", "ltd",
    "llc", "plc", "corp", "corporation", "company", "co", "group", "bank", "university",
    "college", "school", "institute", "academy", "association", "party", "committee",
    "commission", "court", "parliament", "congress", "senate", "assembly", "duma", "union",
    "federation", "league", "club", "team", "army", "navy", "forces", "force", "police",
    "service", "services", "office", "bureau", "foundation", "fund", "organization",
    "organisation", "government", "administration", "cabinet", "board", "authority", "society",
    "trust", "guard", "embassy", "consulate", "times", "news", "post", "journal", "press",
    "media", "airlines", "airways", "railways", "records", "studios", "pictures", "gmbh", "ag",
    "sa", "nv", "holdings", "partners", "industries", "motors", "technologies", "systems",
    "labs", "laboratories", "church", "mission", "movement", "front", "brigade", "regiment",
    "command", "coalition", "alliance", "tribunal", "directorate", "secretariat", "pentagon",
    "nations", "bloc", "caucus", "channel", "radio", "television", "tv", "magazine", "gazette",
    "herald", "tribune", "telegraph", "guardian", "reuters", "agence", "nasa", "fbi", "cia",
    "kgb", "fsb", "nato", "opec", "wnba", "nba", "nfl", "fifa", "uefa", "ioc", "eu", "un",
    "unesco", "unicef", "imf", "wto", "brigades", "cartel", "prison", "colony", "hospital",
];

/// Words that make a capitalised name a place or facility.
pub const PLACE_CUES: &[&str] = &[
    "airport", "street", "st", "avenue", "road", "square", "bridge", "river", "mountain",
    "mountains", "mount", "mt", "lake", "island", "islands", "bay", "valley", "beach", "hall",
    "tower", "palace", "castle", "cathedral", "temple", "station", "park", "stadium", "arena",
    "ground", "field", "province", "region", "county", "district", "city", "town", "village",
    "state", "territory", "republic", "kingdom", "empire", "peninsula", "desert", "sea", "ocean",
    "coast", "gulf", "strait", "canal", "port", "harbour", "harbor", "forest", "oblast", "krai",
    "heights", "hills", "square", "plaza", "centre", "center", "building", "museum", "gallery",
    "theatre", "theater", "zoo", "garden", "gardens", "cemetery", "base", "camp",
];

/// Capitalised heads that take "of" inside a name ("University of Melbourne").
pub const OF_HEADS: &[&str] = &[
    "university", "ministry", "department", "bank", "republic", "kingdom", "secretary",
    "minister", "chief", "house", "houses", "museum", "institute", "college", "school", "church",
    "court", "council", "commission", "office", "bureau", "board", "duke", "duchess", "prince",
    "princess", "king", "queen", "gulf", "bay", "sea", "isle", "isles", "cape", "lake", "mount",
    "city", "state", "states", "federation", "union", "association", "league", "academy",
    "society", "order", "battle", "treaty", "siege", "province", "region", "county", "bishop",
    "archbishop", "cathedral", "president", "emperor", "governor", "mayor", "director",
    "secretary-general", "commonwealth", "statue", "tower", "bill", "declaration", "strait",
    "straits", "sultan", "emir", "organization", "organisation", "federation", "party", "army",
    "chamber", "hall", "palace", "order", "centre", "center", "coast", "port", "village", "town",
    "tomb", "temple", "book", "gospel", "war", "wars", "day",
];

/// Lower-case nouns for a person's occupation or relation ("spokesman", "wife").
pub const ROLE_NOUNS: &[&str] = &[
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official",
    "representative", "player", "dealer", "businessman", "businesswoman", "coordinator",
    "director", "leader", "chief", "head", "chairman", "chairwoman", "chair", "executive",
    "founder", "owner", "star", "coach", "athlete", "actor", "actress", "singer", "writer",
    "author", "journalist", "reporter", "correspondent", "editor", "analyst", "expert",
    "scientist", "researcher", "professor", "teacher", "student", "lawyer", "attorney", "judge",
    "prosecutor", "diplomat", "ambassador", "envoy", "officer", "soldier", "marine", "veteran",
    "general", "commander", "pilot", "doctor", "nurse", "surgeon", "economist", "politician",
    "lawmaker", "senator", "governor", "mayor", "candidate", "activist", "campaigner",
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "partner",
    "spouse", "widow", "widower", "uncle", "aunt", "nephew", "niece", "cousin", "friend",
    "colleague", "boss", "aide", "adviser", "advisor", "assistant", "deputy", "manager",
    "member", "citizen", "resident", "national", "prisoner", "detainee", "hostage", "suspect",
    "victim", "witness", "defendant", "inmate", "agent", "spy", "priest", "bishop", "monk",
    "king", "queen", "prince", "princess", "emperor", "dictator", "premier", "chancellor",
    "rapper", "musician", "composer", "painter", "artist", "poet", "novelist", "philosopher",
    "historian", "architect", "engineer", "designer", "entrepreneur", "investor", "banker",
    "billionaire", "millionaire", "tycoon", "oligarch", "magnate", "heir", "heiress",
    "champion", "striker", "goalkeeper", "midfielder", "defender", "quarterback", "forward",
    "guard", "centre", "center", "captain", "winger", "boxer", "wrestler", "fighter",
    "cyclist", "runner", "swimmer", "skier", "gymnast", "tennis", "footballer", "cricketer",
    "photographer", "filmmaker", "producer", "presenter", "host", "anchor", "blogger",
    "commentator", "columnist", "critic", "publisher", "chef", "farmer", "worker", "employee",
    "contractor", "consultant", "mediator", "negotiator", "intermediary", "broker", "trader",
    "smuggler", "trafficker", "mercenary", "militant", "rebel", "general", "colonel",
    "lieutenant", "sergeant", "admiral", "marshal", "detective", "inspector", "sheriff",
    "magistrate", "mp", "ceo", "cfo", "coo", "cto", "vice", "spokesmen", "secretary-general",
    "premier", "counterpart", "opponent", "rival", "ally", "supporter", "critic",
];

/// Lower-case words ending like role nouns that are not role nouns.
pub const NOT_ROLE: &[&str] = &[
    "after", "over", "under", "other", "never", "ever", "however", "whether", "either",
    "neither", "rather", "further", "together", "later", "order", "offer", "number", "matter",
    "power", "water", "summer", "winter", "border", "paper", "letter", "corner", "former",
    "latter", "cover", "answer", "center", "chapter", "quarter", "career", "paper", "river",
    "weather", "register", "error", "mirror", "color", "colour", "floor", "door", "for", "or",
    "nor", "per", "minor", "major", "prior", "senior", "junior", "superior", "interior",
    "exterior", "favor", "favour", "labor", "labour", "honor", "honour", "behavior", "behaviour",
    "sector", "factor", "motor", "monitor", "tumor", "human", "woman", "german", "roman",
    "common", "german", "ocean", "clean", "mean", "lean", "than", "then", "when", "even",
    "man", "can", "began", "plan", "ran", "fan", "ban", "scan", "span", "van", "pan", "indian",
    "asian", "russian", "italian", "canadian", "australian", "brazilian", "ian", "christian",
    "utopian", "median", "see", "free", "three", "agree", "degree", "committee", "fee", "tree",
    "guarantee", "coffee", "thee", "knee", "bee", "list", "most", "first", "against", "amongst",
    "least", "best", "last", "past", "fist", "mist", "twist", "exist", "insist", "assist",
    "persist", "consist", "resist", "wrist", "gist",
];

/// Verbs that report speech or a stance.
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "stated", "states", "announced", "announces",
    "stressed", "stresses", "added", "adds", "noted", "notes", "recalled", "recalls",
    "declared", "declares", "claimed", "claims", "asked", "asks", "urged", "urges",
    "confirmed", "confirms", "denied", "denies", "insisted", "insists", "explained",
    "explains", "warned", "warns", "commented", "comments", "replied", "replies", "wrote",
    "writes", "tweeted", "tweets", "argued", "argues", "suggested", "suggests", "emphasized",
    "emphasised", "emphasizes", "emphasises", "acknowledged", "acknowledges", "admitted",
    "admits", "reported", "reports", "called", "calls", "promised", "promises", "vowed",
    "vows", "pledged", "pledges", "responded", "responds", "remarked", "remarks", "mentioned",
    "mentions", "believes", "believed", "thinks", "thought", "described", "describes",
    "revealed", "reveals", "disclosed", "discloses", "assured", "assures", "objected",
    "criticized", "criticised", "praised", "thanked", "condemned", "demanded", "demands",
    "expressed", "expresses", "proposed", "proposes", "hoped", "hopes", "predicted",
    "predicts", "estimated", "estimates", "declined", "declines", "refused", "refuses",
    "answered", "answers", "speaking", "quoted", "cited", "citing",
];

/// Function words: never part of a name, never an alias.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at",
    "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up",
    "upon", "with", "within", "without", "about", "above", "across", "after", "against",
    "along", "among", "around", "before", "behind", "below", "beneath", "beside", "besides",
    "between", "beyond", "during", "except", "inside", "near", "outside", "since", "through",
    "throughout", "toward", "towards", "under", "until", "unlike", "like", "via", "despite",
    "although", "though", "because", "while", "whilst", "whereas", "unless", "whether", "when",
    "where", "why", "how", "what", "which", "who", "whom", "whose", "that", "this", "these",
    "those", "there", "here", "it", "its", "he", "him", "his", "she", "her", "hers", "they",
    "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was",
    "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "yes",
    "all", "any", "some", "each", "every", "both", "either", "neither", "many", "much", "most",
    "more", "few", "several", "such", "other", "another", "also", "just", "only", "even",
    "still", "already", "however", "meanwhile", "moreover", "furthermore", "nevertheless",
    "nonetheless", "therefore", "thus", "hence", "instead", "indeed", "otherwise", "later",
    "earlier", "today", "yesterday", "tomorrow", "now", "once", "twice", "again", "according",
    "following", "after", "afterwards", "finally", "first", "second", "third", "last", "next",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "as",
    "soon", "sometimes", "often", "always", "never", "perhaps", "maybe", "yet", "whatever",
    "whoever", "wherever", "whenever", "nor", "per", "amid", "amidst", "regarding",
    "concerning", "including", "excluding", "given", "based", "born", "dear", "oh", "well",
    "thank", "thanks", "please", "sorry", "ok", "okay", "hello", "hi", "mr", "mrs", "ms",
    "chapter", "part", "section", "figure", "table", "note", "notes", "see", "photo",
    "update", "updated", "read", "more", "breaking", "exclusive", "watch", "listen",
];

/// Words that open a sentence; after an abbreviation they mark a new sentence.
pub const SENTENCE_STARTERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "his", "her", "its", "their", "our", "my", "in", "on", "at", "after",
    "before", "but", "and", "or", "so", "yet", "however", "meanwhile", "when", "while", "if",
    "as", "although", "though", "despite", "during", "since", "for", "from", "by", "with",
    "according", "also", "then", "later", "earlier", "today", "yesterday", "some", "many",
    "most", "several", "all", "both", "one", "no", "not", "what", "who", "why", "how", "where",
    "which", "such", "other", "another", "each", "every", "last", "next", "until", "to",
];

pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

pub const MONTH_ABBREVS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

pub const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Prepositions after which a capitalised name is likely a place.
pub const LOCATION_PREPS: &[&str] = &[
    "in", "at", "near", "across", "throughout", "outside", "inside", "within", "into",
    "towards", "toward",
];

/// Spelled-out numbers and quantity words.
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
    "billions", "trillion", "dozen", "dozens", "half", "twice", "double", "triple", "percent",
    "several", "many", "few",
];

pub fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// Whether a lower-case word is a month name or a usual abbreviation of one.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    if w == "sept" {
        return Some(9);
    }
    MONTH_ABBREVS.iter().position(|m| *m == w).map(|i| i as u32 + 1)
}

/// Whether a lower-case word is a role noun, by list or by a usual ending.
pub fn is_role_noun(word: &str) -> bool {
    if contains(ROLE_NOUNS, word) {
        return true;
    }
    if contains(NOT_ROLE, word) || contains(FUNCTION_WORDS, word) || word.len() < 5 {
        return false;
    }
    const ENDINGS: &[&str] = &[
        "er", "or", "ist", "man", "woman", "person", "ian", "ee", "ant", "ent", "eer",
    ];
    const NOT_ENDINGS: &[&str] = &["ment", "ever", "ther", "ower", "tter", "ather"];
    ENDINGS.iter().any(|e| word.ends_with(e))
        && !NOT_ENDINGS.iter().any(|e| word.ends_with(e))
        && !word.ends_with("ed")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_nouns_by_list_and_ending() {
        assert!(is_role_noun("spokesman"));
        assert!(is_role_noun("wife"));
        assert!(is_role_noun("photographer"));
        assert!(is_role_noun("pharmacist"));
        assert!(!is_role_noun("after"));
        assert!(!is_role_noun("government"));
        assert!(!is_role_noun("the"));
    }

    #[test]
    fn months_and_abbreviations() {
        assert_eq!(month_number("july"), Some(7));
        assert_eq!(month_number("sept."), Some(9));
        assert_eq!(month_number("jan"), Some(1));
        assert_eq!(month_number("monday"), None);
    }
}
