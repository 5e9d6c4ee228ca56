package vocab

import (
	"github.com/annals/annals"
	"github.com/cayleygraph/quad"
)

// Terms of the store's schema; docs/schema.md explains each. They are typed
// constants so that comparing one with a quad's quad.Value compares IRIs.
const (
	RDFType quad.IRI = NSRDF + "type"

	ClassStatement quad.IRI = NSAnnals + "Statement"
	ClassThing     quad.IRI = NSAnnals + "Thing"
	ClassActor     quad.IRI = NSSEM + "Actor"
	ClassArticle   quad.IRI = NSSchema + "NewsArticle"
	// schema.org classes of actors by type; see ActorClass.
	ClassPerson       quad.IRI = NSSchema + "Person"
	ClassOrganization quad.IRI = NSSchema + "Organization"
	ClassCountry      quad.IRI = NSSchema + "Country"
	ClassPlace        quad.IRI = NSSchema + "Place"

	// XSDDate is the datatype of days (publication dates, time stamps).
	XSDDate quad.IRI = NSXSD + "date"
)

// Properties of a statement, in its own named graph.
const (
	PropAgent      quad.IRI = NSSchema + "agent"  // the subject's node
	PropObject     quad.IRI = NSSchema + "object" // the object's node
	PropLemma      quad.IRI = NSAnnals + "lemma"
	PropDerived    quad.IRI = NSProv + "wasDerivedFrom" // the document
	PropSentence   quad.IRI = NSAnnals + "sentence"     // index in the document
	PropSentStart  quad.IRI = NSAnnals + "sentenceStart"
	PropSentEnd    quad.IRI = NSAnnals + "sentenceEnd"
	PropConfidence quad.IRI = NSAnnals + "confidence"
	PropNegated    quad.IRI = NSAnnals + "negated"
	PropPassive    quad.IRI = NSAnnals + "passive"
	PropObjectPrep quad.IRI = NSAnnals + "objectPreposition" // "to" of "was born to"
	PropRole       quad.IRI = NSAnnals + "role"
	PropModality   quad.IRI = NSAnnals + "modality"
	PropFact       quad.IRI = NSAnnals + "fact" // annals.Statement.Fact, a string
	PropAttributed quad.IRI = NSProv + "wasAttributedTo"

	// qualifiers of a statement: nodes STATEMENT#qN (QualifierNode) in its graph
	PropQualifier quad.IRI = NSAnnals + "qualifier"
	PropQualText  quad.IRI = NSAnnals + "text"
	PropQualStart quad.IRI = NSAnnals + "start"
	PropQualEnd   quad.IRI = NSAnnals + "end"
	PropQualPrep  quad.IRI = NSAnnals + "preposition"

	// references of a statement: nodes STATEMENT#rN (ReferenceNode) in its
	// graph, each a pronoun inside one of its phrases (annals:start,
	// annals:end, annals:text as for a qualifier), the phrase it is within
	// (the part node STATEMENT#subject, #object or #attribution, or a
	// qualifier node STATEMENT#qN) and the actor it stands for
	PropReference quad.IRI = NSAnnals + "reference"
	PropRefWithin quad.IRI = NSAnnals + "within"
	PropRefersTo  quad.IRI = NSAnnals + "refersTo"

	// event type of a statement (an IRI under NSPLOVER or NSCAMEO), and its
	// actors' codes on the day
	PropEventType   quad.IRI = NSSEM + "eventType"
	PropEventSource quad.IRI = NSAnnals + "sourceActorCode"
	PropEventTarget quad.IRI = NSAnnals + "targetActorCode"
	PropEventUnreal quad.IRI = NSAnnals + "eventUnreal" // true when the act was not done (annals.Event.Unreal)
	// PropEventConfidence is how sure the event's type is (annals.Event.Confidence)
	PropEventConfidence quad.IRI = NSAnnals + "eventConfidence"

	// time of a statement
	PropTimexValue    quad.IRI = NSAnnals + "timexValue"
	PropTimexType     quad.IRI = NSAnnals + "timexType"
	PropTimeFromDoc   quad.IRI = NSAnnals + "timeFromDocument"
	PropTimePrecision quad.IRI = NSAnnals + "timePrecision"
	PropTimeKind      quad.IRI = NSAnnals + "timeKind"
	// PropTimeSource is where the time comes from ("inherited"), written
	// only where the other quads do not imply it (see docs/schema.md).
	PropTimeSource quad.IRI = NSAnnals + "timeSource"
	// PropTimeFromSentence is the index of the sentence holding the time
	// expression, written only when it is not the statement's own.
	PropTimeFromSentence quad.IRI = NSAnnals + "timeFromSentence"
	PropEarliest         quad.IRI = NSSEM + "hasEarliestBeginTimeStamp"
	PropLatest           quad.IRI = NSSEM + "hasLatestEndTimeStamp"
)

// Properties of actors and things, in the default graph.
const (
	PropName      quad.IRI = NSSchema + "name"
	PropAlias     quad.IRI = NSSchema + "alternateName"
	PropActorType quad.IRI = NSAnnals + "actorType"
	PropPartOf    quad.IRI = NSAnnals + "partOf"      // a group → its country
	PropNation    quad.IRI = NSSchema + "nationality" // a person → the country they serve
	PropStandsFor quad.IRI = NSAnnals + "metonymFor"  // a capital or seat → the country it names
	// PropMergedInto records that an actor was merged into another, so that
	// later documents naming the old actor land on the new one.
	PropMergedInto quad.IRI = NSAnnals + "mergedInto"
)

// Properties of a document, in its own named graph.
const (
	PropIdentifier quad.IRI = NSSchema + "identifier"
	PropHeadline   quad.IRI = NSSchema + "headline"
	PropURL        quad.IRI = NSSchema + "url"
	PropPublished  quad.IRI = NSSchema + "datePublished"
	PropDateSource quad.IRI = NSAnnals + "dateSource"
	PropText       quad.IRI = NSSchema + "text" // the text every offset points into
	PropContent    quad.IRI = NSAnnals + "contentHash"
	PropMeta       quad.IRI = NSAnnals + "metadata"
)

// ActorClass gives the schema.org class of an actor type; false for a type
// that has none (UNKNOWN).
func ActorClass(t annals.ActorType) (quad.IRI, bool) {
	switch t {
	case annals.ActorPerson:
		return ClassPerson, true
	case annals.ActorOrganization:
		return ClassOrganization, true
	case annals.ActorCountry:
		return ClassCountry, true
	case annals.ActorPlace:
		return ClassPlace, true
	}
	return "", false
}
