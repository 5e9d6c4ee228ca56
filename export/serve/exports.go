package serve

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/annals/annals/export"
)

// handleExport writes an export, as `annals export --format` does:
// GET /export/{dot|svg|graphml|csv}?actor=&hops=&predicate=&from=&to=&min_confidence=&doc=&title=
// (dot and svg with no actor draw the max_actors, default
// export.DefaultMaxActors, most connected actors; max_actors=0 all)
// GET /export/{jsonld|nquads}?derived=0 (the whole store; derived=0 leaves
// out the derived view)
// Add download=1 to have browsers save it as a file.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	format, ok := export.FormatNamed(r.PathValue("format"))
	if !ok {
		writeError(w, http.StatusNotFound, fmt.Errorf("no export format %q: want %s", r.PathValue("format"), export.FormatList()))
		return
	}
	var buf bytes.Buffer
	var status int
	var err error
	if format.Whole() {
		status, err = s.exportRDF(r, format, &buf)
	} else {
		status, err = s.exportTimeline(r, format, &buf)
	}
	if status != 0 {
		writeError(w, status, err)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", format.MediaType)
	if r.URL.Query().Get("download") == "1" {
		w.Header().Set("Content-Disposition", `attachment; filename="annals.`+format.Name+`"`)
	}
	_, _ = w.Write(buf.Bytes())
}

// exportTimeline writes the selected statements; a non-zero status is a
// refusal (too many statements to draw).
func (s *Server) exportTimeline(r *http.Request, format export.Format, buf *bytes.Buffer) (int, error) {
	sel, err := selectionFrom(r.URL.Query())
	if err != nil {
		return 0, err
	}
	maxActors, err := intParam(r.URL.Query(), "max_actors", export.DefaultMaxActors, 0, 1000)
	if err != nil {
		return 0, err
	}
	limit, trim := s.cfg.MaxExported, false
	if format.Drawing {
		limit, trim = s.cfg.MaxDrawn, len(sel.Actors) == 0 || r.URL.Query().Has("max_actors")
	}
	var tl export.Timeline
	if trim { // holding only the statements drawn
		tl, err = sel.MostConnected(r.Context(), store(r.Context()), maxActors, "Choose an actor to see the rest.")
	} else {
		tl, err = sel.Timeline(r.Context(), store(r.Context()))
	}
	if err != nil {
		return 0, err
	}
	if n := len(tl.Statements); n > limit {
		return http.StatusRequestEntityTooLarge, fmt.Errorf(
			"%d statements selected, more than the %d this server exports as %s; narrow them with actor, from, to or predicate", n, limit, format.Name)
	}
	return 0, format.Timeline(r.Context(), buf, tl)
}

// exportRDF writes the whole store with its derived view.
func (s *Server) exportRDF(r *http.Request, format export.Format, buf *bytes.Buffer) (int, error) {
	for key := range r.URL.Query() {
		if key != "derived" && key != "download" {
			return http.StatusBadRequest, fmt.Errorf("%s exports the whole store; %q does not apply", format.Name, key)
		}
	}
	quads, err := store(r.Context()).AllQuads(r.Context())
	if err != nil {
		return 0, err
	}
	quads, prefixes := export.WholeStore(quads, r.URL.Query().Get("derived") != "0")
	if len(quads) > s.cfg.MaxExported {
		return http.StatusRequestEntityTooLarge, fmt.Errorf(
			"the store has %d quads, more than the %d this server exports; use annals export", len(quads), s.cfg.MaxExported)
	}
	return 0, format.Quads(r.Context(), buf, export.SliceQuads(quads), prefixes)
}
