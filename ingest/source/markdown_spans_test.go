package source_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/source"
)

// TestMarkdownStatementSpans runs the whole pipeline over small Markdown
// files: the statements must name words, not markup, and every span must
// point at those words in the text the store keeps.
func TestMarkdownStatementSpans(t *testing.T) {
	tests := []struct {
		name     string
		markdown string
		want     []string // subject · object of statements that must be there
		notActor string   // a heading that must not become an actor
	}{
		{
			name:     "emphasis and a link",
			markdown: "Russia agreed to exchange prisoners *by the end of the month*, the [Kremlin](https://kremlin.ru) said.\n",
			want:     []string{"Kremlin · Russia agreed to exchange prisoners by the end of the month"},
		},
		{
			name:     "heading before a sentence",
			markdown: "## Ceasefire\nRussia and Ukraine agreed to a ceasefire.\n",
			want:     []string{"Russia · a ceasefire"},
			notActor: "Ceasefire",
		},
		{
			name:     "list item with strong emphasis",
			markdown: "Talks:\n\n- Zelensky proposed a **new round** of talks.\n",
			want:     []string{"Zelensky · a new round of talks"},
		},
		{
			name:     "code span",
			markdown: "The ministry released `Decree 12` on Monday.\n",
			want:     []string{"ministry · Decree 12"},
		},
	}
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(test.name, " ", "-")+".md")
			if err := os.WriteFile(path, []byte("---\ndate: 2025-07-23\n---\n"+test.markdown), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			var got []string
			for a, err := range pipe.Analyse(ctx, source.Documents(ctx, []string{path}, source.Options{}), 1) {
				if err != nil {
					t.Fatal(err)
				}
				x := a.Extraction()
				text := x.Document.Text
				for _, s := range x.Statements {
					spans := []annals.Span{s.Subject.Span, s.Predicate.Span}
					if s.Object != nil {
						spans = append(spans, s.Object.Span)
						got = append(got, norm(s.Subject)+" · "+s.Object.Text)
					}
					for _, span := range spans {
						if !span.Valid(text) {
							t.Errorf("span %+v is not text[%d:%d] of %q", span, span.Start, span.End, text)
						}
						if strings.ContainsAny(span.Text, "*_`[]()#") {
							t.Errorf("span %q holds Markdown", span.Text)
						}
					}
				}
				for _, actor := range x.Actors {
					if test.notActor != "" && actor.Name == test.notActor {
						t.Errorf("heading %q became an actor", actor.Name)
					}
				}
			}
			for _, want := range test.want {
				// the object may go on ("Decree 12 on Monday": where the
				// parser hangs a time is not this test's matter)
				if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, want) }) {
					t.Errorf("no statement %q in %q", want, got)
				}
			}
		})
	}
}

// norm is how an argument is named in the tests: its head phrase.
func norm(a annals.Argument) string {
	if a.Norm != "" {
		return a.Norm
	}
	return a.Text
}
