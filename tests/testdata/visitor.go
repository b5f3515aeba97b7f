package main

type Visitor interface {
	VisitFile(f *File)
	VisitDir(d *Dir)
}

type Entry interface {
	Accept(v Visitor)
	Name() string
}

type File struct {
	name string
	size int
}

type Dir struct {
	name    string
	entries []Entry
}

func (f *File) Accept(v Visitor) { v.VisitFile(f) }
func (f *File) Name() string     { return f.name }
func (d *Dir) Accept(v Visitor)  { v.VisitDir(d) }
func (d *Dir) Name() string      { return d.name }

type sizeVisitor struct{ total, files int }

func (s *sizeVisitor) VisitFile(f *File) { s.total += f.size; s.files++ }
func (s *sizeVisitor) VisitDir(d *Dir) {
	for _, e := range d.entries {
		e.Accept(s)
	}
}

type printVisitor struct {
	depth int
}

func (p *printVisitor) indent() {
	for i := 0; i < p.depth; i++ {
		print("  ")
	}
}
func (p *printVisitor) VisitFile(f *File) { p.indent(); println(f.name, f.size) }
func (p *printVisitor) VisitDir(d *Dir) {
	p.indent()
	println(d.name + "/")
	p.depth++
	for _, e := range d.entries {
		e.Accept(p)
	}
	p.depth--
}

type findVisitor struct {
	pred  func(*File) bool
	found []string
}

func (fv *findVisitor) VisitFile(f *File) {
	if fv.pred(f) {
		fv.found = append(fv.found, f.name)
	}
}
func (fv *findVisitor) VisitDir(d *Dir) {
	for _, e := range d.entries {
		e.Accept(fv)
	}
}

func main() {
	root := &Dir{"root", []Entry{
		&File{"a.txt", 100},
		&Dir{"src", []Entry{&File{"main.go", 2048}, &File{"util.go", 512}, &Dir{"empty", nil}}},
		&File{"b.bin", 4096},
	}}
	root.Accept(&printVisitor{})
	sv := &sizeVisitor{}
	root.Accept(sv)
	println(sv.total, sv.files)
	fv := &findVisitor{pred: func(f *File) bool { return f.size > 500 }}
	root.Accept(fv)
	for _, n := range fv.found {
		print(n, " ")
	}
	println()
	var v Visitor = sv
	_, isPrint := v.(*printVisitor)
	println(isPrint, root.entries[1].Name())
}
