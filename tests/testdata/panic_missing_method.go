package main

type Saver interface {
	Save() error
	Load() error
}

type Doc struct{ title string }

func (d *Doc) Save() error { return nil }

func main() {
	var x any = &Doc{"t"}
	_, ok := x.(Saver)
	println(ok)
	s := x.(Saver)
	println(s != nil)
}
