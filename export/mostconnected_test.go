package export

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	annals "github.com/annals/annals"
)

// crowdedTimeline is a store's worth of statements: actor-0 in the most,
// actor-19 in the fewest; Vladimir Putin acts in 2019 and in July 2025
// (two columns); some times are vague ("recently": PAST_REF, only a
// latest day) or bare durations (P2W), whose TIMEX values mean nothing
// on a drawing.
func crowdedTimeline() Timeline {
	tl := Timeline{Title: "Everything",
		Actors: []annals.Actor{{ID: "vladimir-putin", Name: "Vladimir Putin", Type: annals.ActorPerson}}}
	for i := range 20 {
		tl.Actors = append(tl.Actors, annals.Actor{ID: fmt.Sprintf("actor-%02d", i), Name: fmt.Sprintf("Actor %02d", i), Type: annals.ActorCountry})
		for j := range 20 - i { // actor-i is the subject of 20-i statements
			s := annals.Statement{ID: fmt.Sprintf("s-%02d-%02d", i, j), Subject: arg("", fmt.Sprintf("actor-%02d", i)),
				Predicate: pred("say", j), Object: argp("something", ""), Time: dayTime(fmt.Sprintf("2025-07-%02d", 1+j%5))}
			switch j % 4 {
			case 1: // "recently"
				s.Time.Value, s.Time.Type, s.Time.Earliest = "PAST_REF", annals.TimexDate, time.Time{}
			case 2: // "within two weeks", unresolved
				s.Time = &annals.Time{Value: "P2W", Type: annals.TimexDuration}
			}
			tl.Statements = append(tl.Statements, s)
		}
	}
	putin := func(id, day string) annals.Statement {
		return annals.Statement{ID: id, Subject: arg("Putin", "vladimir-putin"), Predicate: pred("meet", 0),
			Object: argp("Actor 00", "actor-00"), Time: dayTime(day)}
	}
	for i := range 25 {
		tl.Statements = append(tl.Statements, putin(fmt.Sprintf("putin-%02d", i), []string{"2019-01-01", "2025-07-03"}[i%2]))
	}
	return tl
}

func TestDOTDefaultSelection(t *testing.T) {
	tl := crowdedTimeline()
	tests := []struct {
		name                 string
		maxActors            int
		actors, statements   int // actor and statement nodes drawn
		note                 string
		wantPutin, wantActor string // drawn; "" for none
		notActor             string // not drawn
	}{
		{"default", DefaultMaxActors, 12, 25 + 20 + 19 + 18 + 17 + 16 + 15 + 14 + 13 + 12 + 11 + 10,
			"Showing the 12 most connected of 21 actors and their 190 of 235 statements. Use --actor.",
			"actor:vladimir-putin", "actor:actor-10", "actor:actor-11"},
		{"three", 3, 3, 25 + 20 + 19, "Showing the 3 most connected of 21 actors and their 64 of 235 statements. Use --actor.",
			"actor:vladimir-putin", "actor:actor-01", "actor:actor-02"},
		{"all", 0, 21, 235, "", "actor:vladimir-putin", "actor:actor-19", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := drawDOT(t, MostConnected(tl, tt.maxActors, "Use --actor."), DOTOptions{})
			if n := strings.Count(out, `id="statement:`); n != tt.statements {
				t.Errorf("%d statement nodes, want %d", n, tt.statements)
			}
			// One node per actor: no id drawn twice, however many columns.
			ids := regexp.MustCompile(`id="(actor:[^"]*)"`).FindAllStringSubmatch(out, -1)
			seen := map[string]int{}
			for _, m := range ids {
				seen[m[1]]++
			}
			if len(seen) != tt.actors || len(ids) != tt.actors {
				t.Errorf("%d actor nodes of %d actors, want %d once each: %v", len(ids), len(seen), tt.actors, seen)
			}
			if seen[tt.wantPutin] != 1 || seen[tt.wantActor] != 1 {
				t.Errorf("%s, %s drawn %d, %d times, want once", tt.wantPutin, tt.wantActor, seen[tt.wantPutin], seen[tt.wantActor])
			}
			if tt.notActor != "" && seen[tt.notActor] != 0 {
				t.Errorf("%s drawn, want it left out", tt.notActor)
			}
			if tt.note != "" && !strings.Contains(out, tt.note) {
				t.Errorf("no note %q in the heading:\n%s", tt.note, headingOf(out))
			}
			if tt.note == "" && strings.Contains(out, "most connected") {
				t.Errorf("a note though nothing was left out:\n%s", headingOf(out))
			}
			for _, want := range []string{"person (ellipse)", "organisation (rectangle)", "country (hexagon)", "place (octagon)",
				cooperationColour + `">━━▶ cooperation`, conflictColour + `">━━▶ conflict`, notHappenedColour + `">╌╌▶ did not happen`} {
				if !strings.Contains(out, want) {
					t.Errorf("the legend lacks %q:\n%s", want, headingOf(out))
				}
			}
			for _, timex := range []string{"PAST_REF", "P2W", "FUTURE_REF", "PRESENT_REF"} {
				if strings.Contains(out, timex) {
					t.Errorf("a raw TIMEX value %s is drawn", timex)
				}
			}
		})
	}
}

// headingOf is the graph's label line, for messages.
func headingOf(out string) string {
	for line := range strings.SplitSeq(out, "\n") {
		if strings.Contains(line, "labelloc=") {
			return line
		}
	}
	return ""
}

func TestMostConnectedKeepsSmallTimelines(t *testing.T) {
	tl := smallTimeline()
	if got := MostConnected(tl, DefaultMaxActors, "hint"); got.Trimmed != nil || len(got.Statements) != len(tl.Statements) {
		t.Errorf("a timeline of few actors was trimmed: %+v", got.Trimmed)
	}
}
