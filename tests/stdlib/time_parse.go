// golden: GOARCH=386
// time parsing: many layouts, fractional seconds, zones by offset, ParseInLocation with fixed zones, errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := []struct{ layout, value string }{
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC822, "02 Jan 06 15:04 UTC"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 UTC"},
		{time.UnixDate, "Sat Mar  7 11:06:39 UTC 2015"},
		{time.StampMilli, "Jan  2 15:04:05.123"},
		{"2006-01-02 15:04:05.999999999", "2021-06-30 23:59:59.5"},
		{"2006-01-02T15:04:05.000Z07:00", "2021-06-30T23:59:59.250+05:30"},
		{"02/01/2006 3:04PM", "31/12/1999 11:59PM"},
		{"Jan _2 2006", "Feb  3 2013"},
		{"2006-002", "2020-366"},
		{"15h04m", "07h08m"},
		{"2006-01-02", "2021-02-29"},
		{"2006-01-02", "2021-1-2"},
		{"2006-01-02 15:04", "2021-01-02 25:00"},
		{"Monday 2006-01-02", "Friday 2021-01-02"},
		{"2006-01-02 MST", "2021-01-02 XYZ"},
		{time.Kitchen, "3:04AM extra"},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		_, off := t.Zone()
		fmt.Println(t.UTC().Format(time.RFC3339Nano), off, t.Weekday())
	}
	loc := time.FixedZone("UTC+3", 3*3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2022-05-06 07:08", loc)
	fmt.Println(t, err, t.UTC())
	t2, _ := time.ParseInLocation(time.RFC3339, "2022-05-06T07:08:00Z", loc)
	fmt.Println(t2, t2.Location())
	a := time.Date(2022, 5, 6, 4, 8, 0, 0, time.UTC)
	fmt.Println(t.Equal(a), t == a, t.Compare(a))
	d := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		fmt.Print(d.AddDate(0, i, 0).Format("Jan 2"), "; ")
	}
	fmt.Println()
	y := time.Date(2023, 12, 31, 23, 59, 59, 999999999, time.UTC)
	fmt.Println(y.Add(time.Nanosecond), y.YearDay(), y.Add(time.Nanosecond).YearDay())
	fmt.Println(time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format(time.DateOnly))
	days := 0
	for m := time.January; m <= time.December; m++ {
		days += time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	fmt.Println("days in 2024:", days)
	for _, s := range []string{"2006-01-02T15:04:05Z", "2006-01-02T15:04:05.1234567891Z"} {
		var tm time.Time
		err := tm.UnmarshalJSON([]byte(`"` + s + `"`))
		j, _ := tm.MarshalJSON()
		fmt.Println(string(j), err)
	}
	fmt.Println(time.Unix(-1, 0).UTC(), time.Unix(1<<33, 0).UTC().Year())
}
