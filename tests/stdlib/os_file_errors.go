// golden: GOOS=wasip1
// os error values and messages for file operations in $TESTDIR (paths shown relative to it).
// The golden comes from GOOS=wasip1 under wasmtime: errno texts are WASI's ("No such file or directory").
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var dir = os.Getenv("TESTDIR")

func show(what string, err error) {
	msg := "<nil>"
	if err != nil {
		msg = strings.ReplaceAll(err.Error(), dir, "$TESTDIR")
	}
	fmt.Printf("%-12s %s | exist=%v notexist=%v perm=%v\n", what, msg,
		errors.Is(err, fs.ErrExist), errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission))
}

func main() {
	f := filepath.Join(dir, "file.txt")
	d := filepath.Join(dir, "d")
	show("write", os.WriteFile(f, []byte("data"), 0o644))
	show("mkdir", os.Mkdir(d, 0o755))
	show("write in d", os.WriteFile(filepath.Join(d, "inner"), nil, 0o644))
	_, err := os.Open(filepath.Join(dir, "missing"))
	show("open", err)
	_, err = os.ReadFile(filepath.Join(dir, "missing", "deeper"))
	show("readfile", err)
	show("mkdir again", os.Mkdir(d, 0o755))
	show("mkdir file", os.Mkdir(f, 0o755))
	show("mkdirall ok", os.MkdirAll(d, 0o755))
	show("mkdirall f", os.MkdirAll(filepath.Join(f, "sub"), 0o755))
	_, err = os.ReadDir(f)
	show("readdir f", err)
	_, err = os.ReadFile(d)
	show("readfile d", err)
	show("remove d", os.Remove(d))
	show("remove miss", os.Remove(filepath.Join(dir, "missing")))
	show("rename miss", os.Rename(filepath.Join(dir, "missing"), filepath.Join(dir, "other")))
	_, err = os.Stat(filepath.Join(dir, "missing"))
	show("stat", err)
	_, err = os.Lstat(filepath.Join(dir, "missing"))
	show("lstat", err)
	_, err = os.OpenFile(f, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	show("create excl", err)
	r, _ := os.Open(f)
	_, err = r.Write([]byte("x"))
	show("write ro", err)
	r.Close()
	show("close twice", r.Close())
	var le *os.LinkError
	err = os.Rename(filepath.Join(dir, "missing"), filepath.Join(dir, "other"))
	fmt.Println(errors.As(err, &le), le.Op)
	show("removeall", os.RemoveAll(d))
	_, err = os.Stat(d)
	fmt.Println(os.IsNotExist(err), os.IsExist(err))
}
