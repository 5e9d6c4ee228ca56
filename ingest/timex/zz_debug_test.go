package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDebugDump(t *testing.T) {
	path := os.Getenv("TIMEX_DUMP")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	anchor, _ := time.Parse("2006-01-02", os.Getenv("TIMEX_DATE"))
	for _, e := range Find(string(b), anchor) {
		fmt.Printf("%4d %4d %-8s %-14s %-8s %s..%s %-5s %q\n", e.Start, e.End, e.Type, e.Value, e.Kind, e.Earliest.Format("2006-01-02"), e.Latest.Format("2006-01-02"), e.Precision, e.Text)
	}
}
