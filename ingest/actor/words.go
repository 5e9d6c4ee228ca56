package actor

import (
	"github.com/annals/annals"
)

// The word lists of the actor stage. Keys are lower case unless a comment
// says otherwise; the maps are only read, so the stage is safe for
// concurrent use. The gazetteers of countries, places and organisations
// are data files instead (see Tables).

// personTitles are words of a title that comes before a name. A title is
// a run of these words with at least one head ("Foreign Minister",
// "Prime Minister", "Vice President"); modifiers alone ("Foreign") are not
// a title.
var personTitles = map[string]titleRole{
	// Heads: the word that makes the run a title.
	"president": titleHead, "president-elect": titleHead, "vice-president": titleHead,
	"minister": titleHead, "secretary": titleHead, "secretary-general": titleHead,
	"chancellor": titleHead, "premier": titleHead, "senator": titleHead, "sen.": titleHead,
	"representative": titleHead, "rep.": titleHead, "congressman": titleHead, "congresswoman": titleHead,
	"governor": titleHead, "gov.": titleHead, "mayor": titleHead, "king": titleHead, "queen": titleHead,
	"prince": titleHead, "princess": titleHead, "emperor": titleHead, "empress": titleHead,
	"sultan": titleHead, "emir": titleHead, "sheikh": titleHead, "pope": titleHead,
	"cardinal": titleHead, "archbishop": titleHead, "bishop": titleHead, "rabbi": titleHead,
	"imam": titleHead, "ayatollah": titleHead, "patriarch": titleHead,
	"mr.": titleHead, "mr": titleHead, "mrs.": titleHead, "mrs": titleHead, "ms.": titleHead, "ms": titleHead,
	"dr.": titleHead, "dr": titleHead, "prof.": titleHead, "professor": titleHead,
	"sir": titleHead, "dame": titleHead, "lord": titleHead, "lady": titleHead,
	"gen.": titleHead, "general": titleHead, "lt.": titleHead, "lieutenant": titleHead,
	"col.": titleHead, "colonel": titleHead, "maj.": titleHead, "capt.": titleHead, "captain": titleHead,
	"adm.": titleHead, "admiral": titleHead, "sgt.": titleHead, "sergeant": titleHead,
	"brig.": titleHead, "brigadier": titleHead, "commander": titleHead, "marshal": titleHead,
	"ambassador": titleHead, "envoy": titleHead, "judge": titleHead, "justice": titleHead,
	"chairman": titleHead, "chairwoman": titleHead, "chairperson": titleHead,
	"director": titleHead, "spokesperson": titleHead, "spokesman": titleHead, "spokeswoman": titleHead,
	"speaker": titleHead, "commissioner": titleHead, "prosecutor": titleHead, "ceo": titleHead,
	"executive": titleHead, "officer": titleHead,
	"leader": titleHead, "negotiator": titleHead, "ombudsman": titleHead,
	// Modifiers: qualify a head ("Prime Minister", "Defence Minister").
	"prime": titleModifier, "vice": titleModifier, "deputy": titleModifier, "acting": titleModifier,
	"former": titleModifier, "first": titleModifier, "crown": titleModifier, "chief": titleModifier,
	"supreme": titleModifier, "senior": titleModifier, "grand": titleModifier, "opposition": titleModifier,
	"financial": titleModifier, "operating": titleModifier, "press": titleModifier, "presidential": titleModifier,
	"attorney": titleModifier, "field": titleModifier, "rear": titleModifier, "major": titleModifier,
	"foreign": titleModifier, "defence": titleModifier, "defense": titleModifier, "interior": titleModifier,
	"finance": titleModifier, "economy": titleModifier, "trade": titleModifier, "health": titleModifier,
	"energy": titleModifier, "education": titleModifier, "culture": titleModifier, "home": titleModifier,
	"agriculture": titleModifier, "transport": titleModifier, "labour": titleModifier, "labor": titleModifier,
	"state": titleModifier, "security": titleModifier, "national": titleModifier,
}

// titleRole says whether a title word makes a title or only qualifies one.
type titleRole uint8

const (
	titleModifier titleRole = iota + 1
	titleHead
)

// roleNouns are lower-case nouns that describe a person in an apposition
// ("Ukraine's lead negotiator, Rustem Umerov") or just before a name
// ("Kremlin spokesman Dmitry Peskov"). Title heads count too.
var roleNouns = map[string]bool{
	"negotiator": true, "official": true, "adviser": true, "advisor": true, "aide": true,
	"head": true, "chief": true, "envoy": true, "diplomat": true, "lawmaker": true,
	"founder": true, "analyst": true, "expert": true, "correspondent": true, "reporter": true,
	"editor": true, "journalist": true, "lawyer": true, "attorney": true, "officer": true,
	"soldier": true, "member": true, "candidate": true, "owner": true, "executive": true,
	"manager": true, "emissary": true, "mediator": true, "deputy": true, "successor": true,
	"predecessor": true, "counterpart": true, "politician": true, "activist": true,
	"author": true, "researcher": true, "scientist": true, "economist": true, "resident": true,
	"mother": true, "father": true, "wife": true, "husband": true, "son": true, "daughter": true,
}

// organisationCues are words that make a capitalised name an organisation
// wherever they stand in it ("Ministry of Defence", "the White House").
var organisationCues = map[string]bool{
	"ministry": true, "department": true, "council": true, "parliament": true, "party": true,
	"army": true, "forces": true, "force": true, "navy": true, "agency": true, "committee": true,
	"commission": true, "court": true, "union": true, "organization": true, "organisation": true,
	"bank": true, "corporation": true, "corp.": true, "inc.": true, "inc": true, "ltd.": true, "ltd": true,
	"llc": true, "plc": true, "co.": true, "company": true, "group": true, "university": true,
	"college": true, "institute": true, "foundation": true, "association": true, "delegation": true,
	"government": true, "house": true, "office": true, "bureau": true, "service": true,
	"authority": true, "assembly": true, "senate": true, "congress": true, "alliance": true,
	"league": true, "fund": true, "front": true, "movement": true, "brigade": true, "regiment": true,
	"battalion": true, "guard": true, "police": true, "embassy": true, "consulate": true,
	"secretariat": true, "cabinet": true, "administration": true, "tribunal": true, "board": true,
	"command": true, "airlines": true, "airways": true, "holdings": true,
	"society": true, "church": true, "network": true, "times": true, "post": true, "news": true,
	"kremlin": true, "pentagon": true,
}

// organisationTopics may follow "and" inside an organisation's name
// ("Ministry of Trade and Industry") without starting a new name.
var organisationTopics = map[string]bool{
	"affairs": true, "trade": true, "industry": true, "defence": true, "defense": true,
	"health": true, "culture": true, "education": true, "science": true, "technology": true,
	"energy": true, "environment": true, "agriculture": true, "justice": true, "security": true,
	"development": true, "finance": true, "labour": true, "labor": true, "transport": true,
	"infrastructure": true, "tourism": true, "sport": true, "sports": true, "welfare": true,
	"communications": true, "information": true, "housing": true, "interior": true,
	"economy": true, "planning": true, "research": true, "innovation": true, "fisheries": true,
	"food": true, "resources": true, "commerce": true, "investment": true, "youth": true,
	"cooperation": true, "co-operation": true, "reconstruction": true, "emergencies": true,
}

// groupHeads are the nouns that, after a demonym, name a body of people
// that acts as one: "the Ukrainian delegation", "Russian forces". The
// value says whether the noun is plural, which "they" needs.
var groupHeads = map[string]bool{
	"delegation": false, "delegations": true, "forces": true, "force": false, "troops": true,
	"army": false, "military": false, "navy": false, "government": false, "officials": true,
	"authorities": true, "ministry": false, "ministries": true, "parliament": false,
	"embassy": false, "diplomats": true, "negotiators": true, "soldiers": true, "police": true,
	"side": false, "team": false, "leadership": false, "administration": false,
	"intelligence": false, "regime": false, "cabinet": false, "court": false, "bank": false,
	"media": true, "guard": false, "guards": true, "service": false, "services": true,
	"lawmakers": true, "prosecutors": true, "investigators": true, "staff": false,
	"command": false, "presidency": false, "coalition": false, "opposition": false,
	"defences": true, "defenses": true, "units": true, "company": false, "companies": true,
	"firms": true, "banks": true, "agency": false, "agencies": true, "committee": false,
	"commission": false, "council": false, "leaders": true,
}

// groupModifiers may stand between the demonym and the head of a group:
// "the Ukrainian air force", "the Russian Defence Ministry".
var groupModifiers = map[string]bool{
	"air": true, "armed": true, "special": true, "security": true, "border": true, "coast": true,
	"defence": true, "defense": true, "foreign": true, "interior": true, "finance": true,
	"justice": true, "economy": true, "military": true, "naval": true, "state": true,
	"national": true, "central": true, "federal": true, "intelligence": true, "health": true,
	"emergency": true, "emergencies": true, "peace": true, "negotiating": true, "general": true,
	"main": true, "top": true, "ground": true, "land": true, "missile": true, "energy": true,
	"nuclear": true, "space": true, "presidential": true, "government": true, "police": true,
	"navy": true, "army": true, "defense-ministry": true, "senior": true, "military-intelligence": true,
}

// placeSuffixes end a place name: "the Sumy region", "Kherson Oblast".
var placeSuffixes = map[string]bool{
	"region": true, "province": true, "oblast": true, "district": true, "county": true,
	"governorate": true, "prefecture": true, "municipality": true, "village": true,
	"island": true, "islands": true, "peninsula": true, "strait": true, "sea": true,
	"river": true, "valley": true, "mountains": true, "desert": true, "coast": true,
	"street": true, "avenue": true, "square": true, "airport": true, "port": true,
	"territory": true, "territories": true, "state": false,
}

// placeNouns name a kind of place before "of" + a name: "the village of Varachyne".
var placeNouns = map[string]bool{
	"village": true, "town": true, "city": true, "region": true, "province": true,
	"district": true, "settlement": true, "port": true, "island": true, "capital": true,
	"suburb": true, "outskirts": true, "county": true, "state": true, "republic": true,
	"hamlet": true, "area": true, "oblast": true,
}

// placePrepositions before a name with no other cue make it a place: "in Istanbul".
var placePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "outside": true, "inside": true,
	"around": true, "across": true, "towards": true, "toward": true,
}

// speechVerbs, in any inflection, make their subject a person when nothing
// else types it ("Medinsky said"). Organisations and places speak too
// ("Moscow has indicated"), so this is the weakest cue.
var speechVerbs = map[string]bool{
	"say": true, "said": true, "says": true, "tell": true, "told": true, "tells": true,
	"state": true, "stated": true, "states": true, "add": true, "added": true, "adds": true,
	"remark": true, "remarked": true, "note": true, "noted": true, "notes": true,
	"claim": true, "claimed": true, "insist": true, "insisted": true, "stress": true, "stressed": true,
	"emphasize": true, "emphasized": true, "emphasise": true, "emphasised": true,
	"warn": true, "warned": true, "argue": true, "argued": true, "explain": true, "explained": true,
	"declare": true, "declared": true, "reiterate": true, "reiterated": true,
	"acknowledge": true, "acknowledged": true, "reveal": true, "revealed": true,
	"admit": true, "admitted": true, "caution": true, "cautioned": true, "reply": true, "replied": true,
	"write": true, "wrote": true, "tweet": true, "tweeted": true, "ask": true, "asked": true,
}

// placeNameOpeners begin the names of places, never those of people:
// "North Karnataka", "New Hampshire", "Puerto Rico", "Lake Chad". A name
// that opens with one has no person's shape, so "he" and "she" cannot
// take it up. Keys keep their capital.
var placeNameOpeners = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "Central": true, "Upper": true, "Lower": true, "New": true,
	"San": true, "Santa": true, "Puerto": true, "Port": true, "Lake": true, "Mount": true, "Fort": true,
	"Cape": true, "Gulf": true,
}

// nameParticles are lower-case words inside personal names: "Ursula von der
// Leyen", "Mohammed bin Salman".
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"del": true, "della": true, "dos": true, "das": true, "du": true, "la": true, "le": true,
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "ben": true, "ter": true,
}

// notActorNames are capitalised words a tagger calls proper nouns that
// never name an actor: days, months, holidays. Keys keep their capital.
var notActorNames = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Christmas": true, "Easter": true,
	"Ramadan": true, "Eid": true, "I": true, "OK": true,
}

// argumentLeaders are words an argument may start with that are not part
// of the actor it names: determiners and the "according to" of an attribution.
var argumentLeaders = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"according": true, "to": true, "by": true, "per": true, "said": true, "says": true,
}

// personPronouns resolve to a person; pluralPronouns to a plural group.
var (
	personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true}
	pluralPronouns = map[string]bool{"they": true, "them": true}
	// definiteDescriptions are nouns that, after "the", stand for the last
	// actor of their type: "the country", "the city". Organisations ("the
	// company") are left as written: organisation names are typed less
	// surely, and resolving them by recency cost precision when measured.
	definiteDescriptions = map[string]annals.ActorType{
		"country": annals.ActorCountry, "nation": annals.ActorCountry, "state": annals.ActorCountry,
		"city": annals.ActorPlace, "capital": annals.ActorPlace, "town": annals.ActorPlace, "village": annals.ActorPlace,
		"region": annals.ActorPlace,
	}
)
