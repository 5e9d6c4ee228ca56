// Command derivgen derives the fact stage's tables from WordNet 3.0's noun
// and verb databases, the event nouns (../../data/event-nouns.txt) and the
// verbs' senses (../../data/verb-senses.txt):
//
//	go run ./ingest/fact/internal/derivgen -wordnet /usr/share/wordnet > ingest/fact/data/event-nouns.txt
//	go run ./ingest/fact/internal/derivgen -wordnet /usr/share/wordnet -verbs > ingest/fact/data/verb-senses.txt
//
// (from the repository root; Debian package wordnet-base, WordNet licence
// in ../../data/WORDNET-LICENSE). A line is "noun class": a one-word noun
// whose first (most frequent) sense is an act, an event, a phenomenon or a
// process (lexicographer files noun.act, noun.event, noun.phenomenon,
// noun.process), or a communication named after its verb
// ("announcement"), and the event class it shares with other words:
//
//   - the verb a derivational link ties the noun itself to, the one that
//     shares the longest beginning with it ("acquisition" acquire,
//     "shooting" shoot);
//   - else the verb the first word of its synset with such a link is tied
//     to ("earthquake" quake, as its synonym "quake" is);
//   - else the first word of its synset, marked as a noun ("n:blizzard").
//
// A line of the verbs' table is "verb file synset...": a one-word verb, the
// lexicographer file of its first sense (31 verb.cognition, 32
// verb.communication, ...), and the synsets (offsets in data.verb) of its
// first four senses, each followed by
// the synsets it causes ("kill" gives "die"'s first sense too), so that
// two verbs one story uses can be told synonyms ("hit" and "strike",
// "arrest" and "nab", "kill" and "die").
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
	"strconv"
	"strings"

	"github.com/annals/annals/ingest/internal/wordnet"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "folder of WordNet 3.0's data.* and index.* files")
	verbs := flag.Bool("verbs", false, "write the verbs' senses rather than the event nouns")
	flag.Parse()
	do := run
	if *verbs {
		do = runVerbs
	}
	if err := do(*dir, os.Stdout); err != nil {
		slog.Error("derivgen", "err", err)
		os.Exit(1)
	}
}

// eventFiles are the lexicographer files whose first senses are events.
var eventFiles = map[string]bool{"04": true, "11": true, "19": true, "22": true}

// communication is noun.communication: kept only for a noun its verb names.
const communication = "10"

// synset is a line of a data file: its lexicographer file, its words and
// the verbs each word's derivational links point to.
type synset struct {
	file  string
	words []string
	verbs map[int][]string // word number (from 1) -> verb words
}

func run(dir string, w io.Writer) error {
	verbs := map[string][]string{} // offset -> words
	if err := wordnet.EachLine(filepath.Join(dir, "data.verb"), func(line string) {
		if s, off, ok := parse(line); ok {
			verbs[off] = s.words
		}
	}); err != nil {
		return err
	}
	nouns := map[string]synset{}
	var links [][4]string // noun offset, source word, verb offset, target word
	if err := wordnet.EachLine(filepath.Join(dir, "data.noun"), func(line string) {
		s, off, ok := parse(line)
		if !ok {
			return
		}
		nouns[off] = s
		f := strings.Fields(line)
		for i := 0; i+3 < len(f); i++ {
			if f[i] == "+" && f[i+2] == "v" && len(f[i+3]) == 4 {
				links = append(links, [4]string{off, f[i+3][:2], f[i+1], f[i+3][2:]})
			}
		}
	}); err != nil {
		return err
	}
	for _, l := range links {
		src, err1 := strconv.ParseInt(l[1], 16, 0)
		dst, err2 := strconv.ParseInt(l[3], 16, 0)
		vw := verbs[l[2]]
		if err1 != nil || err2 != nil || dst < 1 || int(dst) > len(vw) {
			continue
		}
		s := nouns[l[0]]
		if s.verbs == nil {
			s.verbs = map[int][]string{}
		}
		s.verbs[int(src)] = append(s.verbs[int(src)], vw[dst-1])
		nouns[l[0]] = s
	}
	var lines []string
	if err := wordnet.EachLine(filepath.Join(dir, "index.noun"), func(line string) {
		f := strings.Fields(line)
		if len(f) < 4 {
			return
		}
		lemma := f[0]
		if !isWord(lemma) {
			return
		}
		s, ok := nouns[f[len(f)-mustInt(f[2])]] // the first sense's offset
		if !ok {
			return
		}
		i := slices.Index(s.words, lemma) + 1
		class := ""
		if v := closest(lemma, s.verbs[i]); v != "" {
			class = v
		}
		if class == "" && s.file == communication {
			return
		}
		if !eventFiles[s.file] && s.file != communication {
			return
		}
		if class == "" {
			for j, word := range s.words {
				if v := closest(word, s.verbs[j+1]); v != "" {
					class = v
					break
				}
			}
		}
		if class == "" {
			class = "n:" + s.words[0]
		}
		if s.file == communication && !strings.HasPrefix(lemma, class[:min(len(class), 4)]) {
			return // "letter", "word": no act of the verb
		}
		lines = append(lines, lemma+" "+class)
	}); err != nil {
		return err
	}
	return writeTable(w, "# WordNet 3.0 event nouns and their event class, derived by ingest/fact/internal/derivgen; licence: WORDNET-LICENSE", lines)
}

// senses is the number of a verb's first senses the verbs' table keeps.
const senses = 4

func runVerbs(dir string, w io.Writer) error {
	causes := map[string][]string{} // verb synset offset -> the synsets it causes
	files := map[string]string{}    // verb synset offset -> its lexicographer file
	if err := wordnet.EachLine(filepath.Join(dir, "data.verb"), func(line string) {
		f := strings.Fields(line)
		if len(f) < 4 {
			return
		}
		files[f[0]] = f[1]
		for i := 0; i+2 < len(f); i++ {
			if f[i] == ">" && f[i+2] == "v" {
				causes[f[0]] = append(causes[f[0]], f[i+1])
			}
		}
	}); err != nil {
		return err
	}
	var lines []string
	if err := wordnet.EachLine(filepath.Join(dir, "index.verb"), func(line string) {
		f := strings.Fields(line)
		if len(f) < 4 || !isWord(f[0]) {
			return
		}
		n := mustInt(f[2])
		offs := f[len(f)-n:]
		out := []string{files[offs[0]]}
		for _, off := range offs[:min(senses, len(offs))] {
			out = append(out, strings.TrimLeft(off, "0"))
			for _, c := range causes[off] {
				out = append(out, strings.TrimLeft(c, "0"))
			}
		}
		lines = append(lines, f[0]+" "+strings.Join(out, " "))
	}); err != nil {
		return err
	}
	return writeTable(w, "# WordNet 3.0 verbs, the lexicographer file of their first sense, the synsets of their first senses and of what they cause, derived by ingest/fact/internal/derivgen -verbs; licence: WORDNET-LICENSE", lines)
}

// closest returns the verb of verbs that shares the longest beginning with
// word, lower case; "" when there is none.
func closest(word string, verbs []string) string {
	best, n := "", -1
	for _, v := range verbs {
		if !isWord(v) {
			continue
		}
		k := 0
		for k < len(v) && k < len(word) && v[k] == word[k] {
			k++
		}
		if k > n {
			best, n = v, k
		}
	}
	return best
}

// isWord reports whether s is one lower-case word of letters.
func isWord(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

func mustInt(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// parse reads a line of a data file: its synset (lexicographer file and
// words, in lower case without the markers of adjectives) and its offset.
func parse(line string) (synset, string, bool) {
	words := wordnet.Words(line)
	if words == nil {
		return synset{}, "", false
	}
	f := strings.Fields(line)
	s := synset{file: f[1], words: words}
	for i, w := range words {
		w = strings.ToLower(w)
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j] // "(a)", "(p)" markers of adjectives
		}
		s.words[i] = w
	}
	return s, f[0], true
}

// writeTable writes a table: its header line, then its lines, sorted.
func writeTable(w io.Writer, header string, lines []string) error {
	slices.Sort(lines)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, header)
	for _, l := range lines {
		fmt.Fprintln(bw, l)
	}
	return bw.Flush()
}
