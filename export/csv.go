package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"

	annals "github.com/annals/annals"
)

// CSVHeader names the columns of [CSV], in order.
var CSVHeader = []string{
	"id", "doc", "sentence", "date",
	"subject_text", "subject_start", "subject_end", "subject_norm", "subject_actor", "subject_name",
	"predicate_text", "predicate_start", "predicate_end", "lemma",
	"object_text", "object_start", "object_end", "object_norm", "object_actor", "object_name",
	"time_value", "time_type", "time_text", "time_start", "time_end", "time_earliest", "time_latest",
	"time_precision", "time_kind", "time_from_document",
	"confidence", "negated", "modality",
	"attribution_text", "attribution_start", "attribution_end", "attribution_norm", "attribution_actor", "attribution_name",
	"qualifiers", "plover", "cameo", "passive",
	// added after the columns above, so that tools reading by position go on working
	"time_source", "time_from_sentence",
	"reading", "references",
	"fact", "sources",
	"event_confidence",
}

// CSV writes the timeline's statements as CSV (RFC 4180, with a header
// row, CRLF line ends): one row per statement in timeline order, every
// field of it in a column of its own (see CSVHeader). "date" is the day the
// timeline places it at; offsets are UTF-8 byte offsets into the document
// text; *_name is the actor's canonical name; qualifiers are a JSON array
// of {"text", "start", "end", "preposition"}; time_source is "explicit",
// "inherited" or "document" (empty for a generic statement, whose
// time_kind is "generic"), and time_from_sentence is the sentence an
// inherited time's expression is in; reading is the statement in one
// line as the views show it (Reading), references the pronouns inside
// its phrases with the actors they stand for (see csvReferences); fact is
// its fact id (annals.Statement.Fact), sources how many documents state
// the fact (Timeline.Support; empty when it was not read), and
// event_confidence how sure plover and cameo are
// (annals.Statement.EventConfidence). Empty cells are absent values: no
// object, no time, no attribution, no reference.
func CSV(w io.Writer, tl Timeline) error {
	names := map[string]string{}
	for _, a := range tl.Actors {
		names[a.ID] = a.Name
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, col := range timelineColumns(tl.Statements, ColumnsByDay, 0) {
		for _, s := range col.statements {
			if err := cw.Write(csvRow(s, names, tl.Support)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvBatch is how many statements WriteCSV writes at a time, reading the
// support of their facts at once.
const csvBatch = 512

// WriteCSV writes the statements of src as [CSV] writes a timeline of them
// whose Actors are those actor finds and whose Support is what support
// finds (nil: not read), the same bytes, in bounded memory whatever their
// number: it sorts the statements in runs kept in temporary files (see
// [os.TempDir]) and merges them.
func WriteCSV(ctx context.Context, w io.Writer, src StatementSource, actor ActorLookup, support SupportLookup) error {
	s, err := sortStatements(ctx, src, statementRunBytes)
	if err != nil {
		return err
	}
	defer s.close()
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	names := map[string]string{}
	var batch []annals.Statement
	flush := func() error { // a batch at a time: support is read for many facts at once
		var sup map[string]*Support
		if support != nil && len(batch) > 0 {
			var err error
			if sup, err = support(batch); err != nil {
				return err
			}
			if sup == nil {
				sup = map[string]*Support{}
			}
		}
		for i := range batch {
			st := &batch[i]
			clear(names) // the names of this statement's actors only
			for _, id := range st.ActorIDs() {
				a, ok, err := actor(id)
				if err != nil {
					return err
				}
				if ok {
					names[id] = a.Name
				}
			}
			if err := cw.Write(csvRow(st, names, sup)); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return ctx.Err()
	}
	err = s.each(func(st *annals.Statement) error {
		if batch = append(batch, *st); len(batch) == csvBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return s.close()
}

func csvRow(s *annals.Statement, names map[string]string, support map[string]*Support) []string {
	itoa := strconv.Itoa
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	row := []string{s.ID, s.Doc, itoa(s.Sentence), day(statementDay(s))}
	row = append(row, csvArgument(&s.Subject, names)...)
	row = append(row, s.Predicate.Text, itoa(s.Predicate.Start), itoa(s.Predicate.End), s.Predicate.Lemma)
	row = append(row, csvArgument(s.Object, names)...)
	if t := s.Time; t != nil {
		text, start, end := "", "", ""
		if t.Expr != nil {
			text, start, end = t.Expr.Text, itoa(t.Expr.Start), itoa(t.Expr.End)
		}
		row = append(row, t.Value, string(t.Type), text, start, end, day(t.Earliest), day(t.Latest),
			string(t.Precision), string(t.Kind), strconv.FormatBool(t.FromDocument()))
	} else {
		row = append(row, make([]string, 10)...)
	}
	row = append(row, strconv.FormatFloat(s.Confidence, 'f', -1, 64), strconv.FormatBool(s.Negated), s.Modality)
	row = append(row, csvArgument(s.Attribution, names)...)
	row = append(row, csvQualifiers(s.Qualifiers))
	if ev := s.Event; ev != nil {
		row = append(row, ev.PLOVER, ev.CAMEO)
	} else {
		row = append(row, "", "")
	}
	row = append(row, strconv.FormatBool(s.Passive))
	source, from := "", ""
	if t := s.Time; t != nil {
		source = string(SourceOf(t))
		if t.Source == annals.SourceInherited {
			from = itoa(t.From)
		}
	}
	sources := ""
	if support != nil {
		sources = itoa(sourcesOf(s, support))
	}
	eventConfidence := ""
	if s.Event != nil {
		eventConfidence = strconv.FormatFloat(s.EventConfidence(), 'f', 3, 64)
	}
	return append(row, source, from, Reading(*s, names), csvReferences(s, names), s.Fact, sources, eventConfidence)
}

// csvReferences is the references of a statement's phrases as a JSON array
// of {"part", "text", "start", "end", "actor", "name"}: part is "subject",
// "object", "attribution" or "q" and the qualifier's index ("q0").
func csvReferences(s *annals.Statement, names map[string]string) string {
	type reference struct {
		Part  string `json:"part"`
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Actor string `json:"actor"`
		Name  string `json:"name,omitempty"`
	}
	var out []reference
	add := func(part string, refs []annals.Reference) {
		for _, r := range refs {
			out = append(out, reference{part, r.Text, r.Start, r.End, r.Actor, names[r.Actor]})
		}
	}
	add("subject", s.Subject.Refs)
	if s.Object != nil {
		add("object", s.Object.Refs)
	}
	if s.Attribution != nil {
		add("attribution", s.Attribution.Refs)
	}
	for i, q := range s.Qualifiers {
		add("q"+strconv.Itoa(i), q.Refs)
	}
	if len(out) == 0 {
		return ""
	}
	b, _ := json.Marshal(out) // strings and ints always marshal
	return string(b)
}

// csvArgument is the six cells of a subject, object or attribution.
func csvArgument(a *annals.Argument, names map[string]string) []string {
	if a == nil {
		return make([]string, 6)
	}
	name := ""
	if a.Actor != "" {
		name = names[a.Actor]
	}
	return []string{a.Text, strconv.Itoa(a.Start), strconv.Itoa(a.End), a.Label(), a.Actor, name}
}

func csvQualifiers(qs []annals.Qualifier) string {
	if len(qs) == 0 {
		return ""
	}
	type qualifier struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Prep  string `json:"preposition,omitempty"`
	}
	out := make([]qualifier, len(qs))
	for i, q := range qs {
		out[i] = qualifier{q.Text, q.Start, q.End, q.Prep}
	}
	b, _ := json.Marshal(out) // strings and ints always marshal
	return string(b)
}
