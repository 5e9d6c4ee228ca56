package event

import (
	"time"

	"github.com/annals/annals"
	"github.com/annals/annals/ingest/event/internal/dict"
)

// Country returns the CAMEO code the Phoenix country dictionary gives a
// country on a day: "Russia" and "russian" are RUS, "Ukraine" UKR since
// 21 December 1991 (USRUKR, a Soviet republic, before 24 August 1991).
// name is any name the dictionary lists for the country, as the text or
// an actor id spells it: its own name, a demonym, its capital or a big
// city ("Kyiv", "Moscow"). Of the dated codes whose period holds the day,
// the one that starts last wins (the dictionary sometimes leaves an older
// period open); else the undated code applies. A zero day gives the
// undated code only.
func (r *Roles) Country(name string, day time.Time) (string, bool) {
	i, ok := r.byCountry[annals.Slug(name)]
	if !ok {
		return "", false
	}
	var undated, current *dict.Role
	d := day.Format(time.DateOnly)
	for k := range r.countries[i].Codes {
		c := &r.countries[i].Codes[k]
		switch {
		case c.From == "" && c.To == "":
			if undated == nil {
				undated = c
			}
		case day.IsZero():
		case (c.From == "" || c.From <= d) && (c.To == "" || d <= c.To):
			if current == nil || c.From > current.From {
				current = c
			}
		}
	}
	switch {
	case current != nil:
		return current.Code, true
	case undated != nil:
		return undated.Code, true
	}
	return "", false
}
