package serve

import (
	"context"
	"runtime"
	"runtime/metrics"
	"time"
)

// memorySample is how often a query's watchdog reads the heap: often
// enough that a script growing memory at hundreds of MB/s is stopped near
// its budget.
const memorySample = 50 * time.Millisecond

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
// the budget; and a sample over the budget is taken again after a
// collection, as garbage is no reason to stop a query either.
func watchMemory(ctx context.Context, budget int64, exceeded func()) {
	base := min(heapBytes())
	tick := time.NewTicker(memorySample)
	defer tick.Stop()
	over := func() bool {
		h, _ := heapBytes()
		return h > base && h-base > uint64(budget)
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if !over() {
			continue
		}
		runtime.GC()
		if over() {
			exceeded()
			return
		}
	}
}
