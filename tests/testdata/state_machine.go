package main

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = map[State]string{Idle: "idle", Running: "running", Paused: "paused", Stopped: "stopped"}

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transition]State
	history []State
	onEnter map[State]func(from State)
}

func NewMachine() *Machine {
	m := &Machine{table: map[transition]State{}, onEnter: map[State]func(State){}}
	m.add(Idle, "start", Running)
	m.add(Running, "pause", Paused)
	m.add(Paused, "resume", Running)
	m.add(Running, "stop", Stopped)
	m.add(Paused, "stop", Stopped)
	return m
}

func (m *Machine) add(from State, ev Event, to State) { m.table[transition{from, ev}] = to }

type BadTransition struct {
	From State
	Ev   Event
}

func (b BadTransition) Error() string { return "cannot " + string(b.Ev) + " when " + names[b.From] }

func (m *Machine) Fire(ev Event) error {
	to, ok := m.table[transition{m.state, ev}]
	if !ok {
		return BadTransition{m.state, ev}
	}
	from := m.state
	m.history = append(m.history, from)
	m.state = to
	if f := m.onEnter[to]; f != nil {
		f(from)
	}
	return nil
}

// A lexer as a table-driven DFA: recognises identifiers, integers and floats.
func classify(s string) string {
	const (
		start = iota
		ident
		integer
		dot
		float
		bad
	)
	st := start
	for _, c := range s {
		isDigit := c >= '0' && c <= '9'
		isAlpha := c >= 'a' && c <= 'z' || c == '_'
		switch st {
		case start:
			switch {
			case isAlpha:
				st = ident
			case isDigit:
				st = integer
			default:
				st = bad
			}
		case ident:
			if !isAlpha && !isDigit {
				st = bad
			}
		case integer:
			if c == '.' {
				st = dot
			} else if !isDigit {
				st = bad
			}
		case dot, float:
			if isDigit {
				st = float
			} else {
				st = bad
			}
		}
	}
	return [...]string{"empty", "ident", "int", "bad", "float", "bad"}[st]
}

func main() {
	m := NewMachine()
	entered := 0
	m.onEnter[Running] = func(from State) {
		entered++
		println("  enter running from", names[from])
	}
	for _, ev := range []Event{"pause", "start", "pause", "start", "resume", "stop", "start"} {
		if err := m.Fire(ev); err != nil {
			println(ev, "->", err.Error())
		} else {
			println(ev, "->", names[m.state])
		}
	}
	println(len(m.history), entered)
	for _, s := range []string{"abc", "a1_b", "123", "12.5", "12.", "1a", "", "_x"} {
		println(s, classify(s))
	}
}
