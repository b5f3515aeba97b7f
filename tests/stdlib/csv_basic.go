// golden: GOARCH=386
// encoding/csv: reading with quotes, custom separators, comments, errors; writing with quoting.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := `name,age,quote
"Smith, John",42,"He said ""hi"""
Jane,37,"multi
line"
`
	r := csv.NewReader(strings.NewReader(in))
	recs, err := r.ReadAll()
	fmt.Println(len(recs), err)
	for _, rec := range recs {
		fmt.Printf("%d %q\n", len(rec), rec)
	}
	r2 := csv.NewReader(strings.NewReader("# comment\na;b;c\n d ; e;f\n"))
	r2.Comma = ';'
	r2.Comment = '#'
	r2.TrimLeadingSpace = true
	for {
		rec, err := r2.Read()
		if err == io.EOF {
			break
		}
		line, col := r2.FieldPos(1)
		fmt.Printf("%q %v %d:%d\n", rec, err, line, col)
	}
	r3 := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = r3.ReadAll()
	fmt.Println(err, errors.Is(err, csv.ErrFieldCount))
	r4 := csv.NewReader(strings.NewReader("a,\"b\nc"))
	_, err = r4.ReadAll()
	fmt.Println(err)
	r5 := csv.NewReader(strings.NewReader("x,y\nz\n"))
	r5.FieldsPerRecord = -1
	recs, err = r5.ReadAll()
	fmt.Println(recs, err)
	r6 := csv.NewReader(strings.NewReader("a \"quoted\" field,2\n"))
	r6.LazyQuotes = true
	rec, err := r6.Read()
	fmt.Printf("%q %v\n", rec, err)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", "new\nline", " lead", ""})
	w.WriteAll([][]string{{"1", "2"}, {"3", "4"}})
	w.Comma = '\t'
	w.UseCRLF = false
	w.Write([]string{"tab", "sep"})
	w.Flush()
	fmt.Println(w.Error())
}
