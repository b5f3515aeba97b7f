package main

// Conversions involving type parameters: T(x), between two type parameters, to and from named types.

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~float32 | ~float64
}

func To[Out, In Number](x In) Out { return Out(x) }

func Avg[T Number](a, b, c T) float64 {
	return (float64(a) + float64(b) + float64(c)) / 3
}

func Trunc[T ~float32 | ~float64](x T) int64 { return int64(x) }

func Half[T Number](x T) T { return x / T(2) }

type Meters float64
type Feet float64

func Convert[To, From ~float64](x From, factor float64) To { return To(float64(x) * factor) }

type ID int32

func Widen[T ~int8 | ~int16 | ~int32](x T) int64 { return int64(x) }

func Narrow[T ~int8 | ~int16 | ~uint8](x int) T { return T(x) }


func main() {
	println(To[int](3.7), To[int8](300), To[uint8](-1), To[float32](7), To[int64](int8(-5)))
	println(To[float64](uint32(4000000000)), To[uint16](7000.5), To[int32](ID(12)))
	println(Avg(1, 2, 4), Avg(1.5, 2.5, 3.5), Avg(int8(100), 100, 100))
	println(Trunc(3.99), Trunc(float32(-2.5)), Trunc(Meters(1e10)))
	println(Half(7), Half(7.0), Half(int8(-7)), Half(uint8(255)))
	f := Convert[Feet](Meters(10), 3.28084)
	println(f > 32.8 && f < 32.81, Convert[Meters, Feet](f, 1/3.28084) > 9.999)
	println(Widen(int8(-1)), Widen(ID(-2147483648)), Widen(int16(300)))
	println(Narrow[int8](200), Narrow[uint8](-1), Narrow[int16](70000))
}
