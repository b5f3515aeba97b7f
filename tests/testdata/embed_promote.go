package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base " + b.Name }
func (b *Base) Rename(n string)  { b.Name = n }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { println(l.prefix + msg) }

type Service struct {
	Base
	*Logger
	Port int
}

type Admin struct {
	Service
	Level int
}

func (a Admin) Describe() string { return "admin " + a.Service.Describe() }

type Describer interface{ Describe() string }

func main() {
	s := Service{Base{1, "web"}, &Logger{"[svc] "}, 80}
	s.Log("starting " + s.Name)
	s.Rename("api")
	println(s.Describe(), s.ID, s.Base.ID)
	a := Admin{s, 3}
	a.Log("admin")
	a.Rename("root")
	println(a.Describe(), a.Name, s.Name)
	var d Describer = a
	println(d.Describe())
	d = s
	println(d.Describe())
	d = &a.Service
	println(d.Describe())
	f := a.Service.Base.Describe
	a.Service.Base.Name = "changed"
	println(f(), a.Describe())
	g := (*Base).Rename
	g(&a.Base, "viaexpr")
	println(a.Name)
}
