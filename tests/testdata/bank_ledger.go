package main

type TxKind int

const (
	Deposit TxKind = iota + 1
	Withdraw
	Transfer
)

func (k TxKind) String() string {
	switch k {
	case Deposit:
		return "deposit"
	case Withdraw:
		return "withdraw"
	case Transfer:
		return "transfer"
	}
	return "unknown"
}

type Tx struct {
	Kind     TxKind
	From, To string
	Amount   int64
}

type Ledger struct {
	balances map[string]int64
	applied  []Tx
	failed   map[TxKind]int
}

type LedgerError struct {
	Tx     Tx
	Reason string
}

func (e LedgerError) Error() string { return e.Tx.Kind.String() + ": " + e.Reason }

func (l *Ledger) apply(tx Tx) (err error) {
	defer func() {
		if err != nil {
			l.failed[tx.Kind]++
		} else {
			l.applied = append(l.applied, tx)
		}
	}()
	if tx.Amount <= 0 {
		return LedgerError{tx, "non-positive amount"}
	}
	switch tx.Kind {
	case Deposit:
		l.balances[tx.To] += tx.Amount
	case Withdraw:
		if l.balances[tx.From] < tx.Amount {
			return LedgerError{tx, "insufficient funds"}
		}
		l.balances[tx.From] -= tx.Amount
	case Transfer:
		if tx.From == tx.To {
			return LedgerError{tx, "self transfer"}
		}
		if err := l.apply(Tx{Withdraw, tx.From, "", tx.Amount}); err != nil {
			return LedgerError{tx, "source: " + err.Error()}
		}
		l.balances[tx.To] += tx.Amount
	default:
		panic(LedgerError{tx, "bad kind"})
	}
	return nil
}

func main() {
	l := &Ledger{balances: map[string]int64{}, failed: map[TxKind]int{}}
	txs := []Tx{
		{Deposit, "", "alice", 100},
		{Deposit, "", "bob", 50},
		{Transfer, "alice", "bob", 30},
		{Withdraw, "bob", "", 100},
		{Transfer, "bob", "bob", 1},
		{Transfer, "carol", "alice", 5},
		{Deposit, "", "carol", -5},
		{Withdraw, "alice", "", 70},
	}
	for _, tx := range txs {
		if err := l.apply(tx); err != nil {
			println("error:", err.Error())
		}
	}
	for _, name := range []string{"alice", "bob", "carol"} {
		println(name, l.balances[name])
	}
	println(len(l.applied), l.failed[Deposit], l.failed[Withdraw], l.failed[Transfer])
	defer func() {
		e := recover().(LedgerError)
		println("panic:", e.Error(), e.Tx.Kind)
	}()
	l.apply(Tx{Kind: 9, Amount: 1})
}
