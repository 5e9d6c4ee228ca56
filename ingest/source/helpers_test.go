package source

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/annals/annals"
)

// result is one value of the Documents sequence.
type result struct {
	doc annals.Document
	err error
}

// readAll collects everything Documents yields.
func readAll(t testing.TB, paths []string, opts Options) []result {
	t.Helper()
	var results []result
	for doc, err := range Documents(context.Background(), paths, opts) {
		results = append(results, result{doc, err})
	}
	return results
}

// writeFiles writes files (relative path → content) under a new temporary
// folder and returns it.
func writeFiles(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// day is UTC midnight of a date written 2006-01-02.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}
