package graph

import (
	"regexp"
	"strings"
)

// redactedPassword stands for a password in every message.
const redactedPassword = "***"

var (
	// urlUserinfo is scheme://user:password@ in a URL (postgres://,
	// cockroach://, mysql://, ...). The password runs to the last @ before
	// white space: a raw @ or / in a password must not leave half of it
	// behind, and masking too much is the safe way to be wrong.
	urlUserinfo = regexp.MustCompile(`\b([A-Za-z][A-Za-z0-9+.\-]*://[^\s:/@]*):[^\s]*@`)
	// keyPassword is password=... in a key=value DSN (quoted or not) or in
	// a URL's query (password=, sslpassword=).
	keyPassword = regexp.MustCompile(`(?i)\b((?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&#]*)`)
	// mysqlUserinfo is user:password@ in a Go MySQL driver DSN without a
	// scheme: user:password@tcp(host:3306)/db, user:password@/db.
	mysqlUserinfo = regexp.MustCompile(`(^|[\s"'(])([^\s:@/()"']*):([^\s@]*)@((?:tcp6?|unix|udp)\(|/)`)
)

// Redact returns s, a store address or any message that may hold one, with
// every password in it replaced by ***: postgres://annals:***@db/annals,
// "host=db password=***", annals:***@tcp(db:3306)/annals. Whatever names a
// store to a person (summaries, errors, logs) goes through it.
func Redact(s string) string {
	if !strings.ContainsAny(s, "@=") {
		return s
	}
	s = urlUserinfo.ReplaceAllString(s, "${1}:"+redactedPassword+"@")
	s = keyPassword.ReplaceAllString(s, "${1}"+redactedPassword)
	return mysqlUserinfo.ReplaceAllStringFunc(s, func(m string) string {
		sub := mysqlUserinfo.FindStringSubmatch(m)
		if strings.HasPrefix(sub[3], "//") || sub[3] == redactedPassword {
			return m // a URL, masked above (postgres://annals:***@/annals)
		}
		return sub[1] + sub[2] + ":" + redactedPassword + "@" + sub[4]
	})
}

// redacted wraps err so that its message goes through Redact: the SQL
// drivers' errors may quote the address they were given (a URL that does
// not parse, for one). errors.Is and errors.As still see err.
func redacted(err error) error {
	if err == nil {
		return nil
	}
	return &redactedError{err: err}
}

type redactedError struct{ err error }

func (e *redactedError) Error() string { return Redact(e.err.Error()) }
func (e *redactedError) Unwrap() error { return e.err }
