package serve

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
)

// The guard keeps web pages out of the server. A page the user visits can
// make the browser send requests to 127.0.0.1, and with DNS rebinding (its
// own name pointed at 127.0.0.1) read the answers as its own: so the server
// answers only for its own Host names, and takes writes only from its own
// origin, in a type a page cannot send without CORS, with the token given
// at start.

// loopbackNames are the names of the loopback interface, without port.
var loopbackNames = []string{"127.0.0.1", "localhost", "::1"}

// writeTypes are the media types a write may have: a page can send
// text/plain or a form without asking (a "simple request"), not these.
var writeTypes = map[string]bool{"application/json": true, "application/n-quads": true}

// HostNames gives the Host header values of a server that listens on host
// (as given to --listen) at port: for a loopback host the loopback names
// (127.0.0.1, localhost, [::1]); for every interface ("", 0.0.0.0, ::) those,
// the machine's name and its interface addresses; for any other host the
// host itself. Extra names are added, at port unless they give their own.
func HostNames(host, port string, extra []string) []string {
	var names []string
	switch ip := net.ParseIP(host); {
	case isLoopback(host):
		names = loopbackNames
	case host == "" || ip != nil && ip.IsUnspecified():
		names = append(names, loopbackNames...)
		if name, err := os.Hostname(); err == nil {
			names = append(names, name)
		}
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if n, ok := a.(*net.IPNet); ok {
					names = append(names, n.IP.String())
				}
			}
		}
	default:
		names = []string{host}
	}
	out := make([]string, 0, len(names)+len(extra))
	for _, n := range names {
		out = append(out, net.JoinHostPort(n, port))
	}
	for _, n := range extra {
		if _, _, err := net.SplitHostPort(n); err != nil {
			n = net.JoinHostPort(strings.Trim(n, "[]"), port)
		}
		out = append(out, n)
	}
	return out
}

// canonicalHost writes a Host value as lower-case host:port, port 80 when
// it gives none (a browser leaves the default port out).
func canonicalHost(hostport, defaultPort string) string {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = strings.Trim(hostport, "[]"), defaultPort
	}
	return net.JoinHostPort(strings.TrimSuffix(strings.ToLower(host), "."), port)
}

// checkGuard refuses a configuration the guard cannot enforce.
func checkGuard(cfg Config) error {
	if cfg.AllowWrites && cfg.WriteToken == "" {
		return errors.New("serve: writes need a token (Config.WriteToken)")
	}
	for _, h := range cfg.Hosts {
		if _, _, err := net.SplitHostPort(h); err != nil {
			return fmt.Errorf("serve: host name %q: %w", h, err)
		}
	}
	return nil
}

// guarded answers only requests for the server's own Host names (421
// otherwise) and, when writes are allowed, lets a write through only from
// the server's own origin (403), with the token (401), in JSON or N-Quads
// (415). Without AllowWrites Cayley refuses writes itself.
func (s *Server) guarded(next http.Handler) http.Handler {
	own := map[string]bool{}
	for _, h := range s.cfg.Hosts {
		own[canonicalHost(h, "80")] = true
	}
	ownHost := func(r *http.Request, hostport, defaultPort string) bool {
		if hostport == "" {
			return false
		}
		h := canonicalHost(hostport, defaultPort)
		if len(own) > 0 {
			return own[h]
		}
		// No names given: the loopback names at the port the request came in on.
		local, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr)
		if !ok {
			return false
		}
		_, port, err := net.SplitHostPort(local.String())
		if err != nil {
			return false
		}
		for _, n := range loopbackNames {
			if h == net.JoinHostPort(n, port) {
				return true
			}
		}
		return false
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !ownHost(r, r.Host, "80") {
			writeError(w, http.StatusMisdirectedRequest, fmt.Errorf(
				"this server does not answer for host %q (a guard against DNS rebinding); its operator can add the name (annals serve --allow-host)", r.Host))
			return
		}
		if s.cfg.AllowWrites && isWrite(r.URL.Path) {
			if status, err := s.checkWrite(r, ownHost); err != nil {
				if status == http.StatusUnauthorized {
					w.Header().Set("WWW-Authenticate", `Bearer realm="annals"`)
				}
				writeError(w, status, err)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// checkWrite tells why a write may not go through, with its status.
func (s *Server) checkWrite(r *http.Request, ownHost func(*http.Request, string, string) bool) (int, error) {
	// Sec-Fetch-Site comes from browsers only, and a browser's own address
	// bar or the page itself says "none" or "same-origin".
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" && site != "none" {
		return http.StatusForbidden, fmt.Errorf("a write from another site (Sec-Fetch-Site: %s) is refused", site)
	}
	if origin := r.Header.Get("Origin"); origin != "" {
		u, err := url.Parse(origin)
		if err != nil {
			u = &url.URL{}
		}
		port := map[string]string{"http": "80", "https": "443"}[u.Scheme]
		if port == "" || !ownHost(r, u.Host, port) {
			return http.StatusForbidden, fmt.Errorf("a write from another origin (%s) is refused", origin)
		}
	}
	scheme, token, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	if !strings.EqualFold(scheme, "Bearer") ||
		subtle.ConstantTimeCompare([]byte(strings.TrimSpace(token)), []byte(s.cfg.WriteToken)) != 1 {
		return http.StatusUnauthorized, errors.New("a write needs the server's token: Authorization: Bearer TOKEN (printed when annals serve starts)")
	}
	media, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || !writeTypes[media] {
		return http.StatusUnsupportedMediaType, fmt.Errorf("a write takes Content-Type application/n-quads or application/json, not %q", r.Header.Get("Content-Type"))
	}
	return 0, nil
}
