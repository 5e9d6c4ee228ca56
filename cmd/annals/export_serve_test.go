package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestExportFormats makes every format from the bundled article and checks
// each with a parser: XML for SVG and GraphML, encoding/csv, Debian's
// rapper for N-Quads (when installed).
func TestExportFormats(t *testing.T) {
	db := ingested(t)
	export := func(args ...string) string {
		t.Helper()
		out, errs, code := runCLI(t, "", append([]string{"export", "--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("export %v: exit %d: %s", args, code, errs)
		}
		return out
	}
	for _, format := range []string{"svg", "graphml"} {
		out := export("--format", format)
		if err := xml.NewDecoder(strings.NewReader(out)).Decode(new(struct{})); err != nil {
			t.Errorf("%s is not XML: %v\n%.300s", format, err, out)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(export("--format", "csv"))).ReadAll()
	if err != nil || len(rows) < 2 || rows[0][0] != "id" {
		t.Errorf("csv: %d rows, %v", len(rows), err)
	}
	nq := export("--format", "nquads")
	if !strings.Contains(nq, "<http://www.w3.org/ns/oa#TextQuoteSelector>") || !strings.Contains(nq, "<http://semanticweb.cs.vu.nl/2009/11/sem/hasTime>") {
		t.Errorf("N-Quads without the derived view")
	}
	if plain := export("--format", "nquads", "--store-only"); strings.Contains(plain, "ns/oa#") || len(plain) >= len(nq) {
		t.Errorf("--store-only still has the derived view")
	}
	if rapper, err := exec.LookPath("rapper"); err == nil {
		path := filepath.Join(t.TempDir(), "store.nq")
		if err := os.WriteFile(path, []byte(nq), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(rapper, "-i", "nquads", "-c", path).CombinedOutput()
		if err != nil {
			t.Errorf("rapper: %v\n%s", err, out)
		}
		if want := regexp.MustCompile(`returned (\d+) triples`).FindStringSubmatch(string(out)); want == nil || want[1] != strconv.Itoa(strings.Count(nq, "\n")) {
			t.Errorf("rapper read %v, the export has %d lines", want, strings.Count(nq, "\n"))
		}
	} else {
		t.Log("rapper not on PATH (apt-get install raptor2-utils); N-Quads not checked with it")
	}
	var ld map[string]any
	if err := json.Unmarshal([]byte(export("--format", "jsonld")), &ld); err != nil {
		t.Fatal(err)
	}
	if ctx, _ := ld["@context"].(map[string]any); ctx["time"] != "http://www.w3.org/2006/time#" || ctx["oa"] != "http://www.w3.org/ns/oa#" {
		t.Errorf("@context %v", ld["@context"])
	}
}

func TestExportUsage(t *testing.T) {
	db := ingested(t)
	for _, args := range [][]string{
		{"--format", "png"},
		{"--format", "dot", "--hops", "1"},
		{"--format", "dot", "--actor", "Russia", "--hops", "-1"},
		{"--format", "nquads", "--actor", "Russia"},
		{"--format", "csv", "--from", "July"},
	} {
		if _, errs, code := runCLI(t, "", append([]string{"export", "--db", db}, args...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (usage): %s", args, code, errs)
		}
	}
}

func TestServeCommand(t *testing.T) {
	if _, errs, code := runCLI(t, "", "serve", "--db", "memory", "--listen", "0.0.0.0:0"); code != 2 || !strings.Contains(errs, "--public") {
		t.Errorf("a public address without --public: exit %d: %s", code, errs)
	}
	db := ingested(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--listen", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no start message: %v", err)
	}
	go io.Copy(io.Discard, pr)
	addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(line)
	if addr == "" || !strings.Contains(line, "read-only") {
		t.Fatalf("start message %q", line)
	}
	resp, err := http.Get(addr + "api/actors?limit=1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte(`"items"`)) {
		t.Errorf("GET /api/actors: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve ended with %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop when its context ended")
	}
}
