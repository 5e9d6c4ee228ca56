package vocab

// Namespaces of the vocabularies the store uses. The same IRIs appear in every
// export, so a consumer reads the store's own terms.
const (
	NSRDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	NSXSD    = "http://www.w3.org/2001/XMLSchema#"
	NSSchema = "https://schema.org/"
	NSSEM    = "http://semanticweb.cs.vu.nl/2009/11/sem/"
	NSProv   = "http://www.w3.org/ns/prov#"
	// NSAnnals is the small vocabulary of terms no standard one has
	// (spans in bytes, TIMEX3 values, confidence, modality). It is fixed, unlike
	// the base of data IRIs, so that consumers can rely on it.
	NSAnnals = "https://github.com/annals/annals/blob/main/docs/schema.md#"
)

// NSPLOVER and NSCAMEO are the namespaces of event type codes: PLOVER's
// categories and CAMEO's codes as IRIs.
const (
	NSPLOVER = "https://github.com/openeventdata/PLOVER#"
	NSCAMEO  = "http://eventdata.parusanalytics.com/cameo#"
)

// Namespaces of the standard vocabularies the derived view uses, beyond the
// store's own (docs/schema.md, "The derived view").
const (
	NSTime = "http://www.w3.org/2006/time#"          // OWL-Time
	NSOA   = "http://www.w3.org/ns/oa#"              // Web Annotation
	NSRDFS = "http://www.w3.org/2000/01/rdf-schema#" // RDF Schema
)

// Prefixes maps the short names used in JSON-LD contexts and docs to the
// namespaces of the store's vocabularies. Each call returns a new map, which
// the caller may extend.
func Prefixes() map[string]string {
	return map[string]string{
		"rdf":    NSRDF,
		"xsd":    NSXSD,
		"schema": NSSchema,
		"sem":    NSSEM,
		"prov":   NSProv,
		"annals": NSAnnals,
	}
}

// ViewPrefixes maps prefix names to the namespaces that only the derived view
// uses, for a JSON-LD context: "time", "oa" and "rdfs". Each call returns a
// new map.
func ViewPrefixes() map[string]string {
	return map[string]string{"time": NSTime, "oa": NSOA, "rdfs": NSRDFS}
}
