package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestTimexJSONL(t *testing.T) {
	// The curly apostrophe is three bytes: offsets after it must count bytes.
	in := "Russia’s envoy arrived on Wednesday; talks end by the end of August, as in 2019."
	var out bytes.Buffer
	opts := &timexOptions{
		IO:     &IOStreams{In: strings.NewReader(in), Out: &out, Err: io.Discard},
		Date:   "2025-07-23",
		Format: "jsonl",
	}
	if err := runTimex(opts); err != nil {
		t.Fatal(err)
	}
	want := `{"start":28,"end":37,"text":"Wednesday","type":"DATE","value":"2025-07-23"}
{"start":52,"end":69,"text":"the end of August","type":"DATE","value":"2025-08"}
{"start":77,"end":81,"text":"2019","type":"DATE","value":"2019"}
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestTimexCommandWithoutDate(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"timex", "--format", "jsonl"},
		strings.NewReader("It happened yesterday."), &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	want := `{"start":12,"end":21,"text":"yesterday","type":"DATE","value":"XXXX-XX-XX"}` + "\n"
	if out.String() != want {
		t.Errorf("got %s, want %s", out.String(), want)
	}
	if !strings.Contains(errOut.String(), "no --date") {
		t.Errorf("no warning about the missing date on stderr: %q", errOut.String())
	}
}

func TestTimexTable(t *testing.T) {
	var out bytes.Buffer
	opts := &timexOptions{
		IO:     &IOStreams{In: strings.NewReader("Talks began on Monday."), Out: &out, Err: io.Discard},
		Date:   "2025-07-23",
		Format: "text",
	}
	if err := runTimex(opts); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "START") || !strings.Contains(lines[1], "2025-07-21") ||
		!strings.HasSuffix(lines[1], "Monday") {
		t.Errorf("unexpected table:\n%s", out.String())
	}
}

func TestTimexBadFlags(t *testing.T) {
	for _, tc := range []struct{ name, date, format string }{
		{"date not ISO", "23/07/2025", "jsonl"},
		{"unknown format", "2025-07-23", "xml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := &timexOptions{
				IO:   &IOStreams{In: strings.NewReader("today"), Out: io.Discard, Err: io.Discard},
				Date: tc.date, Format: tc.format,
			}
			var exit *exitError
			if err := runTimex(opts); !errors.As(err, &exit) || exit.code != 2 {
				t.Errorf("got %v, want a usage error", err)
			}
		})
	}
	var errOut bytes.Buffer
	if code := run(context.Background(), []string{"timex", "--date", ""}, strings.NewReader("today"), io.Discard,
		&errOut); code != 2 || !strings.Contains(errOut.String(), "--date") {
		t.Errorf("empty --date: exit %d, stderr %q", code, errOut.String())
	}
}
