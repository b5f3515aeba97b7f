module example.com/rep

go 1.22

require example.com/greet v1.0.0

replace example.com/greet => ./localgreet
