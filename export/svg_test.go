package export

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestSVG renders in-process and checks that the SVG is XML with every
// actor name as text, escaping included; and that Debian's dot, when
// installed, reads the same DOT and shows the same names.
func TestSVG(t *testing.T) {
	tl := smallTimeline()
	var out bytes.Buffer
	if err := SVG(context.Background(), &out, tl, DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(out.Bytes()))
	dec.Strict = true
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
	names := []string{`Rustem "Rusty" Umerov \ UA`, "Ministry <of> {Defence}", "of Ukraine", "Russia",
		`3,000 "bodies" {remains} <b>`, "return · 2025-07-23"}
	texts := svgTexts(t, out.Bytes())
	for _, want := range names {
		if !slices.Contains(texts, want) {
			t.Errorf("in-process SVG has no text %q; texts: %q", want, texts)
		}
	}

	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz `dot` not on PATH (apt-get install graphviz); the DOT was not checked with it")
	}
	var src, svg, stderr bytes.Buffer
	if err := DOT(&src, tl, DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = &src, &svg, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	debian := svgTexts(t, svg.Bytes())
	for _, want := range names {
		if !slices.Contains(debian, want) {
			t.Errorf("Debian's SVG has no text %q", want)
		}
	}
	if !strings.Contains(svg.String(), `id="actor:russia"`) || !strings.Contains(out.String(), `id="actor:russia"`) {
		t.Errorf("element ids are not kept in both SVGs")
	}
}
