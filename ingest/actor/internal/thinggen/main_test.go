package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun: common nouns and names of no actor's class are kept, names
// with their tag; a word with a person's, group's or place's sense, a kind
// of building, a language, an act, a Latin binomial and a name whose
// lower-case form is a place's noun are not.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	noun := strings.Join([]string{
		"  1 This header line is WordNet's licence.",
		"04341686 06 n 01 structure 0 000 | a thing built",
		"06282651 10 n 01 language 0 000 | communication by words",
		"00000001 10 n 01 software 0 000 | programs",
		"00000002 14 n 01 company 0 000 | a firm",
		"00000003 06 n 01 hat 0 000 | headdress",
		"00000004 06 n 01 museum 0 001 @ 04341686 n 0000 | a building",
		"00000005 10 n 01 Linux 0 000 | an operating system",
		"00000006 05 n 01 HIV 0 000 | a virus",
		"00000007 26 n 01 HIV 0 000 | the infection",
		"00000008 09 n 01 Heaven 0 000 | a state",
		"00000009 15 n 01 heaven 0 000 | a place",
		"00000010 10 n 01 Ladin 0 001 @ 06282651 n 0000 | a language",
		"00000011 04 n 01 Korean_War 0 000 | a war",
		"00000012 20 n 01 Ruta_graveolens 0 000 | a plant",
		"00000013 28 n 01 Labor_Day 0 000 | a holiday",
		"00000014 18 n 01 software 0 000 | no such sense, but a person's",
	}, "\n") + "\n"
	if err := os.WriteFile(filepath.Join(dir, "data.noun"), []byte(noun), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := run(dir, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if got, want := strings.Join(lines[1:], " "), "hat language HIV|life Labor Day Linux|text"; got != want {
		t.Errorf("things %q, want %q", got, want)
	}
}
