package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"time"

	annals "github.com/annals/annals"
)

// GraphML writes the timeline as a GraphML graph for Gephi, yEd, Cytoscape
// or NetworkX: a node per actor ("actor:ID") and per subject or object that
// is not an actor ("thing:SLUG", merged by compact text), and a directed
// edge per statement with an object, from its subject to its object.
// Statements without an object have no edge.
//
// Node data: label (name), kind ("actor" or "thing"), type (PERSON,
// ORGANIZATION, COUNTRY, PLACE, UNKNOWN; empty for things). Edge data:
// label ("predicate · date", as in DOT), predicate (lemma), date (the day
// the timeline places it at, YYYY-MM-DD, empty when undated), time (TIMEX3
// value), confidence, negated, modality, statement (id), doc, sentence.
// Gephi takes "label" as the label; in yEd, map it with Edit > Properties
// Mapper. The output is deterministic.
func GraphML(w io.Writer, tl Timeline) error {
	doc := graphmlDoc{
		XMLNS:    "http://graphml.graphdrawing.org/xmlns",
		XSI:      "http://www.w3.org/2001/XMLSchema-instance",
		Location: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Keys:     graphmlKeys,
		Graph:    graphmlGraph{ID: "annals", EdgeDefault: "directed"},
	}
	actors := map[string]annals.Actor{}
	for _, a := range tl.Actors {
		actors[a.ID] = a
	}
	seen := map[string]bool{}
	node := func(a *annals.Argument, fallback string) string {
		id, data := "", []graphmlData(nil)
		if a.Actor != "" {
			actor, ok := actors[a.Actor]
			if !ok {
				actor = annals.Actor{ID: a.Actor, Name: a.Label(), Type: annals.ActorUnknown}
			}
			id = "actor:" + actor.ID
			data = []graphmlData{{"n_label", actor.Name}, {"n_kind", "actor"}, {"n_type", string(actor.Type)}}
		} else {
			slug := annals.Slug(a.Label())
			if slug == "" {
				slug = fallback
			}
			id = "thing:" + slug
			data = []graphmlData{{"n_label", a.Label()}, {"n_kind", "thing"}}
		}
		if !seen[id] {
			seen[id] = true
			doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: id, Data: data})
		}
		return id
	}
	edgeIDs := map[string]int{}
	for _, col := range timelineColumns(tl.Statements, ColumnsByDay, 0) {
		for _, s := range col.statements {
			id := s.ID
			if id == "" {
				id = annals.StatementID(s)
			}
			source := node(&s.Subject, id+"-subject")
			if s.Object == nil {
				continue
			}
			target := node(s.Object, id+"-object")
			edgeIDs[id]++
			if n := edgeIDs[id]; n > 1 {
				id += "#" + strconv.Itoa(n) // the same statement given twice
			}
			date := ""
			if d := statementDay(s); !d.IsZero() {
				date = d.Format(time.DateOnly)
			}
			timex := ""
			if s.Time != nil {
				timex = s.Time.Value
			}
			doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{
				ID: "statement:" + id, Source: source, Target: target,
				Data: []graphmlData{
					{"e_label", statementLabel(s)}, {"e_predicate", s.Predicate.Lemma}, {"e_date", date},
					{"e_time", timex}, {"e_confidence", strconv.FormatFloat(s.Confidence, 'f', -1, 64)},
					{"e_negated", strconv.FormatBool(s.Negated)}, {"e_modality", s.Modality},
					{"e_statement", s.ID}, {"e_doc", s.Doc}, {"e_sentence", strconv.Itoa(s.Sentence)},
				},
			})
		}
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

var graphmlKeys = []graphmlKey{
	{"n_label", "node", "label", "string"},
	{"n_kind", "node", "kind", "string"},
	{"n_type", "node", "type", "string"},
	{"e_label", "edge", "label", "string"},
	{"e_predicate", "edge", "predicate", "string"},
	{"e_date", "edge", "date", "string"},
	{"e_time", "edge", "time", "string"},
	{"e_confidence", "edge", "confidence", "double"},
	{"e_negated", "edge", "negated", "boolean"},
	{"e_modality", "edge", "modality", "string"},
	{"e_statement", "edge", "statement", "string"},
	{"e_doc", "edge", "doc", "string"},
	{"e_sentence", "edge", "sentence", "int"},
}

type graphmlDoc struct {
	XMLName  xml.Name     `xml:"graphml"`
	XMLNS    string       `xml:"xmlns,attr"`
	XSI      string       `xml:"xmlns:xsi,attr"`
	Location string       `xml:"xsi:schemaLocation,attr"`
	Keys     []graphmlKey `xml:"key"`
	Graph    graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}
