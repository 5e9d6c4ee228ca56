package serve

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestLimitedSheds: with every slot taken, a request is refused with 503
// and Retry-After at once, not queued; when a slot frees, requests pass.
func TestLimitedSheds(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 2)
	h := limited(2, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			started <- struct{}{}
			<-release
		}
	}))
	ts := httptest.NewServer(h)
	defer ts.Close()
	done := make(chan struct{})
	for range 2 {
		go func() {
			if resp, err := http.Get(ts.URL + "/slow"); err == nil {
				resp.Body.Close()
			}
			done <- struct{}{}
		}()
	}
	<-started
	<-started

	start := time.Now()
	resp, err := http.Get(ts.URL + "/fast")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if d := time.Since(start); resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || d > 2*time.Second {
		t.Errorf("with every slot taken: %d, Retry-After %q, after %v; want 503 with Retry-After, quickly",
			resp.StatusCode, resp.Header.Get("Retry-After"), d)
	}

	close(release)
	<-done
	<-done
	resp, err = http.Get(ts.URL + "/fast")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("with slots free: %d, want 200", resp.StatusCode)
	}
}
