package serve

import (
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// send makes a request with the given headers ("Host" sets the Host
// header) and returns its status and body.
func send(t *testing.T, method, target string, header map[string]string, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestHostGuard(t *testing.T) {
	ts := talksServer(t, Config{})
	named := talksServer(t, Config{Hosts: HostNames("news.lan", "8080", []string{"box", "[::1]:9"})})
	u, _ := url.Parse(ts.URL)
	port := u.Port()
	tests := []struct {
		server string
		host   string
		path   string
		want   int
	}{
		{ts.URL, "127.0.0.1:" + port, "/api/actors", 200},
		{ts.URL, "localhost:" + port, "/api/actors", 200},
		{ts.URL, "LocalHost.:" + port, "/api/actors", 200},
		{ts.URL, "[::1]:" + port, "/api/actors", 200},
		{ts.URL, "localhost:" + port, "/", 200},
		{ts.URL, "evil.example:" + port, "/api/actors", 421},
		{ts.URL, "evil.example", "/api/actors", 421},
		{ts.URL, "evil.example:" + port, "/", 421},
		{ts.URL, "evil.example:" + port, "/api/v2/read", 421},
		{ts.URL, "evil.example:" + port, "/export/nquads", 421},
		{ts.URL, "localhost", "/api/actors", 421},            // port 80, not ours
		{ts.URL, "127.0.0.1:1", "/api/actors", 421},          // another port
		{ts.URL, "127.0.0.1.evil.example:" + port, "/", 421}, // a look-alike
		{named.URL, "news.lan:8080", "/api/actors", 200},     // the --listen name
		{named.URL, "NEWS.lan:8080", "/api/actors", 200},     //
		{named.URL, "box:8080", "/api/actors", 200},          // an added name, at the port
		{named.URL, "[::1]:9", "/api/actors", 200},           // an added name with its port
		{named.URL, "news.lan:8081", "/api/actors", 421},     //
		{named.URL, "127.0.0.1:" + port, "/api/actors", 421}, // not loopback when a name is given
		{named.URL, strings.TrimPrefix(named.URL, "http://"), "/", 421},
	}
	for _, tt := range tests {
		code, body := send(t, "GET", tt.server+tt.path, map[string]string{"Host": tt.host}, "")
		if code != tt.want {
			t.Errorf("Host %q %s: %d, want %d: %.200s", tt.host, tt.path, code, tt.want, body)
		}
	}
}

func TestWriteGuard(t *testing.T) {
	const token = "s3cret-token"
	ts := talksServer(t, Config{AllowWrites: true, WriteToken: token})
	u, _ := url.Parse(ts.URL)
	port := u.Port()
	const nq = `<urn:x> <urn:p> "written" .` + "\n"
	const js = `[{"subject":"<urn:y>","predicate":"<urn:p>","object":"\"written\""}]`
	ok := func(extra map[string]string) map[string]string {
		h := map[string]string{"Content-Type": "application/n-quads", "Authorization": "Bearer " + token}
		for k, v := range extra {
			if v == "" {
				delete(h, k)
			} else {
				h[k] = v
			}
		}
		return h
	}
	tests := []struct {
		name   string
		path   string
		header map[string]string
		body   string
		want   int
	}{
		{"n-quads with the token", "/api/v2/write", ok(nil), nq, 200},
		{"json", "/api/v2/write", ok(map[string]string{"Content-Type": "application/json"}), js, 200},
		{"a charset", "/api/v2/write", ok(map[string]string{"Content-Type": "application/n-quads; charset=utf-8"}), nq, 200},
		{"bearer in lower case", "/api/v2/write", ok(map[string]string{"Authorization": "bearer " + token}), nq, 200},
		{"own origin", "/api/v2/write", ok(map[string]string{"Origin": ts.URL}), nq, 200},
		{"own origin by another name", "/api/v2/write", ok(map[string]string{"Origin": "http://localhost:" + port}), nq, 200},
		{"same-origin fetch", "/api/v2/write", ok(map[string]string{"Sec-Fetch-Site": "same-origin"}), nq, 200},
		{"typed in", "/api/v2/write", ok(map[string]string{"Sec-Fetch-Site": "none"}), nq, 200},
		{"delete", "/api/v2/delete", ok(nil), nq, 200},

		{"text/plain", "/api/v2/write", ok(map[string]string{"Content-Type": "text/plain"}), nq, 415},
		{"a form", "/api/v2/write", ok(map[string]string{"Content-Type": "application/x-www-form-urlencoded"}), nq, 415},
		{"multipart", "/api/v2/write", ok(map[string]string{"Content-Type": "multipart/form-data; boundary=x"}), nq, 415},
		{"no type", "/api/v2/write", ok(map[string]string{"Content-Type": ""}), nq, 415},
		{"a bad type", "/api/v2/write", ok(map[string]string{"Content-Type": ";;"}), nq, 415},

		{"no token", "/api/v2/write", ok(map[string]string{"Authorization": ""}), nq, 401},
		{"a wrong token", "/api/v2/write", ok(map[string]string{"Authorization": "Bearer s3cret"}), nq, 401},
		{"a longer token", "/api/v2/write", ok(map[string]string{"Authorization": "Bearer " + token + "x"}), nq, 401},
		{"basic", "/api/v2/write", ok(map[string]string{"Authorization": "Basic " + token}), nq, 401},
		{"the bare token", "/api/v2/write", ok(map[string]string{"Authorization": token}), nq, 401},
		{"delete, no token", "/api/v2/delete", ok(map[string]string{"Authorization": ""}), nq, 401},
		{"node delete, no token", "/api/v2/node/delete", ok(map[string]string{"Authorization": ""}), `<urn:x>`, 401},
		{"a trailing slash, no token", "/api/v2/write/", ok(map[string]string{"Authorization": ""}), nq, 401},
		{"text/plain, no token", "/api/v2/write", map[string]string{"Content-Type": "text/plain"}, nq, 401},

		{"another origin", "/api/v2/write", ok(map[string]string{"Origin": "http://evil.example"}), nq, 403},
		{"origin null", "/api/v2/write", ok(map[string]string{"Origin": "null"}), nq, 403},
		{"another port", "/api/v2/write", ok(map[string]string{"Origin": "http://127.0.0.1:1"}), nq, 403},
		{"not http", "/api/v2/write", ok(map[string]string{"Origin": "file://"}), nq, 403},
		{"cross-site", "/api/v2/write", ok(map[string]string{"Sec-Fetch-Site": "cross-site"}), nq, 403},
		{"same-site", "/api/v2/write", ok(map[string]string{"Sec-Fetch-Site": "same-site"}), nq, 403},
		{"a page's form", "/api/v2/write", map[string]string{"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site",
			"Content-Type": "application/x-www-form-urlencoded"}, "a=b", 403},

		{"another host", "/api/v2/write", ok(map[string]string{"Host": "evil.example:" + port}), nq, 421},
		{"rebinding", "/api/v2/write", ok(map[string]string{"Host": "evil.example:" + port, "Origin": "http://evil.example:" + port}), nq, 421},
	}
	for _, tt := range tests {
		code, body := send(t, "POST", ts.URL+tt.path, tt.header, tt.body)
		if code != tt.want {
			t.Errorf("%s: %d, want %d: %.200s", tt.name, code, tt.want, body)
		}
	}
	// Reads and queries need no token.
	for _, path := range []string{"/api/v2/read", "/api/actors"} {
		if code, body := send(t, "GET", ts.URL+path, nil, ""); code != 200 {
			t.Errorf("GET %s without a token: %d %.200s", path, code, body)
		}
	}
	if code, body := send(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", map[string]string{"Content-Type": "application/javascript"},
		`g.V("<urn:x>").Out("<urn:p>").All()`); code != 200 {
		t.Errorf("a query without a token: %d %.200s", code, body)
	}
}

func TestGuardConfig(t *testing.T) {
	for _, cfg := range []Config{
		{AllowWrites: true},
		{Hosts: []string{"localhost"}},
	} {
		if _, err := New(talksStore(t), cfg); err == nil {
			t.Errorf("New(%+v) took it", cfg)
		}
	}
}

func TestHostNames(t *testing.T) {
	tests := []struct {
		host  string
		extra []string
		want  []string // among the names
		not   []string
	}{
		{"127.0.0.1", nil, []string{"127.0.0.1:8080", "localhost:8080", "[::1]:8080"}, []string{"0.0.0.0:8080"}},
		{"localhost", nil, []string{"127.0.0.1:8080", "localhost:8080", "[::1]:8080"}, nil},
		{"::1", nil, []string{"127.0.0.1:8080", "localhost:8080", "[::1]:8080"}, nil},
		{"news.lan", []string{"box", "alias:9000", "[fe80::1]"}, []string{"news.lan:8080", "box:8080", "alias:9000", "[fe80::1]:8080"}, []string{"localhost:8080"}},
		{"192.0.2.7", nil, []string{"192.0.2.7:8080"}, []string{"localhost:8080"}},
		{"0.0.0.0", nil, []string{"127.0.0.1:8080", "localhost:8080"}, []string{"0.0.0.0:8080"}},
		{"", nil, []string{"127.0.0.1:8080", "localhost:8080"}, []string{":8080"}},
	}
	for _, tt := range tests {
		got := HostNames(tt.host, "8080", tt.extra)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("HostNames(%q): %v lacks %s", tt.host, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("HostNames(%q): %v has %s", tt.host, got, n)
			}
		}
	}
}
