// golden: GOARCH=386
package main

import (
	"bufio"
	"io"
	"os"
	"strconv"
)

func main() {
	os.Stdout.WriteString("args: " + strconv.Itoa(len(os.Args)) + "\n")
	os.Stdout.Write([]byte("written with Write\n"))
	v, ok := os.LookupEnv("TINYPY_SURELY_UNSET")
	os.Stdout.WriteString("env: " + strconv.Quote(v) + " " + strconv.FormatBool(ok) + " " + strconv.Quote(os.Getenv("NOPE")) + "\n")
	os.Setenv("MYVAR", "value1")
	os.Stdout.WriteString("set: " + os.Getenv("MYVAR") + "\n")
	os.Unsetenv("MYVAR")
	os.Stdout.WriteString("unset: " + strconv.Quote(os.Getenv("MYVAR")) + "\n")
	w := bufio.NewWriter(os.Stdout)
	for i := 0; i < 5; i++ {
		w.WriteString("buffered line ")
		w.WriteString(strconv.Itoa(i))
		w.WriteByte('\n')
	}
	w.Flush()
	os.Stderr.WriteString("to stderr\n")
	in, rerr := io.ReadAll(os.Stdin)
	os.Stdout.WriteString("stdin: " + strconv.Itoa(len(in)) + " " + strconv.FormatBool(rerr == nil) + "\n")
	n, err := os.Stdout.WriteString("last\n")
	os.Stdout.WriteString(strconv.Itoa(n) + " " + strconv.FormatBool(err == nil) + "\n")
	defer os.Stdout.WriteString("deferred: not printed, os.Exit skips defers\n")
	os.Exit(3)
}
