package main

func head4(s []byte) *[4]byte { return (*[4]byte)(s) }

func main() {
	buf := []byte("abcdef")
	h := head4(buf)
	h[0] = 'X'
	println(string(buf), len(h))
	println(head4(buf[3:]) == nil)
}
