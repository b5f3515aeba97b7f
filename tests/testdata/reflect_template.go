package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price int
	Tags  []string
}

func (i Item) Expensive() bool { return i.Price > 100 }

func (i *Item) Label(prefix string) string { return prefix + strings.ToUpper(i.Name) }

type Order struct {
	Name  string
	Items []*Item
	Notes map[string]string
}

func (o Order) Total() int {
	t := 0
	for _, it := range o.Items {
		t += it.Price
	}
	return t
}

const tmpl = `Order {{.Name | printf "%q"}} has {{len .Items}} items:
{{range $i, $it := .Items}}{{$i}}: {{$it.Name}} {{$it.Price}}{{if $it.Expensive}} (expensive){{end}} {{$it.Label "#"}} [{{join $it.Tags ", "}}]
{{end}}total={{.Total}} doubled={{double .Total}} {{with .Notes}}gift={{index . "gift"}}{{end}}
{{define "T"}}<{{.}}>{{end}}{{template "T" (upper .Name)}} {{repeat "ab" 3}} {{add 1 2 | double}}
`

func main() {
	funcs := template.FuncMap{
		"join":   strings.Join,
		"double": func(n int) int { return n * 2 },
		"upper":  strings.ToUpper,
		"repeat": strings.Repeat,
		"add":    func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	o := Order{
		Name: "ann",
		Items: []*Item{
			{Name: "pen", Price: 3, Tags: []string{"office"}},
			{Name: "lamp", Price: 150, Tags: []string{"home", "light"}},
		},
		Notes: map[string]string{"gift": "yes"},
	}
	if err := t.Execute(os.Stdout, o); err != nil {
		println("error:", err.Error())
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	if err := bad.Execute(os.Stdout, o); err != nil {
		println("error:", err.Error())
	}
}
