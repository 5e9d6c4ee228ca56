// Command thinggen derives the actor stage's table of WordNet things
// (../../data/wordnet-things.txt) from WordNet 3.0's noun database:
//
//	go run ./ingest/actor/internal/thinggen -wordnet /usr/share/wordnet > ingest/actor/data/wordnet-things.txt
//
// (from the repository root; Debian package wordnet-base). A thing is what
// a text may name but what is no actor: software, a game, a disease, a
// species, a religion's doctrine. The table has two parts:
//
//   - common nouns, a line each ("software", "engine"): a single
//     lower-case word none of whose senses is in noun.Tops, noun.group,
//     noun.location, noun.person or noun.object, nor a kind of structure,
//     facility or way (buildings, plants, roads are places); the head of a
//     description that makes a name a thing ("X, an open-source game");
//   - names, a line each, every word capitalised ("Neandertal", "HIV"): a
//     name of WordNet none of whose senses is in those files, nor in
//     noun.artifact (a building, a ship), noun.event or noun.act (a war, a
//     battle named after its place: events stay the actors they were), and
//     whose lower-case form is no noun of a person, a group or a place
//     ("Heaven" for "heaven", "Empire" for "empire" may name a body), nor a language ("Ndebele" names a people too); "Name|text" when all its senses are in
//     noun.communication or noun.cognition ("Linux|text": a text,
//     software, a doctrine), which may end the name of another such thing
//     ("Rocky Linux"); "Name|life" when all are in noun.animal,
//     noun.plant, noun.state or noun.body ("HIV|life": a species, a
//     disease), the only things an acronym may name by itself.
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
	dir := flag.String("wordnet", "/usr/share/wordnet", "folder of WordNet 3.0's data.noun")
	flag.Parse()
	if err := run(*dir, os.Stdout); err != nil {
		slog.Error("thinggen", "err", err)
		os.Exit(1)
	}
}

// lexicographer files of WordNet's nouns, by number.
var lexNames = map[string]string{
	"03": "Tops", "04": "act", "05": "animal", "06": "artifact", "07": "attribute",
	"08": "body", "09": "cognition", "10": "communication", "11": "event", "12": "feeling",
	"13": "food", "14": "group", "15": "location", "16": "motive", "17": "object",
	"18": "person", "19": "phenomenon", "20": "plant", "21": "possession", "22": "process",
	"23": "quantity", "24": "relation", "25": "shape", "26": "state", "27": "substance", "28": "time",
}

// actorClasses may hold an actor or a place; a word with a sense in one is no thing.
var actorClasses = map[string]bool{"Tops": true, "group": true, "location": true, "person": true, "object": true}

// placeRoots are the synsets (noun.artifact) whose kinds are places:
// structure, facility, way (road).
var placeRoots = []string{"04341686", "03315023", "04564698"}

// languageRoot is the synset language, linguistic communication.
const languageRoot = "06282651"

// tagClasses are the tags of names and the classes all of whose senses
// the tag needs.
var tagClasses = []struct {
	tag     string
	classes map[string]bool
}{
	{"text", map[string]bool{"communication": true, "cognition": true}},
	{"life", map[string]bool{"animal": true, "plant": true, "state": true, "body": true}},
}

type synset struct {
	class     string
	words     []string
	hypernyms []string
}

// allCapitalised reports whether every word of a WordNet name (words
// joined by "_" or "-") starts with a capital: a Latin binomial
// ("Ruta graveolens") is left out.
func allCapitalised(word string) bool {
	for _, w := range strings.FieldsFunc(word, func(r rune) bool { return r == '_' || r == '-' }) {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

func run(dir string, w io.Writer) error {
	synsets := map[string]*synset{}
	err := wordnet.EachLine(filepath.Join(dir, "data.noun"), func(line string) {
		f := strings.Fields(line)
		words := wordnet.Words(line)
		if words == nil {
			return
		}
		s := &synset{class: lexNames[f[1]], words: words}
		for i, x := range f {
			if (x == "@" || x == "@i") && i+1 < len(f) {
				s.hypernyms = append(s.hypernyms, f[i+1])
			}
		}
		synsets[f[0]] = s
	})
	if err != nil {
		return err
	}
	place := map[string]bool{}    // synsets under a place root, worked out on demand
	language := map[string]bool{} // synsets under languageRoot
	var under func(off string, roots []string, memo map[string]bool, depth int) bool
	under = func(off string, roots []string, memo map[string]bool, depth int) bool {
		if v, ok := memo[off]; ok {
			return v
		}
		v := slices.Contains(roots, off)
		if s := synsets[off]; !v && s != nil && depth < 30 {
			for _, h := range s.hypernyms {
				if under(h, roots, memo, depth+1) {
					v = true
					break
				}
			}
		}
		memo[off] = v
		return v
	}
	classes := map[string]map[string]bool{} // word → classes of its senses
	placed := map[string]bool{}             // words with a sense that is a place's kind
	languages := map[string]bool{}          // words with a sense that is a language
	for off, s := range synsets {
		for _, word := range s.words {
			if classes[word] == nil {
				classes[word] = map[string]bool{}
			}
			classes[word][s.class] = true
			if s.class == "artifact" && under(off, placeRoots, place, 0) {
				placed[word] = true
			}
			if s.class == "communication" && under(off, []string{languageRoot}, language, 0) {
				languages[word] = true
			}
		}
	}
	actorWord := func(word string) bool {
		for c := range classes[word] {
			if actorClasses[c] {
				return true
			}
		}
		return placed[word]
	}
	var common, names []string
	for word, cs := range classes {
		thing := !actorWord(word)
		if !thing || strings.ContainsAny(word, "()0123456789.'") {
			continue
		}
		first := []rune(word)[0]
		switch {
		case word == strings.ToLower(word) && !strings.ContainsAny(word, "_-"):
			common = append(common, word)
		case unicode.IsUpper(first) && !actorWord(strings.ToLower(word)) && !cs["artifact"] && !cs["event"] && !cs["act"] && !languages[word] && allCapitalised(word):
			name := strings.ReplaceAll(word, "_", " ")
			for _, tc := range tagClasses {
				all := true
				for c := range cs {
					all = all && tc.classes[c]
				}
				if all {
					name += "|" + tc.tag
					break
				}
			}
			names = append(names, name)
		}
	}
	slices.Sort(common)
	slices.Sort(names)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# WordNet 3.0 things (no actor, no place), derived by ingest/actor/internal/thinggen; licence: WORDNET-LICENSE")
	for _, l := range common {
		fmt.Fprintln(bw, l)
	}
	for _, l := range names {
		fmt.Fprintln(bw, l)
	}
	return bw.Flush()
}
