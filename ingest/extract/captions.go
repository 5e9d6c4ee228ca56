package extract

import (
	"strings"

	"github.com/annals/annals/ingest/analysis"
)

// creditWords open an image's caption or credit line when a colon
// follows: "Image: Ana Ruiz.", "Photo: Reuters".
var creditWords = map[string]bool{
	"Image": true, "Photo": true, "Photograph": true, "Picture": true, "Credit": true,
	"Credits": true, "Video": true, "Illustration": true, "Graphic": true, "Map": true,
}

// caption reports a sentence that is an image's caption or credit, which
// states nothing: one that holds a credit ("US fans Image: Ana Ruiz."), or
// a short line of its own with no finite verb and no closing period ("Mulan
// from Mulan", "501st Legion display"). A text of one line (a headline, a
// sentence given alone) is no caption.
func caption(text string, s *analysis.Sentence) bool {
	toks := s.Tokens
	for k := 0; k+1 < len(toks); k++ {
		if creditWords[toks[k].Form] && toks[k+1].Form == ":" {
			return true
		}
	}
	if len(toks) == 0 || len(toks) > 12 || s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return false
	}
	before, after := text[:s.Start], text[s.End:]
	lineStart := strings.LastIndexByte(before, '\n')
	if lineStart < 0 || strings.TrimSpace(before[lineStart+1:]) != "" || strings.TrimSpace(before) == "" {
		return false // not a line of its own, or the text's first line
	}
	if lineEnd := strings.IndexByte(after, '\n'); lineEnd >= 0 && strings.TrimSpace(after[:lineEnd]) != "" ||
		lineEnd < 0 && strings.TrimSpace(after) != "" {
		return false
	}
	switch last := toks[len(toks)-1].Form; {
	case last == "." || last == "!" || last == "?" || last == ":" || isQuote(last):
		return false
	}
	for _, tok := range toks {
		switch tok.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}
