// golden: GOARCH=386
// log: a Logger on os.Stdout with prefixes and flags (no timestamps), Printf/Println/Print, SetPrefix, Writer.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "prefix ", 0)
	l.Printf("hello %d", 1)
	l.Println("with", "spaces", 2)
	l.Print("no newline")
	l.Print("ends with newline\n")
	l.SetPrefix("[app] ")
	l.Println("new prefix")
	l.SetFlags(log.Lmsgprefix)
	l.Println("msgprefix")
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix)
	var buf bytes.Buffer
	l2 := log.New(&buf, "buf: ", 0)
	l2.Printf("%s=%v", "k", []int{1})
	l2.Println("second")
	fmt.Print(buf.String())
	fmt.Println(l2.Writer() == &buf)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("standard logger")
	log.Printf("%05.1f", 3.14159)
	fmt.Println(log.Prefix(), log.Flags())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("panic %s", "msg")
	}()
	l3 := log.New(os.Stderr, "err: ", 0)
	l3.Println("to stderr")
	log.Default().Println("default")
}
