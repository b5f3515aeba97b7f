// golden: GOARCH=386
package main

import (
	"errors"
	"math"
	"os"
	"strconv"
	"strings"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

func main() {
	out(strconv.Itoa(-12345), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	for _, s := range []string{"42", "-7", "abc", "99999999999999999999", " 1", "0x1f"} {
		n, err := strconv.Atoi(s)
		if err != nil {
			out("Atoi", strconv.Quote(s), "error:", err.Error(), strconv.FormatBool(errors.Is(err, strconv.ErrSyntax)),
				strconv.FormatBool(errors.Is(err, strconv.ErrRange)))
		} else {
			out("Atoi", strconv.Quote(s), "=", strconv.Itoa(n))
		}
	}
	i, err := strconv.ParseInt("0x1f", 0, 64)
	out(strconv.FormatInt(i, 10), strconv.FormatBool(err == nil))
	i, err = strconv.ParseInt("-101", 2, 8)
	out(strconv.FormatInt(i, 10), strconv.FormatBool(err == nil))
	u, err := strconv.ParseUint("300", 10, 8)
	out(strconv.FormatUint(u, 10), err.Error())
	for _, f := range []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789.125, math.Inf(1), math.NaN(), 2.5e-300, float64(1) / 3} {
		out(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'g', -1, 32))
	}
	for _, s := range []string{"3.25", "1e10", "-0.000123", "inf", "NaN", "1e400", "0x1p-2", "x"} {
		f, err := strconv.ParseFloat(s, 64)
		e := "ok"
		if err != nil {
			e = err.Error()
		}
		out("ParseFloat", s, strconv.FormatFloat(f, 'g', -1, 64), e)
	}
	bv, err := strconv.ParseBool("true")
	out(strconv.FormatBool(bv), strconv.FormatBool(err == nil))
	_, err = strconv.ParseBool("yes")
	out(err.Error())
	out(strconv.Quote("hello\n\"world\"\t☺\x00"), strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	out(uq, strconv.FormatBool(err == nil))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.0/3, 'f', 4, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	out(string(buf))
}
