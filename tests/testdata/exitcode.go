package main

import "os"

func main() {
	os.Stdout.WriteString("before exit\n")
	os.Exit(3)
}
