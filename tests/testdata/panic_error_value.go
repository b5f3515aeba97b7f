package main

type NotFound struct{ name string }

func (e NotFound) Error() string { return "not found: " + e.name }

func lookup(k string) error {
	if k != "ok" {
		return NotFound{k}
	}
	return nil
}

func main() {
	println(lookup("ok") == nil)
	if err := lookup("config.yaml"); err != nil {
		panic(err)
	}
}
