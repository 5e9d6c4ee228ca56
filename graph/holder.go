package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// Holder is the process that has a bolt store open for writing, as it
// records itself in the holder file next to the store (the store's path
// plus ".holder"): the file cannot live in the store itself, since a process
// refused the store cannot read it.
type Holder struct {
	Command string    `json:"command"` // "annals ingest"
	PID     int       `json:"pid"`
	Since   time.Time `json:"since"`
}

// LockedError is returned when another process holds a bolt store. It
// matches ErrLocked.
type LockedError struct {
	Path string
	// Holder is the writer holding the store, or nil when it is not known:
	// readers do not record themselves (several may hold it at once).
	Holder *Holder
}

func (e *LockedError) Error() string {
	if e.Holder == nil {
		return fmt.Sprintf("store %s is in use by another process", e.Path)
	}
	h := e.Holder
	since := h.Since.Local()
	layout := "15:04:05"
	if y, m, d := since.Date(); y != time.Now().Year() || m != time.Now().Month() || d != time.Now().Day() {
		layout = "2006-01-02 15:04:05"
	}
	return fmt.Sprintf("store %s is in use by %q (pid %d, since %s)", e.Path, h.Command, h.PID, since.Format(layout))
}

// Is makes errors.Is(err, ErrLocked) hold.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// holderPath is the holder file of a bolt store.
func holderPath(path string) string { return path + ".holder" }

// defaultHolder names this process when Open is not told who it is.
func defaultHolder() string { return filepath.Base(os.Args[0]) }

// writeHolder records this process as the store's writer. It writes a
// temporary file and renames it, so a refused process never reads half a
// record.
func writeHolder(path, command string) error {
	b, err := json.Marshal(Holder{Command: command, PID: os.Getpid(), Since: time.Now().UTC().Truncate(time.Second)})
	if err != nil {
		return err
	}
	tmp := fmt.Sprintf("%s.%d.tmp", holderPath(path), os.Getpid())
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, holderPath(path)); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

// readHolder reads the writer recorded for a store, or nil when none is
// recorded or the one recorded is gone (killed before it could remove its
// record): then the holder is a reader.
func readHolder(path string) *Holder {
	b, err := os.ReadFile(holderPath(path))
	if err != nil {
		return nil
	}
	var h Holder
	if json.Unmarshal(b, &h) != nil || h.PID <= 0 || !alive(h.PID) {
		return nil
	}
	return &h
}

// alive reports whether a process exists: signal 0 checks without sending.
func alive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// heldKV removes the holder file when the writer closes the store, before
// bbolt releases the lock, so the next writer's record is never removed.
type heldKV struct {
	hkv.KV
	path string
}

func (h *heldKV) Close() error {
	_ = os.Remove(holderPath(h.path)) // a record left behind names a dead process, which readHolder ignores
	return h.KV.Close()
}
