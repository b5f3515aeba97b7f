// golden: GOARCH=386
// errors: New, Is, As, Join, Unwrap, custom Is/As methods, wrapping chains.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

var ErrBase = errors.New("base")

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Wrap struct {
	Msg string
	Err error
}

func (w *Wrap) Error() string { return w.Msg + ": " + w.Err.Error() }
func (w *Wrap) Unwrap() error { return w.Err }

type Temporary struct{}

func (Temporary) Error() string { return "temporary" }
func (Temporary) Is(target error) bool { return target == ErrBase }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return "multi" }
func (m Multi) Unwrap() []error { return m.errs }

type AsTarget struct{ N int }

func (AsTarget) Error() string { return "astarget" }

type Converter struct{}

func (Converter) Error() string { return "converter" }
func (Converter) As(target any) bool {
	if p, ok := target.(*AsTarget); ok {
		p.N = 99
		return true
	}
	return false
}

func main() {
	e := errors.New("x")
	fmt.Println(e, e == errors.New("x"), errors.Is(e, e))
	w := &Wrap{"outer", &Wrap{"mid", ErrBase}}
	fmt.Println(w, errors.Is(w, ErrBase), errors.Unwrap(w).Error(), errors.Unwrap(errors.Unwrap(errors.Unwrap(w))))
	ce := &Wrap{"ctx", CodeErr{404}}
	var target CodeErr
	fmt.Println(errors.As(ce, &target), target.Code)
	var wp *Wrap
	fmt.Println(errors.As(ce, &wp), wp.Msg)
	fmt.Println(errors.Is(Temporary{}, ErrBase), errors.Is(&Wrap{"t", Temporary{}}, ErrBase))
	j := errors.Join(ErrBase, nil, CodeErr{1})
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrBase), errors.As(j, &target), target.Code, errors.Unwrap(j) == nil)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	m := Multi{[]error{errors.New("a"), &Wrap{"b", CodeErr{7}}}}
	fmt.Println(errors.As(m, &target), target.Code)
	var at AsTarget
	fmt.Println(errors.As(&Wrap{"c", Converter{}}, &at), at.N)
	fmt.Println(errors.Is(nil, ErrBase), errors.Is(nil, nil), errors.Unwrap(nil) == nil)
	_, err := os.Open(filepath.Join(os.Getenv("TESTDIR"), "missing.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, filepath.Base(pe.Path))
	}
	fmt.Println(errors.ErrUnsupported)
	wrapped := fmt.Errorf("level1: %w", fmt.Errorf("level2: %w", CodeErr{3}))
	for err := error(wrapped); err != nil; err = errors.Unwrap(err) {
		fmt.Println("-", err)
	}
}
