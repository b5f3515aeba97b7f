// golden: GOARCH=386
// bufio: Scanner over stdin (lines, then words from a string), Reader and Writer.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total := 0
	lines := 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		var n int
		if _, err := fmt.Sscan(line, &n); err == nil {
			total += n
			continue
		}
		fmt.Printf("line %d: %q (%d bytes)\n", lines, line, len(sc.Bytes()))
	}
	fmt.Println("err:", sc.Err(), "lines:", lines, "sum:", total)

	ws := bufio.NewScanner(strings.NewReader("the quick  brown\tfox\njumps"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(len(words), words)

	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
	}
	fmt.Println("too long:", small.Err())

	r := bufio.NewReaderSize(strings.NewReader("alpha\nbeta\ngamma"), 16)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("xyz"))
	b, _ := r2.Peek(2)
	fmt.Println(string(b), r2.Buffered())
	c, _ := r2.ReadByte()
	r2.UnreadByte()
	rn, sz, _ := r2.ReadRune()
	fmt.Println(string(c), string(rn), sz)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", w.Available() > 0)
	w.WriteString("second\n")
	fmt.Println("before flush:", w.Buffered())
	w.Flush()
	csv := bufio.NewScanner(strings.NewReader("a,b,c"))
	csv.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, ch := range data {
			if ch == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for csv.Scan() {
		fmt.Print("[", csv.Text(), "]")
	}
	fmt.Println()
}
