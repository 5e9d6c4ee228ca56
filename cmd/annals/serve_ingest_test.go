package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// startServe runs `annals serve` on db in this process and returns its
// address; the server stops at the end of the test.
func startServe(t *testing.T, db string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--listen", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	})
	// A note that the store is busy may come before the start message.
	lines := bufio.NewReader(pr)
	for {
		line, err := lines.ReadString('\n')
		if err != nil {
			t.Fatalf("no start message: %v", err)
		}
		if addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(line); addr != "" {
			go io.Copy(io.Discard, lines)
			return addr
		}
	}
}

// fetch gets a URL and returns its status and body.
func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestServeLetsIngestIn checks that news can arrive while the page is
// open: `annals ingest` in another process adds a document to the bolt
// file `annals serve` serves, and the server's next answers show it.
func TestServeLetsIngestIn(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process (skipped with -short)")
	}
	db := ingested(t)
	addr := startServe(t, db)
	if code, body := fetch(t, addr+"api/actors?limit=1"); code != 200 {
		t.Fatalf("GET /api/actors: %d %s", code, body)
	}
	if code, _ := fetch(t, addr+"api/documents/harbour-deal"); code != 404 {
		t.Fatalf("the new document is there before its ingest: %d", code)
	}

	news := filepath.Join(t.TempDir(), "news.jsonl")
	rec := `{"id": "harbour-deal", "date": "2025-08-02", "text": "Greece and Turkey signed a harbour agreement in Athens on Friday. ` +
		`Prime Minister Kyriakos Mitsotakis said the deal would open new ferry routes next month."}` + "\n"
	if err := os.WriteFile(news, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := child(t, envChildArgs, "ingest", "--quiet", "--db", db, news)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("ingest while serve runs: %v after %v: %s", err, time.Since(start).Round(time.Millisecond), strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("ingest while serve runs: %v: %s", err, out)
	}

	if code, body := fetch(t, addr+"api/documents/harbour-deal"); code != 200 || !strings.Contains(body, "harbour agreement") {
		t.Errorf("GET /api/documents/harbour-deal after the ingest: %d %s", code, body)
	}
	if code, body := fetch(t, addr+"api/timeline?doc=harbour-deal"); code != 200 || !strings.Contains(body, `"doc":"harbour-deal"`) {
		t.Errorf("GET /api/timeline?doc=harbour-deal after the ingest: %d %s", code, body)
	}
}
