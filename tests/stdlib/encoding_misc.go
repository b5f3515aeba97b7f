// golden: GOARCH=386
// encoding/binary, encoding/hex, encoding/base64: byte orders, varints, Read/Write structs, Dump, URL encoding.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint8
	Pad     uint8
	Size    int64
	Ratio   float32
}

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xDEADBEEF)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x %#x %#x\n", binary.BigEndian.Uint32(b), binary.LittleEndian.Uint32(b), binary.BigEndian.Uint64(b))
	b = binary.BigEndian.AppendUint16(nil, 0xABCD)
	b = binary.LittleEndian.AppendUint64(b, 1)
	fmt.Printf("% x\n", b)
	var buf bytes.Buffer
	h := Header{0xCAFEBABE, 3, 1, 0, -2, 1.5}
	fmt.Println(binary.Write(&buf, binary.LittleEndian, h), buf.Len(), binary.Size(h))
	fmt.Printf("% x\n", buf.Bytes())
	var h2 Header
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2), h2)
	vb := make([]byte, binary.MaxVarintLen64)
	for _, v := range []int64{0, 1, -1, 63, -64, 300, -1 << 40} {
		n := binary.PutVarint(vb, v)
		back, m := binary.Varint(vb[:n])
		fmt.Printf("%d: % x -> %d (%d)\n", v, vb[:n], back, m)
	}
	n := binary.PutUvarint(vb, 1<<63)
	u, _ := binary.Uvarint(vb[:n])
	fmt.Println(n, u, binary.AppendUvarint(nil, 300))
	r := bytes.NewReader([]byte{0x96, 0x01, 0xff})
	uv, err := binary.ReadUvarint(r)
	fmt.Println(uv, err)
	_, err = binary.ReadUvarint(r)
	fmt.Println(err)

	src := []byte("Hello, Gophers! \x00\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc)
	dec, err := hex.DecodeString(enc)
	fmt.Println(string(dec[:7]), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	fmt.Println(hex.EncodedLen(5), hex.AppendEncode([]byte("0x"), []byte{1, 2}))

	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff"} {
		fmt.Printf("%q %s %s %s %s\n", s, base64.StdEncoding.EncodeToString([]byte(s)),
			base64.URLEncoding.EncodeToString([]byte(s)), base64.RawStdEncoding.EncodeToString([]byte(s)),
			base64.RawURLEncoding.EncodeToString([]byte(s)))
	}
	d, err := base64.StdEncoding.DecodeString("SGVsbG8sIHdvcmxkIQ==")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("SGVsbG8=!")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawURLEncoding.DecodedLen(14))
	var out bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &out)
	w.Write([]byte("streaming encoder"))
	w.Close()
	fmt.Println(out.String())
}
