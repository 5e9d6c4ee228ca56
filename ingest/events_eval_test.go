package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/annals/annals"
)

// TestEventPLOVEREval writes what `annals extract --format jsonl` would
// print, with the event stage in the pipeline, for the plover-dev inputs,
// so that ../shared/eval/plover_eval.py can score the stage before it joins
// the default pipeline. It runs only with ANNALS_PLOVER_EVAL=1:
//
//	python3 ../shared/eval/plover_eval.py --write-inputs /tmp/plv
//	ANNALS_PLOVER_EVAL=1 ANNALS_PLOVER_INPUT=/tmp/plv/documents.jsonl \
//	  ANNALS_PLOVER_OUTPUT=/tmp/plv/out.jsonl go test -run EventPLOVEREval ./ingest/
//	printf '#!/bin/sh\ncat /tmp/plv/out.jsonl\n' > /tmp/plv/annals; chmod +x /tmp/plv/annals
//	python3 ../shared/eval/plover_eval.py --annals /tmp/plv/annals
func TestEventPLOVEREval(t *testing.T) {
	if os.Getenv("ANNALS_PLOVER_EVAL") != "1" {
		t.Skip("set ANNALS_PLOVER_EVAL=1 to write plover_eval output")
	}
	in := os.Getenv("ANNALS_PLOVER_INPUT")
	out := os.Getenv("ANNALS_PLOVER_OUTPUT")
	if in == "" || out == "" {
		t.Fatal("set ANNALS_PLOVER_INPUT (documents.jsonl) and ANNALS_PLOVER_OUTPUT")
	}
	pipe := withEvents(t)
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	bw := bufio.NewWriter(w)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		date, _ := time.Parse("2006-01-02", d.Date)
		a := &Analysis{Document: annals.Document{ID: d.ID, Text: d.Text, Date: date}}
		if err := pipe.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		for _, st := range a.Statements {
			line, err := json.Marshal(evalLine(st))
			if err != nil {
				t.Fatal(err)
			}
			bw.Write(append(line, '\n'))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
}

// evalLine is a statement in the shape of `annals extract --format jsonl`,
// with the fields the scorer reads.
func evalLine(st annals.Statement) map[string]any {
	arg := func(a *annals.Argument) any {
		if a == nil {
			return nil
		}
		var entity any
		if a.Actor != "" {
			entity = a.Actor
		}
		return map[string]any{"text": a.Text, "start": a.Start, "end": a.End, "norm": a.Label(), "entity": entity}
	}
	line := map[string]any{
		"doc": st.Doc, "sentence": st.Sentence, "subject": arg(&st.Subject),
		"predicate":  map[string]any{"text": st.Predicate.Text, "start": st.Predicate.Start, "end": st.Predicate.End, "lemma": st.Predicate.Lemma},
		"object":     arg(st.Object),
		"time":       nil,
		"confidence": st.Confidence, "negated": st.Negated, "modality": st.Modality,
	}
	if ev := st.Event; ev != nil {
		e := map[string]any{"plover": nil, "cameo": nil}
		if ev.PLOVER != "" {
			e["plover"] = ev.PLOVER
		}
		if ev.CAMEO != "" {
			e["cameo"] = ev.CAMEO
		}
		line["event"] = e
	}
	return line
}
