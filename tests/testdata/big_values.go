package main

type Big struct {
	ID    int
	Name  string
	Data  [16]int32
	Tags  []string
	Score float64
}

type Holder interface{ Get() Big }

func (b Big) Get() Big { return b }

func mutate(b Big) Big {
	b.Data[0] = 99
	b.Name += "!"
	return b
}

func sumArr(a [16]int32) (s int32) {
	for _, v := range a {
		s += v
	}
	a[0] = 1000
	return
}

func many() (int, string, float64, bool, [3]byte, Big) {
	return 1, "two", 3.0, true, [3]byte{4, 5, 6}, Big{ID: 7}
}

func main() {
	var b Big
	b.ID = 1
	b.Name = "big"
	for i := range b.Data {
		b.Data[i] = int32(i * i)
	}
	b.Tags = []string{"a"}
	c := mutate(b)
	println(b.Data[0], c.Data[0], b.Name, c.Name, sumArr(b.Data), b.Data[0])
	var h Holder = b
	b.ID = 2
	println(h.Get().ID, h.(Big).Data[15])
	m := map[string]Big{}
	m["x"] = b
	m["y"] = c
	tot := int32(0)
	for _, v := range m {
		tot += v.Data[3]
	}
	println(tot, m["y"].Name)
	arr := []Big{b, c, {ID: 3}}
	arr[2] = arr[0]
	arr[0].Data[1] = -1
	println(arr[2].Data[1], arr[0].Data[1])
	i, s, f, ok, bs, bb := many()
	println(i, s, f, ok, bs[2], bb.ID)
	var anyv any = c
	cc := anyv.(Big)
	cc.Tags[0] = "shared"
	println(b.Tags[0], c.Tags[0])
	ch := make([]Big, 2)
	copy(ch, arr)
	ch[0].Name = "copy"
	println(arr[0].Name, ch[0].Name, ch[1].Name)
}
