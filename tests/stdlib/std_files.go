// golden: GOARCH=386
package main

// Works in $TESTDIR (an empty directory; preopened as /testdir for wasm).

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"strings"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

func check(what string, err error) {
	if err != nil {
		out(what, "failed:", err.Error())
		os.Exit(1)
	}
}

func main() {
	check("Chdir", os.Chdir(os.Getenv("TESTDIR")))
	check("WriteFile", os.WriteFile("hello.txt", []byte("hello\nfile\nsystem\n"), 0o644))
	data, err := os.ReadFile("hello.txt")
	check("ReadFile", err)
	out("read", strconv.Quote(string(data)))

	check("Mkdir", os.Mkdir("sub", 0o755))
	check("MkdirAll", os.MkdirAll("sub/deep/er", 0o755))
	f, err := os.Create("sub/data.bin")
	check("Create", err)
	w := bufio.NewWriter(f)
	for i := 0; i < 100; i++ {
		w.WriteString("line " + strconv.Itoa(i) + "\n")
	}
	check("Flush", w.Flush())
	check("Close", f.Close())

	st, err := os.Stat("sub/data.bin")
	check("Stat", err)
	out("stat", st.Name(), strconv.FormatInt(st.Size(), 10), strconv.FormatBool(st.IsDir()), strconv.FormatBool(st.Mode().IsRegular()))
	st, err = os.Stat("sub")
	check("Stat dir", err)
	out("stat", st.Name(), strconv.FormatBool(st.IsDir()))

	f, err = os.Open("sub/data.bin")
	check("Open", err)
	sc := bufio.NewScanner(f)
	n := 0
	last := ""
	for sc.Scan() {
		n++
		last = sc.Text()
	}
	out("scanned", strconv.Itoa(n), last)
	off, err := f.Seek(5, io.SeekStart)
	check("Seek", err)
	buf := make([]byte, 6)
	k, err := io.ReadFull(f, buf)
	check("ReadFull", err)
	out("seek", strconv.FormatInt(off, 10), strconv.Itoa(k), strconv.Quote(string(buf)))
	f.Close()

	af, err := os.OpenFile("hello.txt", os.O_APPEND|os.O_WRONLY, 0)
	check("OpenFile", err)
	af.WriteString("appended\n")
	af.Close()
	data, _ = os.ReadFile("hello.txt")
	out("appended", strconv.Itoa(len(strings.Split(strings.TrimSpace(string(data)), "\n"))))

	check("Rename", os.Rename("hello.txt", "sub/renamed.txt"))
	_, err = os.Stat("hello.txt")
	out("old name gone", strconv.FormatBool(errors.Is(err, fs.ErrNotExist)), strconv.FormatBool(os.IsNotExist(err)))

	entries, err := os.ReadDir("sub")
	check("ReadDir", err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name()+":"+strconv.FormatBool(e.IsDir()))
	}
	sort.Strings(names)
	out("entries", strings.Join(names, " "))

	_, err = os.ReadFile("missing.txt")
	out("missing", strconv.FormatBool(errors.Is(err, fs.ErrNotExist)), strconv.FormatBool(os.IsNotExist(err)))

	check("Remove", os.Remove("sub/renamed.txt"))
	err = os.Remove("sub")
	out("remove non-empty dir fails", strconv.FormatBool(err != nil))
	check("RemoveAll", os.RemoveAll("sub"))
	entries, err = os.ReadDir(".")
	check("ReadDir .", err)
	out("left", strconv.Itoa(len(entries)))
}
