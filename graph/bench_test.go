package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/actor"
	"github.com/cayleygraph/quad/nquads"
)

// sampleN is sample() as document i: the same statements under a new id.
func sampleN(i int) *annals.Extraction {
	x := sample()
	x.Document.ID = fmt.Sprintf("doc:%d", i)
	for j := range x.Statements {
		x.Statements[j].Doc = x.Document.ID
		x.Statements[j].ID = annals.StatementID(&x.Statements[j])
	}
	return x
}

// BenchmarkWrite measures the Writer on a bolt file: b.N documents, in
// commits of about DefaultBatch quads.
func BenchmarkWrite(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "annals.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := make([]*annals.Extraction, b.N)
	for i := range docs {
		docs[i] = sampleN(i)
	}
	w := s.NewWriter("bench")
	w.JoinActors(actor.NewJoiner(nil))
	b.ResetTimer()
	for _, x := range docs {
		if _, err := w.Write(ctx, x); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(ctx); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(w.Stats().QuadsAdded)/b.Elapsed().Seconds(), "quads/s")
}

// BenchmarkLoad measures the Loader on N-Quads of b.N documents into a
// bolt file.
func BenchmarkLoad(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "annals.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var buf bytes.Buffer
	for i := range b.N {
		if err := WriteNQuads(&buf, Quads(sampleN(i), "", "bench")); err != nil {
			b.Fatal(err)
		}
	}
	l := s.NewLoader(actor.NewJoiner(nil))
	b.ResetTimer()
	if err := l.Load(ctx, nquads.NewReader(&buf, false)); err != nil {
		b.Fatal(err)
	}
	if err := l.Close(ctx); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(l.Stats().Read)/b.Elapsed().Seconds(), "quads/s")
}
