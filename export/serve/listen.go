package serve

import (
	"fmt"
	"net"
	"strings"
)

// DefaultAddr is where `annals serve` listens unless told otherwise: the
// loopback interface only.
const DefaultAddr = "127.0.0.1:8080"

// CheckListen refuses an address that other machines can reach unless
// public is set: the API has no authentication, so exposing it has to be
// asked for in so many words. Loopback addresses ("127.0.0.1", "::1",
// "localhost") are always allowed; an empty host (":8080") means every
// interface and counts as public.
func CheckListen(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("listen address %q: %w", addr, err)
	}
	if public || isLoopback(host) {
		return nil
	}
	if host == "" {
		host = "every interface"
	}
	return &PublicAddressError{Addr: addr, Host: host}
}

// PublicAddressError is a listen address that other machines can reach,
// which CheckListen refuses unless asked.
type PublicAddressError struct {
	Addr string
	Host string // the interface it serves, or "every interface"
}

func (e *PublicAddressError) Error() string {
	return fmt.Sprintf("listen address %q serves %s, reachable from other machines, with no authentication", e.Addr, e.Host)
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
