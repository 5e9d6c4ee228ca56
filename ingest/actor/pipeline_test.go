package actor_test

import (
	"context"
	"testing"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest"
	"github.com/annals/annals/ingest/analysis"
)

// The tests of this file run the whole standard pipeline, whose parse and
// statements the actor stage reads.

func TestTitleRoles(t *testing.T) {
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: "Russian President Vladimir Putin met reporters in Moscow.",
		Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)}}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, st := range a.Statements {
		if st.Predicate.Lemma == "president of" {
			if st.Subject.Actor != "vladimir-putin" || st.Object == nil || st.Object.Actor != "russia" || st.Time == nil || !st.Time.FromDocument() {
				t.Errorf("role statement: %+v", st)
			}
			return
		}
	}
	t.Errorf("no role statement among %d", len(a.Statements))
}

func TestPairDescriptions(t *testing.T) {
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC),
		Text: "Talks about a meeting between Volodymyr Zelensky and Vladimir Putin go on. The two leaders last met in 2019."}}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, st := range a.Statements {
		if st.Predicate.Lemma == "meet" {
			if st.Subject.Actor != "volodymyr-zelensky" || st.Object == nil || st.Object.Actor != "vladimir-putin" || st.Passive {
				t.Errorf("the two leaders met: %+v / %+v", st.Subject, st.Object)
			}
			return
		}
	}
	t.Error("no meet statement")
}

func TestMetonymyIsExplicit(t *testing.T) {
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &analysis.Analysis{Document: annals.Document{ID: "d", Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC),
		Text: "Moscow has indicated that talks will continue. The Kremlin denied the report. Delegates met in Istanbul."}}
	if err := pipe.Run(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"moscow": "russia", "kremlin": "russia", "istanbul": ""}
	for _, act := range a.Actors {
		if w, ok := want[act.ID]; ok {
			if act.StandsFor != w {
				t.Errorf("%s stands for %q, want %q", act.ID, act.StandsFor, w)
			}
			delete(want, act.ID)
		}
		if act.ID == "russia" && act.Type != annals.ActorCountry {
			t.Errorf("Russia: %+v", act)
		}
	}
	for id := range want {
		t.Errorf("no actor %s", id)
	}
	for _, st := range a.Statements {
		if st.Subject.Actor == "russia" {
			t.Errorf("metonymy merged silently: %+v", st.Subject)
		}
	}
}

// TestHyphenatedGivenNames: a given name written with a hyphen ("Kim
// Sung-hoon") is one name, which the surname alone takes up; a suffix
// after a hyphen ("Kim-era") makes no name, nor does a body before the
// name ("Amnesty International Man-kei Tam" would glue the two).
func TestHyphenatedGivenNames(t *testing.T) {
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want map[string]string // mention text → actor id
	}{
		{"Kim Sung-hoon, the mayor of Daegu, resigned on Monday. Kim had led the city since 2012.",
			map[string]string{"Kim Sung-hoon": "kim-sung-hoon", "Kim": "kim-sung-hoon"}},
		{"Officials criticised the Biden-led coalition on Monday.",
			map[string]string{"Biden": "biden"}},
		{"The spokesman of Northern Relief International Sung-hoon Lee said so.",
			map[string]string{"Lee": "lee"}},
		{"Actor John Rhys-Davies said on Monday that a sequel is planned. Rhys-Davies starred in the first film.",
			map[string]string{"Actor John Rhys-Davies": "john-rhys-davies", "Rhys-Davies": "john-rhys-davies"}}, // a title before the name is in its mention, as "President" below
		{"Taiwan President Tsai Ing-wen said on Monday that talks resumed.",
			map[string]string{"President Tsai Ing-wen": "tsai-ing-wen"}},
		{"Russia-Ukraine talks resumed on Monday, and Maria Lopez-Vega attended.",
			map[string]string{"Maria Lopez-Vega": "maria-lopez-vega", "Russia": "russia"}},
	} {
		a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: tc.text, Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)}}
		if err := pipe.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, m := range a.Mentions {
			got[m.Text] = m.Actor
		}
		for text, id := range tc.want {
			if got[text] != id {
				t.Errorf("%q: mention %q → %q, want %q (mentions %v)", tc.text, text, got[text], id, got)
			}
		}
	}
}

// TestSpeakerAfterBodyAndOccupation: a person named after a body's name
// and an occupation ("X Center for Y economist Ana Ruiz") is the one who
// acts, whatever the occupation and whether the body's name has "Center":
// the body is her affiliation, not the subject.
func TestSpeakerAfterBodyAndOccupation(t *testing.T) {
	pipe, err := ingest.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Harborview Center for Public Policy senior economist Lena Marsh told reporters that prices rose.",
		"Harborview Institute medical anthropologist Lena Marsh told reporters that prices rose.",
		"Harborview Centre for Climate Studies meteorologist Lena Marsh told reporters that storms were likely.",
	} {
		a := &analysis.Analysis{Document: annals.Document{ID: "d", Text: text, Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)}}
		if err := pipe.Run(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, st := range a.Statements {
			if st.Predicate.Lemma == "tell" {
				found = true
				if st.Subject.Actor != "lena-marsh" {
					t.Errorf("%s: subject actor %q, want lena-marsh", text, st.Subject.Actor)
				}
			}
		}
		if !found {
			t.Errorf("%s: no tell statement among %d", text, len(a.Statements))
		}
	}
}
