package timex

// class is a set of roles a word can play in the grammar.
type class uint32

const (
	clsMonth     class = 1 << iota // full month name; val 1..12
	clsMonthAbbr                   // abbreviated month ("Jan", "Sept"); needs a dot or a day
	clsWeekday                     // val 1 (Monday) .. 7 (Sunday), as ISO 8601
	clsCardinal                    // number word; val
	clsOrdinal                     // ordinal word; val
	clsUnit                        // calendar unit; see entry.unit
	clsSeason                      // val: season index
	clsDayPart                     // morning, afternoon...; val: dayPart index
	clsZone                        // time zone abbreviation
	clsFuture                      // a word that puts its clause in the future
	clsPast                        // an irregular past-tense verb
	clsFunction                    // a function word: it cannot be the noun an ordinal or number counts
	clsQuantity                    // vague quantity: "several", "few", "many"
	clsMeasure                     // a unit of measure: a number before it is no year
	clsStart                       // a word that can open a time expression
)

// unit is a calendar unit of a duration or a relative date.
type unit uint8

const (
	unitNone unit = iota
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
	unitCentury
)

// entry is what the lexicon knows about a lower-case word.
type entry struct {
	word   string
	class  class
	val    int
	unit   unit
	plural bool
}

func (e *entry) is(c class) bool { return e != nil && e.class&c != 0 }

// seasons in TIMEX3 notation, indexed by entry.val.
var seasonCodes = [...]string{"SP", "SU", "FA", "WI"}

// dayParts in TIMEX3 notation, indexed by entry.val.
var dayPartCodes = [...]string{"MO", "AF", "EV", "NI"}

// lexicon holds every word the grammar compares, so that a token's entry
// is all the grammar needs to know about its word.
var lexicon = buildLexicon()

// words is a lexicon: entries[index[w]] is the entry of lower-case word w;
// entries[0] is unused, so that index 0 means "not in the lexicon".
type words struct {
	index   map[string]uint16
	entries []entry
}

func buildLexicon() words {
	m := make(map[string]*entry, 512)
	add := func(w string, c class, val int) *entry {
		e := m[w]
		if e == nil {
			e = &entry{word: w}
			m[w] = e
		}
		e.class |= c
		if val != 0 {
			e.val = val
		}
		return e
	}
	months := []string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}
	for i, w := range months {
		add(w, clsMonth, i+1)
	}
	for w, v := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		add(w, clsMonthAbbr, v)
	}
	for i, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		add(w, clsWeekday, i+1)
	}
	cardinals := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range cardinals {
		add(w, clsCardinal, i)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(w, clsCardinal, (i+2)*10)
	}
	add("hundred", clsCardinal, 100)
	add("dozen", clsCardinal, 12)
	ordinals := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth"}
	for i, w := range ordinals[1:] {
		add(w, clsOrdinal, i+1)
	}
	add("thirtieth", clsOrdinal, 30)
	for w, u := range map[string]unit{"second": unitSecond, "minute": unitMinute, "hour": unitHour,
		"day": unitDay, "week": unitWeek, "month": unitMonth, "year": unitYear, "decade": unitDecade,
		"century": unitCentury} {
		add(w, clsUnit, 0).unit = u
		pl := w + "s"
		if w == "century" {
			pl = "centuries"
		}
		e := add(pl, clsUnit, 0)
		e.unit, e.plural = u, true
	}
	for i, w := range []string{"spring", "summer", "fall", "winter"} {
		add(w, clsSeason, i)
	}
	add("autumn", clsSeason, 2)
	for i, w := range []string{"morning", "afternoon", "evening", "night"} {
		add(w, clsDayPart, i)
	}
	for _, w := range []string{"gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt",
		"bst", "cet", "cest", "eet", "eest", "msk", "jst", "ist", "aest"} {
		add(w, clsZone, 0)
	}
	for _, w := range []string{"will", "shall", "ll", "would", "going", "scheduled", "planned", "plans", "plan",
		"expected", "expects", "expect", "due", "upcoming", "aims", "aim", "intends", "intend", "hopes",
		"tomorrow", "forthcoming", "tentatively", "slated"} {
		add(w, clsFuture, 0)
	}
	for _, w := range []string{"was", "were", "had", "did", "said", "told", "met", "began", "took", "made",
		"came", "went", "held", "gave", "saw", "won", "lost", "fell", "rose", "left", "sold", "bought", "paid",
		"got", "ran", "led", "brought", "spent", "sent", "felt", "kept", "found", "thought", "knew", "grew",
		"became", "wrote", "spoke", "struck", "fought", "broke", "chose", "drew", "flew", "hit", "beat",
		"ago", "yesterday", "earlier", "previously", "unveiled", "ended", "stood", "meant", "built", "shot",
		"fled", "hung", "withdrew", "overtook", "undertook", "forgave", "underwent", "swore", "stole", "sang",
		"caught", "taught", "sought", "bought", "dealt", "lent", "bent", "built", "burnt", "dug", "fed",
		"forbade", "forgot", "froze", "hid", "held", "laid", "lay", "meant", "overcame", "overthrew",
		"rode", "rang", "sank", "shook", "shrank", "slid", "slept", "spun", "spread", "sprang", "stuck",
		"stung", "strove", "swept", "swam", "swung", "threw", "tore", "upheld", "woke", "wore", "wove",
		"wept", "wound", "arose", "awoke", "bore", "bound", "bred", "blew", "bit", "crept", "drank",
		"drove", "ate", "fit", "forecast", "foresaw", "gave", "heard", "hurt", "let", "lit", "mistook",
		"outran", "overheard", "oversaw", "paid", "quit", "read", "rid", "rose", "said", "sat", "shed",
		"shone", "shut", "sold", "sped", "split", "stood", "strode", "understood", "won", "withheld"} {
		add(w, clsPast, 0)
	}
	for _, w := range []string{"the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "nor",
		"of", "in", "on", "at", "by", "for", "from", "to", "with", "without", "since", "until", "till",
		"during", "through", "throughout", "before", "after", "between", "within", "over", "around", "about",
		"as", "when", "while", "where", "which", "who", "whom", "whose", "than", "then", "into", "onto",
		"upon", "against", "amid", "among", "because", "if", "though", "although", "so", "yet", "is", "are",
		"be", "been", "being", "has", "have", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
		"their", "our", "my", "your", "not", "no", "also", "only", "just", "again", "per", "via", "under",
		"across", "toward", "towards", "near", "along", "beyond", "like", "unlike", "following", "ahead",
		"s", "up", "out", "off", "down", "last", "next", "past", "ago", "later", "earlier", "local", "time",
		"there", "here", "once", "both", "each", "every", "all", "any", "some", "more", "less", "most",
		"least", "same", "other"} {
		add(w, clsFunction, 0)
	}
	for _, w := range []string{"several", "few", "many", "some", "numerous", "countless", "dozens",
		"hundreds", "thousands", "tens", "multiple"} {
		add(w, clsQuantity, 0)
	}
	// Words the grammar compares by name; they need an entry to be seen.
	for _, w := range []string{
		"today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "lately", "presently",
		"nowadays", "present", "future", "soon", "moment", "days", "recent", "previous", "coming", "current",
		"following", "early", "mid", "late", "end", "beginning", "start", "middle", "close", "half",
		"quarter", "fiscal", "every", "each", "other", "daily", "weekly", "monthly", "annually",
		"yearly", "more", "most", "very", "hourly", "quarterly", "nightly", "biweekly", "twice", "thrice",
		"times", "once", "per", "annum", "old", "long", "weekend", "noon", "midnight", "midday", "o",
		"clock", "am", "pm", "a", "m", "p", "deadline", "than", "from", "couple", "christmas",
		"eve", "new", "halloween", "million", "billion", "trillion", "thousand", "percent",
		"immediate", "near", "foreseeable", "distant", "age",
		"number", "final", "too", "how"} {
		add(w, 0, 0)
	}
	for _, w := range []string{"km", "kg", "mi", "ft", "lb", "lbs", "mph", "kmh", "percent", "per", "cent",
		"metres", "meters", "miles", "tonnes", "tons", "feet", "dollars", "euros", "pounds", "acres",
		"hectares", "barrels", "km2", "sq", "square", "gb", "mb", "tb", "mw", "gw", "kw"} {
		add(w, clsMeasure, 0)
	}
	// Every word a matcher may begin with; the scanner skips all other words.
	for _, w := range []string{"the", "this", "last", "next", "past", "previous", "coming", "current",
		"following", "early", "mid", "late", "earlier", "later", "end", "beginning", "start", "middle",
		"close", "every", "each", "once", "twice", "thrice", "daily", "weekly", "monthly", "annually",
		"yearly", "hourly", "quarterly", "nightly", "biweekly", "today", "tonight", "yesterday", "tomorrow",
		"a", "an", "half", "per", "noon", "midnight", "midday", "recent", "recently", "lately", "now",
		"currently", "presently", "nowadays", "present", "future", "soon", "moment", "these", "weekend",
		"fiscal", "first", "second", "third", "fourth", "more", "most", "very", "until", "few", "several", "many", "some", "dozens",
		"hundreds", "thousands", "tens", "couple", "christmas", "new", "halloween", "that"} {
		add(w, clsStart, 0)
	}
	lx := words{index: make(map[string]uint16, len(m)), entries: make([]entry, 1, len(m)+1)}
	for w, e := range m {
		lx.index[w] = uint16(len(lx.entries))
		lx.entries = append(lx.entries, *e)
	}
	return lx
}

// pastSuffixExceptions end in "ed" without being past-tense verbs.
var pastSuffixExceptions = map[string]bool{
	"need": true, "speed": true, "seed": true, "feed": true, "shed": true, "bleed": true, "breed": true,
	"embed": true, "proceed": true, "succeed": true, "exceed": true, "indeed": true, "hundred": true,
	"sacred": true, "naked": true, "wicked": true, "kindred": true, "creed": true, "greed": true,
	"steed": true, "weed": true, "deed": true, "united": true, "limited": true, "interested": true,
	"advanced": true, "detailed": true, "related": true, "based": true, "armed": true, "alleged": true,
	"supposed": true, "unprecedented": true, "unexpected": true, "unnamed": true, "unidentified": true,
	"experienced": true, "concerned": true, "injured": true, "wounded": true, "deceased": true,
	"talented": true, "skilled": true, "tired": true, "married": true, "biased": true, "crowded": true,
	"belated": true,
}
