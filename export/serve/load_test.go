package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/annals/annals/graph"
)

// The load test of issue 24's targets: 200 clients on loopback for 20 s,
// reading timeline?limit=50 pages of the Wikinews store. It is slow, so it
// runs only when asked:
//
//	ANNALS_LOADTEST=1 go test ./export/serve -run TestLoad -v
//
// ANNALS_LOADTEST_DB names a bolt store to serve instead of ingesting the
// corpus (about 15 s); ANNALS_LOADTEST_SECONDS and ANNALS_LOADTEST_CLIENTS
// change the run's length and width, ANNALS_LOADTEST_INFLIGHT the server's
// Config.MaxInFlight (default: the server's default).
const loadCorpus = "../../../shared/corpus/wikinews-2019-2020.jsonl"

// Targets of the issue.
const (
	loadP99     = time.Second
	loadHeapMax = 1 << 30
	loadShedMax = time.Second // a 503 that sheds load comes at least this fast
)

func TestLoad(t *testing.T) {
	if os.Getenv("ANNALS_LOADTEST") != "1" {
		t.Skip("the load test runs with ANNALS_LOADTEST=1")
	}
	clients, seconds := envInt(t, "ANNALS_LOADTEST_CLIENTS", 200), envInt(t, "ANNALS_LOADTEST_SECONDS", 20)
	db := os.Getenv("ANNALS_LOADTEST_DB")
	if db == "" {
		if _, err := os.Stat(loadCorpus); err != nil {
			t.Skipf("the load test needs the Wikinews corpus at %s (the shared directory beside the repository): %v", loadCorpus, err)
		}
		db = filepath.Join(t.TempDir(), "wikinews.db")
		start := time.Now()
		ingest := exec.Command("go", "run", "../../cmd/annals", "ingest", "--db", db, loadCorpus)
		if out, err := ingest.CombinedOutput(); err != nil {
			t.Fatalf("ingest the corpus: %v\n%s", err, out)
		}
		t.Logf("ingested %s in %v", filepath.Base(loadCorpus), time.Since(start).Round(time.Second))
	}

	srv, err := NewOpening(func(ctx context.Context) (*graph.Store, error) {
		return graph.Open(ctx, db, graph.ReadOnly())
	}, Config{MaxInFlight: envInt(t, "ANNALS_LOADTEST_INFLIGHT", -1)})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	defer hs.Close()
	base := "http://" + ln.Addr().String()

	// The first page builds the index; its time is reported apart.
	start := time.Now()
	var first listJSON[dayJSON]
	get(t, base, "/api/timeline?limit=50", http.StatusOK, &first)
	t.Logf("first page (index built): %v; %d statements selected", time.Since(start).Round(time.Millisecond), first.Total)
	if first.Total < 50 {
		t.Fatalf("the store selects %d statements; want a store to load", first.Total)
	}
	pages := first.Total / 50
	for _, path := range []string{"/api/timeline?limit=50&offset=1000", "/api/statements?limit=50&offset=2000", "/api/timeline?limit=1"} {
		start := time.Now()
		get(t, base, path, http.StatusOK, nil)
		t.Logf("%s alone: %v", path, time.Since(start).Round(time.Millisecond))
	}

	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	var (
		mu       sync.Mutex
		ok       []time.Duration
		statuses = map[string]int{}
		slowShed int
		peakHeap atomic.Uint64
	)
	stop := make(chan struct{})
	heapDone := make(chan struct{})
	go func() { // the server's heap, sampled: it runs in this process
		defer close(heapDone)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peakHeap.Load() {
				peakHeap.Store(ms.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	deadline := time.Now().Add(time.Duration(seconds) * time.Second)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			for i := 0; time.Now().Before(deadline); i++ {
				path := fmt.Sprintf("/api/timeline?limit=50&offset=%d", 50*((c*7919+i*104729)%pages))
				began := time.Now()
				resp, err := client.Get(base + path)
				took := time.Since(began)
				status := ""
				if err != nil {
					status = "error"
					if errors.Is(err, context.DeadlineExceeded) {
						status = "timeout"
					}
				} else {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					status = fmt.Sprint(resp.StatusCode)
				}
				mu.Lock()
				statuses[status]++
				switch {
				case status == "200":
					ok = append(ok, took)
				case status == "503" && took > loadShedMax:
					slowShed++
				}
				mu.Unlock()
				if status == "503" {
					time.Sleep(time.Second) // as Retry-After asks
				}
			}
		})
	}
	wg.Wait()
	close(stop)
	<-heapDone

	slices.Sort(ok)
	at := func(p float64) time.Duration {
		if len(ok) == 0 {
			return 0
		}
		return ok[min(len(ok)-1, int(p*float64(len(ok))))]
	}
	total := 0
	for _, n := range statuses {
		total += n
	}
	t.Logf("%d clients, %d s: %d requests (%.0f/s), answers by status %v", clients, seconds, total,
		float64(total)/float64(seconds), statuses)
	t.Logf("200s: p50 %v, p99 %v, max %v; 503s slower than %v: %d; peak server heap %d MB",
		at(0.50).Round(time.Millisecond), at(0.99).Round(time.Millisecond), at(1).Round(time.Millisecond),
		loadShedMax, slowShed, peakHeap.Load()>>20)
	t.Logf("indexes built: %d", srv.timelines.builds.Load())
	if p99 := at(0.99); p99 > loadP99 {
		t.Errorf("p99 %v, want under %v", p99, loadP99)
	}
	for status, n := range statuses {
		if status != "200" && status != "503" {
			t.Errorf("%d answers %s, want only 200 and fast 503", n, status)
		}
	}
	if slowShed > 0 {
		t.Errorf("%d 503s slower than %v", slowShed, loadShedMax)
	}
	if h := peakHeap.Load(); h > loadHeapMax {
		t.Errorf("peak heap %d MB, want under %d MB", h>>20, loadHeapMax>>20)
	}
}

func envInt(t *testing.T, key string, def int) int {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	var n int
	if _, err := fmt.Sscan(v, &n); err != nil || n <= 0 {
		t.Fatalf("%s=%q: want a positive number", key, v)
	}
	return n
}
