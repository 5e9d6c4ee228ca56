package vocab

import "github.com/cayleygraph/quad"

// Terms of the derived view, the standard description of the stored quads
// that the exports add and the store does not keep (docs/schema.md, "The
// derived view"). Each is named after its vocabulary and its local name.
const (
	SEMEvent             quad.IRI = NSSEM + "Event"
	SEMTime              quad.IRI = NSSEM + "Time"
	SEMHasActor          quad.IRI = NSSEM + "hasActor"
	SEMHasTime           quad.IRI = NSSEM + "hasTime"
	SEMHasTimeStamp      quad.IRI = NSSEM + "hasTimeStamp"
	SEMHasBeginTimeStamp quad.IRI = NSSEM + "hasBeginTimeStamp"
	SEMHasEndTimeStamp   quad.IRI = NSSEM + "hasEndTimeStamp"

	ProvEntity           quad.IRI = NSProv + "Entity"
	ProvHadPrimarySource quad.IRI = NSProv + "hadPrimarySource"

	TimeInstant        quad.IRI = NSTime + "Instant"
	TimeProperInterval quad.IRI = NSTime + "ProperInterval"
	TimeTemporalEntity quad.IRI = NSTime + "TemporalEntity"
	TimeHasBeginning   quad.IRI = NSTime + "hasBeginning"
	TimeHasEnd         quad.IRI = NSTime + "hasEnd"
	TimeInXSDDate      quad.IRI = NSTime + "inXSDDate"

	RDFSLabel quad.IRI = NSRDFS + "label"

	// ClassFact is the type of a fact node (vocab.FactNode): the one
	// real-world event the statements that report it tell.
	ClassFact quad.IRI = NSAnnals + "Fact"
	// PropReports links a statement to the fact node it reports.
	PropReports quad.IRI = NSAnnals + "reports"

	OASpecificResource     quad.IRI = NSOA + "SpecificResource"
	OAHasSource            quad.IRI = NSOA + "hasSource"
	OAHasSelector          quad.IRI = NSOA + "hasSelector"
	OATextPositionSelector quad.IRI = NSOA + "TextPositionSelector"
	OATextQuoteSelector    quad.IRI = NSOA + "TextQuoteSelector"
	OAStart                quad.IRI = NSOA + "start"
	OAEnd                  quad.IRI = NSOA + "end"
	OAExact                quad.IRI = NSOA + "exact"

	// XSDNonNegativeInteger is the datatype of Web Annotation's offsets.
	XSDNonNegativeInteger quad.IRI = NSXSD + "nonNegativeInteger"
)
