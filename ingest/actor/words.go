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
	"leader": titleHead, "whip": titleHead, "negotiator": titleHead, "ombudsman": titleHead,
	"mme": titleHead, "mme.": titleHead, "mlle": titleHead, "adviser": titleHead, "advisor": titleHead,
	// occupations a news text puts before a name like a title ("Businessman
	// Don Blankenship", "Labor activist Howie Hawkins")
	"businessman": titleHead, "businesswoman": titleHead, "entrepreneur": titleHead, "activist": titleHead,
	"actor": titleHead, "actress": titleHead, "singer": titleHead, "rapper": titleHead, "musician": titleHead,
	"comedian": titleHead, "filmmaker": titleHead, "novelist": titleHead, "drummer": titleHead,
	"guitarist": titleHead, "composer": titleHead,
	// Modifiers: qualify a head ("Prime Minister", "Defence Minister").
	"majority": titleModifier, "minority": titleModifier,
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
	"democrat": true, "republican": true,
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
	"command": true, "school": true, "airlines": true, "airways": true, "holdings": true,
	"society": true, "church": true, "network": true, "times": true, "post": true, "news": true,
	"kremlin": true, "pentagon": true, "exchange": true, "federation": true,
	"academy": true, "club": true, "studios": true, "conservatory": true, "division": true, "center": true, "centre": true,
	// newspapers and broadcasters ("The Baltimore Sun", "Chicago Tribune", "Associated Press")
	"sun": true, "herald": true, "tribune": true, "journal": true, "gazette": true, "chronicle": true,
	"telegraph": true, "guardian": true, "inquirer": true, "examiner": true, "courier": true, "mirror": true,
	"globe": true, "press": true, "radio": true, "television": true, "tv": true, "magazine": true, "wrestling": true,
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

// portfolioNouns, beside organisationTopics, name what a minister's
// portfolio covers: "Road Transport and Bridges Minister", "Women and
// Children Affairs Minister".
var portfolioNouns = map[string]bool{
	"road": true, "roads": true, "bridges": true, "rail": true, "railways": true, "highways": true,
	"shipping": true, "aviation": true, "ports": true, "water": true, "land": true, "lands": true,
	"mines": true, "mining": true, "petroleum": true, "power": true, "women": true, "children": true,
	"family": true, "works": true, "forests": true, "forestry": true, "home": true, "local": true,
	"government": true, "rural": true, "urban": true, "social": true, "public": true, "religious": true,
	"livestock": true, "textiles": true, "telecommunications": true, "posts": true, "disaster": true,
	"management": true, "relief": true, "civil": true, "aid": true, "transportation": true,
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

// placeHeads end the name of a place that may also end a person's name
// ("Hyde Park" and "Sandra Park", "Silver Lake" and "Ricki Lake"): a place
// only when the name's first word is no given name (see placeName).
var placeHeads = map[string]bool{
	"park": true, "lake": true, "trail": true, "mansion": true, "hall": true, "bridge": true,
	"tube": true, "tunnel": true, "bay": true, "harbour": true, "harbor": true, "canyon": true,
	"falls": true, "beach": true, "forest": true, "mountain": true, "hill": true, "hills": true,
	"creek": true, "gardens": true, "cathedral": true, "palace": true, "castle": true, "tower": true,
	"stadium": true, "arena": true, "plaza": true, "lane": true, "boulevard": true, "highway": true,
	"reservoir": true, "dam": true, "glacier": true, "gulf": true, "ocean": true, "station": true,
}

// placeOpeners begin the name of a place: "Mount Baker", "Lake Tahoe",
// "Fort Sumter", "Cape Town".
var placeOpeners = map[string]bool{"Mount": true, "Lake": true, "Fort": true, "Cape": true, "Gulf": true}

// placeNouns name a kind of place before "of" + a name: "the village of Varachyne".
var placeNouns = map[string]bool{
	"village": true, "town": true, "city": true, "region": true, "province": true,
	"district": true, "settlement": true, "port": true, "island": true, "capital": true,
	"suburb": true, "outskirts": true, "county": true, "state": true, "republic": true,
	"hamlet": true, "area": true, "oblast": true,
}

// placeNounsOfBodies are the placeNouns that also stand before the name of
// a body or a person ("state oil firm Rosneft", "republic Leader"): only
// "the X of" makes them a place cue.
var placeNounsOfBodies = map[string]bool{"state": true, "republic": true, "area": true}

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
	"Cape": true, "Gulf": true, "Saint": true, "St.": true, "Sainte": true, "São": true, "Sao": true,
	"Los": true, "Las": true,
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
)

// occupationNouns describe a person by what they do, before a name
// ("singer Taylor Swift") or in an apposition ("Richard Guy, a British
// mathematician"); with the title heads and roleNouns they are the kinds
// of person a definite description ("the singer") takes up.
var occupationNouns = map[string]bool{
	"singer": true, "actor": true, "actress": true, "musician": true, "rapper": true,
	"drummer": true, "guitarist": true, "composer": true, "writer": true, "novelist": true,
	"poet": true, "artist": true, "painter": true, "comedian": true, "filmmaker": true,
	"player": true, "footballer": true, "cricketer": true, "athlete": true, "coach": true,
	"striker": true, "goalkeeper": true, "boxer": true, "cyclist": true, "swimmer": true,
	"mathematician": true, "physicist": true, "chemist": true, "biologist": true,
	"astronomer": true, "archaeologist": true, "historian": true, "professor": true,
	"astronaut": true, "pilot": true, "businessman": true, "businesswoman": true,
	"entrepreneur": true, "billionaire": true, "philanthropist": true, "investor": true,
	"presenter": true, "host": true, "columnist": true, "blogger": true,
	"doctor": true, "surgeon": true, "physician": true, "nurse": true, "teacher": true,
	"suspect": true, "defendant": true, "gunman": true, "victim": true, "inmate": true,
	"co-founder": true, "cofounder": true, "chairman": true, "chairwoman": true,
	"monk": true, "priest": true, "pastor": true,
	"anthropologist": true, "sociologist": true, "psychologist": true, "psychiatrist": true,
	"epidemiologist": true, "virologist": true, "meteorologist": true, "climatologist": true,
	"geologist": true, "ecologist": true, "lecturer": true, "producer": true, "photographer": true,
	"engineer": true, "architect": true, "designer": true, "chef": true, "podcaster": true,
}

// personNouns head noun phrases that name a person without a name ("One
// of the victims", "my dad", "an inmate"). When such a phrase is the
// subject of the sentence before a "he" or "she", the pronoun most likely
// takes it up, so no named person is guessed instead.
var personNouns = map[string]bool{
	"man": true, "men": true, "woman": true, "women": true, "boy": true, "girl": true,
	"child": true, "person": true, "people": true, "dad": true, "mum": true, "mom": true,
	"victim": true, "victims": true, "suspect": true, "suspects": true, "inmate": true,
	"prisoner": true, "officer": true, "officers": true, "driver": true, "passenger": true,
	"student": true, "teacher": true, "doctor": true, "nurse": true, "patient": true,
	"worker": true, "workers": true, "friend": true, "brother": true, "sister": true,
	"gunman": true, "attacker": true, "witness": true, "teenager": true, "baby": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "official": true,
}

// companyKinds are the kinds of organisation that are companies: "the
// company" and "the firm" take up an organisation the text has called one
// of these, or whose name carries a company cue ("Inc.", "Airlines").
var companyKinds = map[string]bool{
	"company": true, "firm": true, "corporation": true, "business": true,
	"retailer": true, "airline": true, "carrier": true, "automaker": true, "carmaker": true,
	"chipmaker": true, "manufacturer": true, "maker": true, "giant": true, "conglomerate": true,
	"bank": true, "lender": true, "insurer": true, "broadcaster": true, "publisher": true,
	"chain": true, "brand": true, "startup": true, "supermarket": true, "utility": true,
}

// organisationKinds are the nouns that describe an organisation before
// its name ("U.S. furniture retailer Kestrelmart", "the gardening blog
// Leafwire") or in an apposition ("Corvant Group, a consulting firm"). A
// name so described is an organisation, and "the retailer" takes it up.
var organisationKinds = func() map[string]bool {
	m := map[string]bool{
		"group": true, "party": true, "agency": true, "ministry": true, "court": true,
		"council": true, "committee": true, "commission": true, "network": true,
		"newspaper": true, "blog": true, "website": true, "union": true, "university": true,
		"charity": true, "band": true, "club": true, "studio": true, "organisation": true,
		"organization": true, "nonprofit": true, "non-profit": true, "department": true,
		// promoters, leagues, media ("wrestling promotion ...", "news
		// channel ...", "record label ...")
		"promotion": true, "league": true, "federation": true, "association": true,
		"foundation": true, "institute": true, "channel": true,
		"magazine": true, "outlet": true, "label": true, "publication": true,
	}
	for k := range companyKinds {
		m[k] = true
	}
	return m
}()

// kindCues are words inside an organisation's or a place's name that say
// what kind it is ("Apple Inc." is a company, "Mahan Airlines" an
// airline, "Melbourne City Council" a council). Keys are lower case.
var kindCues = map[string][]string{
	"inc.": {"company"}, "inc": {"company"}, "corp.": {"company"}, "corp": {"company"},
	"corporation": {"company", "corporation"}, "co.": {"company"}, "ltd.": {"company"},
	"ltd": {"company"}, "llc": {"company"}, "plc": {"company"}, "ag": {"company"},
	"gmbh": {"company"}, "holdings": {"company"}, "motors": {"company", "automaker"},
	"airlines": {"company", "airline", "carrier"}, "airways": {"company", "airline", "carrier"},
	"bank": {"bank"}, "group": {"group"}, "party": {"party"}, "agency": {"agency"},
	"ministry": {"ministry"}, "court": {"court"}, "council": {"council"},
	"committee": {"committee"}, "commission": {"commission"}, "union": {"union"},
	"university": {"university"}, "network": {"network"}, "department": {"department"},
	"city": {"city"}, "town": {"town"}, "village": {"village"}, "county": {"county"},
	"province": {"province"}, "region": {"region"}, "state": {"state"},
}

// legalSuffixes end a company's full name and are left out of its short
// one: "Corvant Group" is "Corvant", "Acme Corp." is "Acme".
var legalSuffixes = map[string]bool{
	"inc.": true, "inc": true, "corp.": true, "corp": true, "corporation": true, "co.": true,
	"ltd.": true, "ltd": true, "llc": true, "plc": true, "ag": true, "gmbh": true,
	"group": true, "holdings": true, "company": true,
}

// descriptionHeads are the nouns that, after "the", stand for an actor of
// the text: "the country", "the city", "the company", "the firm". A
// description takes up the last actor the text gave that kind (see
// fitsDescription); the titles of people ("the president", "the chief
// executive") and occupations ("the singer") do too. "The country" and "the
// nation" need a country; the others need the text, a name cue or a table
// to have said the actor is of that kind, because resolving by type and
// recency alone lost precision when measured.
var descriptionHeads = map[string]annals.ActorType{
	"country": annals.ActorCountry, "nation": annals.ActorCountry,
	"city": annals.ActorPlace, "capital": annals.ActorPlace, "town": annals.ActorPlace,
	"village": annals.ActorPlace, "region": annals.ActorPlace, "state": annals.ActorPlace,
	"province": annals.ActorPlace, "county": annals.ActorPlace,
	"company": annals.ActorOrganization, "firm": annals.ActorOrganization,
	"corporation": annals.ActorOrganization, "group": annals.ActorOrganization,
	"carrier": annals.ActorOrganization, "retailer": annals.ActorOrganization,
	"airline": annals.ActorOrganization, "bank": annals.ActorOrganization,
	"lender": annals.ActorOrganization, "insurer": annals.ActorOrganization,
	"party": annals.ActorOrganization, "agency": annals.ActorOrganization,
	"ministry": annals.ActorOrganization, "court": annals.ActorOrganization,
	"council": annals.ActorOrganization, "committee": annals.ActorOrganization,
	"commission": annals.ActorOrganization, "network": annals.ActorOrganization,
	"broadcaster": annals.ActorOrganization, "newspaper": annals.ActorOrganization,
	"automaker": annals.ActorOrganization, "carmaker": annals.ActorOrganization,
	"manufacturer": annals.ActorOrganization, "publisher": annals.ActorOrganization,
	"union": annals.ActorOrganization, "university": annals.ActorOrganization,
	"band": annals.ActorOrganization, "club": annals.ActorOrganization,
	"blog": annals.ActorOrganization, "website": annals.ActorOrganization,
	"chain": annals.ActorOrganization, "charity": annals.ActorOrganization,
}

// kindSynonyms are description heads that take up an actor called by
// another word: an airline is a carrier, an automaker a carmaker.
var kindSynonyms = map[string][]string{
	"carrier": {"airline"}, "airline": {"carrier"}, "automaker": {"carmaker"},
	"carmaker": {"automaker"}, "firm": {"company"}, "company": {"firm"},
}

// exclusiveTitleWords make a title another office than the bare one: a
// vice president is not "the president", a former minister not "the
// minister".
var exclusiveTitleWords = map[string]bool{
	"vice": true, "deputy": true, "former": true, "assistant": true, "acting": true,
	"associate": true, "under": true, "co-founder": true, "ex": true,
}

// genderedWords are titles and nouns that tell a person's gender, which
// "he" and "she" must agree with. Keys are lower case.
var genderedWords = map[string]byte{
	"mr.": 'm', "mr": 'm', "sir": 'm', "lord": 'm', "king": 'm', "prince": 'm', "emperor": 'm',
	"sultan": 'm', "congressman": 'm', "spokesman": 'm', "chairman": 'm', "businessman": 'm',
	"actor": 'm', "father": 'm', "son": 'm', "husband": 'm', "brother": 'm', "monk": 'm',
	"mrs.": 'f', "mrs": 'f', "ms.": 'f', "ms": 'f', "miss": 'f', "madam": 'f', "dame": 'f',
	"lady": 'f', "queen": 'f', "princess": 'f', "empress": 'f', "congresswoman": 'f',
	"spokeswoman": 'f', "chairwoman": 'f', "businesswoman": 'f', "actress": 'f',
	"mother": 'f', "daughter": 'f', "wife": 'f', "sister": 'f', "nun": 'f',
	"man": 'm', "boy": 'm', "guy": 'm', "gentleman": 'm', "gunman": 'm', "policeman": 'm',
	"woman": 'f', "girl": 'f', "policewoman": 'f',
}

// impersonalHeads end names of events, awards, laws and buildings, never
// of a person: "the Korean War", "the Olympic Games", "the Nobel Prize",
// "Richard J. Donovan Correctional Facility". "He" and "she" never take
// up such a name. Words that are also surnames ("Day", "Hall", "Park")
// are left out. Keys keep their capital.
var impersonalHeads = map[string]bool{
	"War": true, "Games": true, "Olympics": true, "Olympiad": true, "Cup": true, "Prize": true,
	"Award": true, "Awards": true, "Festival": true, "Conference": true, "Summit": true,
	"Act": true, "Treaty": true, "Accord": true, "Agreement": true, "Championship": true,
	"Championships": true, "Open": true, "Revolution": true, "Crisis": true, "Election": true,
	"Facility": true, "Center": true, "Centre": true, "Hospital": true, "Prison": true,
	"School": true, "Stadium": true, "Museum": true, "Bridge": true,
	"Tower": true, "Cathedral": true, "Mosque": true, "Temple": true,
	"Building": true, "Hotel": true, "Station": true, "Airport": true, "Square": true,
	"Street": true, "Road": true, "Avenue": true, "Highway": true, "Memorial": true,
	"Monument": true, "Palace": true, "Island": true, "Islands": true,
	"Mountains": true, "River": true, "Bay": true,
	"Pandemic": true, "Virus": true, "Storm": true, "Hurricane": true, "Typhoon": true,
}
