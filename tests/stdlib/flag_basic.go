// golden: GOARCH=386
// flag: a FlagSet parsing a fixed []string: all flag kinds, Var, Func, positional args, errors, defaults.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	verbose := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 1, "number of `iterations`")
	name := fs.String("name", "world", "who to greet")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	big := fs.Uint64("big", 0, "big number")
	wait := fs.Duration("wait", time.Second, "wait time")
	var i64 int64
	fs.Int64Var(&i64, "i64", -1, "int64 value")
	var inc listFlag
	fs.Var(&inc, "I", "include dir (repeatable)")
	var seen []string
	fs.Func("tag", "a tag", func(s string) error {
		if s == "" {
			return fmt.Errorf("empty tag")
		}
		seen = append(seen, strings.ToUpper(s))
		return nil
	})
	args := []string{"-v", "-n=3", "--name", "gopher", "-ratio", "2.25", "-big=18446744073709551615",
		"-wait", "1m30s", "-I", "a", "-I=b", "-tag", "x", "-i64", "-42", "file1", "-notaflag", "file2"}
	err := fs.Parse(args)
	fmt.Println(err, *verbose, *n, *name, *ratio, *big, *wait, i64, inc, seen)
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5), fs.Parsed(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, ":", f.DefValue, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("n").Usage, fs.Lookup("missing") == nil, fs.Set("n", "10"), *n)
	fs.PrintDefaults()

	fs2 := flag.NewFlagSet("strict", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Int("k", 0, "k")
	fmt.Println("err:", fs2.Parse([]string{"-k", "notint"}))
	fmt.Println("err:", fs2.Parse([]string{"-unknown"}))
	fmt.Println("err:", fs2.Parse([]string{"-h"}))
	fs3 := flag.NewFlagSet("dash", flag.ContinueOnError)
	b := fs3.Bool("b", true, "")
	fmt.Println(fs3.Parse([]string{"-b=false", "--", "-b"}), *b, fs3.Args())
	fs4 := flag.NewFlagSet("bool", flag.ContinueOnError)
	fs4.SetOutput(os.Stdout)
	fs4.Bool("q", false, "")
	fmt.Println(fs4.Parse([]string{"-q=maybe"}))
}
