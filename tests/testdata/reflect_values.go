// golden: GOARCH=386
package main

import (
	"errors"
	"reflect"
	"sort"
	"strconv"
)

type Point struct {
	X, Y int
	Tag  string `json:"tag"`
}

type Named int

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func describe(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "int:" + strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "uint:" + strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return "float*1000:" + strconv.FormatInt(int64(v.Float()*1000), 10)
	case reflect.String:
		return "string:" + strconv.Quote(v.String())
	case reflect.Bool:
		return "bool:" + strconv.FormatBool(v.Bool())
	case reflect.Slice, reflect.Array:
		s := v.Type().String() + "["
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				s += ","
			}
			s += describe(v.Index(i))
		}
		return s + "]"
	case reflect.Struct:
		s := v.Type().String() + "{"
		for i := 0; i < v.NumField(); i++ {
			if i > 0 {
				s += ","
			}
			s += v.Type().Field(i).Name + "=" + describe(v.Field(i))
		}
		return s + "}"
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		s := v.Type().String() + "{"
		for i, k := range keys {
			if i > 0 {
				s += ","
			}
			s += k.String() + ":" + describe(v.MapIndex(k))
		}
		return s + "}"
	case reflect.Pointer:
		if v.IsNil() {
			return "nil"
		}
		return "&" + describe(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			return "nil-iface"
		}
		return "iface(" + describe(v.Elem()) + ")"
	}
	return "?" + v.Kind().String()
}

func main() {
	vals := []any{42, int8(-3), uint16(7), 2.5, float32(0.25), "hi", true, Named(9), []int{1, 2, 3},
		[2]string{"a", "b"}, Point{1, 2, "t"}, &Point{3, 4, "p"}, map[string]int{"b": 2, "a": 1},
		[]any{1, "x", nil}, (*Point)(nil)}
	for _, x := range vals {
		println(describe(reflect.ValueOf(x)))
	}

	// Set through pointers
	p := Point{1, 2, "t"}
	v := reflect.ValueOf(&p).Elem()
	println("CanSet", v.CanSet(), reflect.ValueOf(p).Field(0).CanSet(), v.Field(0).CanSet(), v.CanAddr())
	v.Field(0).SetInt(100)
	v.FieldByName("Tag").SetString("new")
	v.Field(1).Set(reflect.ValueOf(-5))
	println(p.X, p.Y, p.Tag)
	pp := v.Addr().Interface().(*Point)
	pp.X++
	println(p.X, v.Field(0).Int(), v.Field(0).Interface().(int))

	var f float64
	reflect.ValueOf(&f).Elem().SetFloat(1.5)
	var b bool
	reflect.ValueOf(&b).Elem().SetBool(true)
	var u uint8
	reflect.ValueOf(&u).Elem().SetUint(200)
	println(f, b, u)

	// New, Zero, MakeSlice, Append, MakeMap, SetMapIndex, MapRange
	np := reflect.New(reflect.TypeOf(Point{}))
	np.Elem().Field(2).SetString("fresh")
	println(describe(np), np.Type().String())
	z := reflect.Zero(reflect.TypeOf(Point{}))
	println(describe(z), z.IsZero(), reflect.ValueOf(p).IsZero())
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	s.Index(0).SetString("x")
	s = reflect.Append(s, reflect.ValueOf("y"), reflect.ValueOf("z"))
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"w"}))
	println(describe(s), s.Len(), s.Cap() >= 5)
	strs := s.Interface().([]string)
	println(len(strs), strs[0], strs[4])
	m := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	m.SetMapIndex(reflect.ValueOf("one"), reflect.ValueOf(1))
	m.SetMapIndex(reflect.ValueOf("two"), reflect.ValueOf(2))
	m.SetMapIndex(reflect.ValueOf("three"), reflect.ValueOf(3))
	m.SetMapIndex(reflect.ValueOf("two"), reflect.Value{})
	println(describe(m), m.Len())
	total := 0
	iter := m.MapRange()
	for iter.Next() {
		total += int(iter.Value().Int()) * len(iter.Key().String())
	}
	println("total", total)
	mi := reflect.MakeMap(reflect.TypeOf(map[Point]bool{}))
	mi.SetMapIndex(reflect.ValueOf(Point{1, 1, "a"}), reflect.ValueOf(true))
	println(mi.MapIndex(reflect.ValueOf(Point{1, 1, "a"})).Bool(), mi.MapIndex(reflect.ValueOf(Point{1, 2, "a"})).IsValid())
	real := map[int]string{1: "a", 2: "b"}
	rv := reflect.ValueOf(real)
	rv.SetMapIndex(reflect.ValueOf(3), reflect.ValueOf("c"))
	println(len(real), real[3], rv.MapIndex(reflect.ValueOf(2)).String())
	mt := reflect.MapOf(reflect.TypeOf([2]int{}), reflect.TypeOf(""))
	mm := reflect.MakeMap(mt)
	mm.SetMapIndex(reflect.ValueOf([2]int{1, 2}), reflect.ValueOf("pair"))
	println(mt.String(), mm.MapIndex(reflect.ValueOf([2]int{1, 2})).String(), mm.Len())

	// Convert, Interface round trips
	cv := reflect.ValueOf(65).Convert(reflect.TypeOf(Named(0)))
	println(cv.Type().String(), cv.Int(), cv.Interface().(Named))
	println(reflect.ValueOf(3).Convert(reflect.TypeOf(0.0)).Float())
	var e error = &MyErr{7}
	ev := reflect.ValueOf(&e).Elem()
	println(ev.Kind().String(), ev.Elem().Type().String(), ev.Type().String())

	// DeepEqual
	println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1}, []int{2}),
		reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}),
		reflect.DeepEqual(Point{1, 2, "x"}, Point{1, 2, "x"}), reflect.DeepEqual(&Point{}, &Point{X: 1}),
		reflect.DeepEqual(nil, nil), reflect.DeepEqual(1, int64(1)))

	// Swapper, sort.Slice, errors.As
	xs := []string{"pear", "apple", "fig"}
	sw := reflect.Swapper(xs)
	sw(0, 2)
	println(xs[0], xs[1], xs[2])
	ps := []Point{{3, 0, "c"}, {1, 0, "a"}, {2, 0, "b"}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].X < ps[j].X })
	println(ps[0].Tag, ps[1].Tag, ps[2].Tag)
	wrapped := errors.Join(errors.New("other"), &MyErr{42})
	var me *MyErr
	println(errors.As(wrapped, &me), me.Code)
	println(errors.Is(wrapped, wrapped))
}
