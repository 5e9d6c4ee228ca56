// Command gen compiles the CAMEO verb-pattern dictionary and the Phoenix
// agents dictionary of PETRARCH2 into the table the event coder embeds
// (ingest/event/table.gob.gz), and the dated roles of the people of the
// Phoenix country dictionary, with its countries' codes, into
// ingest/event/roles.gob.gz. The output depends only on the input files,
// so rebuilding from the same files gives the same bytes:
//
//	go run ./ingest/event/internal/gen -cameo /work/shared/data/cameo
//
// or, from ingest/event, go generate.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/annals/annals/ingest/event/internal/dict"
)

func main() {
	dir := flag.String("cameo", "", "folder with CAMEO.2.0.txt, Phoenix.agents.txt and Phoenix.Countries.actors.txt (required)")
	out := flag.String("out", filepath.Join("ingest", "event"), "folder to write table.gob.gz and roles.gob.gz in")
	verbose := flag.Bool("v", false, "list the lines the readers skip")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "gen: -cameo DIR is required")
		os.Exit(2)
	}
	if err := run(*dir, *out, *verbose, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir, out string, verbose bool, log io.Writer) error {
	t, roles, err := readTables(dir, verbose, log)
	if err != nil {
		return err
	}
	data, err := encode(t)
	if err != nil {
		return err
	}
	roleData, err := encode(roles)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "table.gob.gz"), data, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "roles.gob.gz"), roleData, 0o644); err != nil {
		return err
	}
	patterns, verbs := 0, 0
	for _, b := range t.Blocks {
		patterns += len(b.Patterns)
		verbs += len(b.Verbs)
	}
	fmt.Fprintf(log, "gen: table.gob.gz: %d synsets, %d verb blocks, %d verbs, %d patterns, %d agent phrases; %d bytes\n",
		len(t.Synsets), len(t.Blocks), verbs, patterns, len(t.Agents), len(data))
	fmt.Fprintf(log, "gen: roles.gob.gz: %d people with dated roles, %d countries; %d bytes\n",
		len(roles.People), len(roles.Countries), len(roleData))
	return nil
}

// readTables reads the dictionaries of dir into the coder's table and the
// table of dated roles.
func readTables(dir string, verbose bool, log io.Writer) (*dict.Table, *dict.Roles, error) {
	vf, err := os.Open(filepath.Join(dir, "CAMEO.2.0.txt"))
	if err != nil {
		return nil, nil, err
	}
	defer vf.Close()
	synsets, blocks, skipped, err := dict.ReadVerbs(vf)
	if err != nil {
		return nil, nil, fmt.Errorf("CAMEO.2.0.txt: %w", err)
	}
	report(log, "CAMEO.2.0.txt", skipped, verbose)
	af, err := os.Open(filepath.Join(dir, "Phoenix.agents.txt"))
	if err != nil {
		return nil, nil, err
	}
	defer af.Close()
	agents, skipped, err := dict.ReadAgents(af)
	if err != nil {
		return nil, nil, fmt.Errorf("Phoenix.agents.txt: %w", err)
	}
	report(log, "Phoenix.agents.txt", skipped, verbose)
	cf, err := os.Open(filepath.Join(dir, "Phoenix.Countries.actors.txt"))
	if err != nil {
		return nil, nil, err
	}
	defer cf.Close()
	people, countries, skipped, err := dict.ReadActors(cf)
	if err != nil {
		return nil, nil, fmt.Errorf("Phoenix.Countries.actors.txt: %w", err)
	}
	report(log, "Phoenix.Countries.actors.txt", skipped, verbose)
	return dict.Build(synsets, blocks, agents), &dict.Roles{People: people, Countries: countries}, nil
}

func report(log io.Writer, file string, skipped []error, verbose bool) {
	if len(skipped) == 0 {
		return
	}
	fmt.Fprintf(log, "gen: %s: %d malformed lines skipped\n", file, len(skipped))
	if verbose {
		for _, e := range skipped {
			fmt.Fprintf(log, "  %v\n", e)
		}
	}
}

// encode writes a table as gob, gzipped without a name or time stamp so
// that the bytes depend on the table alone.
func encode(t any) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if err := gob.NewEncoder(zw).Encode(t); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
