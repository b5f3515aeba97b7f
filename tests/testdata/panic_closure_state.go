package main

type Parser struct {
	input string
	pos   int
}

func (p *Parser) expect(c byte) {
	if p.pos >= len(p.input) || p.input[p.pos] != c {
		got := "EOF"
		if p.pos < len(p.input) {
			got = string(p.input[p.pos])
		}
		panic("expected " + string(c) + " got " + got)
	}
	p.pos++
}

func (p *Parser) parens() int {
	depth := 0
	for p.pos < len(p.input) && p.input[p.pos] == '(' {
		p.expect('(')
		depth++
	}
	for i := 0; i < depth; i++ {
		p.expect(')')
	}
	return depth
}

func main() {
	for _, s := range []string{"()", "((()))", ""} {
		p := &Parser{input: s}
		println(s, p.parens())
	}
	p := &Parser{input: "(()"}
	p.parens()
}
