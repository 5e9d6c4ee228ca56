package export

import (
	"bufio"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
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
	sorted := func(yield func(*annals.Statement) error) error {
		for _, col := range timelineColumns(tl.Statements, ColumnsByDay, 0) {
			for _, s := range col.statements {
				if err := yield(s); err != nil {
					return err
				}
			}
		}
		return nil
	}
	edgeIDs := map[string]int{}
	repeats := func(id string) int { edgeIDs[id]++; return edgeIDs[id] }
	return writeGraphML(context.Background(), w, sorted, actorsOf(tl.Actors), repeats)
}

// WriteGraphML writes the statements of src as [GraphML] writes a
// timeline of them whose Actors are those actor finds, the same bytes, in
// bounded memory whatever their number: it sorts the statements in runs
// kept in temporary files (see [os.TempDir]) and merges them, once for the
// nodes and once for the edges, and finds each node's first statement by
// sorting too. Statements of the same id must be the same statement, as
// they are in a store: an edge id is made unique ("#2") only among
// neighbours in timeline order. GraphML shows no fact support, so support
// is not read.
func WriteGraphML(ctx context.Context, w io.Writer, src StatementSource, actor ActorLookup, _ SupportLookup) error {
	s, err := sortStatements(ctx, src, statementRunBytes)
	if err != nil {
		return err
	}
	defer s.close()
	last, n := "", 0
	repeats := func(id string) int {
		if id != last {
			last, n = id, 0
		}
		n++
		return n
	}
	if err := writeGraphML(ctx, w, s.each, actor, repeats); err != nil {
		return err
	}
	return s.close()
}

// writeGraphML writes the statements that sorted lists, in timeline
// order, in two passes: the nodes, each once in the order statements
// first name them, then the edges. repeats counts the edges of an id so
// far, that one included.
func writeGraphML(ctx context.Context, w io.Writer, sorted StatementSource, actor ActorLookup,
	repeats func(id string) int) error {
	// Every node a statement names, with its place in the pass, sorted by
	// node id and place: the first of an id is where the node is written.
	named := newLineSorter(statementRunBytes)
	defer named.close()
	place := 0
	err := sorted(func(s *annals.Statement) error {
		if place%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		id := statementKey(s)
		nodes := []*annals.Argument{&s.Subject}
		if s.Object != nil {
			nodes = append(nodes, s.Object)
		}
		for i, a := range nodes {
			node, err := graphmlNodeOf(a, id+[]string{"-subject", "-object"}[i], actor)
			if err != nil {
				return err
			}
			rec, err := json.Marshal(node)
			if err != nil {
				return err
			}
			key, _ := json.Marshal(node.ID) // no line break or NUL
			if err := named.add(fmt.Sprintf("%s\x00%016x\x00%s", key, place, rec)); err != nil {
				return err
			}
			place++
		}
		return nil
	})
	if err != nil {
		return err
	}
	// The first of each node id, by place.
	firsts := newLineSorter(statementRunBytes)
	defer firsts.close()
	lastKey := ""
	err = named.each(func(line string) error {
		key, rest, _ := strings.Cut(line, "\x00")
		if key == lastKey {
			return nil
		}
		lastKey = key
		return firsts.add(rest)
	})
	if err != nil {
		return err
	}
	if err := named.close(); err != nil {
		return err
	}

	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(xml.Header)
	bw.WriteString(graphmlOpen)
	enc := xml.NewEncoder(bw)
	enc.Indent("    ", "  ")
	empty := true
	err = firsts.each(func(line string) error {
		_, rec, _ := strings.Cut(line, "\x00")
		var node graphmlNode
		if err := json.Unmarshal([]byte(rec), &node); err != nil {
			return fmt.Errorf("export: graphml: read back a node: %w", err)
		}
		if empty {
			bw.WriteByte('\n')
			empty = false
		}
		return enc.EncodeElement(node, xml.StartElement{Name: xml.Name{Local: "node"}})
	})
	if err != nil {
		return err
	}
	if err := firsts.close(); err != nil {
		return err
	}
	err = sorted(func(s *annals.Statement) error {
		if s.Object == nil {
			return nil
		}
		id := statementKey(s)
		source, err := graphmlNodeOf(&s.Subject, id+"-subject", actor)
		if err != nil {
			return err
		}
		target, err := graphmlNodeOf(s.Object, id+"-object", actor)
		if err != nil {
			return err
		}
		if n := repeats(id); n > 1 {
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
		if empty {
			bw.WriteByte('\n')
			empty = false
		}
		return enc.EncodeElement(graphmlEdge{
			ID: "statement:" + id, Source: source.ID, Target: target.ID,
			Data: []graphmlData{
				{"e_label", statementLabel(s)}, {"e_predicate", s.Predicate.Lemma}, {"e_date", date},
				{"e_time", timex}, {"e_confidence", strconv.FormatFloat(s.Confidence, 'f', -1, 64)},
				{"e_negated", strconv.FormatBool(s.Negated)}, {"e_modality", s.Modality},
				{"e_statement", s.ID}, {"e_doc", s.Doc}, {"e_sentence", strconv.Itoa(s.Sentence)},
			},
		}, xml.StartElement{Name: xml.Name{Local: "edge"}})
	})
	if err != nil {
		return err
	}
	if !empty {
		bw.WriteString("\n  ")
	}
	bw.WriteString("</graph>\n</graphml>\n")
	return bw.Flush()
}

// statementKey is a statement's id, or the one it would have.
func statementKey(s *annals.Statement) string {
	if s.ID != "" {
		return s.ID
	}
	return annals.StatementID(s)
}

// graphmlNodeOf is the node of a subject or object: its actor's
// ("actor:ID"), or a thing merged with others by compact text
// ("thing:SLUG"; fallback when the text has no slug).
func graphmlNodeOf(a *annals.Argument, fallback string, actor ActorLookup) (graphmlNode, error) {
	if a.Actor != "" {
		found, ok, err := actor(a.Actor)
		if err != nil {
			return graphmlNode{}, err
		}
		if !ok {
			found = annals.Actor{ID: a.Actor, Name: a.Label(), Type: annals.ActorUnknown}
		}
		return graphmlNode{ID: "actor:" + found.ID,
			Data: []graphmlData{{"n_label", found.Name}, {"n_kind", "actor"}, {"n_type", string(found.Type)}}}, nil
	}
	slug := annals.Slug(a.Label())
	if slug == "" {
		slug = fallback
	}
	return graphmlNode{ID: "thing:" + slug, Data: []graphmlData{{"n_label", a.Label()}, {"n_kind", "thing"}}}, nil
}

// graphmlOpen is the document up to the graph's content, as encoding/xml
// indents it (the keys' strings need no escaping).
var graphmlOpen = func() string {
	var b strings.Builder
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`)
	for _, k := range graphmlKeys {
		fmt.Fprintf(&b, "\n  <key id=%q for=%q attr.name=%q attr.type=%q></key>", k.ID, k.For, k.Name, k.Type)
	}
	b.WriteString("\n  <graph id=\"annals\" edgedefault=\"directed\">")
	return b.String()
}()

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
