// golden: GOARCH=386
// encoding/json: Marshal/Unmarshal of nested structs with tags (omitempty, "-", string), maps, slices, MarshalIndent.
package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
	Zip    *int   `json:"zip,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Dash     string            `json:"-,"`
	Tags     []string          `json:"tags"`
	Addr     Address           `json:"address"`
	Prev     []Address         `json:"previous,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Score    float64           `json:"score"`
	Count    int64             `json:"count,string"`
	Active   bool              `json:"active"`
	private  int
	Untagged string
	Ptr      *Address `json:"ptr"`
	Iface    any      `json:"iface"`
}

func main() {
	zip := 12345
	p := Person{Name: "Ann", Age: 31, Password: "secret", Dash: "dash", Tags: []string{"a", "b"},
		Addr: Address{"1 Main St", "Springfield", &zip}, Meta: map[string]string{"z": "last", "a": "first"},
		Score: 9.5, Count: 7, Active: true, private: 1, Untagged: "u", Iface: []any{1, "two", nil, true}}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	empty, _ := json.Marshal(Person{})
	fmt.Println(string(empty))
	ind, _ := json.MarshalIndent(Address{"Elm", "", nil}, "", "  ")
	fmt.Println(string(ind))
	var q Person
	err = json.Unmarshal(b, &q)
	fmt.Println(err, q.Name, q.Age, q.Password == "", q.Dash, q.Tags, q.Addr.City, *q.Addr.Zip, q.Meta, q.Count, q.Iface)
	var anyv any
	json.Unmarshal([]byte(`{"n": 1.5, "list": [1, "x", {"k": null}], "b": false, "big": 12345678901}`), &anyv)
	m := anyv.(map[string]any)
	fmt.Println(m["n"], m["list"], m["b"], m["big"])
	fmt.Printf("%T %T\n", m["list"].([]any)[0], m["list"].([]any)[2])
	for _, v := range []any{nil, true, 42, -1.25, "q\"<>&\u2028", []int{}, []int(nil), map[string]int{"b": 2, "a": 1},
		[]byte("bytes"), [2]bool{true}, struct{ X, Y int }{1, 2}, map[int]string{2: "two", 10: "ten"}, 1e21, 3.0} {
		b, err := json.Marshal(v)
		fmt.Println(string(b), err)
	}
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
	var bad struct{ A int }
	err = json.Unmarshal([]byte(`{"A": "str"}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"A": 1,}`), &bad)
	fmt.Println(err)
	var se *json.SyntaxError
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
		fmt.Println(se.Offset)
	}
	var arr []int
	fmt.Println(json.Unmarshal([]byte(`[1, 2, 3]`), &arr), arr)
	var mm map[string][]float64
	fmt.Println(json.Unmarshal([]byte(`{"x": [1, 2.5], "y": []}`), &mm), mm)
	var ci struct {
		Name string
	}
	json.Unmarshal([]byte(`{"NAME": "case-insensitive"}`), &ci)
	fmt.Println(ci.Name, json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[null]`)))
}
