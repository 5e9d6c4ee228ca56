package export

import (
	"fmt"
	"time"

	annals "github.com/annals/annals"
	"github.com/cayleygraph/quad"
)

// Synthetic data shared by the tests, examples and benchmarks.

const (
	nsSchema  = "https://schema.org/"
	nsAnnals  = "urn:annals:"
	nsExample = "https://example.org/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsXSD     = "http://www.w3.org/2001/XMLSchema#"
)

func testContext() map[string]string {
	return map[string]string{
		"schema": nsSchema,
		"tl":     nsAnnals,
		"ex":     nsExample,
		"xsd":    nsXSD,
	}
}

// syntheticQuads is ~30 quads covering what the RDF writers must carry:
// both IRI styles, named graphs (one of which is also a subject), rdf:type,
// every native quad value, short and full datatype IRIs, language tags,
// and strings with quotes, backslashes, line breaks, tabs and non-ASCII.
func syntheticQuads() []quad.Quad {
	iri := func(s string) quad.IRI { return quad.IRI(s) }
	fact1 := iri(nsAnnals + "fact/3f2a")
	fact2 := iri(nsExample + "graph/fact-2")
	russia := iri(nsAnnals + "actor/russia")
	ukraine := iri(nsAnnals + "actor/ukraine")
	umerov := iri(nsExample + "people/rustem-umerov")
	bodies := iri(nsAnnals + "thing/3000-bodies")
	article := iri(nsExample + "article-123")
	day := time.Date(2025, 7, 23, 10, 30, 0, 0, time.UTC)
	return []quad.Quad{
		// The direct triples, each in its fact's named graph.
		{Subject: russia, Predicate: iri(nsAnnals + "pred/return"), Object: bodies, Label: fact1},
		{Subject: umerov, Predicate: iri(nsAnnals + "pred/propose"), Object: ukraine, Label: fact2},
		{Subject: umerov, Predicate: iri(nsSchema + "name"), Object: quad.String("Rustem Umerov"), Label: fact2},
		// Facts about the facts, in the default graph.
		{Subject: fact1, Predicate: iri(nsRDF + "type"), Object: iri(nsAnnals + "Statement")},
		{Subject: fact1, Predicate: iri(nsSchema + "agent"), Object: russia},
		{Subject: fact1, Predicate: iri(nsSchema + "object"), Object: bodies},
		{Subject: fact1, Predicate: iri(nsAnnals + "lemma"), Object: quad.String("return")},
		{Subject: fact1, Predicate: iri(nsAnnals + "confidence"), Object: quad.Float(0.82)},
		{Subject: fact1, Predicate: iri(nsAnnals + "count"), Object: quad.Int(3000)},
		{Subject: fact1, Predicate: iri(nsAnnals + "delta"), Object: quad.Int(-7)},
		{Subject: fact1, Predicate: iri(nsAnnals + "negated"), Object: quad.Bool(false)},
		{Subject: fact1, Predicate: iri(nsAnnals + "verified"), Object: quad.Bool(true)},
		{Subject: fact1, Predicate: iri(nsAnnals + "recorded"), Object: quad.Time(day)},
		{Subject: fact1, Predicate: iri(nsSchema + "startDate"), Object: quad.TypedString{Value: "2025-07-23", Type: "xsd:date"}},
		{Subject: fact1, Predicate: iri(nsAnnals + "big"), Object: quad.TypedString{Value: "123456789012345678901234567890", Type: nsXSD + "integer"}},
		{Subject: fact1, Predicate: iri(nsAnnals + "ratio"), Object: quad.TypedString{Value: "1.0E0", Type: nsXSD + "double"}},
		{Subject: fact1, Predicate: iri(nsAnnals + "share"), Object: quad.TypedString{Value: "0.50", Type: nsXSD + "decimal"}},
		{Subject: fact1, Predicate: iri(nsAnnals + "huge"), Object: quad.Float(1e21)},
		{Subject: fact1, Predicate: iri("http://www.w3.org/ns/prov#wasDerivedFrom"), Object: article},
		{Subject: fact2, Predicate: iri(nsRDF + "type"), Object: iri(nsAnnals + "Statement")},
		{Subject: fact2, Predicate: iri(nsAnnals + "modality"), Object: quad.String("offer")},
		{Subject: fact2, Predicate: iri(nsAnnals + "quote"), Object: quad.String("He said \"we will return them\"\nand left.\tEnd \\ backslash")},
		// Actors and the article.
		{Subject: russia, Predicate: iri(nsRDF + "type"), Object: iri(nsSchema + "Country")},
		{Subject: russia, Predicate: iri(nsSchema + "name"), Object: quad.String("Russia")},
		{Subject: russia, Predicate: iri(nsSchema + "name"), Object: quad.LangString{Value: "Россия", Lang: "ru"}},
		{Subject: ukraine, Predicate: iri(nsSchema + "name"), Object: quad.LangString{Value: "Ukraine", Lang: "en-GB"}},
		{Subject: umerov, Predicate: iri(nsRDF + "type"), Object: iri(nsSchema + "Person")},
		{Subject: umerov, Predicate: iri(nsSchema + "name"), Object: quad.String("Rustem \"Rusty\" Umerov <{MoD}> émigré 🚀")},
		{Subject: article, Predicate: iri(nsRDF + "type"), Object: iri(nsSchema + "NewsArticle")},
		{Subject: article, Predicate: iri(nsSchema + "headline"), Object: quad.String("")},
		{Subject: article, Predicate: iri(nsSchema + "url"), Object: quad.String(nsExample + "article-123")},
		{Subject: article, Predicate: iri(nsSchema + "about"), Object: quad.String("@id is not a keyword here")},
		{Subject: article, Predicate: iri(nsSchema + "datePublished"), Object: quad.TypedString{Value: "2025-07-23", Type: quad.IRI(nsXSD + "date")}},
	}
}

// Actors and statements of the small DOT timeline: three actors, three
// statements on two dates (one negated, one offered) and one undated, names
// with quotes, backslashes, a line break, <, >, { and }.
var (
	actorRussia = annals.Actor{ID: "russia", Name: "Russia", Type: annals.ActorCountry}
	actorUmerov = annals.Actor{ID: "rustem-umerov", Name: `Rustem "Rusty" Umerov \ UA`, Type: annals.ActorPerson}
	actorMoD    = annals.Actor{ID: "ministry-of-defence", Name: "Ministry <of> {Defence}\nof Ukraine", Type: annals.ActorOrganization}
)

func dayTime(value string) *annals.Time {
	d, err := time.Parse(time.DateOnly, value)
	if err != nil {
		panic(err)
	}
	return &annals.Time{Value: value, Type: annals.TimexDate, Earliest: d, Latest: d,
		Precision: annals.PrecisionDay, Kind: annals.KindEvent}
}

func arg(text, actor string) annals.Argument {
	return annals.Argument{Span: annals.Span{Text: text}, Actor: actor}
}

func argp(text, actor string) *annals.Argument { a := arg(text, actor); return &a }

func pred(lemma string, start int) annals.Predicate {
	return annals.Predicate{Span: annals.Span{Text: lemma, Start: start, End: start + len(lemma)}, Lemma: lemma}
}

func smallTimeline() Timeline {
	return Timeline{
		Title:  `Istanbul talks — "prisoner exchange" \ July`,
		Actors: []annals.Actor{actorRussia, actorUmerov, actorMoD},
		Statements: []annals.Statement{
			{ID: "s-return", Doc: "doc-1", Sentence: 0, Subject: arg("Russia", "russia"),
				Predicate: pred("return", 7), Object: argp(`3,000 "bodies" {remains} <b>`, ""),
				Time: dayTime("2025-07-23"), Confidence: 0.9},
			{ID: "s-meet", Doc: "doc-1", Sentence: 2, Subject: arg("Umerov", "rustem-umerov"),
				Predicate: pred("meet", 40), Object: argp("Russian delegation", "russia"),
				Time: dayTime("2025-07-23"), Confidence: 0.7, Modality: "offer"},
			{ID: "s-show", Doc: "doc-2", Sentence: 1, Subject: arg("Russia", "russia"),
				Predicate: pred("show", 12), Object: argp("willingness", ""),
				Time: dayTime("2025-07-24"), Confidence: 0.8, Negated: true,
				Attribution: argp("Zelensky", "")},
			{ID: "s-report", Doc: "doc-3", Sentence: 4, Subject: arg("the ministry", "ministry-of-defence"),
				Predicate: pred("report", 20), Object: argp(`C:\new\path`, ""), Confidence: 0.6},
		},
	}
}

// syntheticTimeline makes n statements among a few dozen actors over about
// three months, some negated, some modal, some undated.
func syntheticTimeline(n int) Timeline {
	types := []annals.ActorType{annals.ActorPerson, annals.ActorOrganization, annals.ActorCountry, annals.ActorPlace}
	var tl Timeline
	for i := range 40 {
		tl.Actors = append(tl.Actors, annals.Actor{ID: fmt.Sprintf("actor-%d", i),
			Name: fmt.Sprintf("Actor %d", i), Type: types[i%len(types)]})
	}
	start := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		s := annals.Statement{
			ID: fmt.Sprintf("stmt-%05d", i), Doc: fmt.Sprintf("doc-%d", i/10), Sentence: i % 10,
			Subject:    arg(fmt.Sprintf("Actor %d", i%40), fmt.Sprintf("actor-%d", i%40)),
			Predicate:  pred([]string{"return", "meet", "attack", "say", "propose"}[i%5], i),
			Confidence: float64(i%100) / 100,
			Negated:    i%11 == 0,
		}
		if i%7 == 0 {
			s.Modality = "offer"
		}
		if i%3 == 0 {
			s.Object = argp(fmt.Sprintf("Actor %d", (i*7)%40), fmt.Sprintf("actor-%d", (i*7)%40))
		} else {
			s.Object = argp(fmt.Sprintf("thing %d", i), "")
		}
		if i%13 != 0 {
			s.Time = dayTime(start.AddDate(0, 0, i%90).Format(time.DateOnly))
		}
		tl.Statements = append(tl.Statements, s)
	}
	return tl
}

// statementQuads is the store's shape for a timeline: the direct triple in
// the statement's named graph and the statement's details in the default
// graph, about ten quads a statement.
func statementQuads(tl Timeline) []quad.Quad {
	var qs []quad.Quad
	add := func(s, p quad.IRI, o quad.Value, label quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	for _, a := range tl.Actors {
		id := quad.IRI(nsAnnals + "actor/" + a.ID)
		add(id, nsRDF+"type", quad.IRI(nsSchema+"Person"), nil)
		add(id, nsSchema+"name", quad.String(a.Name), nil)
	}
	for _, s := range tl.Statements {
		fact := quad.IRI(nsAnnals + "fact/" + s.ID)
		subj := quad.IRI(nsAnnals + "actor/" + s.Subject.Actor)
		obj := quad.IRI(nsAnnals + "thing/" + annals.Slug(s.Object.Label()))
		add(subj, quad.IRI(nsAnnals+"pred/"+s.Predicate.Lemma), obj, fact)
		add(fact, nsRDF+"type", quad.IRI(nsAnnals+"Statement"), nil)
		add(fact, nsSchema+"agent", subj, nil)
		add(fact, nsSchema+"object", obj, nil)
		add(fact, nsAnnals+"lemma", quad.String(s.Predicate.Lemma), nil)
		add(fact, nsAnnals+"confidence", quad.Float(s.Confidence), nil)
		add(fact, nsAnnals+"negated", quad.Bool(s.Negated), nil)
		add(fact, nsAnnals+"sentence", quad.Int(s.Sentence), nil)
		add(fact, "http://www.w3.org/ns/prov#wasDerivedFrom", quad.IRI(nsExample+s.Doc), nil)
		if s.Time != nil {
			add(fact, nsSchema+"startDate", quad.TypedString{Value: quad.String(s.Time.Value), Type: "xsd:date"}, nil)
		}
	}
	return qs
}
