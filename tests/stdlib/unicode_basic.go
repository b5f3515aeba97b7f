// golden: GOARCH=386
// unicode: classes, case mapping, SimpleFold, range tables, In/Is.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', 'ß', 'Σ', '中', '٣', '!', '_', '\u00a0', '😀', 'ǅ'} {
		fmt.Printf("%q L%v U%v l%v D%v N%v S%v P%v G%v C%v Sym%v M%v T%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsSymbol(r),
			unicode.IsMark(r), unicode.IsTitle(r))
	}
	for _, r := range []rune{'a', 'A', 'ß', 'ǆ', 'ÿ', 'İ', 'k', 'σ', 'ς'} {
		fmt.Printf("%c %c %c %c %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Latin, 'é'), unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Cyrillic, 'a'))
	fmt.Println(unicode.In('Ж', unicode.Latin, unicode.Cyrillic), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '7'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.MaxASCII, unicode.MaxLatin1, unicode.Version != "")
	fmt.Println(unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'), unicode.IsPrint(' '))
	fmt.Printf("%c %c\n", unicode.TurkishCase.ToUpper('i'), unicode.TurkishCase.ToLower('I'))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.ToUpper(-1), unicode.IsLetter(0x10FFFF+1))
	n := 0
	for r := rune(0); r < 0x3000; r++ {
		if unicode.IsUpper(r) {
			n++
		}
	}
	fmt.Println("uppercase below U+3000:", n)
}
