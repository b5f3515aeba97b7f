// golden: GOARCH=386
// encoding/json round trip of nested structs: Marshal -> Unmarshal into a fresh value ->
// compare with the original (reflect.DeepEqual and ==), then a mutated copy must differ.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int32
}

type Span struct {
	From, To Point
	Label    string `json:"label,omitempty"`
}

type Owner struct {
	Name  string  `json:"name"`
	Email *string `json:"email,omitempty"`
	Age   uint8   `json:"age"`
}

type Layer struct {
	Name    string
	Visible bool
	Opacity float64
	Spans   []Span
	Corners [2]Point
	Owner   *Owner
	Tags    map[string]Span
	Nested  []*Layer `json:",omitempty"`
	Big     int64    `json:"big,string"`
}

type Doc struct {
	Title  string
	Layers []Layer
	Meta   struct {
		Version int
		Authors []Owner
	}
}

func mkDoc() Doc {
	email := "ann@example.com"
	d := Doc{Title: "map \"v2\" <ü>"}
	d.Layers = []Layer{
		{Name: "base", Visible: true, Opacity: 0.75,
			Spans:   []Span{{From: Point{1, 2}, To: Point{-3, 4}, Label: "a"}, {To: Point{5, 6}}},
			Corners: [2]Point{{0, 0}, {100, 200}},
			Owner:   &Owner{Name: "Ann", Email: &email, Age: 41},
			Tags:    map[string]Span{"x": {From: Point{7, 8}}, "y": {Label: "why"}},
			Nested: []*Layer{{Name: "child", Opacity: 1e-3, Spans: []Span{}, Big: -1 << 40,
				Owner: &Owner{Name: "Bo"}}},
			Big: 1 << 53},
		{Name: "empty"},
	}
	d.Meta.Version = 3
	d.Meta.Authors = []Owner{{Name: "Ann", Age: 41}, {Name: "Cy", Age: 7}}
	return d
}

func main() {
	orig := mkDoc()
	b, err := json.Marshal(orig)
	fmt.Println(err, len(b))
	fmt.Println(string(b))
	var back Doc
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Println("DeepEqual:", reflect.DeepEqual(orig, back))
	fmt.Println("spans ==:", orig.Layers[0].Spans[0] == back.Layers[0].Spans[0], back.Layers[0].Corners == orig.Layers[0].Corners)
	fmt.Println("owner:", *back.Layers[0].Owner.Email, back.Layers[0].Owner != orig.Layers[0].Owner,
		*back.Layers[0].Owner == Owner{Name: "Ann", Email: back.Layers[0].Owner.Email, Age: 41})
	fmt.Println("nested:", back.Layers[0].Nested[0].Name, back.Layers[0].Nested[0].Big, back.Layers[0].Nested[0].Spans != nil)
	fmt.Println("tags:", back.Layers[0].Tags["x"], back.Layers[0].Tags["y"], back.Meta.Authors)
	fmt.Printf("%+v\n", back.Layers[1])

	b2, _ := json.MarshalIndent(back, "", "  ")
	var again Doc
	fmt.Println(json.Unmarshal(b2, &again), reflect.DeepEqual(again, orig))

	back.Layers[0].Nested[0].Spans = append(back.Layers[0].Nested[0].Spans, Span{Label: "new"})
	back.Meta.Authors[1].Age++
	fmt.Println("after mutation:", reflect.DeepEqual(orig, back), reflect.DeepEqual(orig, again))

	// into an interface and back through a generic map
	var generic any
	fmt.Println(json.Unmarshal(b, &generic))
	layer0 := generic.(map[string]any)["Layers"].([]any)[0].(map[string]any)
	fmt.Println(layer0["Owner"], layer0["big"], layer0["Corners"])
	b3, _ := json.Marshal(generic)
	var fromGeneric Doc
	fmt.Println(json.Unmarshal(b3, &fromGeneric), reflect.DeepEqual(fromGeneric, orig))
}
