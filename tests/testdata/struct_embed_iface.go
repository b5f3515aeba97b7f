package main

type Logger interface {
	Log(string)
	Level() int
}

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }
func (p prefixLogger) Level() int   { return len(p.prefix) }

type Service struct {
	Logger
	name string
}

func (s *Service) Start() { s.Log("start " + s.name) }

type quietLogger struct{ Logger }

func (q quietLogger) Log(s string) {
	if len(s) < 12 {
		q.Logger.Log(s)
	}
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) int }
type ReadCloser interface {
	Reader
	Close() error
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *buf) Close() error      { return nil }

func main() {
	var lines []string
	s := &Service{prefixLogger{"[a] ", &lines}, "db"}
	s.Start()
	s.Logger = quietLogger{prefixLogger{"[q] ", &lines}}
	s.Start()
	s.name = "a very long name"
	s.Start()
	println(s.Level())
	for _, l := range lines {
		println(l)
	}
	var rw ReadWriter = &buf{}
	rw.Write("x")
	rw.Write("y")
	var r Reader = rw
	println(r.Read())
	rc, ok := r.(ReadCloser)
	println(ok, rc.Read(), rc.Close() == nil)
	var empty Service
	defer func() { println("nil embedded iface:", recover() != nil) }()
	empty.Start()
}
