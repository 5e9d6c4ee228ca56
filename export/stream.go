package export

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/annals/annals/graph/vocab"
	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"
)

// A QuadSource lists the quads an RDF export writes, calling yield with
// each, in any order and possibly more than once, and stops with the first
// error yield returns. [SliceQuads] lists quads in memory, [StoreQuads]
// those of a store.
type QuadSource func(yield func(quad.Quad) error) error

// SliceQuads lists quads held in memory.
func SliceQuads(quads []quad.Quad) QuadSource {
	return func(yield func(quad.Quad) error) error {
		for _, q := range quads {
			if err := yield(q); err != nil {
				return err
			}
		}
		return nil
	}
}

// sortRunBytes is the runBytes of the sorters the RDF writers use; tests
// lower it to make them spill.
var sortRunBytes = defaultRunBytes

// converterReset is how many quads share one vocab.RDFConverter, whose
// cache of IRIs would otherwise grow with the store.
const converterReset = 1 << 16

// sortRDF turns the quads of src into RDF 1.1 quads (vocab.RDFConverter)
// and sorts them, without duplicates, by the record that record makes of
// each quad and its N-Quads line. Both RDF writers start here so that they
// write the same terms.
//
// It rejects, as vocab.RDFConverter does, rather than drops or mangles,
// quads that RDF cannot express. A silent drop is what json-gold does with
// a relative IRI, and a lost quad is worse than a failed export.
func sortRDF(ctx context.Context, src QuadSource, record func(rq quad.Quad, line string) string) (*lineSorter, error) {
	s := newLineSorter(sortRunBytes)
	var rdf vocab.RDFConverter
	i := 0
	err := src(func(q quad.Quad) error {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if i%converterReset == 0 {
			rdf = vocab.RDFConverter{}
		}
		rq, err := rdf.Quad(q)
		if err != nil {
			return fmt.Errorf("export: quad %d (%s): %w", i, q.NQuad(), err)
		}
		i++
		return s.add(record(rq, nquadLine(rq)))
	})
	if err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// WriteNQuads writes the quads of src as [NQuads] does, the same bytes for
// the same quads, holding a bounded number of them in memory whatever
// their number: it sorts them in runs that it keeps in temporary files
// (see [os.TempDir]) and merges. It writes nothing if a quad is not RDF.
func WriteNQuads(ctx context.Context, w io.Writer, src QuadSource) error {
	s, err := sortRDF(ctx, src, func(_ quad.Quad, line string) string { return line })
	if err != nil {
		return err
	}
	defer s.close()
	bw := bufio.NewWriterSize(w, 1<<16)
	err = s.each(func(line string) error {
		bw.WriteString(line)
		return bw.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return s.close()
}

// jsonldKey is what a JSON-LD document from RDF holds a quad under at its
// top level: its graph name, or its subject in the default graph. JSON-LD
// writes one top-level node object per key, in the keys' byte order.
func jsonldKey(rq quad.Quad) string {
	if rq.Label != nil {
		return ldNode(rq.Label).GetValue()
	}
	return ldNode(rq.Subject).GetValue()
}

// WriteJSONLD writes the quads of src as [JSONLD] does, the same bytes for
// the same quads, one top-level node object at a time: it sorts the quads
// by the node object they belong to (their graph name, or their subject in
// the default graph) in bounded memory, as [WriteNQuads] does, and has
// json-gold build, compact and check each node object alone. Memory is
// bounded by the largest named graph, not by the store.
//
// Each node object is checked before it is written, as JSONLD checks its
// document; unlike JSONLD, a node object that fails the check ends the
// export with an error after the node objects before it were written.
func WriteJSONLD(ctx context.Context, w io.Writer, src QuadSource, prefixes map[string]string) error {
	ldContext, err := jsonldContext(prefixes)
	if err != nil {
		return err
	}
	s, err := sortRDF(ctx, src, func(rq quad.Quad, line string) string { return jsonldKey(rq) + "\x00" + line })
	if err != nil {
		return err
	}
	defer s.close()
	opts := jsonldOptions()
	active, err := ld.NewContext(nil, opts).Parse(ld.CloneDocument(ldContext))
	if err != nil {
		return fmt.Errorf("export: json-ld context: %w", err)
	}
	jw := &jsonldWriter{w: bufio.NewWriterSize(w, 1<<16), context: ldContext, active: active, opts: opts,
		valid: map[string]bool{}}
	var node []string
	key := ""
	err = s.each(func(rec string) error {
		k, line, _ := strings.Cut(rec, "\x00")
		if k != key && len(node) > 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := jw.node(node); err != nil {
				return err
			}
			node = node[:0]
		}
		key = k
		node = append(node, line)
		return nil
	})
	if err != nil {
		return err
	}
	if len(node) > 0 {
		if err := jw.node(node); err != nil {
			return err
		}
	}
	if err := jw.close(); err != nil {
		return err
	}
	return s.close()
}

// parseLines reads back the N-Quads lines sortRDF wrote, and makes sure
// that they give back the same lines: the quads json-gold reads are then
// those the N-Quads export writes. (nquads.Parse would turn typed literals
// into native values, which do not keep their lexical form.)
func parseLines(lines []string) ([]quad.Quad, error) {
	out := make([]quad.Quad, len(lines))
	for i, l := range lines {
		q, err := parseLine(l)
		if err != nil {
			return nil, fmt.Errorf("export: read back %s: %w", l, err)
		}
		if back := nquadLine(q); back != l {
			return nil, fmt.Errorf("export: %s reads back as %s", l, back)
		}
		out[i] = q
	}
	return out, nil
}

// nquadLine is q.NQuad(), without fmt's cost.
func nquadLine(q quad.Quad) string {
	if q.Label == nil || q.Label.String() == "" {
		return q.Subject.String() + " " + q.Predicate.String() + " " + q.Object.String() + " ."
	}
	return q.Subject.String() + " " + q.Predicate.String() + " " + q.Object.String() + " " + q.Label.String() + " ."
}

// parseLine reads one line as quad.Quad.NQuad writes it for the terms of
// vocab.RDFTerm.
func parseLine(line string) (quad.Quad, error) {
	var terms [4]quad.Value
	n, rest := 0, line
	for n < len(terms) && !strings.HasPrefix(rest, ".") {
		v, r, err := parseTerm(rest)
		if err != nil {
			return quad.Quad{}, err
		}
		terms[n], n = v, n+1
		rest = strings.TrimPrefix(r, " ")
	}
	if rest != "." || n < 3 {
		return quad.Quad{}, errors.New("not a quad")
	}
	return quad.Quad{Subject: terms[0], Predicate: terms[1], Object: terms[2], Label: terms[3]}, nil
}

var unescaper = strings.NewReplacer(`\\`, `\`, `\"`, `"`, `\n`, "\n", `\r`, "\r", `\t`, "\t")

// parseTerm reads the term s starts with, and returns what follows it.
func parseTerm(s string) (quad.Value, string, error) {
	switch {
	case strings.HasPrefix(s, "<"):
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return nil, "", errors.New("unterminated IRI")
		}
		return quad.IRI(s[1:end]), s[end+1:], nil
	case strings.HasPrefix(s, "_:"):
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			return nil, "", errors.New("unterminated blank node")
		}
		return quad.BNode(s[2:end]), s[end:], nil
	case strings.HasPrefix(s, `"`):
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			return nil, "", errors.New("unterminated literal")
		}
		value, rest := quad.String(unescaper.Replace(s[1:end])), s[end+1:]
		switch {
		case strings.HasPrefix(rest, "@"):
			sp := strings.IndexByte(rest, ' ')
			if sp < 0 {
				return nil, "", errors.New("unterminated language tag")
			}
			return quad.LangString{Value: value, Lang: rest[1:sp]}, rest[sp:], nil
		case strings.HasPrefix(rest, "^^"):
			t, r, err := parseTerm(rest[2:])
			iri, ok := t.(quad.IRI)
			if err != nil || !ok {
				return nil, "", errors.New("malformed datatype")
			}
			return quad.TypedString{Value: value, Type: iri}, r, nil
		}
		return value, rest, nil
	}
	return nil, "", fmt.Errorf("no term at %q", s)
}
