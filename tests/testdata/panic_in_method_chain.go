package main

type Account struct {
	ID      int
	Balance int64
	history []int64
}

type InsufficientFunds struct {
	Need, Have int64
}

func (e InsufficientFunds) Error() string {
	return "insufficient funds"
}

func (a *Account) Withdraw(amt int64) *Account {
	if amt > a.Balance {
		panic(InsufficientFunds{amt, a.Balance})
	}
	a.Balance -= amt
	a.history = append(a.history, -amt)
	return a
}

func (a *Account) Deposit(amt int64) *Account {
	a.Balance += amt
	a.history = append(a.history, amt)
	return a
}

func main() {
	a := &Account{ID: 1}
	a.Deposit(100).Withdraw(30).Deposit(5)
	println(a.Balance, len(a.history))
	defer func() {
		println("final balance", a.Balance)
	}()
	a.Withdraw(50).Withdraw(50)
}
