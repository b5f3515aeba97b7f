// golden: GOARCH=386
// encoding/json: RawMessage, Decoder over a strings.Reader, Encoder, custom MarshalJSON/UnmarshalJSON, round trip, embedded structs.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"low", "mid", "high"}[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", s)
	}
	return nil
}

type Celsius float64

func (c Celsius) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%.1fC", float64(c))), nil }

func (c *Celsius) UnmarshalText(b []byte) error {
	var f float64
	if _, err := fmt.Sscanf(string(b), "%gC", &f); err != nil {
		return fmt.Errorf("bad temperature %q: %w", b, err)
	}
	*c = Celsius(f)
	return nil
}

type Base struct {
	ID      int       `json:"id"`
	Created time.Time `json:"created"`
}

type Task struct {
	Base
	Title    string          `json:"title"`
	Level    Level           `json:"level"`
	Payload  json.RawMessage `json:"payload"`
	Sub      []*Task         `json:"sub,omitempty"`
	Temps    map[string]Celsius
	Optional *string `json:"optional"`
}

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func main() {
	t := Task{Base: Base{1, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}, Title: "root", Level: 2,
		Payload: json.RawMessage(`{"raw":[1,2]}`), Temps: map[string]Celsius{"in": 21.5},
		Sub: []*Task{{Base: Base{ID: 2}, Title: "child", Level: 0, Payload: json.RawMessage(`null`)}}}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	var back Task
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Created, back.Title, back.Level, string(back.Payload), back.Sub[0].Title, back.Optional)
	b2, _ := json.Marshal(back)
	fmt.Println("round trip equal:", bytes.Equal(b, b2))
	fmt.Println(json.Unmarshal([]byte(`{"level":"extreme"}`), &back))

	stream := `{"type":"point","data":{"x":1,"y":2}}
{"type":"name","data":"bob"}
{"type":"list","data":[3,4,5]}`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var env Envelope
		if err := dec.Decode(&env); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println("error:", err)
			break
		}
		switch env.Type {
		case "point":
			var p struct{ X, Y int }
			json.Unmarshal(env.Data, &p)
			fmt.Println("point", p.X+p.Y)
		case "name":
			var s string
			json.Unmarshal(env.Data, &s)
			fmt.Println("name", s)
		default:
			fmt.Println(env.Type, string(env.Data))
		}
	}
	tok := json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null], "b": {}}`))
	for {
		tk, err := tok.Token()
		if err != nil {
			break
		}
		fmt.Printf("%T:%v ", tk, tk)
	}
	fmt.Println()
	strict := json.NewDecoder(strings.NewReader(`{"known": 1, "unknown": 2}`))
	strict.DisallowUnknownFields()
	var k struct{ Known int }
	fmt.Println(strict.Decode(&k))
	num := json.NewDecoder(strings.NewReader(`{"n": 123456789012345678}`))
	num.UseNumber()
	var nm map[string]any
	num.Decode(&nm)
	fmt.Printf("%T %v\n", nm["n"], nm["n"])
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": []int{1}})
	enc2 := json.NewEncoder(os.Stdout)
	enc2.SetEscapeHTML(false)
	enc2.Encode("<b>&</b>")
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2],"b":{}}`), "", " ")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String())
	var iface any = &Task{}
	fmt.Println(json.Unmarshal([]byte(`{"title":"via iface","Temps":{"x":"bad"}}`), iface))
}
