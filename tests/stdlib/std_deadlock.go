// golden: GOARCH=386
package main

import (
	"os"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	os.Stdout.WriteString("locked once\n")
	mu.Lock()
	os.Stdout.WriteString("not reached\n")
}
