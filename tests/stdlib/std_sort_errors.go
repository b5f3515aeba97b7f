// golden: GOARCH=386
package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

func ints(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type myErr struct{ code int }

func (e *myErr) Error() string { return "my error " + strconv.Itoa(e.code) }

type wrapped struct {
	msg string
	err error
}

func (w wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapped) Unwrap() error { return w.err }

var ErrBase = errors.New("base failure")

func main() {
	xs := []int{5, 2, 8, -1, 9, 3, 3}
	sort.Ints(xs)
	out(ints(xs), strconv.FormatBool(sort.IntsAreSorted(xs)), strconv.Itoa(sort.SearchInts(xs, 8)))
	ss := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Strings(ss)
	out(strings.Join(ss, ","))
	sort.Stable(byLen(ss))
	out(strings.Join(ss, ","))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	out(ints(xs))
	ys := []int{10, 4, 7}
	slices.Sort(ys)
	idx, found := slices.BinarySearch(ys, 7)
	out(ints(ys), strconv.Itoa(idx), strconv.FormatBool(found), strconv.Itoa(slices.Index(ys, 10)), strconv.Itoa(slices.Max(ys)))
	fs2 := []float64{2.5, -1, 3}
	sort.Float64s(fs2)
	out(strconv.FormatFloat(fs2[0], 'g', -1, 64), strconv.Itoa(sort.Search(100, func(i int) bool { return i*i >= 50 })))

	e1 := wrapped{"loading config", ErrBase}
	e2 := wrapped{"starting", e1}
	out(e2.Error(), strconv.FormatBool(errors.Is(e2, ErrBase)), strconv.FormatBool(errors.Is(e2, io.EOF)))
	out(errors.Unwrap(e2).Error(), strconv.FormatBool(errors.Unwrap(ErrBase) == nil))
	var me error = &myErr{7}
	out(wrapped{"op", me}.Error(), strconv.FormatBool(errors.Is(wrapped{"x", me}, me)))
	j := errors.Join(ErrBase, io.EOF)
	out(strconv.Quote(j.Error()), strconv.FormatBool(errors.Is(j, io.EOF)))
	out(fs.ErrNotExist.Error(), strconv.FormatBool(errors.Is(os.ErrNotExist, fs.ErrNotExist)), io.ErrUnexpectedEOF.Error())
}
