package serve

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

const gizmo = "/api/v2/query?lang=gizmo"

// TestQueryMemory runs the memory bombs of issue 24 against a small
// budget: each is stopped with 413 long before its time limit, and the
// server answers the next query.
func TestQueryMemory(t *testing.T) {
	ts := talksServer(t, Config{QueryMemory: 32 << 20, RequestTimeout: 20 * time.Second})
	for _, c := range []struct{ name, query string }{
		{"growing array", `var a=[]; var s="x".repeat(1<<20); while(true){ a.push(s + a.length); }`},
		{"doubling string", `var a=[]; var s="x"; while(true){ s = s + s; a.push(s); }`},
		{"emitted forever", `var s="x".repeat(1<<20); while(true){ g.Emit(s) }`},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			code, body := post(t, ts.URL+gizmo, "text/plain", c.query)
			if code != http.StatusRequestEntityTooLarge || !strings.Contains(body, "32 MiB") {
				t.Errorf("%d %s, want 413 naming the budget", code, body)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("stopped after %s", d)
			}
			code, body = post(t, ts.URL+gizmo, "text/plain", `g.V("<urn:annals:actor/turkey>").All()`)
			if code != http.StatusOK || !strings.Contains(body, "turkey") {
				t.Errorf("the next query: %d %s", code, body)
			}
		})
	}
}

// TestQueryMemoryDefault checks the default budget and the bound on
// strings built in one call, which no watchdog can stop halfway: each
// query answers quickly, and the server answers the next.
func TestQueryMemoryDefault(t *testing.T) {
	ts := talksServer(t, Config{RequestTimeout: 20 * time.Second})
	for _, c := range []struct {
		query string
		code  int
		want  string
	}{
		{`var s="x".repeat(1<<20); var a=[]; while(true){ s = s + s; a.push(s); }`, http.StatusRequestEntityTooLarge, "64 MiB"},
		{`var s="x".repeat(1<<30); g.Emit(s.length)`, http.StatusBadRequest, "more than a query may build"},
		{`g.Emit("x".padStart(1<<30).length)`, http.StatusBadRequest, "more than a query may build"},
		{`g.Emit("x".padEnd(1<<30, "y").length)`, http.StatusBadRequest, "more than a query may build"},
		{`g.Emit("ab".repeat(3) + "x".padStart(3, "-") + "y".padEnd(2, "."))`, http.StatusOK, `"ababab--xy."`},
	} {
		start := time.Now()
		code, body := post(t, ts.URL+gizmo, "text/plain", c.query)
		if code != c.code || !strings.Contains(body, c.want) {
			t.Errorf("%s: %d %.200s, want %d with %s", c.query, code, body, c.code, c.want)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: stopped after %s", c.query, d)
		}
		code, body = post(t, ts.URL+gizmo, "text/plain", `g.V("<urn:annals:actor/turkey>").All()`)
		if code != http.StatusOK || !strings.Contains(body, "turkey") {
			t.Errorf("after %s: %d %s", c.query, code, body)
		}
	}
}

// TestQueryResultLimit checks that every way of sending results stops at
// MaxResults, an emitted array counting its items.
func TestQueryResultLimit(t *testing.T) {
	ts := talksServer(t, Config{MaxResults: 3})
	for _, c := range []struct {
		query     string
		items     int
		truncated bool
	}{
		{`g.Emit(g.V().ToArray())`, 3, true},
		{`g.Emit(g.V().ToArray()); g.Emit(1)`, 3, true},
		{`g.Emit(g.V().TagArray())`, 3, true},
		{`g.V().GetLimit(-1)`, 3, true},
		{`g.V().ForEach(function(d){ g.Emit(d) })`, 3, true},
		{`g.V().All()`, 3, true},
		{`g.Emit([1, 2]); g.Emit(3)`, 3, false},
		{`g.V("<urn:annals:actor/turkey>").All()`, 1, false},
	} {
		code, body := post(t, ts.URL+gizmo, "text/plain", c.query)
		var res struct {
			Result    []any
			Truncated bool
		}
		if err := json.Unmarshal([]byte(body), &res); code != 200 || err != nil {
			t.Errorf("%s: %d %v %.200s", c.query, code, err, body)
			continue
		}
		items := 0
		for _, r := range res.Result {
			if arr, ok := r.([]any); ok {
				items += len(arr)
			} else {
				items++
			}
		}
		if items != c.items || res.Truncated != c.truncated {
			t.Errorf("%s: %d items, truncated %v; want %d, %v", c.query, items, res.Truncated, c.items, c.truncated)
		}
	}
}

// TestQueryConcurrency holds MaxQueries endless queries and checks that
// one more is refused with 503 at once, and that the slots come back
// when the clients give up.
func TestQueryConcurrency(t *testing.T) {
	ts := talksServer(t, Config{MaxQueries: 2, RequestTimeout: 20 * time.Second})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Again while a probe below holds the slot it wanted.
			for ctx.Err() == nil {
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, ts.URL+gizmo, strings.NewReader(`while(true){}`))
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusServiceUnavailable {
					return
				}
			}
		}()
	}
	shed := false
	for deadline := time.Now().Add(5 * time.Second); !shed && time.Now().Before(deadline); {
		start := time.Now()
		code, body := post(t, ts.URL+gizmo, "text/plain", `g.V().All()`)
		if code == http.StatusServiceUnavailable {
			shed = true
			if d := time.Since(start); d > time.Second || !strings.Contains(body, "2 queries") {
				t.Errorf("refused after %s: %s", d, body)
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	if !shed {
		t.Fatal("a third query ran beside two endless ones")
	}
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		code, body := post(t, ts.URL+gizmo, "text/plain", `g.V().All()`)
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the slots did not come back: %d %s", code, body)
		}
	}
}
