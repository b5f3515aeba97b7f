// golden: GOARCH=386
// strconv: Itoa/Atoi, Parse*/Format*, Quote*, Append*, errors, IntSize.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-123), strconv.IntSize)
	for _, s := range []string{"42", "-0", "+7", "x1", "", "2147483648", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "-0x80"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	u, err := strconv.ParseUint("ff", 16, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.25", "1e10", "-0.0", "inf", "NaN", "0x1p-2", "1e400", "abc", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)
	for _, s := range []string{"true", "1", "F", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', -1, 64),
		strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(2.5, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'G', 4, 64), strconv.FormatFloat(-0.000012, 'x', 3, 64))
	fmt.Println(strconv.FormatBool(true), strconv.Quote("héllo\n\"x\"\x01"), strconv.QuoteToASCII("héllo☺"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteToGraphic("\u00a0x"))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\x41rest`, '"')
	fmt.Println(v, mb, tail, err)
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendUint(b, 7, 8)
	fmt.Println(string(b))
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"), strconv.IsPrint('\u00ad'), strconv.IsGraphic(' '))
	fmt.Println(strconv.FormatInt(int64(^uint32(0)>>1), 10), strconv.Itoa(int(^uint(0)>>1)))
	n, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(n, err)
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
}
