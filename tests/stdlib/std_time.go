// golden: GOARCH=386
package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	out("slept enough:", strconv.FormatBool(el >= 20*time.Millisecond), strconv.FormatBool(el < 5*time.Second))
	out("monotonic:", strconv.FormatBool(time.Now().After(start)), strconv.FormatBool(start.Year() >= 2024))
	for _, d := range []time.Duration{0, 1500 * time.Millisecond, 90 * time.Minute, 1234 * time.Microsecond, 42 * time.Nanosecond, -3 * time.Hour} {
		out(d.String(), strconv.FormatFloat(d.Seconds(), 'g', -1, 64), strconv.FormatInt(d.Milliseconds(), 10))
	}
	d, err := time.ParseDuration("1h15m30.5s")
	out(d.String(), strconv.FormatBool(err == nil), d.Round(time.Minute).String(), d.Truncate(time.Hour).String())
	t := time.Unix(1700000000, 123456789).UTC()
	out(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format("2006-01-02 15:04:05.000 Mon Jan"))
	out(strconv.Itoa(t.Year()), t.Month().String(), strconv.Itoa(t.Day()), t.Weekday().String(), strconv.Itoa(t.YearDay()))
	t2 := t.Add(36 * time.Hour).AddDate(0, 1, 0)
	out(t2.String(), t2.Sub(t).String(), strconv.FormatBool(t2.After(t)))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 13:45")
	out(p.String(), strconv.FormatBool(err == nil), strconv.FormatInt(p.Unix(), 10))
	_, err = time.Parse("2006-01-02", "2024-13-01")
	out(err.Error())
	out(time.Date(2023, time.December, 31, 23, 59, 59, 0, time.UTC).Add(time.Second).Format(time.ANSIC))
	out(time.UTC.String(), time.Unix(0, 0).UTC().Location().String())
}
