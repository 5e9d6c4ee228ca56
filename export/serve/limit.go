package serve

import (
	"errors"
	"net/http"
	"time"
)

// shedAfter is how long a request waits for room before it is refused: long
// enough to ride out a burst, short enough that a client told 503 learns it
// at once, not after the request time limit.
const shedAfter = 250 * time.Millisecond

// limited answers at most n requests at once. A request that finds no room
// within shedAfter gets 503 with Retry-After, so that an overloaded server
// refuses quickly instead of queueing everyone to the time limit.
func limited(n int, next http.Handler) http.Handler {
	slots := make(chan struct{}, n)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case slots <- struct{}{}:
		default:
			timer := time.NewTimer(shedAfter)
			select {
			case slots <- struct{}{}:
				timer.Stop()
			case <-timer.C:
				w.Header().Set("Retry-After", "1")
				writeError(w, http.StatusServiceUnavailable, errors.New("the server is busy; try again in a second"))
				return
			case <-r.Context().Done():
				timer.Stop()
				return
			}
		}
		defer func() { <-slots }()
		next.ServeHTTP(w, r)
	})
}
