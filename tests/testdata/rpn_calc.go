package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type CalcError struct {
	Pos int
	Msg string
}

func (e *CalcError) Error() string { return e.Msg }

func eval(expr string) (result int, err error) {
	var st Stack[int]
	num, inNum := 0, false
	for i := 0; i <= len(expr); i++ {
		var c byte = ' '
		if i < len(expr) {
			c = expr[i]
		}
		if c >= '0' && c <= '9' {
			num = num*10 + int(c-'0')
			inNum = true
			continue
		}
		if inNum {
			st.Push(num)
			num, inNum = 0, false
		}
		if c == ' ' {
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, &CalcError{i, "stack underflow"}
		}
		switch c {
		case '+':
			st.Push(a + b)
		case '-':
			st.Push(a - b)
		case '*':
			st.Push(a * b)
		case '/':
			if b == 0 {
				return 0, &CalcError{i, "division by zero"}
			}
			st.Push(a / b)
		default:
			return 0, &CalcError{i, "bad operator " + string(c)}
		}
	}
	r, ok := st.Pop()
	if !ok || len(st.items) != 0 {
		return 0, &CalcError{len(expr), "bad expression"}
	}
	return r, nil
}

func main() {
	for _, e := range []string{"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 0 /", "1 +", "7 2 %", "1 2", "100 7 / 7 *"} {
		r, err := eval(e)
		if err != nil {
			ce := err.(*CalcError)
			println(e, "=> error:", err.Error(), "at", ce.Pos)
			continue
		}
		println(e, "=>", r)
	}
}
