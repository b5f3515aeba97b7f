package main

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind TokKind
	Text string
	Val  float64
}

func lex(s string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			v, frac, scale := 0.0, false, 1.0
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				if s[j] == '.' {
					frac = true
				} else if frac {
					scale /= 10
					v += float64(s[j]-'0') * scale
				} else {
					v = v*10 + float64(s[j]-'0')
				}
				j++
			}
			toks = append(toks, Token{NUM, s[i:j], v})
			i = j
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, Token{Kind: IDENT, Text: s[i:j]})
			i = j
		case c == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "("})
			i++
		case c == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")"})
			i++
		default:
			toks = append(toks, Token{Kind: OP, Text: s[i : i+1]})
			i++
		}
	}
	return append(toks, Token{Kind: EOF})
}

type Node interface{ Eval(env map[string]float64) float64 }

type Lit float64
type Ref string
type Bin struct {
	Op   byte
	L, R Node
}

func (l Lit) Eval(map[string]float64) float64     { return float64(l) }
func (r Ref) Eval(env map[string]float64) float64 { return env[string(r)] }
func (b *Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	case '^':
		out := 1.0
		for i := 0; i < int(r); i++ {
			out *= l
		}
		return out
	}
	panic("bad op " + string(b.Op))
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) primary() Node {
	t := p.next()
	switch t.Kind {
	case NUM:
		return Lit(t.Val)
	case IDENT:
		return Ref(t.Text)
	case LPAREN:
		n := p.expr(1)
		p.next()
		return n
	case OP:
		if t.Text == "-" {
			return &Bin{'-', Lit(0), p.primary()}
		}
	}
	panic("unexpected token " + t.Text)
}

func (p *Parser) expr(minPrec int) Node {
	lhs := p.primary()
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs
		}
		p.next()
		q := prec(t.Text) + 1
		if t.Text == "^" {
			q--
		}
		lhs = &Bin{t.Text[0], lhs, p.expr(q)}
	}
}

func main() {
	env := map[string]float64{"x": 3, "pi": 3.14159}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x - 2 * x + 1", "pi * 2.5 ^ 2", "-x + 10 / 4", "1 / 0"} {
		p := &Parser{toks: lex(src)}
		println(src, "=", p.expr(1).Eval(env))
	}
	defer func() { println("error:", recover().(string)) }()
	(&Parser{toks: lex("1 + )")}).expr(1)
}
