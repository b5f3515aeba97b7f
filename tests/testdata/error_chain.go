package main

type wrapError struct {
	msg string
	err error
}

func (w *wrapError) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapError) Unwrap() error { return w.err }

func wrap(err error, msg string) error {
	if err == nil {
		return nil
	}
	return &wrapError{msg, err}
}

type sentinel struct{ s string }

func (s *sentinel) Error() string { return s.s }

var ErrNotFound = &sentinel{"not found"}
var ErrPerm = &sentinel{"permission denied"}

type PathError struct {
	Op, Path string
	Err      error
}

func (p *PathError) Error() string { return p.Op + " " + p.Path + ": " + p.Err.Error() }
func (p *PathError) Unwrap() error { return p.Err }

func Is(err, target error) bool {
	for err != nil {
		if err == target {
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}

func AsPath(err error) (*PathError, bool) {
	for err != nil {
		if p, ok := err.(*PathError); ok {
			return p, true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			break
		}
		err = u.Unwrap()
	}
	return nil, false
}

func open(path string) error {
	switch path {
	case "/etc/shadow":
		return &PathError{"open", path, ErrPerm}
	case "/missing":
		return &PathError{"open", path, ErrNotFound}
	}
	return nil
}

func loadConfig(path string) error {
	return wrap(wrap(open(path), "reading config"), "startup")
}

func main() {
	for _, p := range []string{"/ok", "/missing", "/etc/shadow"} {
		err := loadConfig(p)
		if err == nil {
			println(p, "ok")
			continue
		}
		pe, ok := AsPath(err)
		println(err.Error())
		println("  notfound:", Is(err, ErrNotFound), "perm:", Is(err, ErrPerm), "path:", ok && pe.Path == p)
	}
	var e error = ErrNotFound
	var e2 error = ErrNotFound
	println(e == e2, e != error(ErrPerm))
}
