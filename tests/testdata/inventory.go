package main

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Price int64 // cents
	Qty   int
}

type Inventory struct {
	items map[SKU]*Item
	order []SKU
	log   []string
}

type StockError struct {
	SKU        SKU
	Want, Have int
}

func (e *StockError) Error() string {
	return "insufficient stock for " + string(e.SKU)
}

var ErrUnknown = &StockError{}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[SKU]*Item{}
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
	inv.order = append(inv.order, it.SKU)
}

// Order removes all lines or none: a failed line rolls back the earlier ones.
func (inv *Inventory) Order(lines map[SKU]int, skus []SKU) (total int64, err error) {
	var done []SKU
	defer func() {
		if err != nil {
			for _, s := range done {
				inv.items[s].Qty += lines[s]
			}
			inv.log = append(inv.log, "rollback "+itoa(int64(len(done))))
		}
	}()
	for _, s := range skus {
		it, ok := inv.items[s]
		if !ok {
			return 0, ErrUnknown
		}
		n := lines[s]
		if it.Qty < n {
			return 0, &StockError{s, n, it.Qty}
		}
		it.Qty -= n
		total += int64(n) * it.Price
		done = append(done, s)
	}
	inv.log = append(inv.log, "order "+itoa(total))
	return total, nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func money(c int64) string {
	cents := c % 100
	s := itoa(c/100) + "."
	if cents < 10 {
		s += "0"
	}
	return s + itoa(cents)
}

func main() {
	var inv Inventory
	inv.Add(Item{"A1", "widget", 250, 10})
	inv.Add(Item{"B2", "gadget", 1999, 3})
	inv.Add(Item{"C3", "doohickey", 5, 100})
	inv.Add(Item{"A1", "widget", 250, 5})
	t, err := inv.Order(map[SKU]int{"A1": 4, "C3": 20}, []SKU{"A1", "C3"})
	println(money(t), err == nil)
	_, err = inv.Order(map[SKU]int{"A1": 1, "B2": 5}, []SKU{"A1", "B2"})
	if se, ok := err.(*StockError); ok {
		println(err.Error(), se.Want, se.Have)
	}
	_, err = inv.Order(map[SKU]int{"Z9": 1}, []SKU{"Z9"})
	println(err == error(ErrUnknown))
	for _, s := range inv.order {
		it := inv.items[s]
		println(s, it.Name, it.Qty, money(it.Price))
	}
	for _, l := range inv.log {
		println(l)
	}
}
