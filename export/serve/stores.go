package serve

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"

	"github.com/annals/annals/graph"
)

// Opener opens the store for the requests in flight. A server made with
// NewOpening calls it when a request arrives and none is open, and closes
// the store when the last request in flight is answered: an embedded bolt
// store takes one writer or many readers at a time, so a server holding it
// for its whole life would keep `annals ingest` out.
type Opener func(ctx context.Context) (*graph.Store, error)

// session is an open store and Cayley's API on it, shared by the requests
// in flight.
type session struct {
	st     *graph.Store
	cayley http.Handler
	refs   int
}

// stores gives requests their store: the one held for the server's life,
// or one opened while requests are in flight.
type stores struct {
	held *session // set for a server made with New
	open Opener   // set for a server made with NewOpening

	mu  sync.Mutex
	cur *session
}

// acquire gives the store to a request, opening it if no request in flight
// has it open; release must follow.
func (p *stores) acquire(ctx context.Context, s *Server) (*session, error) {
	if p.held != nil {
		return p.held, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cur == nil {
		st, err := p.open(ctx)
		if err != nil {
			return nil, err
		}
		cayley, err := s.cayleyAPI(st)
		if err != nil {
			_ = st.Close()
			return nil, err
		}
		p.cur = &session{st: st, cayley: cayley}
	}
	p.cur.refs++
	return p.cur, nil
}

// release ends a request's use of the store, closing it after the last one.
func (p *stores) release(ses *session) error {
	if p.held != nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if ses.refs--; ses.refs > 0 {
		return nil
	}
	p.cur = nil
	return ses.st.Close()
}

type sessionKey struct{}

// withStore gives the request the store, for the paths that read it; the
// page itself needs none. A refusal (another process writes the store)
// answers 503 naming that process.
func (s *Server) withStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/api/") && !strings.HasPrefix(r.URL.Path, "/export/") {
			next.ServeHTTP(w, r)
			return
		}
		ses, err := s.stores.acquire(r.Context(), s)
		if err != nil {
			if errors.Is(err, graph.ErrLocked) {
				w.Header().Set("Retry-After", "2")
				writeError(w, http.StatusServiceUnavailable, errors.New(err.Error()+"; try again when it finishes"))
				return
			}
			s.fail(w, r, err)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, ses)))
		if err := s.stores.release(ses); err != nil && s.cfg.Log != nil {
			s.cfg.Log.Error("closing the store after a request", "err", err)
		}
	})
}

// store is the store of a request's context (see withStore).
func store(ctx context.Context) *graph.Store {
	return ctx.Value(sessionKey{}).(*session).st
}
