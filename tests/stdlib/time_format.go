// golden: GOARCH=386
// time: fixed dates in UTC, formatting layouts, parsing, arithmetic, Truncate/Round, fields.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.RFC1123))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format(time.DateTime), t.Format(time.DateOnly))
	fmt.Println(t.Format("2006-01-02 15:04:05.000 Mon Jan _2 PM -0700 MST"), t.Format("06/1/2 3:4:5 .999999"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.UnixNano())
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), u.After(t), u.Before(t), u.Equal(t), t.Compare(u))
	fmt.Println(t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly), t.AddDate(0, 0, -60).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour).Format(time.RFC3339))
	for _, in := range []string{"2023-10-05T08:30:00Z", "2023-10-05T08:30:00+02:00", "bad", "2023-02-30T00:00:00Z"} {
		p, err := time.Parse(time.RFC3339, in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p.UTC(), p.Unix())
	}
	p, err := time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Mar 15, 2021 at 9:07am (UTC)")
	fmt.Println(p, err)
	p, err = time.Parse(time.DateOnly, "1999-12-31")
	fmt.Println(p, err, p.IsZero())
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	e := time.Unix(1700000000, 5).UTC()
	fmt.Println(e, time.UnixMilli(1).UTC(), time.Unix(0, 0).UTC().Format(time.RFC822Z))
	fixed := time.FixedZone("EST", -5*3600)
	f := t.In(fixed)
	fmt.Println(f, f.Location(), f.Format(time.RFC3339))
	name, off := f.Zone()
	fmt.Println(name, off)
	fmt.Println(time.Date(2023, 13, 35, 25, 61, 0, 0, time.UTC))
	b, _ := t.MarshalText()
	fmt.Println(string(b))
	var t2 time.Time
	t2.UnmarshalText([]byte("2001-02-03T04:05:06.7Z"))
	fmt.Println(t2, time.January.String(), time.Saturday)
	start := time.Now()
	fmt.Println(time.Since(start) >= 0, time.Until(start) <= 0, !start.IsZero())
	fmt.Println(time.Month(13), time.Weekday(9))
}
