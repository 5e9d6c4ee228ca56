package export

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	annals "github.com/annals/annals"
	"github.com/emicklei/dot"
)

// DOTOptions tunes [DOT]. The zero value draws every statement with
// automatic columns; fields added later (filters) keep that meaning.
type DOTOptions struct {
	// Title is the caption of the drawing; empty means Timeline.Title.
	Title string
	// Columns is the span of one column: ColumnsAuto (day, or month when
	// the dates span more than MonthlyAfterDays), ColumnsByDay, ColumnsByMonth.
	Columns ColumnUnit
	// MonthlyAfterDays is the span of dates, in days, past which ColumnsAuto
	// switches to one column per month; 0 means 120.
	MonthlyAfterDays int
}

// DOT writes a timeline of statements as a Graphviz digraph for `dot`.
//
// Time runs left to right (rankdir=LR). Each date (or month) is a column:
// a grey date marker and its statements, held in one rank (rank=same); the
// markers are chained in date order by a thin grey axis. Statements with no
// date come last, under "undated".
//
// A statement is a small rounded box labelled "predicate · date" ("return ·
// 2025-07-23", "not show · 2025-07-23", "return (offered) · 2025-07-23"),
// with an edge from its subject and one to its object: "Russia" → [return ·
// 2025-07-23] → "3,000 bodies". Negated statements and statements that had
// not happened (a modality) are dashed and grey, edges included.
//
// Actors are drawn in each column they act in, once per column however
// many of its statements name them, shaped by type (person ellipse,
// organisation box, country hexagon, place octagon) with the type in a
// smaller line under the name. Subjects and objects that are not actors are
// plain text, one per statement, beside it.
//
// DOT node names are n1, n2, ... in a deterministic order; each node also
// carries an id attribute ("statement:<Statement.ID>", "actor:<Actor.ID>@<column>",
// "date:<column>") that SVG output keeps as the element id, stable across
// drawings. The output is byte-identical for the same input, whatever the
// order of Statements.
func DOT(w io.Writer, tl Timeline, opts DOTOptions) error {
	g := timelineGraph(tl, opts)
	var buf bytes.Buffer
	g.Write(&buf) // emicklei/dot does not report write errors; a buffer has none
	_, err := w.Write(withoutBlankLines(buf.Bytes()))
	return err
}

// withoutBlankLines drops the whitespace-only lines and trailing tabs that
// emicklei/dot leaves after empty sections. Line-wise editing is safe: no
// label holds a raw line break (quoted ones are written "\n", HTML ones
// <BR/>).
func withoutBlankLines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for line := range bytes.Lines(src) {
		line = bytes.TrimRight(line, " \t\n")
		if len(line) > 0 {
			out = append(append(out, line...), '\n')
		}
	}
	return out
}

// Colours of statements that did not (yet) happen, and of the date axis.
const (
	notHappenedColour = "#888888"
	// event types colour statements by family: cooperation (PLOVER AGREE to
	// RETREAT) green, conflict (INVESTIGATE to FIGHT) red
	cooperationColour = "#2e7d32"
	conflictColour    = "#c62828"
	axisColour        = "#bbbbbb"
)

// timelineGraph lays the timeline out.
//
// Why statements are nodes and not labelled actor → object edges: only a
// node can be put in a rank, so only a node can stand in its date's
// column; an edge label floats wherever the edge is routed. Nodes also keep
// several statements between the same two actors apart, where labels on
// parallel edges overlap in Debian's dot 2.43.
//
// Why an actor gets a node per column and not one for the whole timeline:
// one node per actor means edges from it to every column it acts in. Those
// edges cross the whole drawing, and dot gives a long edge a virtual node
// in every rank it crosses: 200 statements over 90 days with shared actors
// took Debian's dot more than two minutes and came out a tangle. With a
// node per column every edge spans one rank, each column reads as its own
// "who did what that day", and the same name, shape and colour tie an
// actor's appearances together.
//
// Ranks: each column is three ranks, [subjects | marker and statements |
// objects]. An edge from a subject to its statement puts the subject left
// of the column and an edge to an object puts it right; date markers are
// chained with minlen=3 to leave those two ranks between columns. An actor
// that is both a subject and an object in one column has one node there,
// left of the column; the edge to it as object then does not constrain
// ranks (constraint=false), which could not otherwise be satisfied.
func timelineGraph(tl Timeline, opts DOTOptions) *dot.Graph {
	title := opts.Title
	if title == "" {
		title = tl.Title
	}
	g := dot.NewGraph(dot.Directed)
	g.Attr("rankdir", "LR")
	g.Attr("nodesep", "0.2")
	g.Attr("ranksep", "0.3")
	g.Attr("fontname", "Helvetica")
	if title != "" {
		g.Attr("label", plainText(title))
		g.Attr("labelloc", "t")
		g.Attr("fontsize", "18")
	}

	actors := make(map[string]annals.Actor, len(tl.Actors))
	for _, a := range tl.Actors {
		actors[a.ID] = a
	}
	d := &drawing{g: g, actors: actors, statementIDs: map[string]int{}}

	var prevMarker dot.Node
	for ci, col := range timelineColumns(tl.Statements, opts.Columns, opts.MonthlyAfterDays) {
		// Keys order the output: emicklei/dot writes subgraphs, nodes and
		// edges sorted by key, so keys start with zero-padded positions.
		colKey := fmt.Sprintf("column %06d", ci)
		rank := g.Subgraph(colKey)
		rank.Delete("label") // Subgraph sets it to the key; a rank needs none
		rank.Attr("rank", "same")

		marker := rank.Node(colKey)
		marker.Attrs("label", col.label, "id", "date:"+col.label, "shape", "box",
			"style", "filled", "fillcolor", "#eeeeee", "color", axisColour,
			"fontname", "Helvetica-Bold", "fontsize", "12")
		if ci > 0 {
			g.Edge(prevMarker, marker).Attrs("color", axisColour, "arrowsize", "0.5",
				"minlen", "3", "weight", "100")
		}
		prevMarker = marker

		d.startColumn(colKey, col)
		for si, s := range col.statements {
			stmt := d.statement(rank, fmt.Sprintf("%s statement %06d", colKey, si), s)
			// An edge within a rank orders its ends: with rankdir=LR this
			// keeps the date marker at the top of its column.
			g.Edge(marker, stmt).Attr("style", "invis")
		}
	}
	return g
}

// drawing holds the state of a timeline being drawn.
type drawing struct {
	g            *dot.Graph
	actors       map[string]annals.Actor
	statementIDs map[string]int // ids drawn so far, to keep id attributes unique

	// The column being drawn.
	colKey, colLabel string
	colActors        map[string]dot.Node // by Actor.ID
	colSubjects      map[string]bool     // actors that are a subject in the column
}

func (d *drawing) startColumn(key string, col column) {
	d.colKey, d.colLabel = key, col.label
	d.colActors = map[string]dot.Node{}
	d.colSubjects = map[string]bool{}
	for _, s := range col.statements {
		if s.Subject.Actor != "" {
			d.colSubjects[s.Subject.Actor] = true
		}
	}
}

// statement draws s in its column rank, with its subject and object.
func (d *drawing) statement(rank *dot.Graph, key string, s *annals.Statement) dot.Node {
	id := s.ID
	if id == "" {
		id = annals.StatementID(s)
	}
	d.statementIDs[id]++
	if n := d.statementIDs[id]; n > 1 {
		id += "#" + strconv.Itoa(n) // the same statement given twice
	}

	happened := !s.Negated && s.Modality == ""
	node := rank.Node(key)
	node.Attrs("label", statementLabel(s), "id", "statement:"+id, "tooltip", statementTooltip(s),
		"shape", "box", "style", "rounded", "fontname", "Helvetica", "fontsize", "10",
		"height", "0.3", "margin", "0.08,0.03")
	family := ""
	switch {
	case !happened:
		node.Attrs("style", "rounded,dashed", "color", notHappenedColour, "fontcolor", notHappenedColour)
	case s.Event != nil && s.Event.PLOVER != "":
		family = conflictColour
		if annals.Cooperative(s.Event.PLOVER) {
			family = cooperationColour
		}
		node.Attrs("color", family, "penwidth", "1.5")
	}

	edges := []dot.Edge{d.g.Edge(d.argument(key+" subject", s.Subject), node)}
	if s.Object != nil {
		out := d.g.Edge(node, d.argument(key+" object", *s.Object))
		if d.colSubjects[s.Object.Actor] {
			out.Attr("constraint", "false")
		}
		edges = append(edges, out)
	}
	for _, e := range edges {
		e.Attr("arrowsize", "0.6")
		if !happened {
			e.Attrs("style", "dashed", "color", notHappenedColour)
		} else if family != "" {
			e.Attr("color", family)
		}
	}
	return node
}

// argument returns the node of a subject or object: the actor's node in
// this column, or else a text node of its own (key).
func (d *drawing) argument(key string, arg annals.Argument) dot.Node {
	if arg.Actor == "" {
		n := d.g.Node(key)
		n.Attrs("label", plainText(arg.Label()), "shape", "plaintext",
			"fontname", "Helvetica", "fontsize", "10")
		return n
	}
	if n, ok := d.colActors[arg.Actor]; ok {
		return n
	}
	a, ok := d.actors[arg.Actor]
	if !ok {
		a = annals.Actor{ID: arg.Actor, Name: arg.Label(), Type: annals.ActorUnknown}
	}
	st := styleOf(a.Type)
	n := d.g.Node(d.colKey + " actor " + a.ID)
	d.colActors[a.ID] = n
	n.Attrs("label", actorLabel(a.Name, st), "id", "actor:"+a.ID+"@"+d.colLabel,
		"shape", st.shape, "style", "filled", "fillcolor", st.fill,
		"fontname", "Helvetica", "fontsize", "12")
	return n
}

// statementTooltip is shown on hover in SVG: the statement as a sentence
// with its source, confidence and attribution.
func statementTooltip(s *annals.Statement) string {
	text := s.Subject.Label() + " " + statementLabel(s)
	if s.Object != nil {
		text = s.Subject.Label() + " · " + statementLabel(s) + " · " + s.Object.Label()
	}
	text += fmt.Sprintf("\n%s, sentence %d, confidence %.2f", s.Doc, s.Sentence, s.Confidence)
	if s.Attribution != nil {
		text += "\naccording to " + s.Attribution.Label()
	}
	return plainText(text)
}
