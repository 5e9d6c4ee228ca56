package actor

import "strings"

// Names of roles and works: "portrayed Black Panther", "his role as
// Jackie Robinson", "the film Black Panther". Such a name is what someone
// plays or made, not someone who acts in the text, so "he" and "she" never
// take it up, however much it looks like a person's name.

// workNouns name a work or a character just before its name ("the film
// Black Panther", "the character Jack Sparrow").
var workNouns = map[string]bool{
	"film": true, "movie": true, "series": true, "sitcom": true, "show": true, "novel": true,
	"book": true, "album": true, "song": true, "single": true, "musical": true, "opera": true,
	"documentary": true, "character": true, "role": true, "episode": true, "programme": true,
	"franchise": true, "miniseries": true, "superhero": true, "villain": true,
}

// portrayVerbs take the role an actor plays as their object ("portrayed
// Black Panther", "voices Woody"); "play" only where the sentence speaks
// of acting (see actingWords), since "Nadal played Federer" names a rival.
var portrayVerbs = map[string]bool{
	"portray": true, "portrayed": true, "portrays": true, "portraying": true,
	"voiced": true, "voicing": true,
	"impersonated": true, "impersonating": true, "impersonates": true,
}

// playVerbs are the forms of "play".
var playVerbs = map[string]bool{"play": true, "played": true, "plays": true, "playing": true}

// actingWords make "play" in their sentence the playing of a role.
var actingWords = map[string]bool{
	"role": true, "roles": true, "character": true, "characters": true, "film": true,
	"films": true, "movie": true, "movies": true, "series": true, "sitcom": true,
	"actor": true, "actress": true, "starring": true, "starred": true, "cast": true,
	"stage": true, "musical": true, "episode": true, "biopic": true, "drama": true,
	"portrayal": true, "screen": true, "television": true,
}

// roleLeaders come before "as" when a role follows ("his role as Jackie
// Robinson", "starred as Hamlet", "was cast as Bond"); only "role" comes
// before "of" ("the role of Hamlet").
var roleLeaders = map[string]bool{
	"role": true, "roles": true, "starred": true, "stars": true, "starring": true,
	"cast": true, "recast": true,
}

// isWork reports whether mention m names a role or a work: before or
// after a work noun, after a verb of portraying, after "as" or "of" that a role word
// leads, or after "play" in a sentence about acting.
func (t *actorText) isWork(m *actorMention) bool {
	if e := m.end; t.sameSentence(e, m.first) && workNouns[t.tokens[e].lower] && !t.tokens[e].capital &&
		(t.tokens[e].UPOS == "NOUN" || strings.HasPrefix(t.tokens[e].XPOS, "NN")) {
		return true // "the Black Panther film"
	}
	b := m.first - 1
	if t.sameSentence(b, m.first) && (t.tokens[b].lower == "the" || t.tokens[b].lower == "a") {
		b--
	}
	if !t.sameSentence(b, m.first) {
		return false
	}
	tok := t.tokens[b]
	w := tok.lower
	switch {
	case workNouns[w] && !tok.capital && (tok.UPOS == "NOUN" || strings.HasPrefix(tok.XPOS, "NN")), portrayVerbs[w]:
		return true
	case w == "as":
		return t.sameSentence(b-1, m.first) && roleLeaders[t.tokens[b-1].lower]
	case w == "of":
		return t.sameSentence(b-1, m.first) && (t.tokens[b-1].lower == "role" || t.tokens[b-1].lower == "roles")
	case playVerbs[w]:
		s := t.tokens[m.first].sentence
		for k := t.sentenceStart[s]; k < t.sentenceStart[s+1]; k++ {
			if actingWords[t.tokens[k].lower] {
				return true
			}
		}
	}
	return false
}
