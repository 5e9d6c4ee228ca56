package export

import (
	"fmt"
	"time"

	annals "github.com/annals/annals"
)

// AtPrecision writes day d as finely as a time of precision p knows it:
// "2019" for a year, "2019-Q2", "2019-05", "2019-W31" (ISO week), else the
// day; "" for the zero day. A year-only date is "2019", not "2019-01-01".
func AtPrecision(d time.Time, p annals.Precision) string {
	if d.IsZero() {
		return ""
	}
	switch p {
	case annals.PrecisionYear:
		return d.Format("2006")
	case annals.PrecisionQuarter:
		return fmt.Sprintf("%d-Q%d", d.Year(), (int(d.Month())+2)/3)
	case annals.PrecisionMonth:
		return d.Format("2006-01")
	case annals.PrecisionWeek:
		y, w := d.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	}
	return d.Format(time.DateOnly)
}
