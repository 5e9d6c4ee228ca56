package main

import (
	"strings"
	"testing"
)

// TestActorNamesAsTyped: every command that takes an actor finds it by a
// surname or the start of a name, as users type them; a name that fits
// several actors fails and lists them so the user can choose.
func TestActorNamesAsTyped(t *testing.T) {
	db := ingested(t)
	for _, c := range []struct {
		args     []string
		code     int
		out, err string
	}{
		{[]string{"timeline", "--actor", "Peskov"}, 0, "Dmitry Peskov  express", ""},
		{[]string{"events", "--actor", "Trump", "--json"}, 0, "", ""},
		{[]string{"export", "--format", "csv", "--actor", "Umer"}, 0, "Rustem Umerov", ""},
		{[]string{"relations", "Peskov", "Trump"}, 0, "Dmitry Peskov and Donald Trump", ""},
		{[]string{"actors", "merge", "Trump", "Donald Trump"}, 2, "", `"Trump" and "Donald Trump" are already one actor (donald-trump)`},
		{[]string{"timeline", "--actor", "Vladimir"}, 1, "",
			`"Vladimir" fits 2 actors: Vladimir Medinsky (vladimir-medinsky), Vladimir Putin (vladimir-putin); name one in full or by its id`},
		{[]string{"timeline", "--actor", "Russia"}, 0, "Russia", ""}, // the exact name, not Russian forces
	} {
		out, errs, code := runCLI(t, "", append(c.args, "--db", db)...)
		if code != c.code || !strings.Contains(out, c.out) || !strings.Contains(errs, c.err) {
			t.Errorf("%v: exit %d\n%s%s\nwant exit %d, %q on stdout, %q on stderr", c.args, code, out, errs, c.code, c.out, c.err)
		}
	}
}
