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
	// Columns is the span of one column: ColumnsAuto (day; month when the
	// dates span more than MonthlyAfterDays or a dozen days; year past a
	// dozen months), ColumnsByDay, ColumnsByMonth, ColumnsByYear.
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
// An actor is one node, however many statements and columns name it,
// shaped by type (person ellipse, organisation box, country hexagon, place
// octagon) with the type in a smaller line under the name. Subjects and
// objects that are not actors are plain text, one per statement, beside it.
//
// Above the drawing a legend says what shapes, colours and dashes mean,
// under the title and, when the timeline was trimmed ([MostConnected]), a
// note of what was left out.
//
// DOT node names are n1, n2, ... in a deterministic order; each node also
// carries an id attribute ("statement:<Statement.ID>", "actor:<Actor.ID>",
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
// Why one node per actor: readers took an actor drawn once per column
// for several actors of the same name. Its cost is edges from an actor to
// every column it acts in, which cross the drawing; dot gives such an edge
// a virtual node in every rank it crosses, and 200 statements over 90 days
// took Debian's dot minutes. So a drawing of everything is first cut down
// to the most connected actors ([MostConnected]), and the server caps what
// it draws.
//
// Ranks: each column is three ranks, [subjects | marker and statements |
// objects]. An edge from a subject to its statement puts the subject left
// of the column and an edge to an object puts it right; date markers are
// chained with minlen=3 to leave those two ranks between columns. Only an
// actor's first edge places it (left of the first column it is a subject
// in, or right of the first it is an object in, whichever comes first);
// its other edges do not constrain ranks (constraint=false), since an
// actor cannot be beside every column at once.
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
	if len(tl.Statements) > 0 || title != "" {
		g.Attr("label", headingLabel(title, tl.Trimmed, len(tl.Statements) > 0))
		g.Attr("labelloc", "t")
	}

	actors := make(map[string]annals.Actor, len(tl.Actors))
	names := make(map[string]string, len(tl.Actors))
	for _, a := range tl.Actors {
		actors[a.ID] = a
		names[a.ID] = a.Name
	}
	d := &drawing{g: g, actors: actors, names: names, statementIDs: map[string]int{},
		actorNodes: map[string]dot.Node{}, placed: map[string]bool{}}

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

		d.startColumn(col)
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
	names        map[string]string   // actor ids to names, for the references of text labels
	statementIDs map[string]int      // ids drawn so far, to keep id attributes unique
	actorNodes   map[string]dot.Node // by Actor.ID
	placed       map[string]bool     // actors whose rank an edge already sets

	// The column being drawn.
	colSubjects map[string]bool // actors that are a subject in the column
}

func (d *drawing) startColumn(col column) {
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
	node.Attrs("label", statementLabel(s), "id", "statement:"+id, "tooltip", statementTooltip(s, d.names),
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

	in := d.g.Edge(d.argument(key+" subject", s.Subject), node)
	if !d.places(s.Subject.Actor, true) {
		in.Attr("constraint", "false")
	}
	edges := []dot.Edge{in}
	if s.Object != nil {
		out := d.g.Edge(node, d.argument(key+" object", *s.Object))
		if !d.places(s.Object.Actor, false) {
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

// places reports whether the edge about to be drawn to or from actor
// should set its rank: an actor's first edge does (a text argument's only
// edge always does), except an edge to it as an object in a column where
// it is also a subject, which would put it right of the column that its
// subject edge puts it left of.
func (d *drawing) places(actor string, subject bool) bool {
	if actor == "" {
		return true
	}
	if d.placed[actor] || (!subject && d.colSubjects[actor]) {
		return false
	}
	d.placed[actor] = true
	return true
}

// argument returns the node of a subject or object: the actor's one node,
// or else a text node of its own (key).
func (d *drawing) argument(key string, arg annals.Argument) dot.Node {
	if arg.Actor == "" {
		n := d.g.Node(key)
		n.Attrs("label", plainText(CompactLabel(&arg, d.names)), "shape", "plaintext",
			"fontname", "Helvetica", "fontsize", "10")
		return n
	}
	if n, ok := d.actorNodes[arg.Actor]; ok {
		return n
	}
	a, ok := d.actors[arg.Actor]
	if !ok {
		a = annals.Actor{ID: arg.Actor, Name: arg.Label(), Type: annals.ActorUnknown}
	}
	st := styleOf(a.Type)
	// Keyed by first appearance: emicklei/dot writes nodes sorted by key.
	n := d.g.Node(fmt.Sprintf("%s actor %06d", key, len(d.actorNodes)))
	d.actorNodes[a.ID] = n
	n.Attrs("label", actorLabel(a.Name, st), "id", "actor:"+a.ID,
		"shape", st.shape, "style", "filled", "fillcolor", st.fill,
		"fontname", "Helvetica", "fontsize", "12")
	return n
}

// statementTooltip is shown on hover in SVG: the statement as a sentence
// with its source, confidence and attribution.
func statementTooltip(s *annals.Statement, names map[string]string) string {
	subject := CompactLabel(&s.Subject, names)
	text := subject + " " + statementLabel(s)
	if s.Object != nil {
		text = subject + " · " + statementLabel(s) + " · " + CompactLabel(s.Object, names)
	}
	text += fmt.Sprintf("\n%s, sentence %d, confidence %.2f", s.Doc, s.Sentence, s.Confidence)
	if s.Attribution != nil {
		text += "\naccording to " + CompactLabel(s.Attribution, names)
	}
	return plainText(text)
}
