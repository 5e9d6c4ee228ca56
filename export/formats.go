package export

import (
	"context"
	"io"
	"maps"
	"strings"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
)

// Format is one way of writing the graph out. The command line's `export
// --format` and the server's /export/{format} offer the same ones, from
// [Formats].
type Format struct {
	Name      string // "dot", "svg", ...
	MediaType string // its HTTP Content-Type
	// Drawing marks a picture (dot, svg): servers cap how many statements
	// they draw lower than how many they list.
	Drawing bool
	// MaxStatements, when not 0, is the most statements the format
	// writes: svg lays the whole drawing out in this process, and
	// Graphviz's time and memory grow faster than the statements.
	MaxStatements int
	// Timeline writes selected statements; nil for a format of the whole
	// store.
	Timeline func(ctx context.Context, w io.Writer, tl Timeline) error
	// Statements, when not nil, writes what Timeline writes in bounded
	// memory whatever the number of statements, listed in any order, with
	// the actors they name and the support of their facts (nil: not read)
	// looked up as they are met (see [WriteCSV]).
	Statements func(ctx context.Context, w io.Writer, src StatementSource, actor ActorLookup, support SupportLookup) error
	// Quads writes RDF quads with the prefixes of a JSON-LD context, in
	// bounded memory whatever their number (see [WriteNQuads]); nil for a
	// format of selected statements.
	Quads func(ctx context.Context, w io.Writer, quads QuadSource, prefixes map[string]string) error
}

// Whole reports whether f writes the whole store (RDF) rather than a
// selection of statements.
func (f Format) Whole() bool { return f.Quads != nil }

// formats are the formats in the order they are listed to users: drawings
// and tables of selected statements first, then the RDF of the whole store.
var formats = []Format{
	{Name: "dot", MediaType: "text/vnd.graphviz; charset=utf-8", Drawing: true,
		Timeline: func(_ context.Context, w io.Writer, tl Timeline) error { return DOT(w, tl, DOTOptions{}) }},
	{Name: "svg", MediaType: "image/svg+xml", Drawing: true, MaxStatements: MaxLaidOut,
		Timeline: func(ctx context.Context, w io.Writer, tl Timeline) error { return SVG(ctx, w, tl, DOTOptions{}) }},
	{Name: "graphml", MediaType: "application/graphml+xml; charset=utf-8",
		Timeline:   func(_ context.Context, w io.Writer, tl Timeline) error { return GraphML(w, tl) },
		Statements: WriteGraphML},
	{Name: "csv", MediaType: "text/csv; charset=utf-8; header=present",
		Timeline:   func(_ context.Context, w io.Writer, tl Timeline) error { return CSV(w, tl) },
		Statements: WriteCSV},
	{Name: "jsonld", MediaType: "application/ld+json", Quads: WriteJSONLD},
	{Name: "nquads", MediaType: "application/n-quads",
		Quads: func(ctx context.Context, w io.Writer, quads QuadSource, _ map[string]string) error {
			return WriteNQuads(ctx, w, quads)
		}},
}

// MaxLaidOut is the most statements an svg export lays out (the server's
// default limit of a drawing): on the Wikinews store the 769 statements of
// the 12 most connected actors took 32–35 CPU seconds at 456–462 MB
// resident; all its 4,215 had not finished after 608 CPU seconds, at 1.2
// GB (see the README).
const MaxLaidOut = 2000

// Formats returns every export format, in the order users see them listed.
func Formats() []Format { return append([]Format(nil), formats...) }

// FormatNamed returns the format of that name.
func FormatNamed(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// FormatNames lists the formats' names, in order.
func FormatNames() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

// FormatList names the formats for a message: "dot, svg, ... or nquads".
func FormatList() string {
	names := FormatNames()
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// WholeStore returns what a whole-store export writes: the stored quads,
// followed by their derived view ([Enrich]) when derived is set, and the
// prefixes of a JSON-LD context for them (the store's, and the view's
// when derived). quads itself is not changed. [StoreQuads] lists the same
// from a store without holding them.
func WholeStore(quads []quad.Quad, derived bool) ([]quad.Quad, map[string]string) {
	prefixes := vocab.Prefixes()
	if !derived {
		return quads, prefixes
	}
	maps.Copy(prefixes, vocab.ViewPrefixes())
	return append(quads[:len(quads):len(quads)], Enrich(quads)...), prefixes
}
