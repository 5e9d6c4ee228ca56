package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/annals/annals/export"
)

// TestActorParts: on the bundled article, --actor Russia takes in Russia's
// parts (Russian forces, the Russian Defence Ministry, stored with
// annals:partOf) in every command that selects by actor, and --actor-only
// leaves them out.
func TestActorParts(t *testing.T) {
	db := ingested(t)
	parts := []string{"Russian forces", "Russian Defence Ministry"}

	t.Run("events counts the parts' statements", func(t *testing.T) {
		fight := map[bool]int{}
		total := map[bool]int{}
		for _, only := range []bool{false, true} {
			args := []string{"events", "--db", db, "--actor", "Russia", "--json"}
			if only {
				args = append(args, "--actor-only")
			}
			out, errs, code := runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, errs)
			}
			var periods []export.EventPeriodJSON
			if err := json.Unmarshal([]byte(out), &periods); err != nil {
				t.Fatal(err)
			}
			for _, p := range periods {
				fight[only] += p.Counts["FIGHT"]
				total[only] += p.Total
			}
		}
		// The only FIGHT about Russia is Russian forces' drone strikes.
		if fight[false] == 0 || fight[true] != 0 {
			t.Errorf("FIGHT with parts %d (want some), actor only %d (want 0)", fight[false], fight[true])
		}
		if total[false] <= total[true] {
			t.Errorf("events with parts %d, not more than the actor's own %d", total[false], total[true])
		}
	})

	for _, c := range []struct {
		name string
		args []string
		want bool // the parts' statements are there
	}{
		{"timeline with parts", []string{"timeline", "--actor", "Russia", "--json"}, true},
		{"timeline actor only", []string{"timeline", "--actor", "Russia", "--actor-only", "--json"}, false},
		{"export with parts", []string{"export", "--format", "csv", "--actor", "Russia"}, true},
		{"export actor only", []string{"export", "--format", "csv", "--actor", "Russia", "--actor-only"}, false},
		{"export hops from the parts", []string{"export", "--format", "csv", "--actor", "Russia", "--hops", "1"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, "", append(c.args, "--db", db)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, part := range parts {
				if got := strings.Contains(out, part); got != c.want {
					t.Errorf("%s in the output: %v, want %v", part, got, c.want)
				}
			}
			if c.args[0] == "timeline" {
				var sts []export.StatementJSON
				if err := json.Unmarshal([]byte(out), &sts); err != nil {
					t.Fatal(err)
				}
				if !slices.ContainsFunc(sts, func(s export.StatementJSON) bool { return s.Subject.Name == "Russia" }) {
					t.Errorf("no statement of Russia itself among %d", len(sts))
				}
			}
		})
	}

	t.Run("--actor-only needs --actor", func(t *testing.T) {
		for _, cmd := range []string{"events", "timeline", "export"} {
			_, errs, code := runCLI(t, "", cmd, "--db", db, "--actor-only")
			if code != 2 || !strings.Contains(errs, "--actor-only needs --actor") {
				t.Errorf("%s --actor-only: exit %d, %q", cmd, code, errs)
			}
		}
	})

	t.Run("help says what --actor includes", func(t *testing.T) {
		for _, cmd := range []string{"events", "timeline", "export", "serve"} {
			out, _, _ := runCLI(t, "", cmd, "--help")
			if !strings.Contains(out, "Russian forces") || !strings.Contains(out, "actor-only") && !strings.Contains(out, "actor_only") {
				t.Errorf("%s --help does not say what --actor includes:\n%s", cmd, out)
			}
		}
	})
}
