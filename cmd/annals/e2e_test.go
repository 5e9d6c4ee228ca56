package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals/export"
	"github.com/piprate/json-gold/ld"
)

// runCLI runs the command line in-process and returns its stdout, stderr and
// exit status.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// ingested returns a store holding the bundled article.
func ingested(t *testing.T) string {
	t.Helper()
	return ingestedAt(t, filepath.Join(t.TempDir(), "annals.db"))
}

// ingestedAt is ingested into the store at db.
func ingestedAt(t *testing.T, db string) string {
	t.Helper()
	out, errs, code := runCLI(t, "", "ingest", "--db", db, "../../testdata/istanbul-talks.jsonl")
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "1 documents (1 added") {
		t.Errorf("ingest summary: %q", out)
	}
	return db
}

func TestEndToEnd(t *testing.T) {
	db := ingested(t)

	t.Run("timeline has Russia returning 3,000 bodies, offered", func(t *testing.T) {
		out, errs, code := runCLI(t, "", "timeline", "--db", db, "--json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var sts []export.StatementJSON
		if err := json.Unmarshal([]byte(out), &sts); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range sts {
			if s.Subject.Name == "Russia" && s.Predicate.Lemma == "return" && s.Object != nil &&
				strings.Contains(s.Object.Text, "3,000") && strings.Contains(s.Object.Text, "bodies") {
				found = true
				if s.Modality != "offer" {
					t.Errorf("the return is an offer, got modality %q", s.Modality)
				}
				if s.Time == nil || s.Time.Earliest != "2025-07-23" {
					t.Errorf("dated %+v, want 2025-07-23", s.Time)
				}
			}
		}
		if !found {
			t.Errorf("no statement Russia · return · 3,000 bodies among %d", len(sts))
		}
		// time order, undated last
		var days []string
		for _, s := range sts {
			if s.Time != nil && s.Time.Earliest != "" {
				days = append(days, s.Time.Earliest)
			}
		}
		if !slices.IsSorted(days) {
			t.Errorf("timeline out of order: %v", days)
		}
	})

	t.Run("actors", func(t *testing.T) {
		out, errs, code := runCLI(t, "", "actors", "--db", db, "--json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var actors []actorJSON
		if err := json.Unmarshal([]byte(out), &actors); err != nil {
			t.Fatal(err)
		}
		names := map[string]string{}
		for _, a := range actors {
			names[a.Name] = a.Type
		}
		for name, typ := range map[string]string{"Russia": "COUNTRY", "Ukraine": "COUNTRY"} {
			if names[name] != typ {
				t.Errorf("actor %s: type %q, want %s (actors: %v)", name, names[name], typ, names)
			}
		}
	})

	t.Run("dot is accepted by graphviz", func(t *testing.T) {
		out, errs, code := runCLI(t, "", "export", "--db", db, "--format", "dot")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "digraph") || !strings.Contains(out, "return") {
			t.Fatalf("not a timeline: %.200s", out)
		}
		dot, err := exec.LookPath("dot")
		if err != nil {
			t.Skip("Debian's graphviz is not installed (apt-get install graphviz); the DOT was not rendered")
		}
		cmd := exec.Command(dot, "-Tsvg")
		cmd.Stdin = strings.NewReader(out)
		var svg, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &svg, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
		}
		if !strings.Contains(svg.String(), "<svg") {
			t.Errorf("dot made no SVG")
		}
	})

	t.Run("JSON-LD expands to the store's quads", func(t *testing.T) {
		jsonld, errs, code := runCLI(t, "", "export", "--db", db, "--format", "jsonld")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		nq, errs, code := runCLI(t, "", "export", "--db", db, "--format", "nquads")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		proc := ld.NewJsonLdProcessor()
		var doc any
		if err := json.Unmarshal([]byte(jsonld), &doc); err != nil {
			t.Fatal(err)
		}
		opts := ld.NewJsonLdOptions("")
		opts.Format = "application/n-quads"
		opts.Algorithm = "URDNA2015"
		fromJSONLD, err := proc.Normalize(doc, opts)
		if err != nil {
			t.Fatal(err)
		}
		fromStore, err := proc.Normalize(nq, func() *ld.JsonLdOptions {
			o := ld.NewJsonLdOptions("")
			o.InputFormat = "application/n-quads"
			o.Format = "application/n-quads"
			o.Algorithm = "URDNA2015"
			return o
		}())
		if err != nil {
			t.Fatal(err)
		}
		a, b := fromJSONLD.(string), fromStore.(string)
		if a != b {
			t.Errorf("JSON-LD and N-Quads differ: %d vs %d lines", strings.Count(a, "\n"), strings.Count(b, "\n"))
		}
		if n := strings.Count(b, "\n"); n < 100 {
			t.Errorf("only %d quads", n)
		}
	})

	t.Run("ingesting again adds nothing", func(t *testing.T) {
		before, _, _ := runCLI(t, "", "export", "--db", db, "--format", "nquads")
		out, errs, code := runCLI(t, "", "ingest", "--db", db, "../../testdata/istanbul-talks.jsonl")
		if code != 0 || !strings.Contains(out, "1 unchanged") {
			t.Fatalf("exit %d: %s%s", code, out, errs)
		}
		after, _, _ := runCLI(t, "", "export", "--db", db, "--format", "nquads")
		if before != after {
			t.Errorf("the store changed on re-ingest")
		}
	})

	t.Run("gizmo query", func(t *testing.T) {
		out, errs, code := runCLI(t, "", "query", "--db", db, `g.V("<urn:annals:actor/russia>").Out("<https://schema.org/name>").All()`)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "Russia") {
			t.Errorf("query output: %s", out)
		}
	})
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.jsonl", `{"id":"a","date":"2025-07-23","text":"Russia proposed talks."}`+"\n")
	bad := write("bad.jsonl", `{"id":"b","date":"2025-07-23","text":"Ukraine agreed."}`+"\nnot json\n"+`{"id":"c"}`+"\n")
	binary := write("blob.txt", "abc\x00def")
	tests := []struct {
		name      string
		args      []string
		wantCode  int
		wantErr   []string
		wantDocs  string // in the summary
		wantStore bool
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, 1, []string{"nope.txt"}, "0 documents", true},
		{"bad lines are skipped, good ones kept", []string{good, bad}, 1, []string{"bad.jsonl:2:", "bad.jsonl:3:"}, "2 documents", true},
		{"binary file", []string{binary, good}, 1, []string{"blob.txt"}, "1 documents", true},
		{"strict writes nothing", []string{"--strict", good, bad}, 1, []string{"bad.jsonl:2:", "nothing written"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "annals.db")
			out, errs, code := runCLI(t, "", append([]string{"ingest", "--db", db}, tt.args...)...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.wantCode, out, errs)
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if !strings.Contains(out, tt.wantDocs) {
				t.Errorf("summary %q lacks %q", out, tt.wantDocs)
			}
			if _, err := os.Stat(db); (err == nil) != tt.wantStore {
				t.Errorf("store exists: %v, want %v", err == nil, tt.wantStore)
			}
		})
	}
}

func TestActorsMergeAndRename(t *testing.T) {
	db := ingested(t)
	out, errs, code := runCLI(t, "", "actors", "merge", "--db", db, "Kremlin", "Russia")
	if code != 0 || !strings.Contains(out, "merged Kremlin (kremlin) into Russia (russia)") {
		t.Fatalf("merge: exit %d: %s%s", code, out, errs)
	}
	out, _, _ = runCLI(t, "", "actors", "--db", db, "--json")
	var actors []actorJSON
	if err := json.Unmarshal([]byte(out), &actors); err != nil {
		t.Fatal(err)
	}
	for _, a := range actors {
		if a.ID == "kremlin" {
			t.Errorf("Kremlin still listed after the merge")
		}
		if a.ID == "russia" && !slices.Contains(a.Aliases, "Kremlin") {
			t.Errorf("Russia's aliases lack Kremlin: %v", a.Aliases)
		}
	}
	out, errs, code = runCLI(t, "", "actors", "rename", "--db", db, "russia", "Russian Federation")
	if code != 0 {
		t.Fatalf("rename: exit %d: %s%s", code, out, errs)
	}
	out, _, _ = runCLI(t, "", "timeline", "--db", db, "--actor", "Kremlin")
	if !strings.Contains(out, "Russian Federation") {
		t.Errorf("the timeline of the merged, renamed actor:\n%s", out)
	}
	if _, _, code := runCLI(t, "", "actors", "merge", "--db", db, "nobody", "Russia"); code == 0 {
		t.Error("merging an unknown actor should fail")
	}
}

func TestAliasesFile(t *testing.T) {
	dir := t.TempDir()
	aliases := filepath.Join(dir, "aliases.yaml")
	if err := os.WriteFile(aliases, []byte("merge:\n  Russian government: [Kremlin, Moscow]\nrename:\n  ukraine: Ukraine (country)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "annals.db")
	out, errs, code := runCLI(t, "", "ingest", "--db", db, "--aliases", aliases, "../../testdata/istanbul-talks.jsonl")
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	out, _, _ = runCLI(t, "", "actors", "--db", db, "--json")
	var actors []actorJSON
	if err := json.Unmarshal([]byte(out), &actors); err != nil {
		t.Fatal(err)
	}
	byID := map[string]actorJSON{}
	for _, a := range actors {
		byID[a.ID] = a
	}
	gov, ok := byID["russian-government"]
	if !ok || !slices.Contains(gov.Aliases, "Kremlin") || !slices.Contains(gov.Aliases, "Moscow") {
		t.Errorf("merged actor: %+v", gov)
	}
	if _, ok := byID["kremlin"]; ok {
		t.Error("the Kremlin is still an actor of its own")
	}
	if byID["ukraine"].Name != "Ukraine (country)" {
		t.Errorf("renamed actor: %+v", byID["ukraine"])
	}
	if _, _, code := runCLI(t, "", "ingest", "--db", db, "--aliases", filepath.Join(dir, "none.yaml"), "../../testdata/istanbul-talks.jsonl"); code == 0 {
		t.Error("a missing aliases file should fail")
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("merges: {}\n"), 0o644)
	if _, errs, code := runCLI(t, "", "ingest", "--db", db, "--aliases", bad, "../../testdata/istanbul-talks.jsonl"); code == 0 || !strings.Contains(errs, "merges") {
		t.Errorf("an unknown key should fail naming it: exit %d %s", code, errs)
	}
}
