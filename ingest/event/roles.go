package event

import (
	_ "embed"
	"fmt"
	"sync"
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/event/internal/dict"
)

// rolesTable holds the dated roles of the Phoenix country dictionary;
// internal/gen writes it.
//
//go:embed roles.gob.gz
var rolesTable []byte

// Roles looks up what the Phoenix country dictionary says people were on a
// given day: "Vladimir Putin" was RUSELI (elite) until 9 August 1999, then
// RUSGOV. The dictionary stops in 2014 and knows nobody who rose later, so
// a role found here only fills a gap: what the text says of someone comes
// first. It also knows the countries' own codes (Country). It is read-only
// and safe for concurrent use.
type Roles struct {
	people    []dict.Person
	byName    map[string]int // annals.Slug of every name → index in people
	countries []dict.Country
	byCountry map[string]int // annals.Slug of every country name → index in countries
}

// Role is an actor code the dictionary gives someone for a period.
type Role struct {
	Code    string // "RUSGOV"
	Country string // its first three letters, an ISO 3166 alpha-3 code or a region ("RUS")
	Sector  string // the rest: GOV, ELI, MIL, OPP, ...; "" for the country alone
	// From and To bound the period, inclusive; zero when open (a default
	// role has neither).
	From, To time.Time
}

// DefaultRoles returns the embedded table of dated roles, loaded once per
// process on first use; the error says the embedded table is corrupt.
func DefaultRoles() (*Roles, error) { return defaultRoles() }

var defaultRoles = sync.OnceValues(func() (*Roles, error) {
	var t dict.Roles
	if err := decodeInto(rolesTable, &t); err != nil {
		return nil, fmt.Errorf("event: embedded roles: %w", err)
	}
	return newRoles(t), nil
})

func newRoles(t dict.Roles) *Roles {
	r := &Roles{people: t.People, byName: map[string]int{}, countries: t.Countries, byCountry: map[string]int{}}
	for i, p := range t.People {
		indexNames(r.byName, p.Names, i)
	}
	for i, c := range t.Countries {
		indexNames(r.byCountry, c.Names, i)
	}
	return r
}

// indexNames maps the slug of each name to i, unless an earlier entry has
// the name: the first entry of a name wins, as in PETRARCH.
func indexNames(index map[string]int, names []string, i int) {
	for _, n := range names {
		if key := annals.Slug(n); key != "" {
			if _, taken := index[key]; !taken {
				index[key] = i
			}
		}
	}
}

// On returns the role the dictionary gives a person on a day: the first of
// their dated roles whose period holds the day, else their undated default
// role. name is a name as the text or an actor id spells it ("Vladimir
// Putin", "vladimir-putin", "President Putin"); day may be zero, for the
// default role only.
func (r *Roles) On(name string, day time.Time) (Role, bool) {
	i, ok := r.byName[annals.Slug(name)]
	if !ok {
		return Role{}, false
	}
	var fallback *dict.Role
	for k := range r.people[i].Roles {
		dr := &r.people[i].Roles[k]
		if dr.From == "" && dr.To == "" {
			if fallback == nil {
				fallback = dr
			}
			continue
		}
		if day.IsZero() {
			continue
		}
		d := day.Format(time.DateOnly)
		if (dr.From == "" || dr.From <= d) && (dr.To == "" || d <= dr.To) {
			return roleOf(dr), true
		}
	}
	if fallback != nil {
		return roleOf(fallback), true
	}
	return Role{}, false
}

// Names returns the number of names the table knows.
func (r *Roles) Names() int { return len(r.byName) }

func roleOf(dr *dict.Role) Role {
	role := Role{Code: dr.Code}
	if len(dr.Code) >= 3 {
		role.Country, role.Sector = dr.Code[:3], dr.Code[3:]
	}
	role.From, _ = time.Parse(time.DateOnly, dr.From)
	role.To, _ = time.Parse(time.DateOnly, dr.To)
	return role
}
