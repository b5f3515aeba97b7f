package main

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	LT
	JMP
	JZ
	LOAD
	STORE
	PRINT
	HALT
	CALL
	RET
	DUP
)

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	code   []Instr
	stack  []int
	vars   [8]int
	calls  []int
	steps  int
	output []int
}

type VMError struct {
	PC  int
	Msg string
}

func (e *VMError) Error() string { return e.Msg }

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(&VMError{-1, "stack underflow"})
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run() (err error) {
	pc := 0
	defer func() {
		if r := recover(); r != nil {
			e := r.(*VMError)
			e.PC = pc
			err = e
		}
	}()
	for {
		vm.steps++
		in := vm.code[pc]
		pc++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD:
			b, a := vm.pop(), vm.pop()
			vm.push(a + b)
		case SUB:
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case MUL:
			b, a := vm.pop(), vm.pop()
			vm.push(a * b)
		case LT:
			b, a := vm.pop(), vm.pop()
			if a < b {
				vm.push(1)
			} else {
				vm.push(0)
			}
		case JMP:
			pc = in.Arg
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case LOAD:
			vm.push(vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case PRINT:
			vm.output = append(vm.output, vm.pop())
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = in.Arg
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case HALT:
			return nil
		default:
			panic(&VMError{Msg: "bad opcode"})
		}
	}
}

func main() {
	// factorial of 1..10 using a loop: v0 = i, v1 = acc
	prog := []Instr{
		{PUSH, 1}, {STORE, 0}, {PUSH, 1}, {STORE, 1},
		{LOAD, 0}, {PUSH, 11}, {LT, 0}, {JZ, 19},
		{LOAD, 1}, {LOAD, 0}, {MUL, 0}, {DUP, 0}, {STORE, 1}, {PRINT, 0},
		{LOAD, 0}, {PUSH, 1}, {ADD, 0}, {STORE, 0}, {JMP, 4},
		{HALT, 0},
	}
	vm := &VM{code: prog}
	err := vm.Run()
	println(err == nil, vm.steps, len(vm.output))
	for _, v := range vm.output {
		print(v, " ")
	}
	println()
	sub := []Instr{{PUSH, 5}, {CALL, 4}, {PRINT, 0}, {HALT, 0}, {PUSH, 10}, {MUL, 0}, {RET, 0}}
	vm2 := &VM{code: sub}
	println(vm2.Run() == nil, vm2.output[0])
	bad := &VM{code: []Instr{{PUSH, 1}, {ADD, 0}, {HALT, 0}}}
	err = bad.Run()
	println(err.Error(), err.(*VMError).PC)
	bad2 := &VM{code: []Instr{{Op: 99}}}
	println(bad2.Run().Error())
}
