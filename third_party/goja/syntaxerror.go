package goja

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// V8SyntaxError is the syntax error e of the source src as V8 reports it:
// its message ("Unexpected token ';'", "Unexpected identifier 'b'",
// "Invalid or unexpected token", without goja's position and error count)
// and where it is (line and column 1-based, 0 when e does not say).
func V8SyntaxError(e *CompilerSyntaxError, src string) (msg, file string, line, col int) {
	msg = e.Message
	if e.File != nil {
		p := e.File.Position(e.Offset)
		file, line, col = p.Filename, p.Line, p.Column
	} else if i := strings.Index(msg, ": Line "); i >= 0 {
		// The parser's "<file>: Line L:C <message> (and N more errors)".
		pos, rest, ok := strings.Cut(msg[i+len(": Line "):], " ")
		l, c, ok2 := strings.Cut(pos, ":")
		if ok && ok2 {
			file = msg[:i]
			line, _ = strconv.Atoi(l)
			col, _ = strconv.Atoi(c)
			msg = rest
		}
	}
	if i := strings.LastIndex(msg, " (and "); i >= 0 && strings.HasSuffix(msg, " more errors)") {
		msg = msg[:i]
	}
	switch {
	case msg == "Unexpected reserved word":
		switch _, word := identifierAt(src, line, col); word {
		case "import":
			msg = "Cannot use import statement outside a module"
		case "export":
			msg = "Unexpected token 'export'"
		}
	case msg == "Unexpected token (":
		if before, _ := identifierAt(src, line, col); endsWithWord(before, "function") {
			msg = "Function statements require a function name"
		} else {
			msg = "Unexpected token '('"
		}
	case msg == "Illegal continue statement":
		msg += ": no surrounding iteration statement"
	case strings.HasPrefix(msg, "Label '") && strings.HasSuffix(msg, "' already exists"):
		msg = strings.TrimSuffix(msg, " already exists") + " has already been declared"
	case msg == "Delete of an unqualified identifier in strict mode", msg == "Octal literals are not allowed in strict mode":
		msg += "."
	case msg == "Unexpected token ILLEGAL":
		msg = "Invalid or unexpected token"
	case strings.HasPrefix(msg, "Unexpected token ") && !strings.HasPrefix(msg, "Unexpected token '"):
		msg = "Unexpected token '" + msg[len("Unexpected token "):] + "'"
	case msg == "Unexpected identifier":
		before, name := identifierAt(src, line, col)
		switch {
		case name == "await" || endsWithWord(before, "await"):
			// await outside an async function is an identifier, and the
			// one after it unexpected.
			msg = "await is only valid in async functions and the top level bodies of modules"
		case name != "":
			msg = "Unexpected identifier '" + name + "'"
		}
	}
	return msg, file, line, col
}

// endsWithWord reports whether text, less trailing blanks, ends with the
// word word.
func endsWithWord(text, word string) bool {
	text = strings.TrimRight(text, " \t")
	rest, ok := strings.CutSuffix(text, word)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || !(r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r))
}

// identifierAt is the identifier at line and column (1-based, in
// characters) of src, or "", and the text of its line before it.
func identifierAt(src string, line, col int) (before, name string) {
	for ; line > 1; line-- {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return "", ""
		}
		src = src[i+1:]
	}
	lineText := src
	for ; col > 1 && src != ""; col-- {
		_, n := utf8.DecodeRuneInString(src)
		src = src[n:]
	}
	before = lineText[:len(lineText)-len(src)]
	end := strings.IndexFunc(src, func(r rune) bool {
		return !(r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	if end < 0 {
		end = len(src)
	}
	return before, src[:end]
}
