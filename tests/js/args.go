package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, len(os.Args), os.Args[1:], os.Getenv("FOO"))
	time.Sleep(10 * time.Millisecond)
	_, err := os.ReadFile("/nonexistent/file")
	fmt.Println(err)
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
