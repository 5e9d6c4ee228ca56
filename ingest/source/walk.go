package source

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// readFolder reads every document file under root, recursively, in lexical
// order (fs.WalkDir sorts each directory). Hidden files and directories are
// skipped, as are files of unknown types (with a debug message): a news
// folder often holds notes, images or editor files next to the articles.
// A folder that yields no document at all is itself an error, since the
// caller surely expected some.
func (r *reader) readFolder(root string) bool {
	documents, candidates := 0, 0
	walkErr := filepath.WalkDir(root, func(path string, entry fs.DirEntry, err error) error {
		if !r.checkContext() {
			return fs.SkipAll
		}
		if err != nil {
			// An unreadable directory or file: report it and go on.
			if !r.fail(path, 0, pathProblem(err)) {
				return fs.SkipAll
			}
			return nil
		}
		if path != root && strings.HasPrefix(entry.Name(), ".") {
			if entry.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if entry.IsDir() {
			return nil
		}
		format, ok := formatOfExtension(path)
		if !ok || !entry.Type().IsRegular() && entry.Type()&fs.ModeSymlink == 0 {
			r.log.Debug("skipping file that is not a news document", "path", path)
			return nil
		}
		candidates++
		file, err := filepath.Rel(root, path)
		if err != nil {
			file = entry.Name()
		}
		count, more := r.readFile(path, filepath.ToSlash(file), format)
		documents += count
		if !more {
			return fs.SkipAll
		}
		return nil
	})
	if r.done {
		return false
	}
	if walkErr != nil {
		return r.fail(root, 0, pathProblem(walkErr))
	}
	if documents == 0 {
		if candidates == 0 {
			return r.fail(root, 0, problem(ErrEmpty, "no documents found (no %s files)", knownExtensions))
		}
		return r.fail(root, 0, problem(ErrEmpty, "no readable documents (all %d files had errors)", candidates))
	}
	return true
}
