// golden: GOARCH=386
// os: Args (from the runner), Getenv/Setenv/LookupEnv/Unsetenv/Environ/ExpandEnv.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(os.Getenv("GREETING"), os.Getenv("NOT_SET") == "")
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("NOT_SET")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("NEW_VAR", "fresh"), os.Getenv("NEW_VAR"))
	fmt.Println(os.Setenv("", "x") != nil, os.Setenv("A=B", "x") != nil)
	os.Setenv("GREETING", "changed")
	fmt.Println(os.Getenv("GREETING"))
	fmt.Println(os.Unsetenv("NEW_VAR"), os.Getenv("NEW_VAR") == "")
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GREETING=") || strings.HasPrefix(kv, "EMPTY=") || strings.HasPrefix(kv, "LIST=") {
			mine = append(mine, kv)
		}
	}
	slices.Sort(mine)
	fmt.Println(mine)
	fmt.Println(os.ExpandEnv("$GREETING, ${LIST}! [$NOT_SET]"))
	fmt.Println(os.Expand("${a}-$b", func(k string) string { return strings.ToUpper(k) + k }))
	fmt.Println(os.Getenv("TESTDIR") != "")
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("GREETING") == "")
}
