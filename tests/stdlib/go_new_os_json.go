// Go 1.24-1.27 APIs around files and encoding: os.Root (confined file
// access), encoding/json's omitzero, fmt and strconv appends, bytes and
// strings iterators over a file's lines.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"
)

type Point struct{ X, Y int }

type Window struct {
	Title   string    `json:"title"`
	Pos     Point     `json:"pos,omitzero"`
	Size    *Point    `json:"size,omitzero"`
	Tags    []string  `json:"tags,omitzero"`
	Created time.Time `json:"created,omitzero"`
	Level   level     `json:"level,omitzero"`
}

type level int

func (l level) IsZero() bool { return l < 0 }

func main() {
	dir := os.Getenv("TESTDIR")
	root, err := os.OpenRoot(dir)
	if err != nil {
		fmt.Println("OpenRoot:", err)
		return
	}
	defer root.Close()
	f, err := root.Create("notes.txt")
	if err != nil {
		fmt.Println("Create:", err)
		return
	}
	fmt.Fprintf(f, "alpha\nbeta\ngamma\n")
	f.Close()
	if err := root.Mkdir("sub", 0o755); err != nil {
		fmt.Println("Mkdir:", err)
	}
	if err := root.WriteFile("sub/x.txt", []byte("x"), 0o644); err != nil {
		fmt.Println("WriteFile:", err)
	}
	data, err := root.ReadFile("notes.txt")
	fmt.Println(len(data), err)
	for line := range strings.Lines(string(data)) {
		fmt.Printf("%q\n", line)
	}
	_, err = root.Open("../outside.txt")
	fmt.Println("escape:", err != nil)
	st, err := root.Stat("sub/x.txt")
	fmt.Println(st.Name(), st.Size(), err)
	_, err = root.Stat("missing")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	sub, err := root.OpenRoot("sub")
	if err == nil {
		b, _ := sub.ReadFile("x.txt")
		fmt.Println("sub:", string(b))
		sub.Close()
	}
	entries, _ := fs.ReadDir(root.FS(), ".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}

	for _, w := range []Window{
		{Title: "empty"},
		{Title: "full", Pos: Point{1, 2}, Size: &Point{3, 4}, Tags: []string{}, Level: 2},
		{Title: "neg", Level: -1, Tags: nil},
		{Title: "zero-level", Level: 0},
	} {
		b, err := json.Marshal(w)
		fmt.Println(string(b), err)
	}
	var w Window
	err = json.Unmarshal([]byte(`{"title":"in","pos":{"X":5,"Y":6},"tags":["a"]}`), &w)
	fmt.Println(w.Title, w.Pos, w.Tags, err)
	buf := fmt.Appendf(nil, "%d-%s", 7, "x")
	fmt.Println(string(buf))
}
