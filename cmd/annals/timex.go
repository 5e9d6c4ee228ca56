package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/annals/annals/ingest/timex"
)

// timexOptions are the inputs of `annals timex`.
type timexOptions struct {
	IO     *IOStreams
	File   string // input file; "" or "-" reads standard input
	Date   string // document date, YYYY-MM-DD; "" leaves relative expressions unresolved
	Format string // "jsonl" or "text"
}

func newTimexCmd(io *IOStreams) *cobra.Command {
	opts := &timexOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "timex [FILE]",
		Short: "List the time expressions of a text with their TIMEX3 values",
		Long: `List the time expressions of a plain UTF-8 text (FILE, or standard input)
with their TIMEX3 type and value, resolved against the document date.

Without --date, relative expressions ("yesterday", "last week") stay
unresolved (XXXX-XX-XX, XXXX-WXX).

The jsonl format writes one object per expression:
  {"start": 10, "end": 19, "text": "Wednesday", "type": "DATE", "value": "2025-07-23"}
start and end are UTF-8 byte offsets into the input, end exclusive.`,
		Example: `  annals timex --date 2025-07-23 article.txt
  annals timex --date 2025-07-23 --format jsonl < article.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.File = args[0]
			}
			if !cmd.Flags().Changed("date") && opts.IO.Log != nil {
				opts.IO.Log.Warn("no --date: relative time expressions stay unresolved")
			} else if opts.Date == "" {
				return usageError("--date is empty: want the document date as YYYY-MM-DD")
			}
			return runTimex(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Date, "date", "", "document date `YYYY-MM-DD` that relative expressions resolve against")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: jsonl or text")
	return cmd
}

// timexLine is one line of the jsonl output; the field order is the
// contract of the evaluation scripts.
type timexLine struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func runTimex(opts *timexOptions) error {
	if opts.Format != "jsonl" && opts.Format != "text" {
		return usageError("--format %q: want jsonl or text", opts.Format)
	}
	anchor, err := parseDay("date", opts.Date)
	if err != nil {
		return err
	}
	text, err := readTimexInput(opts.IO.In, opts.File)
	if err != nil {
		return err
	}
	exprs := timex.Find(text, anchor)
	out := bufio.NewWriter(opts.IO.Out)
	if opts.Format == "jsonl" {
		err = writeTimexJSONL(out, exprs)
	} else {
		err = writeTimexTable(out, exprs)
	}
	if err != nil {
		return err
	}
	return out.Flush()
}

// readTimexInput reads the whole of file, or of in when file is "" or "-".
func readTimexInput(in io.Reader, file string) (string, error) {
	var data []byte
	var err error
	if file == "" || file == "-" {
		data, err = io.ReadAll(in)
	} else {
		data, err = os.ReadFile(file)
	}
	if err != nil {
		return "", fmt.Errorf("read input: %w", err)
	}
	return string(data), nil
}

func writeTimexJSONL(w io.Writer, exprs []timex.Expression) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range exprs {
		if err := enc.Encode(timexLine{e.Start, e.End, e.Text, string(e.Type), e.Value}); err != nil {
			return err
		}
	}
	return nil
}

func writeTimexTable(w io.Writer, exprs []timex.Expression) error {
	tw := newTable(w)
	fmt.Fprintln(tw, "START\tEND\tTYPE\tVALUE\tKIND\tEARLIEST\tLATEST\tTEXT")
	for _, e := range exprs {
		kind := string(e.Kind)
		if kind == "" {
			kind = "-"
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Start, e.End, e.Type, e.Value,
			kind, day(e.Earliest), day(e.Latest), cell(e.Text))
	}
	return tw.Flush()
}
