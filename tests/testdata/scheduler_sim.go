package main

type Task struct {
	Name     string
	Priority int
	Arrival  int
	Burst    int
	left     int
	finish   int
}

type queue []*Task

func (q *queue) push(t *Task) {
	*q = append(*q, t)
	for i := len(*q) - 1; i > 0; i-- {
		a, b := (*q)[i], (*q)[i-1]
		if a.Priority < b.Priority || a.Priority == b.Priority && a.Arrival < b.Arrival {
			(*q)[i], (*q)[i-1] = b, a
		} else {
			break
		}
	}
}

func (q *queue) pop() *Task {
	t := (*q)[0]
	*q = (*q)[1:]
	return t
}

func simulate(tasks []Task, quantum int) []string {
	var trace []string
	var ready queue
	pending := make([]*Task, len(tasks))
	for i := range tasks {
		tasks[i].left = tasks[i].Burst
		pending[i] = &tasks[i]
	}
	clock := 0
	admit := func() {
		for len(pending) > 0 && pending[0].Arrival <= clock {
			ready.push(pending[0])
			pending = pending[1:]
		}
	}
	for len(pending) > 0 || len(ready) > 0 {
		admit()
		if len(ready) == 0 {
			clock = pending[0].Arrival
			continue
		}
		t := ready.pop()
		run := min(quantum, t.left)
		trace = append(trace, t.Name)
		clock += run
		t.left -= run
		admit()
		if t.left > 0 {
			ready.push(t)
		} else {
			t.finish = clock
		}
	}
	return trace
}

func main() {
	tasks := []Task{
		{Name: "A", Priority: 2, Arrival: 0, Burst: 5},
		{Name: "B", Priority: 1, Arrival: 1, Burst: 3},
		{Name: "C", Priority: 3, Arrival: 2, Burst: 1},
		{Name: "D", Priority: 1, Arrival: 3, Burst: 4},
		{Name: "E", Priority: 2, Arrival: 20, Burst: 2},
	}
	trace := simulate(tasks, 2)
	for _, s := range trace {
		print(s)
	}
	println()
	total := 0
	for _, t := range tasks {
		turnaround := t.finish - t.Arrival
		total += turnaround
		println(t.Name, t.finish, turnaround, turnaround-t.Burst)
	}
	println("avg*100", total*100/len(tasks))
}
