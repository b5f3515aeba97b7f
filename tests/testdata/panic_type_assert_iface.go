package main

type Reader interface{ Read() int }
type Writer interface{ Write(int) }

type File struct{}

func (File) Read() int { return 1 }

func main() {
	var r Reader = File{}
	if _, ok := r.(Writer); !ok {
		println("not a writer")
	}
	w := r.(Writer)
	w.Write(1)
}
