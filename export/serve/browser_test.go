package serve

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium finds Debian's Chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Skip("no Chromium on PATH (apt-get install chromium); the page was not tested in a browser")
	return ""
}

// headless runs Chromium headless on url with extra flags, offline: the
// flags keep it from reaching for Google's services, which a closed
// network refuses. It waits up to 15 s of virtual time for the page's
// requests to settle.
func headless(t *testing.T, browser, url string, extra ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--window-size=1400,1000", "--virtual-time-budget=15000"}
	args = append(append(args, extra...), url)
	cmd := exec.CommandContext(ctx, browser, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", browser, err, stderr.String())
	}
	return stdout.Bytes()
}

// TestPageInBrowser loads the page in a real browser from a server on
// 127.0.0.1, checks the DOM it builds (the statements, their sentences,
// the drawn graph) and takes a screenshot, which must show more than a
// blank page. Set ANNALS_SCREENSHOT to a path to keep the screenshot.
func TestPageInBrowser(t *testing.T) {
	browser := chromium(t)
	ts := talksServer(t, Config{Title: "Istanbul talks"})

	dom := string(headless(t, browser, ts.URL+"/", "--dump-dom"))
	if !strings.Contains(dom, `data-state="ready"`) {
		t.Fatalf("the page did not finish loading its data:\n%.3000s", dom)
	}
	if !strings.Contains(dom, `id="graph-image"`) || !regexp.MustCompile(`id="graph-image"[^>]*data-state="drawn"|data-state="drawn"[^>]*id="graph-image"`).MatchString(dom) {
		t.Errorf("the SVG graph was not drawn:\n%.3000s", dom)
	}
	// Pan and zoom fitted the drawing to its panel once it was drawn.
	if !regexp.MustCompile(`id="graph-view"[^>]*data-zoom="0\.\d+"|data-zoom="0\.\d+"[^>]*id="graph-view"`).MatchString(dom) {
		t.Errorf("the graph was not fitted to its panel:\n%.3000s", dom)
	}
	text := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(dom, "")
	for _, want := range []string{
		"2025-07-23", "by 2025-08-31", "undated",
		"Rustem Umerov", "Vladimir Medinsky", "not meet", "return (offer)", "host (will)",
		"Umerov met Medinsky in İstanbul on July 23.",
		"Turkey will host the “next round” by the end of August.",
		"4 statements", "Talks in İstanbul, sentence #1",
		"1 source", // each statement's fact, told by one article
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the page shows no %q", want)
		}
	}
	if !strings.Contains(dom, `<mark class="object" title="object">Medinsky</mark>`) {
		t.Errorf("the object is not marked in its sentence")
	}
	// Filters come from the address.
	filtered := regexp.MustCompile(`<[^>]*>`).ReplaceAllString(string(headless(t, browser, ts.URL+"/?actor=ukraine", "--dump-dom")), "")
	if !strings.Contains(filtered, "1 statements") || strings.Contains(filtered, "Medinsky met") {
		t.Errorf("the actor filter did not apply:\n%.2000s", filtered)
	}

	// A link to a statement opens its document with the sentence marked.
	var meet string
	for _, s := range talks().Statements {
		if s.Predicate.Lemma == "meet" && !s.Negated {
			meet = s.ID
		}
	}
	linked := string(headless(t, browser, ts.URL+"/#s-"+meet, "--dump-dom"))
	panel := regexp.MustCompile(`(?s)<aside id="document"[^>]*>.*</aside>`).FindString(linked)
	if strings.Contains(panel, "hidden") || !strings.Contains(panel, `data-statement="`+meet+`"`) ||
		!strings.Contains(panel, "<mark>Umerov met Medinsky in İstanbul on July 23.</mark>") ||
		!strings.Contains(panel, "Talks in İstanbul") {
		t.Errorf("the statement's link did not open its document at the sentence:\n%s", panel)
	}

	shot := filepath.Join(t.TempDir(), "page.png")
	headless(t, browser, ts.URL+"/", "--screenshot="+shot)
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	if keep := os.Getenv("ANNALS_SCREENSHOT"); keep != "" {
		if err := os.WriteFile(keep, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the screenshot is no PNG: %v", err)
	}
	checkScreenshot(t, img)
}

// checkScreenshot wants a page with content: the window's size, many
// colours, much of it not background, and the header's dark blue.
func checkScreenshot(t *testing.T, img image.Image) {
	t.Helper()
	b := img.Bounds()
	if b.Dx() < 1000 || b.Dy() < 700 {
		t.Errorf("screenshot %dx%d, want the 1400x1000 window", b.Dx(), b.Dy())
	}
	colours := map[[3]uint32]int{}
	header := false
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := [3]uint32{r >> 8, g >> 8, bl >> 8}
			colours[c]++
			if c == [3]uint32{0x17, 0x32, 0x4d} {
				header = true
			}
		}
	}
	most := 0
	for _, n := range colours {
		most = max(most, n)
	}
	total := (b.Dx() / 2) * (b.Dy() / 2)
	if len(colours) < 50 {
		t.Errorf("only %d colours: a blank or broken page", len(colours))
	}
	if float64(most) > 0.95*float64(total) {
		t.Errorf("one colour covers %d of %d pixels: a blank page", most, total)
	}
	if !header {
		t.Errorf("no pixel of the header's colour #17324d")
	}
}
