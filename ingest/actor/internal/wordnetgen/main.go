// Command wordnetgen derives the actor stage's table of WordNet place names
// (../../data/wordnet-places.txt) from WordNet 3.0's noun database:
//
//	go run ./ingest/actor/internal/wordnetgen -wordnet /usr/share/wordnet > ingest/actor/data/wordnet-places.txt
//
// (from the repository root; Debian package wordnet-base). A line is the
// name of an instance of noun.location (lexicographer file 15: cities,
// states, regions, countries). A name left out: one not
// capitalised, one that is also a common word of WordNet (any part of
// speech, in lower case: "Reading" for "reading"), and one that is an
// instance of noun.person too (file 18: "Washington", "Jackson"), which
// only the text can tell apart.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/annals/annals/ingest/internal/wordnet"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "folder of WordNet 3.0's data.noun and index.* files")
	flag.Parse()
	if err := run(*dir, os.Stdout); err != nil {
		slog.Error("wordnetgen", "err", err)
		os.Exit(1)
	}
}

// lexicographer files whose instances are kept, with the kind they give.
var kinds = map[string]string{"15": "place", "18": "person"}

func run(dir string, w io.Writer) error {
	// common holds the words WordNet writes in lower case, in any part of speech.
	common := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := wordnet.EachLine(filepath.Join(dir, "data."+pos), func(line string) {
			for _, word := range wordnet.Words(line) {
				if word == strings.ToLower(word) {
					common[strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(word, "(a)"), "(p)"), "(ip)")] = true
				}
			}
		}); err != nil {
			return err
		}
	}
	found := map[string]map[string]bool{}
	err := wordnet.EachLine(filepath.Join(dir, "data.noun"), func(line string) {
		f := strings.Fields(line)
		if len(f) < 4 || !strings.Contains(line, " @i ") {
			return
		}
		kind, ok := kinds[f[1]]
		if !ok {
			return
		}
		for _, word := range wordnet.Words(line) {
			if !unicode.IsUpper([]rune(word)[0]) || strings.ContainsAny(word, "()0123456789") {
				continue
			}
			name := strings.ReplaceAll(word, "_", " ")
			if found[name] == nil {
				found[name] = map[string]bool{}
			}
			found[name][kind] = true
		}
	})
	if err != nil {
		return err
	}
	var lines []string
	for name, ks := range found {
		if !ks["place"] || ks["person"] || name == strings.ToUpper(name) || common[strings.ToLower(strings.ReplaceAll(name, " ", "_"))] {
			continue
		}
		lines = append(lines, name)
	}
	slices.Sort(lines)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# WordNet 3.0 place names (noun.location instances), derived by ingest/actor/internal/wordnetgen; licence: WORDNET-LICENSE")
	for _, l := range lines {
		fmt.Fprintln(bw, l)
	}
	return bw.Flush()
}
