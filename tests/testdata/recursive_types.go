package main

type StateFn func(*Lexer) StateFn

type Lexer struct {
	input  string
	pos    int
	tokens []string
}

func lexText(l *Lexer) StateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] != '{' {
		l.pos++
	}
	if l.pos > start {
		l.tokens = append(l.tokens, "TEXT("+l.input[start:l.pos]+")")
	}
	if l.pos >= len(l.input) {
		return nil
	}
	return lexAction
}

func lexAction(l *Lexer) StateFn {
	l.pos++
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] != '}' {
		l.pos++
	}
	l.tokens = append(l.tokens, "ACTION("+l.input[start:l.pos]+")")
	l.pos++
	return lexText
}

type Church func(func(int) int) func(int) int

func num(n int) Church {
	return func(f func(int) int) func(int) int {
		return func(x int) int {
			for i := 0; i < n; i++ {
				x = f(x)
			}
			return x
		}
	}
}

func add(a, b Church) Church {
	return func(f func(int) int) func(int) int {
		return func(x int) int { return a(f)(b(f)(x)) }
	}
}

func mul(a, b Church) Church {
	return func(f func(int) int) func(int) int { return a(b(f)) }
}

func toInt(c Church) int { return c(func(x int) int { return x + 1 })(0) }

type Node struct {
	Kids []*Node
	Name string
}

func (n *Node) Depth() int {
	d := 0
	for _, k := range n.Kids {
		if kd := k.Depth(); kd > d {
			d = kd
		}
	}
	return d + 1
}

type Y func(Y) int

func main() {
	l := &Lexer{input: "hello {name}, you have {n} new {what}"}
	for st := StateFn(lexText); st != nil; {
		st = st(l)
	}
	for _, t := range l.tokens {
		println(t)
	}
	println(toInt(add(num(3), num(4))), toInt(mul(num(6), num(7))))
	tree := &Node{Name: "r", Kids: []*Node{{Name: "a"}, {Name: "b", Kids: []*Node{{Name: "c", Kids: []*Node{{}}}}}}}
	println(tree.Depth())
	var self Y = func(y Y) int { return 42 }
	println(self(self))
}
