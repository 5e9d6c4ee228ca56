package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// fetch sends a request and returns its status, headers and body.
func fetch(t *testing.T, method, url, contentType, body string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer t") // the token of TestBodiesOverLimits' server
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

// TestReadPages: /api/v2/read answers at most MaxRead quads, says where
// the next page is (Link header; a comment closing N-Quads), and its pages
// together are the whole store, each quad once.
func TestReadPages(t *testing.T) {
	ts := talksServer(t, Config{MaxRead: 40})
	_, _, whole := fetch(t, "GET", ts.URL+"/api/v2/read?limit=40&after=0", "", "")
	seen := map[quad.Quad]int{}
	pages := 0
	for next := "/api/v2/read"; next != ""; pages++ {
		code, h, body := fetch(t, "GET", ts.URL+next, "", "")
		if code != 200 {
			t.Fatalf("%s: %d %s", next, code, body)
		}
		qs, err := quad.ReadAll(nquads.NewReader(strings.NewReader(body), false))
		if err != nil {
			t.Fatalf("%s: %v", next, err)
		}
		if len(qs) > 40 {
			t.Fatalf("%s: %d quads, more than MaxRead", next, len(qs))
		}
		for _, q := range qs {
			seen[q]++
		}
		next = ""
		if l := h.Get("Link"); l != "" {
			next = strings.TrimPrefix(strings.TrimSuffix(l, `>; rel="next"`), "<")
			if !strings.Contains(body, "# cut at 40 quads; more follow: "+next) {
				t.Errorf("a cut page does not say so in its body: ...%s", body[max(0, len(body)-200):])
			}
		}
	}
	all, err := talksStore(t).AllQuads(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if pages < 2 || len(seen) != len(all) {
		t.Errorf("%d pages with %d distinct quads, want the store's %d over several pages", pages, len(seen), len(all))
	}
	for q, n := range seen {
		if n != 1 {
			t.Errorf("%v read %d times", q, n)
		}
	}
	if !strings.Contains(whole, "# cut at 40 quads") {
		t.Errorf("the first page is not cut")
	}

	// JSON is a page too; a filter still applies.
	code, h, body := fetch(t, "GET", ts.URL+"/api/v2/read?format=json&limit=3", "", "")
	var js []map[string]any
	if err := json.Unmarshal([]byte(body), &js); code != 200 || err != nil || len(js) != 3 || h.Get("Link") == "" {
		t.Errorf("json page: %d, %d quads, Link %q, %v", code, len(js), h.Get("Link"), err)
	}
	for _, bad := range []string{"limit=0", "limit=41", "after=-1", "format=bogus"} {
		if code, _, body := fetch(t, "GET", ts.URL+"/api/v2/read?"+bad, "", ""); code != 400 {
			t.Errorf("%s: %d, want 400: %s", bad, code, body)
		}
	}
}

// TestBodiesOverLimits: a query longer than Cayley reads is refused (413),
// not run cut; a malformed write is the client's error (400).
func TestBodiesOverLimits(t *testing.T) {
	ts := talksServer(t, Config{AllowWrites: true, WriteToken: "t"})
	long := "g.V().All(); //" + strings.Repeat("x", maxQueryBody)
	if code, _, body := fetch(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "text/plain", long); code != 413 || !strings.Contains(body, "1048576 bytes") {
		t.Errorf("a long query: %d %s, want 413 naming the limit", code, body)
	}
	if code, _, body := fetch(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", "text/plain", "g.V().Limit(1).All()"); code != 200 {
		t.Errorf("a short query: %d %s", code, body)
	}
	for _, c := range []struct{ contentType, body string }{
		{"application/n-quads", "this is not a quad\n"},
		{"application/n-quads", "<a> <b> \"unterminated .\n"},
		{"application/json", `[{"subject": `},
	} {
		if code, _, body := fetch(t, "POST", ts.URL+"/api/v2/write", c.contentType, c.body); code != 400 {
			t.Errorf("write %q: %d %s, want 400", c.body, code, body)
		}
	}
	if code, _, body := fetch(t, "POST", ts.URL+"/api/v2/write", "application/n-quads", "<a> <b> <c> .\n"); code != 200 || !strings.Contains(body, `"count":1`) {
		t.Errorf("a good write: %d %s", code, body)
	}
	if code, _, body := fetch(t, "POST", ts.URL+"/api/v2/write", "application/n-quads", strings.Repeat("<a> <b> <c> .\n", maxQuadBody/14+1)); code != 413 {
		t.Errorf("a write over the limit: %d %s, want 413", code, body)
	}
}

// TestFloatParams: min_confidence is a number from 0 to 1, never NaN or
// an infinity, however spelt.
func TestFloatParams(t *testing.T) {
	ts := talksServer(t, Config{})
	for _, v := range []string{"NaN", "nan", "Inf", "-Inf", "+Inf", "infinity", "1e400", "-0.1", "0x1p1"} {
		for _, path := range []string{"/api/statements", "/api/relations?a=Russia&b=Ukraine&", "/export/csv"} {
			sep := "?"
			if strings.HasSuffix(path, "&") {
				sep = ""
			}
			if code, _, body := fetch(t, "GET", ts.URL+path+sep+"min_confidence="+v, "", ""); code != 400 {
				t.Errorf("%s min_confidence=%s: %d, want 400: %s", path, v, code, body)
			}
		}
	}
}

// TestFailuresHideDetail: a failure of the store answers 503 "store
// unavailable" and one of the server 500, neither with the error's text
// (SQL, host and port), which goes to the log instead; Cayley's answers
// are held to the same, its query errors (400) included.
func TestFailuresHideDetail(t *testing.T) {
	const secret = `SELECT subject_hash FROM quads WHERE ... dial tcp 10.1.2.3:5432`
	down := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connect: connection refused " + secret)}
	for _, c := range []struct {
		name   string
		answer func(s *Server, w http.ResponseWriter, r *http.Request)
		want   int
	}{
		{"store down", func(s *Server, w http.ResponseWriter, r *http.Request) { s.fail(w, r, down) }, 503},
		{"other failure", func(s *Server, w http.ResponseWriter, r *http.Request) {
			s.fail(w, r, errors.New("pq: syntax error in "+secret[:20]))
		}, 500},
		{"cayley 500", func(s *Server, w http.ResponseWriter, r *http.Request) {
			s.v2(w, r, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.WriteHeader(500)
				io.WriteString(w, `{"error": "pq: relation \"quads\": `+secret+`"}`)
			}))
		}, 503},
		{"gizmo error on a lost store", func(s *Server, w http.ResponseWriter, r *http.Request) {
			s.v2(w, r, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.WriteHeader(400)
				io.WriteString(w, `{"error": "`+secret+`: connect: connection refused"}`)
			}))
		}, 503},
	} {
		t.Run(c.name, func(t *testing.T) {
			var log bytes.Buffer
			s := newServer(Config{Log: slogTo(&log)})
			w := httptest.NewRecorder()
			c.answer(s, w, httptest.NewRequest("GET", "/api/v2/query?lang=gizmo", nil))
			if w.Code != c.want || strings.Contains(w.Body.String(), "10.1.2.3") || strings.Contains(w.Body.String(), "SELECT") {
				t.Errorf("%d %s, want %d without the detail", w.Code, w.Body, c.want)
			}
			if !strings.Contains(log.String(), "SELECT") {
				t.Errorf("the log lacks the detail: %q", log.String())
			}
		})
	}
	// A query's own error is the client's to read.
	s := newServer(Config{})
	w := httptest.NewRecorder()
	s.v2(w, httptest.NewRequest("GET", "/api/v2/query?lang=gizmo", nil), http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(400)
		io.WriteString(w, `{"error": "ReferenceError: h is not defined"}`)
	}))
	if w.Code != 400 || !strings.Contains(w.Body.String(), "ReferenceError") {
		t.Errorf("a query error: %d %s, want 400 with it", w.Code, w.Body)
	}
}

func slogTo(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }
