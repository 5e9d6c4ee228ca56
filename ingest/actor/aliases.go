package actor

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/analysis"
	"go.yaml.in/yaml/v3"
)

// Aliases is what the user decides about actors, applied at ingest after
// the automatic rules: the user decides last. Names match ignoring case.
//
//	merge:                 # these names are one actor, named by the key
//	  Donald Trump: [Trump, President Trump, "Donald J. Trump"]
//	rename:                # an actor (by id or name) gets another name
//	  russia: Russian Federation
//	split: [Johnson]       # never join this name to a fuller one
type Aliases struct {
	Merge  map[string][]string `yaml:"merge"`
	Rename map[string]string   `yaml:"rename"`
	Split  []string            `yaml:"split"`

	version string // a hash of the file, so that a changed file re-extracts
}

// LoadAliases reads an aliases file.
func LoadAliases(path string) (*Aliases, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	var a Aliases
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&a); err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("aliases %s: %w", path, err)
	}
	for key, names := range a.Merge {
		if strings.TrimSpace(key) == "" || slices.ContainsFunc(names, func(n string) bool { return strings.TrimSpace(n) == "" }) {
			return nil, fmt.Errorf("aliases %s: merge %q: empty name", path, key)
		}
	}
	sum := sha256.Sum256(raw)
	a.version = hex.EncodeToString(sum[:4])
	return &a, nil
}

// Apart reports whether a name must not be joined to a fuller one.
func (al *Aliases) Apart(name string) bool {
	return al != nil && slices.ContainsFunc(al.Split, func(n string) bool { return strings.EqualFold(n, name) })
}

// AliasStage applies an aliases file to each document's actors.
type AliasStage struct{ Aliases *Aliases }

// Name implements Stage.
func (s AliasStage) Name() string { return "aliases/" + s.Aliases.version }

// Run implements Stage.
func (s AliasStage) Run(_ context.Context, a *analysis.Analysis) error {
	al := s.Aliases
	// split: arguments written exactly as a split name become an actor of their own
	for i := range a.Statements {
		st := &a.Statements[i]
		for _, arg := range []*annals.Argument{&st.Subject, st.Object, st.Attribution} {
			if arg != nil && arg.Actor != "" && al.Apart(strings.TrimSpace(arg.Label())) && !strings.EqualFold(arg.Label(), nameOf(a, arg.Actor)) {
				name := strings.TrimSpace(arg.Label())
				arg.Actor = annals.Slug(name)
				if !slices.ContainsFunc(a.Actors, func(x annals.Actor) bool { return x.ID == arg.Actor }) {
					a.Actors = append(a.Actors, annals.Actor{ID: arg.Actor, Name: name, Type: annals.ActorUnknown})
				}
			}
		}
	}
	remap := map[string]annals.Actor{}
	for _, actor := range a.Actors {
		target, ok := al.target(actor)
		if ok && (target.ID != actor.ID || target.Name != actor.Name) {
			target.Type, target.Country = actor.Type, actor.Country
			remap[actor.ID] = target
		}
	}
	x := (&annals.Extraction{Statements: a.Statements, Actors: a.Actors}).Remap(remap)
	a.Statements = x.Statements
	a.Actors = dedupeActors(x.Actors)
	return nil
}

// target is the actor the file says an actor is: the key of a merge that
// lists one of its names, or its new name.
func (al *Aliases) target(actor annals.Actor) (annals.Actor, bool) {
	names := append([]string{actor.Name}, actor.Aliases...)
	for key, list := range al.Merge {
		for _, n := range names {
			if strings.EqualFold(n, key) || slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, n) }) {
				return annals.Actor{ID: annals.Slug(key), Name: key}, true
			}
		}
	}
	for key, name := range al.Rename {
		if strings.EqualFold(key, actor.ID) || strings.EqualFold(key, actor.Name) {
			return annals.Actor{ID: actor.ID, Name: name}, true
		}
	}
	return annals.Actor{}, false
}

func nameOf(a *analysis.Analysis, id string) string {
	for _, x := range a.Actors {
		if x.ID == id {
			return x.Name
		}
	}
	return ""
}

// dedupeActors folds actors with one id into one, their names kept as aliases.
func dedupeActors(actors []annals.Actor) []annals.Actor {
	var out []annals.Actor
	at := map[string]int{}
	for _, a := range actors {
		i, seen := at[a.ID]
		if !seen {
			at[a.ID] = len(out)
			out = append(out, a)
			continue
		}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if n != out[i].Name && !slices.Contains(out[i].Aliases, n) {
				out[i].Aliases = append(out[i].Aliases, n)
			}
		}
		slices.Sort(out[i].Aliases)
	}
	return out
}
