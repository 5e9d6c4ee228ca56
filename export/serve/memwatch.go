package serve

import (
	"context"
	"runtime"
	"runtime/metrics"
	"time"
)

// memorySample is how often a query's watchdog reads the heap while it
// is far below the budget; a reading costs microseconds.
const memorySample = 10 * time.Millisecond

// memorySampleNear is how often it reads once the heap has grown past a
// quarter of the budget: a script doubling a string doubles the heap in a
// few milliseconds, and the next doubling must not start unseen.
const memorySampleNear = time.Millisecond

// heapMetric is the bytes of heap objects, live or not yet swept; reading
// it, unlike runtime.ReadMemStats, does not stop the world.
const heapMetric = "/memory/classes/heap/objects:bytes"

// liveMetric is the bytes of heap objects found live by the last
// collection.
const liveMetric = "/gc/heap/live:bytes"

// heapBytes reads heapMetric and liveMetric.
func heapBytes() (heap, live uint64) {
	s := []metrics.Sample{{Name: heapMetric}, {Name: liveMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return 0, 0 // not on this runtime: the watchdog then never fires
	}
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}

// watchMemory calls exceeded, once, when the process heap grows more than
// budget bytes above its size when the watch began, until ctx is done.
// The heap is the whole process's, so queries running together share the
// budget. The base is the smaller of the heap and its live part at the
// last collection, so that the garbage of an earlier query does not widen
// the budget. Garbage is no reason to stop a query either: a heap over the
// budget is measured again after a collection, run aside so that sampling
// goes on; a heap half again over the budget stops the query without
// waiting for it, as a script doubling a string doubles its memory in one
// step, and a script is interrupted only between steps. That growth is
// counted from the heap as it was, garbage and all, for garbage left by
// earlier requests not to stop a query that has taken nothing yet.
func watchMemory(ctx context.Context, budget int64, exceeded func()) {
	start, live := heapBytes()
	base := min(start, live)
	growth := func() int64 {
		h, _ := heapBytes()
		return int64(h) - int64(base)
	}
	tick := time.NewTicker(memorySample)
	defer tick.Stop()
	near := false               // sampling at memorySampleNear
	var collected chan struct{} // a collection in progress
	for {
		select {
		case <-ctx.Done():
			return
		case <-collected:
			collected = nil
			if growth() > budget {
				exceeded()
				return
			}
		case <-tick.C:
			g := growth()
			if !near && g > budget/4 {
				near = true
				tick.Reset(memorySampleNear)
			}
			switch {
			case g-int64(base)+int64(start) > budget*3/2:
				exceeded()
				return
			case g > budget && collected == nil:
				collected = make(chan struct{})
				go func(done chan struct{}) {
					runtime.GC()
					close(done)
				}(collected)
			}
		}
	}
}
