package main

func main() {
	s := "héllo"
	for i := 0; i <= len(s); i++ {
		print(s[i], " ")
	}
	println()
}
