package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"runtime/debug"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// maxQuerySize bounds a query's text, as Cayley's own endpoint does, but
// a longer one is refused rather than cut.
const maxQuerySize = 1 << 20

// errQueryMemory is the cause of a query stopped by its memory watchdog.
var errQueryMemory = errors.New("query memory budget exceeded")

// serveQuery answers /api/v2/query in place of Cayley's endpoint, which
// bounds neither a query's memory (its time limit only interrupts the
// script between steps, and a loop growing an array takes gigabytes
// first), nor what one g.Emit sends (an array of the whole store counts as
// one result), nor how many queries run at once. Here at most
// Config.MaxQueries run together (others get 503 at once), a watchdog
// interrupts a query whose heap growth passes Config.QueryMemory (413),
// and every result counts: an emitted array counts its items, cut at
// Config.MaxResults.
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request, qs cgraph.QuadStore) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, errors.New("a query is a GET (?qu=) or a POST"))
		return
	}
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		writeError(w, http.StatusBadRequest, errors.New("query language not specified: add ?lang=gizmo"))
		return
	}
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		writeError(w, http.StatusBadRequest, fmt.Errorf("unknown query language %q", lang))
		return
	}
	qu, status, err := queryText(r)
	if err != nil {
		writeError(w, status, err)
		return
	}
	select {
	case s.queries <- struct{}{}:
		defer func() { <-s.queries }()
	default:
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf(
			"the server already runs %d queries, its most; try again in a moment", cap(s.queries)))
		return
	}

	ctx, cancel := context.WithTimeoutCause(r.Context(), s.cfg.RequestTimeout, context.DeadlineExceeded)
	defer cancel()
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	go watchMemory(ctx, s.cfg.QueryMemory, func() { stop(errQueryMemory) })

	// One more than the limit, for the cut to be seen and said.
	opt := query.Options{Collation: query.JSON, Limit: s.cfg.MaxResults + 1}
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) != 0 && specs[0].Value == "application/ld+json" {
		opt.Collation = query.JSONLD
	}
	ses := l.Session(qs)
	if lang == "gizmo" {
		if err := s.boundStrings(ctx, ses); err != nil {
			s.internal(w, r, err)
			return
		}
	}
	results, truncated, err := s.runQuery(ctx, ses, qu, opt)
	switch cause := context.Cause(ctx); {
	case errors.Is(cause, errQueryMemory):
		// What the script took is garbage now: give it back.
		debug.FreeOSMemory()
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf(
			"the query was stopped: it took more than %d MiB of memory; ask for less (Limit, ToArray(n), filters)",
			s.cfg.QueryMemory>>20))
		return
	case errors.Is(cause, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, fmt.Errorf(
			"the query was stopped: it ran longer than the server allows (%s)", s.cfg.RequestTimeout))
		return
	case cause != nil:
		return // the client is gone
	case err != nil && storeDown(err):
		s.internal(w, r, err) // failure.go: no SQL text or address to the client
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, err)
		return
	}
	if opt.Collation == query.JSONLD {
		w.Header().Set("Content-Type", "application/ld+json")
	} else {
		w.Header().Set("Content-Type", "application/json")
	}
	out := map[string]any{"result": results}
	if truncated {
		// Said so the client knows there is more than it got.
		out["truncated"] = true
		out["limit"] = s.cfg.MaxResults
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(out) // a failed write is the client gone
}

// stringBounds wraps the string methods that build a string of any length
// in one call, as one step of a script is not interrupted: "x".repeat(1<<30)
// took a gigabyte before the watchdog could act. The originals stay in the
// closure, out of the script's reach; %d is the longest string allowed.
const stringBounds = `(function () {
	var apply = Reflect.apply, str = String, num = Number, max = %d;
	function bound(name, length) {
		var f = String.prototype[name];
		Object.defineProperty(String.prototype, name, {
			value: function () {
				var n = length(str(this), arguments);
				if (n > max) {
					throw new RangeError(name + ": a string of " + n + " characters is more than a query may build (" + max + ")");
				}
				return apply(f, this, arguments);
			},
			writable: true, configurable: true
		});
	}
	bound("repeat", function (s, a) { return s.length * num(a[0]); });
	bound("padStart", function (s, a) { return num(a[0]); });
	bound("padEnd", function (s, a) { return num(a[0]); });
})();`

// boundStrings runs stringBounds in a Gizmo session before its query. A
// string may take half the query's memory budget (two bytes a character).
func (s *Server) boundStrings(ctx context.Context, ses query.Session) error {
	it, err := ses.Execute(ctx, fmt.Sprintf(stringBounds, s.cfg.QueryMemory/4), query.Options{Collation: query.JSON})
	if err != nil {
		return fmt.Errorf("bounding the query's strings: %w", err)
	}
	// Not closed: Close interrupts the session's runtime even after the
	// script has ended, and the query would find it interrupted. The
	// script has ended once Next answers false.
	for it.Next(ctx) {
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("bounding the query's strings: %w", err)
	}
	return nil
}

// queryText reads the query: the parameter qu of a GET, the body of a
// POST.
func queryText(r *http.Request) (string, int, error) {
	qu := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		data, err := io.ReadAll(io.LimitReader(r.Body, maxQuerySize+1))
		if err != nil {
			return "", http.StatusBadRequest, fmt.Errorf("reading the query: %w", err)
		}
		if len(data) > maxQuerySize {
			return "", http.StatusRequestEntityTooLarge, fmt.Errorf("the query is longer than %d bytes", maxQuerySize)
		}
		qu = string(data)
	}
	if qu == "" {
		return "", http.StatusBadRequest, errors.New("the query is empty")
	}
	return qu, 0, nil
}

// runQuery runs a query and gathers its results, each encoded, up to
// Config.MaxResults items in all; truncated says some were left out.
// It returns once the script has stopped, so that the slot of a query
// (Config.MaxQueries) is not freed while its script still runs.
func (s *Server) runQuery(ctx context.Context, ses query.Session, qu string, opt query.Options) (
	results []json.RawMessage, truncated bool, err error) {
	it, err := ses.Execute(ctx, qu, opt)
	if err != nil {
		return nil, false, err
	}
	defer func() {
		_ = it.Close() // interrupts the script if it still runs
		// Once the script has ended, Next answers false at once; the
		// interrupt takes it no longer than one step of the script.
		wait, cancel := context.WithTimeout(context.Background(), s.cfg.RequestTimeout)
		defer cancel()
		for it.Next(wait) {
		}
	}()
	results = []json.RawMessage{}
	items := 0 // an emitted array counts its items
	for ctx.Err() == nil && it.Next(ctx) {
		if items >= s.cfg.MaxResults {
			truncated = true
			break
		}
		v := it.Result()
		if arr := reflect.ValueOf(v); arr.Kind() == reflect.Slice {
			// g.Emit(g.V().ToArray()) is one result of every node.
			if room := s.cfg.MaxResults - items; arr.Len() > room {
				arr, truncated = arr.Slice(0, room), true
				v = arr.Interface()
			}
			items += arr.Len()
		} else {
			items++
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return nil, false, fmt.Errorf("encoding a result: %w", err)
		}
		results = append(results, bytes.TrimSuffix(b.Bytes(), []byte("\n")))
		if truncated {
			break
		}
	}
	if ctx.Err() != nil {
		return nil, false, ctx.Err()
	}
	return results, truncated, it.Err()
}
