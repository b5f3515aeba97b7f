// golden: GOARCH=386
// io: Reader/Writer composition, Copy, ReadFull, LimitReader, MultiReader/Writer, Pipe, SectionReader.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 32
		}
	}
	return n, err
}

type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(o.s) == 0 {
		return 0, io.EOF
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

func main() {
	n, err := io.Copy(os.Stdout, upper{strings.NewReader("shout this\n")})
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(&oneByte{"wxyz!"}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 2)
	fmt.Println(k, err)
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(string(data))
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), &oneByte{"three"})
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	var b1, b2 bytes.Buffer
	cw := &countWriter{}
	mw := io.MultiWriter(&b1, &b2, cw)
	io.WriteString(mw, "fan out")
	fmt.Println(b1.String(), b2.String(), cw.n)
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())
	at := make([]byte, 3)
	sr.ReadAt(at, 1)
	fmt.Println(string(at))
	n, err = io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	fmt.Println(n, err)
	var sb strings.Builder
	n, err = io.CopyBuffer(&sb, &oneByte{"buffered"}, make([]byte, 3))
	fmt.Println(n, err, sb.String())
	fmt.Println(io.EOF, io.ErrShortWrite, io.ErrClosedPipe)
	rs := strings.NewReader("seekable")
	pos, _ := rs.Seek(-4, io.SeekEnd)
	rest, _ := io.ReadAll(rs)
	fmt.Println(pos, string(rest))
	var rw io.ReadWriter = &bytes.Buffer{}
	fmt.Fprint(rw, "roundtrip")
	got, _ := io.ReadAll(rw)
	fmt.Println(string(got))
	nop := io.NopCloser(strings.NewReader("x"))
	fmt.Println(nop.Close())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	piped, err := io.ReadAll(pr)
	fmt.Println(string(piped), err)
	ow := io.NewOffsetWriter(&fakeWA{}, 2)
	ow.Write([]byte("hi"))
}

type fakeWA struct{}

func (fakeWA) WriteAt(p []byte, off int64) (int, error) {
	fmt.Println("WriteAt", string(p), off)
	return len(p), nil
}
