package main

func run(prog string, input string) string {
	tape := make([]byte, 300)
	ptr, in := 0, 0
	var out []byte
	jump := make(map[int]int)
	var stack []int
	for i, c := range prog {
		if c == '[' {
			stack = append(stack, i)
		} else if c == ']' {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	for pc := 0; pc < len(prog); pc++ {
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out = append(out, tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return string(out)
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	println(run(hello, ""))
	rev := ">,[>,]<[.<]"
	println(run(rev, "stressed"))
	println(run("-.", "") == "\xff")
	add := ",>,[<+>-]<."
	r := run(add, "\x05\x07")
	println(r[0])
}
