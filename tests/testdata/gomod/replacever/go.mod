module example.com/repver

go 1.22

require example.com/greet v1.0.0

replace example.com/greet v1.0.0 => example.com/greet v1.1.0
