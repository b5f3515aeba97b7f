// golden: GOARCH=386
// Errorf with %w (single and multiple), Fprintf to os.Stdout/os.Stderr, Sprintf/Appendf.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Q   string
	Err error
}

func (e *QueryErr) Error() string { return "query " + e.Q + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func find(k string) error {
	if k == "" {
		return &QueryErr{"<empty>", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	e1 := find("key")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound))
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e3, errors.Is(e3, ErrNotFound), errors.Unwrap(e3) == nil)
	other := errors.New("other")
	e4 := fmt.Errorf("both: %w and %w", ErrNotFound, other)
	fmt.Println(e4, errors.Is(e4, ErrNotFound), errors.Is(e4, other), errors.Unwrap(e4) == nil)
	var qe *QueryErr
	e5 := fmt.Errorf("outer: %w", find(""))
	fmt.Println(e5, errors.As(e5, &qe), qe.Q)
	e6 := fmt.Errorf("bad verb %w", "not an error")
	fmt.Println(e6)
	n, err := fmt.Fprintf(os.Stdout, "to stdout %d %s\n", 1, "x")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stdout, "line", 2)
	fmt.Fprint(os.Stdout, "print", 3, "\n")
	fmt.Fprintf(os.Stderr, "to stderr\n")
	var w io.Writer = os.Stdout
	fmt.Fprintf(w, "%s-%d\n", "via writer", 4)
	b := fmt.Appendf([]byte("pre:"), "%d+%d", 1, 2)
	b = fmt.Append(b, " ", 3)
	b = fmt.Appendln(b, " end")
	os.Stdout.Write(b)
	s := fmt.Sprintf("%s=%v", "k", []int{1})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%w", ErrNotFound))
}
