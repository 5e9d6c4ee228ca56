package source

import "fmt"

// problemError is a message that also matches one of the sentinel errors
// (ErrBinary, ErrBadDate ...) with errors.Is, without the sentinel's text
// cluttering the message.
type problemError struct {
	kind   error
	detail error
}

func (p *problemError) Error() string   { return p.detail.Error() }
func (p *problemError) Unwrap() []error { return []error{p.kind, p.detail} }

// problem builds a message with fmt.Errorf (so %w works) that errors.Is
// matches to kind.
func problem(kind error, format string, args ...any) error {
	return &problemError{kind: kind, detail: fmt.Errorf(format, args...)}
}
