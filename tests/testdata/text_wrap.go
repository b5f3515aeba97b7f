package main

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !space && start < 0 {
			start = i
		} else if space && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range fields(text) {
		switch {
		case line == "":
			line = w
		case len(line)+1+len(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func justify(line string, width int) string {
	ws := fields(line)
	if len(ws) == 1 {
		return line
	}
	total := 0
	for _, w := range ws {
		total += len(w)
	}
	gaps := len(ws) - 1
	spaces := width - total
	out := ""
	for i, w := range ws {
		out += w
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			for j := 0; j < n; j++ {
				out += " "
			}
		}
	}
	return out
}

func main() {
	text := `Go is an open source programming language that makes it simple to build
	secure, scalable systems. It was designed at Google by Robert Griesemer, Rob Pike, and Ken Thompson.`
	for _, w := range []int{20, 35} {
		println("width", w)
		lines := wrap(text, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			println("|" + l + "|")
		}
	}
	println(len(fields("  a  b\tc\n")), len(wrap("", 10)))
}
