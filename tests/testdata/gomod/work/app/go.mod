module example.com/wapp

go 1.22
