package serve

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/query/shape"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
)

// handleRead answers Cayley's /api/v2/read a page at a time, since the
// whole store in one answer is a hundred megabytes held in memory:
// GET /api/v2/read?format=&sub=&pred=&obj=&label=&iri=&limit=&after=
// At most Config.MaxRead quads (limit lowers it) follow the first after
// ones, in the store's order. A page that stops short of the end says so:
// a Link header (rel="next") gives the next page, and N-Quads end with a
// comment line giving it too.
func (s *Server) handleRead(w http.ResponseWriter, r *http.Request) {
	format, err := readFormat(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, badRequestf("read: %v", err))
		return
	}
	q := r.Form
	limit, err := intParam(q, "limit", s.cfg.MaxRead, 1, s.cfg.MaxRead)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	after, err := intParam(q, "after", 0, 0, 1<<40)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx := r.Context()
	qs := store(ctx).QuadStore()
	it := shape.FilterQuads(quadValues(r.FormValue("sub")), quadValues(r.FormValue("pred")),
		quadValues(r.FormValue("obj")), quadValues(r.FormValue("label"))).BuildIterator(qs).Iterate()
	defer it.Close()
	for i := 0; i < after && it.Next(ctx); i++ {
	}
	// The page is gathered before a byte is written, so that its headers
	// can say whether more follow; its size is what bounds the memory.
	var quads []quad.Quad
	for len(quads) < limit && it.Next(ctx) {
		qd, err := qs.Quad(it.Result())
		if err != nil {
			s.fail(w, r, fmt.Errorf("read a quad: %w", err))
			return
		}
		quads = append(quads, qd)
	}
	more := len(quads) == limit && it.Next(ctx)
	if err := it.Err(); err != nil {
		s.fail(w, r, fmt.Errorf("read the quads: %w", err))
		return
	}
	if err := ctx.Err(); err != nil {
		s.fail(w, r, err)
		return
	}
	next := ""
	if more {
		next = nextPage(r.URL, after+len(quads))
		w.Header().Set("Link", "<"+next+`>; rel="next"`)
	}
	if len(format.Mime) != 0 {
		w.Header().Set("Content-Type", format.Mime[0])
	}
	qw := format.Writer(w)
	var out quad.Writer = qw
	if iri := r.FormValue("iri"); iri != "" {
		opts := quad.IRIOptions{Format: quad.IRIDefault}
		switch iri {
		case "short":
			opts.Format = quad.IRIShort
		case "full":
			opts.Format = quad.IRIFull
		}
		out = quad.IRIWriter(out, opts)
	}
	_, err = out.WriteQuads(quads)
	if err == nil {
		err = qw.Close()
	}
	if err != nil {
		return // the client is gone
	}
	if more && format.Name == "nquads" {
		fmt.Fprintf(w, "# cut at %d quads; more follow: %s\n", len(quads), next)
	}
}

// readFormat is the format a read asks for, as Cayley chooses it: the
// format parameter, else the Accept header, else N-Quads.
func readFormat(r *http.Request) (*quad.Format, error) {
	var format *quad.Format
	if name := r.FormValue("format"); name != "" {
		if format = quad.FormatByName(name); format == nil {
			return nil, badRequestf("format %q: want nquads or json", name)
		}
	} else if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) != 0 {
		format = quad.FormatByMime(specs[0].Value)
	}
	if format == nil {
		format = quad.FormatByName("nquads")
	}
	if format.Writer == nil {
		return nil, badRequestf("format %q cannot be written", format.Name)
	}
	return format, nil
}

// quadValues reads a comma-separated filter of /api/v2/read, as Cayley does.
func quadValues(s string) []quad.Value {
	if s == "" {
		return nil
	}
	var out []quad.Value
	for part := range strings.SplitSeq(s, ",") {
		out = append(out, quad.StringToValue(part))
	}
	return out
}

// nextPage is the request's URL asking for the quads after the first n.
func nextPage(u *url.URL, n int) string {
	q := u.Query()
	q.Set("after", strconv.Itoa(n))
	return u.Path + "?" + q.Encode()
}
