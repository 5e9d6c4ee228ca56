package serve

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// get fetches path and decodes its JSON into v (when v is not nil),
// failing unless the status is want.
func get(t *testing.T, base, path string, want int, v any) []byte {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("GET %s: %d, want %d: %s", path, resp.StatusCode, want, body)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v\n%s", path, err, body)
		}
	}
	return body
}

func lemmas(l listJSON[statementJSON]) []string {
	var out []string
	for _, s := range l.Items {
		out = append(out, s.Label)
	}
	return out
}

func TestStatementsFilters(t *testing.T) {
	ts := talksServer(t, Config{})
	tests := []struct {
		query string
		want  []string // labels, in timeline order
	}{
		{"", []string{"return (offer)", "meet", "host (will)", "not meet"}},
		{"?actor=Ukraine", []string{"not meet"}},
		{"?actor=umerov", []string{"meet"}}, // an alias
		{"?actor=ukraine&hops=1", []string{"return (offer)", "not meet"}},
		{"?predicate=meet", []string{"meet", "not meet"}},
		{"?predicate=host,return", []string{"return (offer)", "host (will)"}},
		{"?from=2025-08-01", []string{"host (will)"}},
		{"?to=2025-07-23", []string{"return (offer)", "meet"}},
		{"?min_confidence=0.85", []string{"meet"}},
		{"?doc=talks-1&limit=2", []string{"return (offer)", "meet"}},
		{"?offset=3", []string{"not meet"}},
	}
	for _, tt := range tests {
		var l listJSON[statementJSON]
		get(t, ts.URL, "/api/statements"+tt.query, 200, &l)
		if got := lemmas(l); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.query, got, tt.want)
		}
	}
	var l listJSON[statementJSON]
	get(t, ts.URL, "/api/statements?limit=1", 200, &l)
	if l.Total != 4 || !l.Truncated || len(l.Items) != 1 {
		t.Errorf("limit=1: total %d, truncated %v, %d items", l.Total, l.Truncated, len(l.Items))
	}
	for _, bad := range []string{"?from=July", "?hops=1", "?hops=-1", "?actor=Atlantis", "?min_confidence=2", "?limit=0", "?limit=5000"} {
		var e map[string]string
		get(t, ts.URL, "/api/statements"+bad, 400, &e)
		if e["error"] == "" {
			t.Errorf("%s: no error message", bad)
		}
	}
}

func TestMaxResultsBoundsLists(t *testing.T) {
	ts := talksServer(t, Config{MaxResults: 2})
	var l listJSON[statementJSON]
	get(t, ts.URL, "/api/statements", 200, &l)
	if len(l.Items) != 2 || !l.Truncated || l.Total != 4 {
		t.Errorf("items %d, truncated %v, total %d", len(l.Items), l.Truncated, l.Total)
	}
	get(t, ts.URL, "/api/statements?limit=3", 400, nil)
	var actors listJSON[actorJSON]
	get(t, ts.URL, "/api/actors", 200, &actors)
	if len(actors.Items) != 2 || actors.Total != 5 {
		t.Errorf("actors: %d of %d", len(actors.Items), actors.Total)
	}
}

// slice16 cuts s by UTF-16 offsets, as JavaScript's String.slice does.
func slice16(s string, start, end int) string {
	u := utf16.Encode([]rune(s))
	return string(utf16.Decode(u[start:end]))
}

func TestTimelineAndSources(t *testing.T) {
	ts := talksServer(t, Config{})
	var days listJSON[dayJSON]
	get(t, ts.URL, "/api/timeline", 200, &days)
	var got []string
	for _, d := range days.Items {
		got = append(got, d.Day)
	}
	if !slices.Equal(got, []string{"2025-07-23", "by 2025-08-31", "undated"}) || days.Total != 4 {
		t.Fatalf("days %v, total %d", got, days.Total)
	}
	meet := days.Items[0].Statements[1]
	if meet.Source == nil || meet.Source.Title != "Talks in İstanbul" {
		t.Fatalf("meet has no source: %+v", meet)
	}
	sen := meet.Source.Sentence
	if sen.Text != "Umerov met Medinsky in İstanbul on July 23." {
		t.Errorf("sentence %q", sen.Text)
	}
	marked := map[string]string{}
	for _, m := range sen.Marks {
		marked[m.Role] = slice16(sen.Text, m.Start, m.End)
	}
	want := map[string]string{"subject": "Umerov", "predicate": "met", "object": "Medinsky", "time": "on July 23"}
	for role, text := range want {
		if marked[role] != text {
			t.Errorf("mark %s = %q, want %q", role, marked[role], text)
		}
	}

	// The document, and the sentence's place in it in UTF-16 units.
	var doc documentJSON
	get(t, ts.URL, "/api/documents/"+url.PathEscape(meet.Doc), 200, &doc)
	if got := slice16(doc.Text, sen.Start16, sen.End16); got != sen.Text {
		t.Errorf("document text at start16..end16 = %q", got)
	}
	host := days.Items[1].Statements[0]
	if got := slice16(doc.Text, host.Source.Sentence.Start16, host.Source.Sentence.End16); !strings.HasPrefix(got, "Turkey will host the “next round”") {
		t.Errorf("after İstanbul and quotes, the offsets drift: %q", got)
	}

	// One statement, and its sentence.
	var one statementJSON
	get(t, ts.URL, "/api/statements/"+meet.ID, 200, &one)
	if one.Label != "meet" || one.Object.Name != "Vladimir Medinsky" || one.Event.CAMEO == nil || *one.Event.CAMEO != "043" || one.Source == nil {
		t.Errorf("statement %+v", one)
	}
	var src sourceJSON
	get(t, ts.URL, "/api/statements/"+meet.ID+"/sentence", 200, &src)
	if src.Sentence.Text != sen.Text || src.Doc != "talks-1" {
		t.Errorf("sentence %+v", src)
	}
	get(t, ts.URL, "/api/statements/nope", 404, nil)
	get(t, ts.URL, "/api/statements/nope/sentence", 404, nil)
	get(t, ts.URL, "/api/documents/nope", 404, nil)
}

func TestRelations(t *testing.T) {
	ts := talksServer(t, Config{})
	var rel relationJSON
	get(t, ts.URL, "/api/relations?a=Ukraine&b=Russia", 200, &rel)
	if len(rel.Direct) != 1 || rel.Direct[0].Label != "not meet" || !slices.Equal(rel.Path, []string{"ukraine", "russia"}) {
		t.Errorf("relation %+v", rel)
	}
	get(t, ts.URL, "/api/relations?a=Ukraine&b=Turkey", 200, &rel)
	if len(rel.Path) != 0 {
		t.Errorf("Ukraine and Turkey are not linked, got path %v", rel.Path)
	}
	get(t, ts.URL, "/api/relations?a=Ukraine", 400, nil)
	get(t, ts.URL, "/api/relations?a=Ukraine&b=Atlantis", 400, nil)
}

func TestActors(t *testing.T) {
	ts := talksServer(t, Config{})
	var l listJSON[actorJSON]
	get(t, ts.URL, "/api/actors", 200, &l)
	if l.Total != 5 || l.Items[0].ID != "russia" || l.Items[0].Statements != 2 || l.Items[0].First != "2025-07-23" {
		t.Errorf("actors %+v", l)
	}
}

func post(t *testing.T, url, contentType, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(url, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestCayleyAPI(t *testing.T) {
	ts := talksServer(t, Config{})
	code, body := post(t, ts.URL+"/api/v2/query?lang=gizmo", "application/javascript",
		`g.V("<urn:annals:actor/turkey>").Out("<https://schema.org/alternateName>").All()`)
	if code != 200 || !strings.Contains(body, "Türkiye") {
		t.Errorf("gizmo query: %d %s", code, body)
	}
	code, body = post(t, ts.URL+"/api/v2/write", "application/n-quads",
		`<urn:x> <urn:p> "written" .`+"\n")
	if code != http.StatusForbidden {
		t.Errorf("a read-only server wrote: %d %s", code, body)
	}

	ts = talksServer(t, Config{AllowWrites: true, WriteToken: "t"})
	code, body = send(t, "POST", ts.URL+"/api/v2/write", map[string]string{"Content-Type": "application/n-quads", "Authorization": "Bearer t"},
		`<urn:x> <urn:p> "written" .`+"\n")
	if code != 200 || !strings.Contains(body, "1 quads") {
		t.Fatalf("write: %d %s", code, body)
	}
	code, body = post(t, ts.URL+"/api/v2/query?lang=gizmo", "application/javascript", `g.V("<urn:x>").Out("<urn:p>").All()`)
	if code != 200 || !strings.Contains(body, "written") {
		t.Errorf("the write is not read back: %d %s", code, body)
	}
}

func TestQueryLimit(t *testing.T) {
	ts := talksServer(t, Config{MaxResults: 3})
	code, body := post(t, ts.URL+"/api/v2/query?lang=gizmo", "application/javascript", `g.V().All()`)
	var res struct{ Result []any }
	if err := json.Unmarshal([]byte(body), &res); code != 200 || err != nil || len(res.Result) != 3 {
		t.Errorf("%d results (%d %v), want the limit of 3", len(res.Result), code, err)
	}
}

func TestExports(t *testing.T) {
	ts := talksServer(t, Config{})
	for _, c := range []struct{ format, want, mediaType string }{
		{"dot", "digraph", "text/vnd.graphviz; charset=utf-8"},
		{"svg", "<svg", "image/svg+xml"},
		{"graphml", "<graphml", "application/graphml+xml; charset=utf-8"},
		{"csv", "id,doc,sentence", "text/csv; charset=utf-8; header=present"},
		{"jsonld", `"@context"`, "application/ld+json"},
		{"nquads", "<urn:annals:actor/russia>", "application/n-quads"},
	} {
		resp, err := http.Get(ts.URL + "/export/" + c.format)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), c.want) || resp.Header.Get("Content-Type") != c.mediaType {
			t.Errorf("%s: %d %s, %.200s", c.format, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	}
	svg := get(t, ts.URL, "/export/svg?actor=Umerov", 200, nil)
	if err := xml.Unmarshal(svg, new(struct{})); err != nil {
		t.Errorf("SVG is not XML: %v", err)
	}
	if !bytes.Contains(svg, []byte("Rustem Umerov")) || bytes.Contains(svg, []byte("Turkey")) {
		t.Errorf("filtered SVG: %s", svg)
	}
	get(t, ts.URL, "/export/nquads?actor=Russia", 400, nil)
	get(t, ts.URL, "/export/png", 404, nil)
	nq := string(get(t, ts.URL, "/export/nquads", 200, nil))
	if !strings.Contains(nq, "http://www.w3.org/ns/oa#TextPositionSelector") {
		t.Errorf("the N-Quads lack the derived view")
	}
	if plain := string(get(t, ts.URL, "/export/nquads?derived=0", 200, nil)); strings.Contains(plain, "oa#") {
		t.Errorf("derived=0 still has the derived view")
	}

	// A drawing of everything keeps the most connected actors and says so.
	if dot := string(get(t, ts.URL, "/export/dot?max_actors=1", 200, nil)); !strings.Contains(dot, "Showing the 1 most connected of") ||
		!strings.Contains(dot, "Choose an actor to see the rest.") || !strings.Contains(dot, "person (ellipse)") {
		t.Errorf("max_actors=1: no note of what was left out, or no legend:\n%s", dot)
	}
	get(t, ts.URL, "/export/dot?max_actors=-1", 400, nil)

	small := talksServer(t, Config{MaxDrawn: 2})
	get(t, small.URL, "/export/svg", http.StatusRequestEntityTooLarge, nil)
	get(t, small.URL, "/export/svg?actor=Ukraine", 200, nil)
}

func TestTimeLimit(t *testing.T) {
	ts := talksServer(t, Config{RequestTimeout: time.Nanosecond})
	resp, err := http.Get(ts.URL + "/api/timeline")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503 past the time limit", resp.StatusCode)
	}
}

func TestPage(t *testing.T) {
	ts := talksServer(t, Config{Title: `Talks <"&">`})
	page := string(get(t, ts.URL, "/", 200, nil))
	if !strings.Contains(page, "<title>Talks &lt;&#34;&amp;&#34;&gt;</title>") {
		t.Errorf("title not escaped: %.300s", page)
	}
	for _, outside := range []string{"http://", "https://", "//cdn"} {
		for line := range strings.SplitSeq(page, "\n") {
			if strings.Contains(line, "src=\""+outside) || strings.Contains(line, "href=\""+outside) {
				t.Errorf("the page loads something from outside: %s", line)
			}
		}
	}
	// The graph pans and zooms: a wheel and drag handler on its panel,
	// with buttons, in the page itself (no library from outside).
	for _, want := range []string{`id="graph-view"`, "function panZoom(", `addEventListener("wheel"`,
		`addEventListener("pointerdown"`, `addEventListener("pointermove"`, `addEventListener("dblclick", fit)`,
		`id="zoom-in"`, `id="zoom-out"`, `id="zoom-fit"`, `panZoom($("graph-view"), $("graph-image"))`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %s", want)
		}
	}
	get(t, ts.URL, "/nope", 404, nil)
}

func TestCheckListen(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
		ok     bool
	}{
		{"127.0.0.1:8080", false, true},
		{"localhost:8080", false, true},
		{"[::1]:8080", false, true},
		{"127.0.0.2:0", false, true},
		{"0.0.0.0:8080", false, false},
		{":8080", false, false},
		{"192.168.1.5:8080", false, false},
		{"example.org:80", false, false},
		{"0.0.0.0:8080", true, true},
		{"nonsense", true, false},
	}
	for _, tt := range tests {
		if err := CheckListen(tt.addr, tt.public); (err == nil) != tt.ok {
			t.Errorf("CheckListen(%q, %v) = %v", tt.addr, tt.public, err)
		}
	}
}
