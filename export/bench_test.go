package export

import (
	"io"
	"testing"
)

// Benchmarks on ~2,000 synthetic statements (about 20,000 quads for the
// RDF writers), the size of a few hundred news articles.

func BenchmarkDOT(b *testing.B) {
	tl := syntheticTimeline(2000)
	b.ReportAllocs()
	for b.Loop() {
		if err := DOT(io.Discard, tl, DOTOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONLD(b *testing.B) {
	quads := statementQuads(syntheticTimeline(2000))
	b.ReportMetric(float64(len(quads)), "quads")
	b.ReportAllocs()
	for b.Loop() {
		if err := JSONLD(io.Discard, quads, testContext()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNQuads(b *testing.B) {
	quads := statementQuads(syntheticTimeline(2000))
	b.ReportMetric(float64(len(quads)), "quads")
	b.ReportAllocs()
	for b.Loop() {
		if err := NQuads(io.Discard, quads); err != nil {
			b.Fatal(err)
		}
	}
}
