package serve

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"net"
	"net/http"
	"strings"
	"syscall"

	"github.com/lib/pq"
)

// internal answers a failure that is not the client's: 503 "store
// unavailable" when the store cannot be reached, 500 otherwise. Neither
// answer carries err, which may hold SQL text and the database's host and
// port; the log gets it.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	if s.cfg.Log != nil {
		s.cfg.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if storeDown(err) {
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, errors.New("store unavailable; try again later"))
		return
	}
	writeError(w, http.StatusInternalServerError, errors.New("internal error; the server's log has the detail"))
}

// downTexts are what a lost database connection says once Cayley has
// flattened the error to text.
var downTexts = []string{
	"connection refused", "connection reset", "broken pipe", "bad connection",
	"no such host", "i/o timeout", "network is unreachable", "dial tcp", "dial unix",
	"the database system is", "terminating connection", "server closed the connection",
	"sql: database is closed", "unexpected eof",
}

// storeDown tells whether err is the store being out of reach rather than
// a fault in the request or the data.
func storeDown(err error) bool {
	var netErr net.Error
	var pqErr *pq.Error
	switch {
	case errors.As(err, &netErr), errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return true
	case errors.As(err, &pqErr):
		class := pqErr.Code.Class()
		return class == "08" || class == "57" || class == "53" // connection, operator intervention, resources
	}
	text := strings.ToLower(err.Error())
	for _, t := range downTexts {
		if strings.Contains(text, t) {
			return true
		}
	}
	return false
}
