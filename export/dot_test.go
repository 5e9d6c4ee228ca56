package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	annals "github.com/annals/annals"
)

func drawDOT(t testing.TB, tl Timeline, opts DOTOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := DOT(&buf, tl, opts); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// nodeLine returns the line declaring the node whose id attribute is id.
func nodeLine(t *testing.T, out, id string) string {
	t.Helper()
	for line := range strings.SplitSeq(out, "\n") {
		if strings.Contains(line, `id="`+id+`"`) {
			return line
		}
	}
	t.Fatalf("no node with id %q in\n%s", id, out)
	return ""
}

func TestDOTStructure(t *testing.T) {
	out := drawDOT(t, smallTimeline(), DOTOptions{})

	if !strings.HasPrefix(out, "digraph ") || !strings.Contains(out, `rankdir="LR"`) {
		t.Errorf("not a left-to-right digraph:\n%s", out)
	}
	if n := strings.Count(out, `rank="same"`); n != 3 {
		t.Errorf("%d rank=same columns, want 3 (two days and undated)", n)
	}
	// Columns in date order, undated last.
	markers := regexp.MustCompile(`id="date:([^"]*)"`).FindAllStringSubmatch(out, -1)
	var dates []string
	for _, m := range markers {
		dates = append(dates, m[1])
	}
	if want := []string{"2025-07-23", "2025-07-24", "undated"}; !slices.Equal(dates, want) {
		t.Errorf("columns %v, want %v", dates, want)
	}

	tests := []struct {
		id, label string
		dashed    bool
	}{
		{"statement:s-return", `label="return · 2025-07-23"`, false},
		{"statement:s-meet", `label="meet (offered) · 2025-07-23"`, true},
		{"statement:s-show", `label="not show · 2025-07-24"`, true},
		{"statement:s-report", `label="report"`, false},
	}
	for _, tt := range tests {
		line := nodeLine(t, out, tt.id)
		if !strings.Contains(line, tt.label) {
			t.Errorf("%s: want %s in\n%s", tt.id, tt.label, line)
		}
		if dashed := strings.Contains(line, `style="rounded,dashed"`) && strings.Contains(line, `color="#888888"`); dashed != tt.dashed {
			t.Errorf("%s: dashed grey = %v, want %v:\n%s", tt.id, dashed, tt.dashed, line)
		}
	}
	// Two statements not happened: their edges are dashed too (meet has
	// two, show has two).
	if n := strings.Count(out, `color="#888888",style="dashed"`) + strings.Count(out, `color="#888888",constraint="false",style="dashed"`); n != 4 {
		t.Errorf("%d dashed grey edges, want 4:\n%s", n, out)
	}

	// Actors: shape by type and the type in a smaller line; escaping.
	for _, want := range []string{
		`id="actor:russia",label=<Russia<BR/><FONT POINT-SIZE="9" COLOR="#555555">country</FONT>>,shape="hexagon"`,
		`label=<Rustem &#34;Rusty&#34; Umerov \ UA<BR/><FONT POINT-SIZE="9" COLOR="#555555">person</FONT>>,shape="ellipse"`,
		`label=<Ministry &lt;of&gt; {Defence}<BR/>of Ukraine<BR/><FONT POINT-SIZE="9" COLOR="#555555">organisation</FONT>>,shape="box"`,
		// Plain text objects, quoted by emicklei/dot.
		`label="3,000 \"bodies\" {remains} <b>",shape="plaintext"`,
		`label="C:\\new\\path",shape="plaintext"`,
		// The title, in the heading's HTML label.
		`<FONT POINT-SIZE="18">Istanbul talks — &#34;prisoner exchange&#34; \ July</FONT>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	// An actor is one node, however many statements and days name it
	// (Russia returns and is met on the 23rd, and acts on the 24th).
	if n := strings.Count(out, `id="actor:russia"`); n != 1 {
		t.Errorf("russia drawn %d times, want once", n)
	}
}

func TestDOTDeterministic(t *testing.T) {
	tl := smallTimeline()
	first := drawDOT(t, tl, DOTOptions{})
	if again := drawDOT(t, tl, DOTOptions{}); again != first {
		t.Errorf("second call differs:\n%s\nvs\n%s", again, first)
	}
	slices.Reverse(tl.Statements)
	slices.Reverse(tl.Actors)
	if reversed := drawDOT(t, tl, DOTOptions{}); reversed != first {
		t.Errorf("reversed input differs:\n%s\nvs\n%s", reversed, first)
	}
}

func TestDOTColumns(t *testing.T) {
	at := func(id, day string) annals.Statement {
		return annals.Statement{ID: id, Subject: arg("A", ""), Predicate: pred("say", 0), Time: dayTime(day)}
	}
	deadline := at("deadline", "2025-08-31")
	deadline.Time.Earliest = time.Time{} // "by the end of August": only Latest
	deadline.Time.Value, deadline.Time.Kind = "2025-08", annals.KindDeadline
	duration := at("duration", "2025-01-01")
	duration.Time = &annals.Time{Value: "P2D", Type: annals.TimexDuration} // no calendar bound

	tests := []struct {
		name  string
		stmts []annals.Statement
		opts  DOTOptions
		want  []string
	}{
		{"days", []annals.Statement{at("b", "2025-07-24"), at("a", "2025-07-23"), at("c", "2025-07-23")},
			DOTOptions{}, []string{"2025-07-23", "2025-07-24"}},
		{"long span gives months", []annals.Statement{at("a", "2025-01-10"), at("b", "2025-01-20"), at("c", "2025-07-23")},
			DOTOptions{}, []string{"2025-01", "2025-07"}},
		{"months forced", []annals.Statement{at("a", "2025-07-01"), at("b", "2025-07-23")},
			DOTOptions{Columns: ColumnsByMonth}, []string{"2025-07"}},
		{"days forced", []annals.Statement{at("a", "2025-01-10"), at("c", "2025-07-23")},
			DOTOptions{Columns: ColumnsByDay}, []string{"2025-01-10", "2025-07-23"}},
		{"threshold", []annals.Statement{at("a", "2025-07-01"), at("b", "2025-07-23")},
			DOTOptions{MonthlyAfterDays: 10}, []string{"2025-07"}},
		{"more than a dozen days gives months", daysFrom("2025-07-01", 13, 1),
			DOTOptions{}, []string{"2025-07"}},
		{"a dozen days stay days", daysFrom("2025-07-01", 12, 1),
			DOTOptions{}, []string{"2025-07-01", "2025-07-02", "2025-07-03", "2025-07-04", "2025-07-05", "2025-07-06",
				"2025-07-07", "2025-07-08", "2025-07-09", "2025-07-10", "2025-07-11", "2025-07-12"}},
		{"more than a dozen months gives years", daysFrom("2024-01-15", 13, 31),
			DOTOptions{}, []string{"2024", "2025"}},
		{"deadline on its latest day, duration undated", []annals.Statement{duration, deadline, at("a", "2025-08-01")},
			DOTOptions{}, []string{"2025-08-01", "2025-08-31", "undated"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := drawDOT(t, Timeline{Statements: tt.stmts}, tt.opts)
			var got []string
			for _, m := range regexp.MustCompile(`id="date:([^"]*)"`).FindAllStringSubmatch(out, -1) {
				got = append(got, m[1])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("columns %v, want %v", got, tt.want)
			}
		})
	}
	out := drawDOT(t, Timeline{Statements: []annals.Statement{deadline}}, DOTOptions{})
	if !strings.Contains(out, `label="say · `+When(deadline.Time)+`"`) {
		t.Errorf("deadline label missing:\n%s", out)
	}
}

// daysFrom is n statements, one every step days from the day first.
func daysFrom(first string, n, step int) []annals.Statement {
	d, _ := time.Parse(time.DateOnly, first)
	var out []annals.Statement
	for i := range n {
		out = append(out, annals.Statement{ID: fmt.Sprint(i), Subject: arg("A", ""), Predicate: pred("say", 0),
			Time: dayTime(d.AddDate(0, 0, i*step).Format(time.DateOnly))})
	}
	return out
}

func TestDOTArguments(t *testing.T) {
	s := annals.Statement{ID: "s", Subject: arg("the talks", ""), Predicate: pred("involve", 0),
		Object: argp("Mr Ghost", "ghost"), Time: dayTime("2025-07-23")}
	out := drawDOT(t, Timeline{Statements: []annals.Statement{s}}, DOTOptions{})
	for _, want := range []string{
		`label="the talks",shape="plaintext"`, // a subject that is not an actor
		// An actor missing from Timeline.Actors: its text, type unknown.
		`id="actor:ghost",label=<Mr Ghost<BR/><FONT POINT-SIZE="9" COLOR="#555555">actor</FONT>>,shape="ellipse"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
}

func TestStatementLabel(t *testing.T) {
	tests := []struct {
		negated  bool
		modality string
		want     string
	}{
		{false, "", "return · 2025-07-23"},
		{true, "", "not return · 2025-07-23"},
		{false, "offer", "return (offered) · 2025-07-23"},
		{false, "propose", "return (proposed) · 2025-07-23"},
		{false, "will", "return (will) · 2025-07-23"},
		{false, "try", "return (tried) · 2025-07-23"},
		{false, "plan", "return (planned) · 2025-07-23"},
		{false, "agree", "return (agreed) · 2025-07-23"},
		{true, "threaten", "not return (threatened) · 2025-07-23"},
	}
	for _, tt := range tests {
		s := annals.Statement{Predicate: pred("return", 0), Negated: tt.negated, Modality: tt.modality, Time: dayTime("2025-07-23")}
		if got := statementLabel(&s); got != tt.want {
			t.Errorf("negated=%v modality=%q: %q, want %q", tt.negated, tt.modality, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\tb", "a b"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"zero\u200bwidth", "zero width"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{`quote " and \ stay`, `quote " and \ stay`},
	}
	for _, tt := range tests {
		if got := plainText(tt.in); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDOTRendersWithGraphviz runs Debian's dot on the output: hostile
// names must still give valid DOT, and the SVG must show them as written.
func TestDOTRendersWithGraphviz(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz `dot` not on PATH (apt-get install graphviz); not checking that the DOT renders")
	}
	tl := smallTimeline()
	// Every character that has a meaning somewhere in DOT, in every place a
	// name can land: actor (HTML label), text node and title (quoted).
	hostile := "x \"q\" \\ <a> {b} | [c] ; -> & \\n \\l \n\tend"
	tl.Actors = append(tl.Actors, annals.Actor{ID: `weird "id" \ <x>`, Name: hostile, Type: annals.ActorPlace})
	tl.Statements = append(tl.Statements, annals.Statement{ID: `id "with" \ quotes`,
		Subject: arg("w", `weird "id" \ <x>`), Predicate: pred(`say "it"`, 0),
		Object: argp(hostile, ""), Attribution: argp(hostile, ""), Time: dayTime("2025-07-24")})
	tl.Title = hostile
	src := drawDOT(t, tl, DOTOptions{})

	cmd := exec.Command("dot", "-Tsvg")
	cmd.Stdin = strings.NewReader(src)
	var svg, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &svg, &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v\n%s\nsource:\n%s", err, stderr.String(), src)
	}

	texts := svgTexts(t, svg.Bytes())
	for _, want := range []string{
		`Rustem "Rusty" Umerov \ UA`, "Ministry <of> {Defence}", "of Ukraine", "person",
		`3,000 "bodies" {remains} <b>`, `C:\new\path`, "not show · 2025-07-24",
		`x "q" \ <a> {b} | [c] ; -> & \n \l `, // the hostile name's first line, \n and \l literal
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("SVG has no text %q; texts: %q", want, texts)
		}
	}
}

// svgTexts returns the character data of every <text> element.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false // Graphviz's DOCTYPE names an external DTD
	var texts []string
	inText := false
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				inText = true
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				inText = false
				texts = append(texts, cur.String())
			}
		}
	}
	return texts
}

func TestDOTColoursEventFamilies(t *testing.T) {
	st := func(id, lemma, plover string) annals.Statement {
		s := annals.Statement{ID: id, Subject: annals.Argument{Span: annals.Span{Text: "Russia"}, Actor: "russia"},
			Predicate: annals.Predicate{Lemma: lemma}}
		if plover != "" {
			s.Event = &annals.Event{PLOVER: plover}
		}
		return s
	}
	var buf bytes.Buffer
	err := DOT(&buf, Timeline{Statements: []annals.Statement{st("a", "shell", "FIGHT"), st("b", "meet", "CONSULT"), st("c", "say", "")},
		Actors: []annals.Actor{{ID: "russia", Name: "Russia", Type: annals.ActorCountry}}}, DOTOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{conflictColour, cooperationColour} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in the drawing", want)
		}
	}
}
