package main

type Base struct {
	id   int
	name string
}

type Derived struct {
	Base
	extra float64
	inner struct{ a, b int8 }
}

type Wrapper struct {
	*Base
	tag string
}

type Pair struct {
	left, right Base
}

func rename(b Base, n string) Base {
	b.name = n
	return b
}

func main() {
	d := Derived{Base: Base{1, "one"}, extra: 2.5}
	d.inner.a = 3
	d.inner.b = -4
	println(d.id, d.name, d.Base.id, d.extra, d.inner.a, d.inner.b)
	d.id = 10
	println(d.Base.id)
	copyD := d
	copyD.name = "copy"
	println(d.name, copyD.name)
	r := rename(d.Base, "renamed")
	println(d.name, r.name)
	w := Wrapper{&Base{7, "seven"}, "w"}
	w.id++
	println(w.id, w.Base.id, w.name, w.tag)
	p := Pair{Base{1, "l"}, Base{2, "r"}}
	pp := &p
	pp.right.id = 20
	println(p.left.id, p.right.id, pp.left.name)
	var zero Derived
	println(zero.id, zero.name == "", zero.extra, zero.inner.a)
	arr := [2]Base{{1, "a"}, {2, "b"}}
	arr[1].name = "B"
	arr2 := arr
	arr2[0].id = 100
	println(arr[0].id, arr2[0].id, arr[1].name)
	anon := struct {
		x, y int
	}{3, 4}
	println(anon.x * anon.y)
}
