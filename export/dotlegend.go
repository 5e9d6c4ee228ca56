package export

import (
	"html"
	"strings"

	annals "github.com/annals/annals"
	"github.com/emicklei/dot"
)

// This file makes the heading of a drawing: its title, the note of what
// was left out, and the legend. They are one HTML-like graph label rather
// than nodes, so that they sit above the drawing without taking part in
// its layout.

// legendEdges are the kinds of statement edge, in the legend's order: the
// colour, whether dashed, and what it means.
var legendEdges = []struct {
	colour string
	dashed bool
	means  string
}{
	{"#000000", false, "happened"},
	{cooperationColour, false, "cooperation"},
	{conflictColour, false, "conflict"},
	{notHappenedColour, true, "did not happen: negated, or only planned, offered, threatened"},
}

// headingLabel is the graph's label: the title in large type, the note of
// trimmed when set, and, when there is something drawn, the legend.
func headingLabel(title string, trimmed *Trimmed, legend bool) dot.HTML {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="2">`)
	if title != "" {
		b.WriteString(`<TR><TD><FONT POINT-SIZE="18">` + htmlText(title) + `</FONT></TD></TR>`)
	}
	if trimmed != nil {
		b.WriteString(`<TR><TD><FONT POINT-SIZE="11" COLOR="#a12020">` + htmlText(trimmed.Note()) + `</FONT></TD></TR>`)
	}
	if legend {
		b.WriteString(`<TR><TD>` + legendTable() + `</TD></TR>`)
	}
	b.WriteString(`</TABLE>`)
	return dot.HTML(b.String())
}

// legendTable is two rows: the actor types in their fill colours (an HTML
// label cannot draw the shapes, so their names are written) and the date
// marker; then the statement edges as arrows in their colour, "╌╌▶" for
// dashed.
func legendTable() string {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="3" COLOR="#bbbbbb"><TR>`)
	for _, t := range []annals.ActorType{annals.ActorPerson, annals.ActorOrganization, annals.ActorCountry, annals.ActorPlace} {
		st := styleOf(t)
		b.WriteString(`<TD BGCOLOR="` + st.fill + `"><FONT POINT-SIZE="10">` +
			html.EscapeString(st.word+" ("+shapeWord(st.shape)+")") + `</FONT></TD>`)
	}
	b.WriteString(`<TD BGCOLOR="#eeeeee"><FONT POINT-SIZE="10">date (a column)</FONT></TD></TR><TR>`)
	for i, e := range legendEdges {
		arrow := "━━▶ "
		if e.dashed {
			arrow = "╌╌▶ "
		}
		span := ""
		if i == len(legendEdges)-1 {
			span = ` COLSPAN="2"` // the longest text under the fifth cell too
		}
		b.WriteString(`<TD BORDER="0"` + span + `><FONT POINT-SIZE="10" COLOR="` + e.colour + `">` +
			html.EscapeString(arrow+e.means) + `</FONT></TD>`)
	}
	b.WriteString(`</TR></TABLE>`)
	return b.String()
}

// shapeWord names a Graphviz shape for people: "box" is drawn square.
func shapeWord(shape string) string {
	if shape == "box" {
		return "rectangle"
	}
	return shape
}
