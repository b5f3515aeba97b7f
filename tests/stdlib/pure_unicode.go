// golden: GOARCH=386
// unicode classes, case mapping and range tables with println only (no fmt).
package main

import "unicode"

func b(v bool) string {
	if v {
		return "1"
	}
	return "0"
}

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'ß', 'Σ', '中', '٣', '!', '_', '\u00a0', '😀', 'ǅ', '\u0301'} {
		println(r, b(unicode.IsLetter(r))+b(unicode.IsUpper(r))+b(unicode.IsLower(r))+b(unicode.IsDigit(r))+
			b(unicode.IsNumber(r))+b(unicode.IsSpace(r))+b(unicode.IsPunct(r))+b(unicode.IsGraphic(r))+
			b(unicode.IsPrint(r))+b(unicode.IsControl(r))+b(unicode.IsSymbol(r))+b(unicode.IsMark(r))+
			b(unicode.IsTitle(r)))
	}
	for _, r := range []rune{'a', 'A', 'ß', 'ǆ', 'ÿ', 'İ', 'k', 'σ', 'ς', 'K'} {
		println(string(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)),
			string(unicode.SimpleFold(r)))
	}
	println(unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'λ'),
		unicode.In('Ж', unicode.Latin, unicode.Cyrillic), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, '7'))
	println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('I')), unicode.To(unicode.UpperCase, 'q'))
	n, l, d := 0, 0, 0
	for r := rune(0); r < 0x10000; r++ {
		if unicode.IsUpper(r) {
			n++
		}
		if unicode.IsLetter(r) {
			l++
		}
		if unicode.IsDigit(r) {
			d++
		}
	}
	println("upper", n, "letters", l, "digits", d)
	println(unicode.MaxRune, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
}
