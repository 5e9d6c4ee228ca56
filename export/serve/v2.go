package serve

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
)

// Bounds of the bodies Cayley's API v2 reads.
const (
	// maxQueryBody is what Cayley reads of a query; it would run the first
	// megabyte of a longer one as if it were all.
	maxQueryBody = 1 << 20
	// maxQuadBody bounds the quads of one write or delete.
	maxQuadBody = 16 << 20
)

// v2 answers Cayley's API v2 with api, except what it does badly: reads
// come a page at a time (handleRead), an oversized query or a malformed
// write is refused before Cayley sees it, and Cayley's failures reach the
// client without their detail (SQL text, addresses), which goes to the log.
func (s *Server) v2(w http.ResponseWriter, r *http.Request, api http.Handler) {
	path := strings.TrimSuffix(r.URL.Path, "/")
	if path == "/api/v2/read" && (r.Method == http.MethodGet || r.Method == http.MethodPost) {
		s.handleRead(w, r)
		return
	}
	if r.Method == http.MethodPost {
		var err error
		switch {
		case path == "/api/v2/query":
			err = bufferBody(r, maxQueryBody)
		case s.cfg.AllowWrites && (path == "/api/v2/write" || path == "/api/v2/delete"):
			if err = bufferBody(r, maxQuadBody); err == nil {
				err = checkQuads(r)
			}
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
	}
	g := &guard{ResponseWriter: w}
	api.ServeHTTP(g, r)
	g.finish(s, r)
}

// tooLarge is a body over the server's bound (HTTP 413).
type tooLarge struct{ what string }

func (e tooLarge) Error() string { return e.what }

// bufferBody reads the request body whole, refusing one over max bytes, and
// puts it back for the handler to read.
func bufferBody(r *http.Request, max int64) error {
	data, err := io.ReadAll(io.LimitReader(r.Body, max+1))
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &mb) || int64(len(data)) > max:
		return tooLarge{fmt.Sprintf("the body is larger than the %d bytes this server reads at %s", max, r.URL.Path)}
	case err != nil:
		return badRequestf("reading the body: %v", err)
	}
	r.Body = io.NopCloser(bytes.NewReader(data))
	return nil
}

// checkQuads parses a buffered write or delete body in the format Cayley
// will read it in, so that a malformed one is the client's error (400)
// rather than a failure of the write (500). A format Cayley cannot read
// is left for Cayley to refuse.
func checkQuads(r *http.Request) error {
	format := quad.FormatByName("nquads")
	if specs := cayleyhttp.ParseAccept(r.Header, "Content-Type"); len(specs) != 0 {
		format = quad.FormatByMime(specs[0].Value)
	}
	if format == nil || format.Reader == nil {
		return nil
	}
	data, _ := io.ReadAll(r.Body) // a bytes.Reader (bufferBody)
	r.Body = io.NopCloser(bytes.NewReader(data))
	var in io.Reader = bytes.NewReader(data)
	if specs := cayleyhttp.ParseAccept(r.Header, "Content-Encoding"); len(specs) != 0 && specs[0].Value == "gzip" {
		zr, err := gzip.NewReader(in)
		if err != nil {
			return badRequestf("the body is not gzip: %v", err)
		}
		in = zr
	}
	qr := format.Reader(in)
	defer qr.Close()
	for {
		if _, err := qr.ReadQuad(); err == io.EOF {
			return nil
		} else if err != nil {
			return badRequestf("the body is not %s: %v", format.Name, err)
		}
	}
}

// guard holds back an error answer of Cayley's, so that finish can answer a
// failure of the store without its detail.
type guard struct {
	http.ResponseWriter
	status int // an error status held back; 0 while the answer passes through
	body   bytes.Buffer
}

// WriteHeader holds back an error status.
func (g *guard) WriteHeader(code int) {
	if code >= 400 {
		g.status = code
		return
	}
	g.ResponseWriter.WriteHeader(code)
}

// Write holds back the body of an error answer.
func (g *guard) Write(p []byte) (int, error) {
	if g.status != 0 {
		if g.body.Len() < 64<<10 {
			g.body.Write(p)
		}
		return len(p), nil
	}
	return g.ResponseWriter.Write(p)
}

// finish sends the error answer held back: as it is when it is the
// client's, generic (with the detail logged) when it is the server's or
// the store's. Cayley answers every query error 400, the store's too.
func (g *guard) finish(s *Server, r *http.Request) {
	if g.status == 0 {
		return
	}
	detail := g.body.String()
	if g.status >= 500 || storeDown(errors.New(detail)) {
		g.Header().Del("Content-Encoding")
		s.internal(g.ResponseWriter, r, errors.New(strings.TrimSpace(detail)))
		return
	}
	g.ResponseWriter.WriteHeader(g.status)
	_, _ = g.ResponseWriter.Write(g.body.Bytes())
}
