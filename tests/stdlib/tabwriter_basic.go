// golden: GOARCH=386
// text/tabwriter: aligned columns, padding characters, right alignment, Debug flag.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "NAME\tAGE\tCITY")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLA")
	fmt.Fprintln(w, "Christopher\t101\tSan Francisco")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	fmt.Fprintln(w, "x\t\ty\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "\tindented\tcol")
	fmt.Fprintln(w, "\t\tdouble\tcol")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 8, 8, 1, '-', tabwriter.DiscardEmptyColumns)
	fmt.Fprint(w, "k\t\tv\n")
	fmt.Fprint(w, "key\t\tvalue\n")
	fmt.Fprint(w, "block\nbreak\tx\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tz")
	fmt.Fprintln(w, "\xffesc\taped\xff\tq\tr")
	w.Flush()
}
