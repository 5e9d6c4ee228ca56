package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"iter"
	"unicode"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/actor"
	"github.com/annals/annals/ingest/analysis"
	"github.com/annals/annals/ingest/fact"
	"github.com/annals/annals/ingest/source"
	"github.com/spf13/cobra"
)

// extractOptions are the inputs of `annals extract`.
type extractOptions struct {
	IO            *IOStreams
	Paths         []string
	Format        string // jsonl, tsv, carb
	Lines         bool   // each input line is one sentence split into words
	Date          string
	InputFormat   string
	MinConfidence float64
	Workers       int
	Aliases       string // --aliases FILE
	Events        bool   // --events: print event mentions too (jsonl)
	// EventConfidence leaves out the event types less sure than it
	// (annals.Statement.EventConfidence); the statements stay.
	EventConfidence float64
	// --format nquads (extract_nquads.go)
	Base     string // IRI base of the quads
	pipeline string // the pipeline's version, part of each document's content hash
}

var extractFormats = []string{"jsonl", "tsv", "carb", "nquads", "actors"}

func newExtractCmd(io *IOStreams) *cobra.Command {
	opts := &extractOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "extract [FILE...]",
		Short: "Print the statements of articles, without a store",
		Long: `Read articles as ingest does (text, Markdown, JSON Lines, folders, - for
standard input; standard input when no FILE is given) and print their
statements.

  jsonl  one JSON object per statement: doc, sentence, subject, predicate,
         object, time, confidence, negated, modality, attribution (UTF-8 byte
         offsets into the document's text), fact (equal for the statements
         that report one event, within a document and across the documents
         of one story of the run; --events adds a line of kind "mention",
         with no subject, for each verb or event noun that no statement
         covers: "the earthquake", "to host")
  tsv    doc, sentence, confidence, subject, predicate, object, time, flags
         (a first line names these columns)
  carb   sentence, confidence, subject, relation, object, qualifiers: the
         CaRB benchmark's format, with the words of the sentence as they
         stand, written as Open IE systems write tuples: prepositions,
         particles and adverbs next to the verb join the relation, asides
         set off by commas leave the arguments, coordinations stay whole;
         what the syntax implies without a verb (appositions, titles, a
         noun's prepositional phrase, the copula of a participle) gets the
         relation "be" (or "be" and the phrase's preposition), the implied
         copula of OpenIE-4 and -5, which the CaRB scorer matches to is,
         was, ...; the noun-phrase ones come last, at confidence 0.2
  nquads the quads that ingest would store, one block per document, for
         "annals load" (--base sets their IRI base; --min-confidence does
         not apply)
  actors one JSON object per actor per document: doc, id, name, type
         (PERSON, ORGANIZATION, COUNTRY, PLACE, or OTHER when the text does
         not tell), mentions (start, end, text: every name, pronoun and
         description that refers to it); equal ids across the documents of
         one run are one actor (--min-confidence does not apply)

--min-confidence leaves out the statements less likely to be right than it
(confidence is calibrated: see "Confidence" in the README). Its default
leaves out only junk (statements right less than one time in five), so
that what extract feeds can choose its own threshold; the kinds a reader
cannot use (an unresolved pronoun as subject, say) stay in at 0.2, and the
reader's views show 0.6 and up by default. For carb, whose scorers rank
every tuple by confidence themselves, the default is 0.

--event-confidence leaves out the event types (the "event" field of jsonl,
the PLOVER type among tsv's flags) less sure than it, keeping their
statements. Like --min-confidence, its default keeps every type, each with
its confidence, so that what extract feeds can choose; the views that
count and show events (events, timeline, export) keep the types at 0.5 and
up by default, of which about three in four are right.`,
		Example: `  annals extract --format jsonl news.jsonl
  annals extract --lines --format carb < sentences.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Format == "carb" && !cmd.Flags().Changed("min-confidence") {
				// Open IE scorers rank every tuple by its confidence
				// and find their own threshold.
				opts.MinConfidence = 0
			}
			return runExtract(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "jsonl", "jsonl, tsv, carb, nquads or actors")
	cmd.Flags().BoolVar(&opts.Lines, "lines", false, "each input line is one sentence, its words split by spaces")
	cmd.Flags().StringVar(&opts.Date, "date", "", "date of the articles (YYYY-MM-DD), as for ingest")
	cmd.Flags().BoolVar(&opts.Events, "events", false, "with --format jsonl, also print the event mentions no statement covers")
	cmd.Flags().StringVar(&opts.Aliases, "aliases", "", "an aliases file (YAML: merge, rename, split), as for ingest")
	cmd.Flags().StringVar(&opts.InputFormat, "input", "", "format of standard input: text, markdown or jsonl (default: guess)")
	cmd.Flags().Float64Var(&opts.MinConfidence, "min-confidence", annals.JunkConfidence, minConfidenceHelp+"; not for nquads")
	cmd.Flags().Float64Var(&opts.EventConfidence, "event-confidence", 0, eventConfidenceHelp)
	cmd.Flags().IntVar(&opts.Workers, "workers", defaultWorkers(), "documents analysed in parallel")
	cmd.Flags().StringVar(&opts.Base, "base", defaultBase(), "IRI base of the graph's nodes, for --format nquads (env ANNALS_BASE)")
	return cmd
}

func runExtract(ctx context.Context, opts *extractOptions) error {
	switch opts.Format {
	case "jsonl", "tsv", "carb", "nquads", "actors":
	default:
		return usageError("--format %q: want one of %v", opts.Format, extractFormats)
	}
	if _, err := selectionOf(selection.Params{MinConfidence: opts.MinConfidence}); err != nil {
		return err // NaN would keep every statement
	}
	if err := checkEventConfidence("event-confidence", opts.EventConfidence); err != nil {
		return err
	}
	date, err := parseDay("date", opts.Date)
	if err != nil {
		return err
	}
	paths := opts.Paths
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	var pipe *ingest.Pipeline
	var docs iter.Seq2[annals.Document, error]
	if opts.Lines {
		pipe, err = ingest.ForLines()
		docs = source.Lines(ctx, paths, opts.IO.In, date)
	} else {
		pipe, err = ingest.Default()
		docs = source.Documents(ctx, paths, source.Options{Date: date, Stdin: opts.IO.In, Format: opts.InputFormat, Log: opts.IO.Log})
	}
	if err != nil {
		return err
	}
	if pipe, err = withAliases(pipe, opts.Aliases); err != nil {
		return err
	}
	if opts.Events {
		if opts.Format != "jsonl" {
			return usageError("--events needs --format jsonl")
		}
		pipe = pipe.WithEventMentions()
	}
	stories := &fact.Stories{}
	opts.pipeline = pipe.Version()          // for --format nquads
	ctx = withDocProgress(ctx, opts.IO.Log) // docprogress.go
	w := bufio.NewWriter(opts.IO.Out)
	if opts.Format == "tsv" { // the columns' names, once, as csv has them
		if _, err := w.WriteString(tsvHeader); err != nil {
			return err
		}
	}
	failed := 0
	people := actor.NewJoiner(pipe.Apart)
	for a, err := range pipe.Analyse(ctx, docs, opts.Workers) {
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			failed++
			fmt.Fprintln(opts.IO.Err, err)
			continue
		}
		// a surname alone joins the full name another document of the run gave
		moved := map[string]annals.Actor{}
		x, _ := people.Join(a.Extraction(), moved)
		a.Statements, a.Actors = x.Statements, x.Actors
		remapMentions(a.Mentions, moved)
		if _, err := stories.Join(a); err != nil {
			return err
		}
		if err := writeStatements(w, opts, a); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d bad inputs skipped", failed)}
	}
	return nil
}

// tsvHeader is the first line of --format tsv.
const tsvHeader = "doc\tsentence\tconfidence\tsubject\tpredicate\tobject\ttime\tflags\n"

// writeStatements prints one document's statements in the chosen format.
func writeStatements(w *bufio.Writer, opts *extractOptions, a *analysis.Analysis) error {
	if opts.Format == "nquads" { // whole documents, not statements: extract_nquads.go
		return writeNQuads(w, opts, a)
	}
	if opts.Format == "carb" {
		return writeCaRBDocument(w, opts, a)
	}
	if opts.Format == "actors" {
		return writeActors(w, a)
	}
	names := make(map[string]string, len(a.Actors))
	for _, actor := range a.Actors {
		names[actor.ID] = actor.Name
	}
	export.WithoutUnsureEvents(a.Statements, opts.EventConfidence)
	for _, st := range a.Statements {
		if st.Confidence < opts.MinConfidence {
			continue
		}
		var err error
		switch opts.Format {
		case "jsonl":
			err = writeJSONLine(w, export.NewStatementJSON(st, names))
		case "tsv":
			_, err = fmt.Fprintf(w, "%s\t%d\t%.3f\t%s\t%s\t%s\t%s\t%s\n", cell(st.Doc), st.Sentence, st.Confidence,
				cell(subjectName(st, names)), cell(export.Verb(st)), cell(objectName(st, names)), cell(when(st.Time)), cell(flags(st, names)))
		}
		if err != nil {
			return err
		}
	}
	if opts.Events {
		for _, m := range a.Events {
			if m.Confidence < opts.MinConfidence {
				continue
			}
			if err := writeJSONLine(w, eventMentionOf(m)); err != nil {
				return err
			}
		}
	}
	return nil
}

// eventMentionJSON is the line of an event mention of --events: a
// statement's fields without subject, object or time.
type eventMentionJSON struct {
	ID         string               `json:"id"`
	Doc        string               `json:"doc"`
	Sentence   int                  `json:"sentence"`
	Kind       string               `json:"kind"` // "mention"
	Subject    *export.ArgumentJSON `json:"subject"`
	Predicate  export.PredicateJSON `json:"predicate"`
	Object     *export.ArgumentJSON `json:"object"`
	Confidence float64              `json:"confidence"`
	Negated    bool                 `json:"negated"`
	Fact       string               `json:"fact"`
}

func eventMentionOf(m annals.Statement) eventMentionJSON {
	return eventMentionJSON{ID: m.ID, Doc: m.Doc, Sentence: m.Sentence, Kind: "mention",
		Predicate:  export.PredicateJSON{Text: m.Predicate.Text, Start: m.Predicate.Start, End: m.Predicate.End, Lemma: m.Predicate.Lemma},
		Confidence: m.Confidence, Fact: m.Fact}
}

// isWord reports whether s is made of letters only.
func isWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w io.Writer, v any) error {
	b, err := marshalCompact(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
