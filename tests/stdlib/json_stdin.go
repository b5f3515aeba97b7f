// golden: GOARCH=386
// A json.Decoder over os.Stdin: a stream of records, aggregated and re-encoded with an Encoder.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
)

type Sale struct {
	Region string   `json:"region"`
	Item   string   `json:"item"`
	Units  int      `json:"units"`
	Price  float64  `json:"price"`
	Tags   []string `json:"tags,omitempty"`
}

type Summary struct {
	Region  string         `json:"region"`
	Revenue float64        `json:"revenue"`
	Units   int            `json:"units"`
	Items   map[string]int `json:"items"`
}

func main() {
	dec := json.NewDecoder(os.Stdin)
	by := map[string]*Summary{}
	n := 0
	for {
		var s Sale
		err := dec.Decode(&s)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode error:", err)
			break
		}
		n++
		sum := by[s.Region]
		if sum == nil {
			sum = &Summary{Region: s.Region, Items: map[string]int{}}
			by[s.Region] = sum
		}
		sum.Revenue += float64(s.Units) * s.Price
		sum.Units += s.Units
		sum.Items[s.Item] += s.Units
	}
	fmt.Println("records:", n)
	var out []*Summary
	for _, s := range by {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Revenue > out[j].Revenue })
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Println(err)
	}
}
