// golden: GOARCH=386
// os file operations in $TESTDIR: Create/WriteFile/ReadFile/Open/Stat/ReadDir/Mkdir/MkdirAll/Rename/Remove/RemoveAll.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir := os.Getenv("TESTDIR")
	p := filepath.Join(dir, "hello.txt")
	f, err := os.Create(p)
	fmt.Println(err)
	n, err := f.WriteString("hello, file\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "line %d\n", 2)
	fmt.Println(f.Close())
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)
	fmt.Println(os.WriteFile(filepath.Join(dir, "w.bin"), []byte{0, 1, 2, 255}, 0o644))
	st, err := os.Stat(filepath.Join(dir, "w.bin"))
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.Mode().IsRegular(), err)
	g, _ := os.Open(p)
	buf := make([]byte, 5)
	n, err = g.Read(buf)
	fmt.Println(n, err, string(buf))
	off, err := g.Seek(7, io.SeekStart)
	fmt.Println(off, err)
	rest, _ := io.ReadAll(g)
	fmt.Printf("%q\n", rest)
	n, err = g.Read(buf)
	fmt.Println(n, err)
	at := make([]byte, 4)
	g.ReadAt(at, 0)
	fmt.Println(string(at))
	fi, _ := g.Stat()
	fmt.Println(fi.Size())
	g.Close()
	_, err = g.Read(buf)
	fmt.Println(errors.Is(err, os.ErrClosed))
	a, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	a.Write([]byte("appended\n"))
	a.Close()
	data, _ = os.ReadFile(p)
	fmt.Printf("%q\n", data)
	fmt.Println(os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	err = os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	fmt.Println(errors.Is(err, fs.ErrExist))
	fmt.Println(os.MkdirAll(filepath.Join(dir, "sub", "x", "y"), 0o755))
	os.WriteFile(filepath.Join(dir, "sub", "x", "y", "deep.txt"), []byte("deep"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), nil, 0o644)
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	fmt.Println(os.Rename(filepath.Join(dir, "w.bin"), filepath.Join(dir, "sub", "moved.bin")))
	_, err = os.Stat(filepath.Join(dir, "w.bin"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	sub, _ := os.ReadDir(filepath.Join(dir, "sub"))
	for _, e := range sub {
		info, _ := e.Info()
		if e.IsDir() {
			fmt.Println(e.Name(), e.IsDir(), info.IsDir(), e.Type().IsDir())
			continue
		}
		fmt.Println(e.Name(), e.IsDir(), info.Size(), info.Mode().IsRegular())
	}
	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println(err != nil)
	fmt.Println(os.Remove(p))
	err = os.Remove(p)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.RemoveAll(filepath.Join(dir, "sub")), os.RemoveAll(filepath.Join(dir, "nothing")))
	left, _ := os.ReadDir(dir)
	fmt.Println(len(left))
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	fsys := os.DirFS(dir)
	os.WriteFile(filepath.Join(dir, "fs.txt"), []byte("via fs.FS"), 0o644)
	b, err := fs.ReadFile(fsys, "fs.txt")
	fmt.Println(string(b), err)
	tmp, err := os.CreateTemp(dir, "tmp-*.txt")
	fmt.Println(err, filepath.Dir(tmp.Name()) == filepath.Clean(dir), filepath.Ext(tmp.Name()))
	tmp.Close()
	fmt.Println(os.Truncate(filepath.Join(dir, "fs.txt"), 3))
	b, _ = os.ReadFile(filepath.Join(dir, "fs.txt"))
	fmt.Println(string(b))
}
