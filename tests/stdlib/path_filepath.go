// golden: GOARCH=386
// path and path/filepath: Join, Clean, Split, Base, Dir, Ext, Match, Rel, IsAbs, SplitList, Walk over TESTDIR.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "/", "a/b/../c", "/a//b/./c/", "../../x", "a/../..", "//double", "x/y.tar.gz"} {
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "../c", "/d"), path.Join(), path.Join("", ""), path.Join("/", "x"))
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file)
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "[^a]*", "a/*/c", "\\*"} {
		m, err := path.Match(pat, "abc")
		m2, _ := path.Match(pat, "main.go")
		m3, _ := path.Match(pat, "a/b/c")
		fmt.Println(pat, m, m2, m3, err)
	}
	_, err := path.Match("[", "x")
	fmt.Println(err)

	fmt.Println(filepath.Join("dir", "sub", "..", "file.txt"), filepath.Separator == '/', filepath.ListSeparator == ':')
	fmt.Println(filepath.Clean("a//b/../c/."), filepath.Base("/x/y/"), filepath.Dir("/x/y/"), filepath.Ext("f.txt"))
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/opt"), filepath.VolumeName("/x"), filepath.IsLocal("a/b"), filepath.IsLocal("../a"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b", "/a/x"}, {"a", "a"}, {"/a", "b"}} {
		r, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("%q %v\n", r, err)
	}
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.HasPrefix("/a/b", "/a"))
	m, _ := filepath.Match("*.txt", "notes.txt")
	fmt.Println(m)

	root := os.Getenv("TESTDIR")
	for _, f := range []string{"b/z.txt", "a/one.go", "a/two.txt", "a/deep/three.txt", "c.txt"} {
		full := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte(f), 0o644)
	}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() && d.Name() == "deep" {
			fmt.Println("skip", filepath.ToSlash(rel))
			return filepath.SkipDir
		}
		fmt.Println(filepath.ToSlash(rel), d.IsDir())
		return nil
	})
	fmt.Println("walk:", err)
	err = filepath.Walk(filepath.Join(root, "a"), func(p string, info fs.FileInfo, err error) error {
		if !info.IsDir() {
			fmt.Println(strings.TrimPrefix(filepath.ToSlash(p), filepath.ToSlash(root)), info.Size())
		}
		return nil
	})
	fmt.Println(err)
	matches, err := filepath.Glob(filepath.Join(root, "a", "*.txt"))
	for _, m := range matches {
		fmt.Println("glob", filepath.Base(m))
	}
	fmt.Println(len(matches), err)
}
