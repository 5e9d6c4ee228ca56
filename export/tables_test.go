package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"slices"
	"strings"
	"testing"

	annals "github.com/annals/annals"
)

func TestCSV(t *testing.T) {
	tl := smallTimeline()
	tl.Statements[1].Time.Source = annals.SourceInherited
	tl.Statements[1].Time.Expr = &annals.Span{Text: "Wednesday", Start: 40, End: 49}
	tl.Statements[1].Time.From = 0
	tl.Statements[0].Qualifiers = []annals.Qualifier{{Span: annals.Span{Text: "on \"Wednesday\",\nlate", Start: 30, End: 50}, Prep: "on"}}
	tl.Statements[0].Event = &annals.Event{PLOVER: "AID", CAMEO: "07"}
	var buf bytes.Buffer
	if err := CSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Errorf("RFC 4180 wants CRLF line ends")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not read back: %v", err)
	}
	if len(rows) != 1+len(tl.Statements) || !slices.Equal(rows[0], CSVHeader) {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	col := func(row []string, name string) string { return row[slices.Index(CSVHeader, name)] }
	for _, row := range rows[1:] {
		if len(row) != len(CSVHeader) {
			t.Fatalf("row of %d cells, header of %d", len(row), len(CSVHeader))
		}
	}
	first := rows[1]
	for name, want := range map[string]string{
		"id": "s-return", "date": "2025-07-23", "subject_name": "Russia", "subject_actor": "russia",
		"lemma": "return", "object_text": `3,000 "bodies" {remains} <b>`, "object_actor": "",
		"confidence": "0.9", "negated": "false", "plover": "AID", "cameo": "07", "time_value": "2025-07-23",
		"time_source": "document", "time_from_sentence": "", // a time made without a source: no expression, the article's date
	} {
		if got := col(first, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	for _, c := range []struct {
		row              []string
		source, sentence string
	}{
		{rows[2], "inherited", "0"},
		{rows[len(rows)-1], "", ""}, // undated
	} {
		if col(c.row, "time_source") != c.source || col(c.row, "time_from_sentence") != c.sentence {
			t.Errorf("row %s: time_source %q, time_from_sentence %q; want %q, %q", col(c.row, "id"),
				col(c.row, "time_source"), col(c.row, "time_from_sentence"), c.source, c.sentence)
		}
	}
	var quals []map[string]any
	if err := json.Unmarshal([]byte(col(first, "qualifiers")), &quals); err != nil || quals[0]["text"] != "on \"Wednesday\",\nlate" {
		t.Errorf("qualifiers %q: %v", col(first, "qualifiers"), err)
	}
	last := rows[len(rows)-1] // undated last, no time cells
	if col(last, "id") != "s-report" || col(last, "date") != "" || col(last, "time_value") != "" {
		t.Errorf("last row %v", last)
	}
	if col(rows[3], "attribution_text") != "Zelensky" || col(rows[3], "negated") != "true" {
		t.Errorf("negated, attributed row %v", rows[3])
	}
}

func TestGraphML(t *testing.T) {
	tl := smallTimeline()
	var buf bytes.Buffer
	if err := GraphML(&buf, tl); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Keys  []graphmlKey `xml:"key"`
		Graph graphmlGraph `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("GraphML is not XML: %v\n%s", err, buf.String())
	}
	if !strings.Contains(buf.String(), `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`) {
		t.Errorf("no GraphML namespace:\n%.300s", buf.String())
	}
	nodes := map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = dataMap(n.Data)
	}
	for id, want := range map[string]map[string]string{
		"actor:russia":                 {"n_label": "Russia", "n_kind": "actor", "n_type": "COUNTRY"},
		"actor:rustem-umerov":          {"n_label": `Rustem "Rusty" Umerov \ UA`, "n_type": "PERSON"},
		"thing:3-000-bodies-remains-b": {"n_label": `3,000 "bodies" {remains} <b>`, "n_kind": "thing"},
	} {
		for k, v := range want {
			if nodes[id][k] != v {
				t.Errorf("node %s: %s = %q, want %q (nodes: %v)", id, k, nodes[id][k], v, nodes)
			}
		}
	}
	if len(doc.Graph.Edges) != len(tl.Statements) {
		t.Fatalf("%d edges for %d statements", len(doc.Graph.Edges), len(tl.Statements))
	}
	e := doc.Graph.Edges[1] // meet, offered
	d := dataMap(e.Data)
	if e.Source != "actor:rustem-umerov" || e.Target != "actor:russia" || d["e_predicate"] != "meet" ||
		d["e_date"] != "2025-07-23" || d["e_confidence"] != "0.7" || d["e_modality"] != "offer" || d["e_label"] != "meet (offered) · 2025-07-23" {
		t.Errorf("edge %+v", e)
	}
	for _, e := range doc.Graph.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Errorf("edge %s has an end that is no node", e.ID)
		}
	}
}

func dataMap(ds []graphmlData) map[string]string {
	m := map[string]string{}
	for _, d := range ds {
		m[d.Key] = d.Value
	}
	return m
}
