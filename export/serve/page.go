package serve

import (
	_ "embed"
	"html/template"
	"net/http"

	"github.com/annals/annals"
)

// pageHTML is the page at /: HTML, CSS and JavaScript in one file, with no
// outside resource, so that it works offline and behind any proxy. It
// reads the JSON API and draws the SVG export.
//
//go:embed page.html
var pageHTML string

var pageTemplate = template.Must(template.New("page").Parse(pageHTML))

// handlePage serves the page for people.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy",
		"default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self'")
	_ = pageTemplate.Execute(w, struct {
		Title         string
		MinConfidence float64
	}{s.cfg.Title, annals.DefaultMinConfidence})
}
