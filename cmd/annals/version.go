package main

import (
	"runtime/debug"
	"strings"
)

// version is what `annals --version` prints: the module's version as the
// go command recorded it ("v1.2.0", or "(devel)" for a build from a
// checkout), and the commit it was built from, when known, with "+dirty"
// for uncommitted changes.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified, at string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		case "vcs.time":
			at = s.Value
		}
	}
	if rev == "" {
		return v
	}
	parts := []string{v, rev[:min(12, len(rev))]}
	if modified == "true" {
		parts[1] += "+dirty"
	}
	if at != "" {
		parts = append(parts, at)
	}
	return strings.Join(parts, " ")
}
