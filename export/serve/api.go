package serve

import (
	"context"
	"errors"
	"net/http"

	"github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/annals/annals/export/selection"
	"github.com/annals/annals/graph"
)

// handleActors lists the actors, most statements first:
// GET /api/actors?offset=&limit=
func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	offset, limit, err := window(r.URL.Query(), s.cfg.MaxResults)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	all, err := store(r.Context()).Actors(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]actorJSON, len(all))
	for i, a := range all {
		out[i] = toSummaryJSON(a)
	}
	writeJSON(w, page(out, offset, limit))
}

// handleStatements lists the selected statements in timeline order:
// GET /api/statements?actor=&hops=&predicate=&from=&to=&min_confidence=&doc=&offset=&limit=&sentences=1
// With sentences=1 each statement carries its source sentence. Each
// carries its fact's sources and support, as timeline --json gives them.
func (s *Server) handleStatements(w http.ResponseWriter, r *http.Request) {
	l, err := s.selected(r, r.URL.Query().Get("sentences") == "1")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, l)
}

// handleTimeline gives the selected statements grouped by their time
// ("when"), oldest first and undated last, with their source sentences: the page's data. The same
// parameters as /api/statements; offset and limit count statements.
func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	l, err := s.selected(r, true)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	days := listJSON[dayJSON]{Total: l.Total, Offset: l.Offset, Truncated: l.Truncated, Items: []dayJSON{}}
	for _, st := range l.Items {
		day := st.When
		if n := len(days.Items); n == 0 || days.Items[n-1].Day != day {
			days.Items = append(days.Items, dayJSON{Day: day})
		}
		last := &days.Items[len(days.Items)-1]
		last.Statements = append(last.Statements, st)
	}
	writeJSON(w, days)
}

// selected finds the statements a request's filters select in the index of
// the store's timeline and returns the window of them that offset and
// limit ask for, as JSON: only the window's statements are read further.
func (s *Server) selected(r *http.Request, sources bool) (listJSON[statementJSON], error) {
	q := r.URL.Query()
	sel, err := selectionFrom(q)
	if err != nil {
		return listJSON[statementJSON]{}, err
	}
	offset, limit, err := window(q, s.cfg.MaxResults)
	if err != nil {
		return listJSON[statementJSON]{}, err
	}
	ctx, st := r.Context(), store(r.Context())
	ix, err := s.timelines.index(ctx, st, s.writes.Load())
	if err != nil {
		return listJSON[statementJSON]{}, err
	}
	p, err := ix.selectPage(ctx, st, sel, offset, limit)
	if err != nil {
		return listJSON[statementJSON]{}, err
	}
	items, err := ix.statementsJSON(ctx, st, p.Items, sources)
	if err != nil {
		return listJSON[statementJSON]{}, err
	}
	// what supports the window's facts, read for them alone
	support, err := selection.Support(ctx, st, p.Items)
	if err != nil {
		return listJSON[statementJSON]{}, err
	}
	for i := range items {
		items[i].AddSupport(support[p.Items[i].Fact])
	}
	return listJSON[statementJSON]{Total: p.Total, Offset: p.Offset, Truncated: p.Truncated, Items: items}, nil
}

// statementsJSON turns statements into JSON, with their sources if asked.
func (s *Server) statementsJSON(ctx context.Context, tl export.Timeline, sources bool) ([]statementJSON, error) {
	names := map[string]string{}
	for _, a := range tl.Actors {
		names[a.ID] = a.Name
	}
	docs := map[string]annals.Document{}
	out := make([]statementJSON, len(tl.Statements))
	for i, st := range tl.Statements {
		out[i] = toStatementJSON(st, names)
		if !sources {
			continue
		}
		src, err := s.source(ctx, st, docs)
		if err != nil {
			return nil, err
		}
		out[i].Source = src
	}
	return out, nil
}

// source reads where a statement stands, caching documents in docs.
func (s *Server) source(ctx context.Context, st annals.Statement, docs map[string]annals.Document) (*sourceJSON, error) {
	docID, sentence, ok, err := store(ctx).StatementSentence(ctx, st.ID)
	if err != nil || !ok {
		return nil, err
	}
	doc, cached := docs[docID]
	if !cached {
		if doc, _, err = store(ctx).DocumentByID(ctx, docID); err != nil {
			return nil, err
		}
		docs[docID] = doc
	}
	return toSourceJSON(st, doc, sentence), nil
}

// handleStatement gives one statement with its source:
// GET /api/statements/{id}
func (s *Server) handleStatement(w http.ResponseWriter, r *http.Request) {
	st, tl, err := s.statement(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if st == nil {
		writeError(w, http.StatusNotFound, errors.New("no statement "+r.PathValue("id")))
		return
	}
	out, err := s.statementsJSON(r.Context(), tl, true)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, out[0])
}

// handleSentence gives the sentence a statement was read from, with the
// statement's parts marked: GET /api/statements/{id}/sentence
func (s *Server) handleSentence(w http.ResponseWriter, r *http.Request) {
	st, _, err := s.statement(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if st == nil {
		writeError(w, http.StatusNotFound, errors.New("no statement "+r.PathValue("id")))
		return
	}
	src, err := s.source(r.Context(), *st, map[string]annals.Document{})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, src)
}

// statement reads the statement of the request path, nil if there is none,
// as a one-statement timeline.
func (s *Server) statement(r *http.Request) (*annals.Statement, export.Timeline, error) {
	id := r.PathValue("id")
	doc, _, ok, err := store(r.Context()).StatementSentence(r.Context(), id)
	if err != nil || !ok {
		return nil, export.Timeline{}, err
	}
	sts, err := store(r.Context()).Statements(r.Context(), graph.Filter{Doc: doc})
	if err != nil {
		return nil, export.Timeline{}, err
	}
	for _, st := range sts {
		if st.ID == id {
			tl := export.Timeline{Statements: []annals.Statement{st}}
			tl.Actors, err = selection.ActorsOf(r.Context(), store(r.Context()), tl.Statements)
			return &st, tl, err
		}
	}
	return nil, export.Timeline{}, nil
}

// handleDocument gives a document with its text: GET /api/documents/{id}
func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	d, ok, err := store(r.Context()).DocumentByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !ok {
		writeError(w, http.StatusNotFound, errors.New("no document "+r.PathValue("id")))
		return
	}
	writeJSON(w, toDocumentJSON(d))
}

// handleRelations tells how two actors are linked, as `annals relations`:
// GET /api/relations?a=&b=&min_confidence=
func (s *Server) handleRelations(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("a") == "" || q.Get("b") == "" {
		s.fail(w, r, badRequestf("relations need two actors: a and b"))
		return
	}
	var pair [2]annals.Actor
	for i, key := range []string{"a", "b"} {
		a, err := store(r.Context()).FindActor(r.Context(), q.Get(key))
		if err != nil {
			s.fail(w, r, badRequestf("%s: %v", key, err))
			return
		}
		pair[i] = a
	}
	minConfidence, err := confidenceParam(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rel, err := store(r.Context()).Relations(r.Context(), pair[0], pair[1], minConfidence)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	all := append([]annals.Statement{}, rel.Direct...)
	for _, step := range rel.Steps {
		all = append(all, step...)
	}
	tl := export.Timeline{Statements: all}
	if tl.Actors, err = selection.ActorsOf(r.Context(), store(r.Context()), all); err != nil {
		s.fail(w, r, err)
		return
	}
	js, err := s.statementsJSON(r.Context(), tl, false)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := relationJSON{A: toActorJSON(rel.A), B: toActorJSON(rel.B), Path: rel.Path,
		Direct: js[:len(rel.Direct)], Steps: [][]statementJSON{}}
	if out.Path == nil {
		out.Path = []string{}
	}
	rest := js[len(rel.Direct):]
	for _, step := range rel.Steps {
		out.Steps = append(out.Steps, rest[:len(step)])
		rest = rest[len(step):]
	}
	writeJSON(w, out)
}
