package example

import "fmt"

func Greet(name string) { fmt.Println("hello,", name) }
