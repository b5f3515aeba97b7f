// golden: GOARCH=386
// text/template: fields, range, if/else, with, printf, pipelines, custom FuncMap, methods, nested templates.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

func (i Item) Total() float64             { return i.Price * float64(i.Qty) }
func (i Item) HasTag(t string) bool       { for _, x := range i.Tags { if x == t { return true } }; return false }
func (i *Item) Label(prefix string) string { return prefix + i.Name }

type Order struct {
	ID       int
	Customer map[string]string
	Items    []*Item
	Notes    []string
	Paid     bool
}

const page = `Order #{{.ID}} for {{index .Customer "name"}} ({{.Customer.city}})
{{range $i, $it := .Items -}}
{{$i}}. {{$it.Name | upper}} x{{.Qty}} @ {{printf "%.2f" .Price}} = {{printf "%7.2f" .Total}}{{if .HasTag "sale"}} [SALE]{{end}} {{.Label "#"}}
{{end -}}
{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes{{end}}
{{if and .Paid (gt (len .Items) 1)}}paid, multiple items{{else if .Paid}}paid{{else}}unpaid{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
{{- /* comment */ -}}
{{$total := 0.0}}{{range .Items}}{{$total = add $total .Total}}{{end}}
Total: {{printf "%.2f" $total}} {{len .Items}} items {{"quoted" | printf "%q"}} {{html "<b>"}} {{js "a'b"}} {{urlquery "a b&c"}}
{{range $k, $v := .Customer}}{{$k}}={{$v}} {{end}}
{{range .Empty}}never{{else}}empty range{{end}} {{eq .ID 7}} {{ne 1 2}} {{lt 1.5 2.0}} {{not .Paid}} {{or "" "fallback"}}
{{range $i, $e := .Items}}{{if eq $i 1}}{{break}}{{end}}{{$e.Name}} {{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b float64) float64 { return a + b },
	}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))
	data := map[string]any{}
	_ = data
	o := struct {
		Order
		Empty []int
	}{Order{ID: 7, Customer: map[string]string{"name": "Ada", "city": "London"},
		Items: []*Item{{"widget", 2.5, 4, []string{"sale"}}, {"gadget", 10, 1, nil}, {"gizmo", 0.99, 3, []string{"new"}}},
		Notes: []string{"fragile", "gift"}, Paid: true}, nil}
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err)
	t2 := template.Must(template.New("x").Parse("{{.Missing}}\n"))
	err = t2.Execute(os.Stdout, struct{ Present int }{1})
	fmt.Println(err)
	t3 := template.Must(template.New("m").Option("missingkey=error").Parse("{{.k}}"))
	fmt.Println(t3.Execute(os.Stdout, map[string]int{}))
	t4 := template.Must(template.New("m").Parse("{{.k}}\n"))
	t4.Execute(os.Stdout, map[string]int{})
	var sb strings.Builder
	template.Must(template.New("s").Parse(`{{range .}}<{{.}}>{{end}}`)).Execute(&sb, []int{1, 2, 3})
	fmt.Println(sb.String())
}
