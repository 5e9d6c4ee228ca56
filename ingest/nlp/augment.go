package nlp

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The treebank is web text: forum posts, reviews, e-mail. The shapes that
// open most news reports are rare in it: a bare plural or a name as subject,
// a past-tense verb and a name as object ("Guards arrested Nelson Carter"),
// and headlines in the present tense ("Court blocks merger"). Trained on it
// alone, the tagger reads such a verb as a participle (VBN) and the parser
// follows with a reduced relative clause. newsShapes writes short sentences
// of these shapes, with their trees, from the treebank's own words, and
// training adds them to the treebank.

// shapeWords are the words newsShapes draws from, each a copy of a treebank
// word with its lemma, tags and features.
type shapeWords struct {
	plural, singular []Word    // NNS / NN subjects of a finite verb
	past, presS      []Word    // VBD / VBZ verbs with an object
	presP            []Word    // VBP verbs with an object
	nouns, plurals   []Word    // NN / NNS objects
	names            [][2]Word // two-word names: NNP + flat NNP
}

// collectShapeWords gathers the words of each kind from train, each form
// once, in the order of the treebank.
func collectShapeWords(train []Sentence) *shapeWords {
	var sw shapeWords
	seen := map[string]bool{}
	add := func(list *[]Word, kind string, w Word) {
		key := kind + " " + strings.ToLower(w.Form)
		if seen[key] {
			return
		}
		seen[key] = true
		w.Form = strings.ToLower(w.Form)
		w.Head, w.Deprel, w.Deps, w.Misc = 0, "", "", ""
		*list = append(*list, w)
	}
	for _, s := range train {
		ws := s.Words
		kids := make([][]int, len(ws)+1)
		for i, w := range ws {
			if w.Head >= 0 && w.Head <= len(ws) {
				kids[w.Head] = append(kids[w.Head], i)
			}
		}
		hasObj := func(i int) bool {
			for _, k := range kids[i+1] {
				if ws[k].Deprel == "obj" {
					return true
				}
			}
			return false
		}
		for i, w := range ws {
			if !isLowerWord(w.Form) && w.XPOS != "NNP" {
				continue
			}
			var head *Word
			if w.Head > 0 && w.Head <= len(ws) {
				head = &ws[w.Head-1]
			}
			switch {
			case w.Deprel == "nsubj" && head != nil && head.UPOS == "VERB" && len(kids[i+1]) == 0:
				switch w.XPOS {
				case "NNS":
					add(&sw.plural, "nns-subj", w)
				case "NN":
					add(&sw.singular, "nn-subj", w)
				}
			case w.Deprel == "obj" && len(kids[i+1]) <= 1:
				switch w.XPOS {
				case "NN":
					add(&sw.nouns, "nn-obj", w)
				case "NNS":
					add(&sw.plurals, "nns-obj", w)
				}
			case w.UPOS == "VERB" && hasObj(i):
				switch w.XPOS {
				case "VBD":
					add(&sw.past, "vbd", w)
				case "VBZ":
					add(&sw.presS, "vbz", w)
				case "VBP":
					add(&sw.presP, "vbp", w)
				}
			}
			// A two-word name: NNP whose only child is the flat NNP after it.
			if w.XPOS == "NNP" && len(kids[i+1]) == 1 && kids[i+1][0] == i+1 {
				last := ws[i+1]
				if last.XPOS == "NNP" && last.Deprel == "flat" && len(kids[i+2]) == 0 &&
					isCapitalised(w.Form) && isCapitalised(last.Form) {
					key := "name " + w.Form + " " + last.Form
					if !seen[key] {
						seen[key] = true
						first := w
						first.Head, first.Deprel, first.Deps, first.Misc = 0, "", "", ""
						last.Head, last.Deprel, last.Deps, last.Misc = 0, "", "", ""
						sw.names = append(sw.names, [2]Word{first, last})
					}
				}
			}
		}
	}
	return &sw
}

// isLowerWord reports whether s is a word of lower-case letters.
func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && len(s) > 1
}

// capitalise upper-cases the first letter of a sentence's first word.
func capitalise(w Word) Word {
	r, size := utf8.DecodeRuneInString(w.Form)
	w.Form = string(unicode.ToUpper(r)) + w.Form[size:]
	return w
}

// newsShapes returns n sentences of the news shapes above built from the
// words of train, drawn with a generator seeded by seed. It returns none
// when train lacks words of some kind.
func newsShapes(train []Sentence, n int, seed uint64) []Sentence {
	sw := collectShapeWords(train)
	if len(sw.plural) == 0 || len(sw.singular) == 0 || len(sw.past) == 0 || len(sw.presS) == 0 ||
		len(sw.presP) == 0 || len(sw.nouns) == 0 || len(sw.plurals) == 0 || len(sw.names) == 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, 0x6e657773))
	pick := func(list []Word) Word { return list[rng.IntN(len(list))] }
	the := Word{Form: "the", Lemma: "the", UPOS: "DET", XPOS: "DT", Feats: "Definite=Def|PronType=Art", Deprel: "det"}
	stop := Word{Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: ".", Deprel: "punct"}
	// at sets the head (1-based) and relation of a word.
	at := func(w Word, head int, rel string) Word {
		w.Head, w.Deprel = head, rel
		return w
	}
	out := make([]Sentence, 0, n)
	for i := range n {
		var ws []Word
		name := sw.names[rng.IntN(len(sw.names))]
		switch i % 5 {
		case 0: // Guards arrested Nelson Carter .
			ws = []Word{capitalise(at(pick(sw.plural), 2, "nsubj")), at(pick(sw.past), 0, "root"),
				at(name[0], 2, "obj"), at(name[1], 3, "flat"), at(stop, 2, "punct")}
		case 1: // Engineers repaired the bridge .
			ws = []Word{capitalise(at(pick(sw.plural), 2, "nsubj")), at(pick(sw.past), 0, "root"),
				at(the, 4, "det"), at(pick(sw.nouns), 2, "obj"), at(stop, 2, "punct")}
		case 2: // Nelson Carter won the race .
			ws = []Word{at(name[0], 3, "nsubj"), at(name[1], 1, "flat"), at(pick(sw.past), 0, "root"),
				at(the, 5, "det"), at(pick(sw.nouns), 3, "obj"), at(stop, 3, "punct")}
		case 3: // Court blocks mergers
			ws = []Word{capitalise(at(pick(sw.singular), 2, "nsubj")), at(pick(sw.presS), 0, "root"),
				at(pick(sw.plurals), 2, "obj")}
		case 4: // Farmers protest taxes
			ws = []Word{capitalise(at(pick(sw.plural), 2, "nsubj")), at(pick(sw.presP), 0, "root"),
				at(pick(sw.plurals), 2, "obj")}
		}
		out = append(out, Sentence{Words: ws})
	}
	return out
}
