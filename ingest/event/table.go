package event

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"fmt"
	"strings"
	"sync"

	"github.com/annals/annals/ingest/event/internal/dict"
)

// table is the compiled dictionary; internal/gen writes it.
//
//go:embed table.gob.gz
var table []byte

// Default returns the coder of the embedded dictionary table, loaded once
// per process; the error says the embedded table is corrupt, which a test
// of this package would have caught.
func Default() (*Coder, error) { return defaultCoder() }

var defaultCoder = sync.OnceValues(func() (*Coder, error) {
	t, err := decode(table)
	if err != nil {
		return nil, fmt.Errorf("event: embedded table: %w", err)
	}
	return newCoder(t), nil
})

func decode(data []byte) (*dict.Table, error) {
	var t dict.Table
	if err := decodeInto(data, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// decodeInto reads a gzipped gob into v.
func decodeInto(data []byte, v any) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return gob.NewDecoder(zr).Decode(v)
}

// verbRef points at one verb of one block.
type verbRef struct{ block, verb int }

// newCoder indexes a table for lookups.
func newCoder(t *dict.Table) *Coder {
	c := &Coder{t: t, forms: map[string][]verbRef{}, synsets: map[string]map[string]bool{}, agents: map[string]string{}}
	for _, s := range t.Synsets {
		set := make(map[string]bool, len(s.Phrases))
		for _, p := range s.Phrases {
			set[p] = true
		}
		c.synsets[s.Name] = set
	}
	for b, block := range t.Blocks {
		for v, verb := range block.Verbs {
			if len(verb.Before) > 0 {
				continue // "wire tap": the coder sees no words before the verb
			}
			for _, f := range verb.Forms {
				c.forms[f] = append(c.forms[f], verbRef{b, v})
			}
		}
	}
	for _, a := range t.Agents {
		if !a.Prefix || c.agents[a.Phrase] == "" {
			c.agents[a.Phrase] = a.Code
		}
		if n := len(strings.Fields(a.Phrase)); n > c.agentWords {
			c.agentWords = n
		}
	}
	return c
}
