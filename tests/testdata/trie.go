package main

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(p string) *Trie {
	n := t
	for _, r := range p {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Has(w string) bool { n := t.find(w); return n != nil && n.end }
func (t *Trie) PrefixCount(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Collect(prefix []rune, out *[]string) {
	if t.end {
		*out = append(*out, string(prefix))
	}
	for r := rune(0); r < 0x3000; r++ {
		if c, ok := t.children[r]; ok {
			c.Collect(append(prefix, r), out)
		}
	}
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "cart", "care", "cat", "dog", "do", "日本", "日本語"} {
		t.Insert(w)
	}
	for _, q := range []string{"car", "ca", "cart", "dot", "do", "日本"} {
		println(q, t.Has(q), t.PrefixCount(q))
	}
	var words []string
	t.find("ca").Collect([]rune("ca"), &words)
	for _, w := range words {
		print(w, " ")
	}
	println(len(words))
}
