package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type Name string
type IDs []int
type Pair struct {
	K string
	V int
}
type Pair2 struct {
	K string
	V int
}

func (n Name) String() string { return "Name(" + string(n) + ")" }

func main() {
	// Copy
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8, 9, 10}))
	fmt.Println(n, dst)
	var arr [4]byte
	n = reflect.Copy(reflect.ValueOf(&arr).Elem(), reflect.ValueOf("hey"))
	fmt.Println(n, arr)
	ps := make([]Pair, 2)
	reflect.Copy(reflect.ValueOf(ps), reflect.ValueOf([]Pair{{"a", 1}, {"b", 2}, {"c", 3}}))
	fmt.Println(ps)

	// Append / AppendSlice / Grow / SetLen / Slice3
	s := reflect.ValueOf([]string{"x"})
	s = reflect.Append(s, reflect.ValueOf("y"), reflect.ValueOf("z"))
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"u", "v"}))
	fmt.Println(s.Len(), s.Interface())
	ids := reflect.New(reflect.TypeOf(IDs{})).Elem()
	for i := 0; i < 5; i++ {
		ids.Set(reflect.Append(ids, reflect.ValueOf(i*i)))
	}
	fmt.Println(ids.Interface(), ids.Type())
	g := reflect.ValueOf(&[]int{1, 2}).Elem()
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap() >= 12)
	g.SetLen(4)
	fmt.Println(g.Interface())
	fmt.Println(g.Slice3(1, 2, 3).Cap(), g.Slice(0, 3).Interface())

	// Swapper
	words := []string{"d", "b", "a", "c"}
	sw := reflect.Swapper(words)
	sw(0, 3)
	fmt.Println(words)
	pairs := []Pair{{"b", 2}, {"a", 1}, {"c", 3}}
	psw := reflect.Swapper(pairs)
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].K < pairs[j].K })
	psw(0, 2)
	fmt.Println(pairs)
	fs := []float64{1.5, 2.5}
	reflect.Swapper(fs)(0, 1)
	fmt.Println(fs)

	// Convert between named types and kinds
	c := reflect.ValueOf(Celsius(100))
	f := c.Convert(reflect.TypeOf(Fahrenheit(0)))
	fmt.Println(f.Type(), f.Float(), f.Interface())
	nm := reflect.ValueOf("bob").Convert(reflect.TypeOf(Name("")))
	fmt.Println(nm.Type(), nm.Interface())
	fmt.Println(reflect.ValueOf(IDs{1, 2}).Convert(reflect.TypeOf([]int(nil))).Interface())
	fmt.Println(reflect.ValueOf(Pair{"k", 9}).Convert(reflect.TypeOf(Pair2{})).Interface())
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface())
	fmt.Println(reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune(nil))).Interface())
	fmt.Println(reflect.ValueOf([]byte("abc")).Convert(reflect.TypeOf(Name(""))).Interface())
	fmt.Println(reflect.ValueOf(int8(-3)).Convert(reflect.TypeOf(uint16(0))).Interface())
	fmt.Println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(int64(0))).Interface())
	sl := []int{4, 5, 6, 7}
	ap := reflect.ValueOf(sl).Convert(reflect.TypeOf((*[3]int)(nil)))
	fmt.Println(ap.Elem().Interface())
	fmt.Println(reflect.ValueOf(sl).Convert(reflect.TypeOf([2]int{})).Interface())
	var st fmt.Stringer = Name("z")
	fmt.Println(reflect.ValueOf(Name("q")).Convert(reflect.TypeOf(&st).Elem()).Interface())
	fmt.Println(reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf("")), reflect.ValueOf(1).CanConvert(reflect.TypeOf(Name(""))))

	// MapRange, SetIterKey / SetIterValue, MapKeys, SetMapIndex delete
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	mv := reflect.ValueOf(m)
	it := mv.MapRange()
	k := reflect.New(reflect.TypeOf("")).Elem()
	v := reflect.New(reflect.TypeOf(0)).Elem()
	var got []string
	for it.Next() {
		k.SetIterKey(it)
		v.SetIterValue(it)
		got = append(got, fmt.Sprint(k.String(), ":", v.Int()))
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, " "))
	it.Reset(reflect.ValueOf(map[string]int{"only": 42}))
	for it.Next() {
		fmt.Println(it.Key(), it.Value())
	}
	mv.SetMapIndex(reflect.ValueOf("two"), reflect.Value{})
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	fmt.Println(keys, len(m))
	mv.Clear()
	fmt.Println(len(m))

	// a map made at run time with struct keys, iterated
	mt := reflect.MapOf(reflect.TypeOf(Pair{}), reflect.TypeOf([]string{}))
	mm := reflect.MakeMapWithSize(mt, 4)
	mm.SetMapIndex(reflect.ValueOf(Pair{"a", 1}), reflect.ValueOf([]string{"x"}))
	mm.SetMapIndex(reflect.ValueOf(Pair{"b", 2}), reflect.ValueOf([]string{"y", "z"}))
	mm.SetMapIndex(reflect.ValueOf(Pair{"a", 1}), reflect.ValueOf([]string{"w"}))
	fmt.Println(mm.Len(), mm.Type(), mm.MapIndex(reflect.ValueOf(Pair{"a", 1})))
	fmt.Println(mm.Interface())
	fmt.Printf("%v %d\n", mm.Interface(), mm.Len())

	// struct types made at run time
	sf := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeOf(""), Tag: `json:"name"`},
		{Name: "Age", Type: reflect.TypeOf(int64(0))},
		{Name: "Tags", Type: reflect.TypeOf([]string{})},
	})
	sv := reflect.New(sf).Elem()
	sv.Field(0).SetString("ann")
	sv.FieldByName("Age").SetInt(41)
	sv.Field(2).Set(reflect.ValueOf([]string{"p", "q"}))
	fmt.Printf("%v|%+v\n", sv.Interface(), sv.Interface())
	fmt.Println(sf.Field(0).Tag.Get("json"), sf.Size() > 0, sf.NumField())
	sv2 := reflect.New(sf).Elem()
	sv2.Set(sv)
	fmt.Println(reflect.DeepEqual(sv2.Interface(), sv.Interface()))
	ct := reflect.StructOf([]reflect.StructField{{Name: "A", Type: reflect.TypeOf(0)}, {Name: "B", Type: reflect.TypeOf("")}})
	a1, a2 := reflect.New(ct).Elem(), reflect.New(ct).Elem()
	a1.Field(1).SetString("s")
	a2.Field(1).SetString("s")
	fmt.Println(a1.Interface() == a2.Interface(), a1.Comparable())
	km := reflect.MakeMap(reflect.MapOf(ct, reflect.TypeOf(0)))
	km.SetMapIndex(a1, reflect.ValueOf(5))
	fmt.Println(km.MapIndex(a2), km.Len())

	// slices, arrays and pointers of made types
	at := reflect.ArrayOf(2, ct)
	av := reflect.New(at).Elem()
	av.Index(1).Field(0).SetInt(3)
	fmt.Printf("%v %v\n", at, av.Interface())
	stv := reflect.MakeSlice(reflect.SliceOf(ct), 1, 1)
	stv = reflect.Append(stv, a1)
	fmt.Printf("%+v\n", stv.Interface())
	pv := reflect.New(ct)
	pv.Elem().Field(0).SetInt(8)
	fmt.Printf("%+v %v\n", pv.Elem().Interface(), pv.Type())
	var x any = sv.Interface()
	_, isStr := x.(fmt.Stringer)
	fmt.Println(isStr, reflect.TypeOf(x).Kind())
	fmt.Println(reflect.Zero(ct).Interface(), reflect.Indirect(pv).Field(0))
	// comparing values of an uncomparable struct type made at run time panics
	fmt.Println(sv2.Interface() == sv.Interface())
}
