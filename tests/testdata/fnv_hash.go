package main

const (
	offset32 = 2166136261
	prime32  = 16777619
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func fnv32a(s string) uint32 {
	h := uint32(offset32)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime32
	}
	return h
}

func fnv64a(b []byte) uint64 {
	h := uint64(offset64)
	for _, c := range b {
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for _, r := range s {
		h = h<<5 + h + uint32(r)
	}
	return h
}

func murmurMix(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

func main() {
	for _, s := range []string{"", "a", "hello", "tinypy-go", "héllo wörld"} {
		println(s, fnv32a(s), fnv64a([]byte(s)), djb2(s))
	}
	for i := uint64(0); i < 5; i++ {
		println(murmurMix(i), murmurMix(i)%1000)
	}
	buckets := make([]int, 8)
	for i := 0; i < 1000; i++ {
		buckets[fnv32a(string(rune('A'+i%26))+string(rune('a'+i/26)))%8]++
	}
	for i, n := range buckets {
		println(i, n)
	}
}
