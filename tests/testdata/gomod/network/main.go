package main

import "example.com/absent"

func main() { absent.F() }
