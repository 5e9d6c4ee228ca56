package export

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestFormats: every format writes something of its kind, through the one
// registry the command line and the server share.
func TestFormats(t *testing.T) {
	if got := FormatNames(); !slices.Equal(got, []string{"dot", "svg", "graphml", "csv", "jsonld", "nquads"}) {
		t.Errorf("formats %v", got)
	}
	if _, ok := FormatNamed("png"); ok {
		t.Error("png is no format")
	}
	q := quad.Make(quad.IRI("urn:a"), quad.IRI("urn:p"), quad.String("x"), nil)
	for _, c := range []struct{ name, want string }{
		{"dot", "digraph"}, {"graphml", "<graphml"}, {"csv", "id,doc,sentence"},
		{"jsonld", `"@context"`}, {"nquads", "<urn:a> <urn:p> \"x\" ."},
	} {
		f, ok := FormatNamed(c.name)
		if !ok || f.MediaType == "" || (f.Timeline == nil) == (f.Quads == nil) {
			t.Fatalf("%s: %+v", c.name, f)
		}
		var buf bytes.Buffer
		var err error
		if f.Whole() {
			err = f.Quads(context.Background(), &buf, SliceQuads([]quad.Quad{q}), map[string]string{"ex": "urn:"})
		} else {
			err = f.Timeline(context.Background(), &buf, Timeline{})
		}
		if err != nil || !strings.Contains(buf.String(), c.want) {
			t.Errorf("%s: %v, %.200q; want %q", c.name, err, buf.String(), c.want)
		}
	}
	if got := FormatList(); got != "dot, svg, graphml, csv, jsonld or nquads" {
		t.Errorf("FormatList = %q", got)
	}
}

func TestWholeStore(t *testing.T) {
	stored, _ := storeQuads()
	quads, prefixes := WholeStore(stored, false)
	if len(quads) != len(stored) || prefixes["annals"] == "" || prefixes["time"] != "" {
		t.Errorf("store only: %d quads of %d, prefixes %v", len(quads), len(stored), prefixes)
	}
	quads, prefixes = WholeStore(stored, true)
	if len(quads) <= len(stored) || prefixes["annals"] == "" || prefixes["time"] != "http://www.w3.org/2006/time#" {
		t.Errorf("with the derived view: %d quads of %d, prefixes %v", len(quads), len(stored), prefixes)
	}
}
