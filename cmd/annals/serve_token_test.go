package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// serveWith runs `annals serve` with args and returns its address and the
// lines it wrote on stderr up to its start message.
func serveWith(t *testing.T, args ...string) (string, []string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--listen", "127.0.0.1:0"}, args...), strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	})
	lines := bufio.NewReader(pr)
	var seen []string
	for {
		line, err := lines.ReadString('\n')
		if err != nil {
			t.Fatalf("no start message: %v %q", err, seen)
		}
		seen = append(seen, line)
		if addr := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(line); addr != "" {
			go io.Copy(io.Discard, lines)
			return addr, seen
		}
	}
}

// writeQuad posts one quad to a server's write endpoint with a token and a
// Host ("" for the address's own) and returns the status.
func writeQuad(t *testing.T, addr, token, host string) int {
	t.Helper()
	req, err := http.NewRequest("POST", addr+"api/v2/write", strings.NewReader(`<urn:x> <urn:p> "w" .`+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/n-quads")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if host != "" {
		req.Host = host
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestServeWriteToken(t *testing.T) {
	file := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(file, []byte("from-the-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		env   string
		args  []string
		token string // "" when made up and printed
	}{
		{"made up", "", nil, ""},
		{"from the environment", "from-the-env", nil, "from-the-env"},
		{"from a file", "from-the-env", []string{"--write-token-file", file}, "from-the-file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(envWriteToken, tt.env)
			db := filepath.Join(t.TempDir(), "w.db")
			addr, lines := serveWith(t, append([]string{"--db", db, "--allow-writes", "--allow-host", "news.lan"}, tt.args...)...)
			printed := regexp.MustCompile(`Bearer ([0-9a-f]{48})`).FindStringSubmatch(strings.Join(lines, ""))
			token := tt.token
			switch {
			case token == "" && printed == nil:
				t.Fatalf("no token printed: %q", lines)
			case token == "":
				token = printed[1]
			case printed != nil || strings.Contains(strings.Join(lines, ""), token):
				t.Errorf("a token given is printed: %q", lines)
			}
			port := regexp.MustCompile(`:(\d+)/$`).FindStringSubmatch(addr)[1]
			for _, c := range []struct {
				token, host string
				want        int
			}{
				{"", "", 401},
				{"wrong", "", 401},
				{token, "evil.example:" + port, 421},
				{token, "", 200},
				{token, "localhost:" + port, 200},
				{token, "news.lan:" + port, 200},
			} {
				if got := writeQuad(t, addr, c.token, c.host); got != c.want {
					t.Errorf("token %q host %q: %d, want %d", c.token, c.host, got, c.want)
				}
			}
		})
	}
	if _, errs, code := runCLI(t, "", "serve", "--db", "memory", "--write-token-file", file); code != 2 {
		t.Errorf("--write-token-file without --allow-writes: exit %d: %s", code, errs)
	}
	if _, errs, code := runCLI(t, "", "serve", "--db", "memory", "--allow-writes", "--write-token-file", file+"-missing"); code == 0 || !strings.Contains(errs, "token") {
		t.Errorf("a missing token file: exit %d: %s", code, errs)
	}
}
