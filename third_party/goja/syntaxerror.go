package goja

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A SyntaxErrorReport is a syntax error as V8 reports it: its message
// ("Unexpected token ';'", "Unexpected identifier 'b'", "Invalid or
// unexpected token", without goja's position and error count), where it
// is (Line and Column 1-based, 0 when the error does not say), and how
// many characters V8's caret line marks there (the whole unexpected
// token, the name a const lacks an initializer for).
type SyntaxErrorReport struct {
	Message, File       string
	Line, Column, Width int
}

// V8SyntaxError reports the syntax error e of the source src as V8 does.
func V8SyntaxError(e *CompilerSyntaxError, src string) SyntaxErrorReport {
	msg, file, line, col := e.Message, "", 0, 0
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
	return SyntaxErrorReport{Message: msg, File: file, Line: line, Column: col, Width: tokenWidth(msg, src, line, col)}
}

// tokenWidth is how many characters of the token at line and column of
// src V8's caret marks for a syntax error saying msg.
func tokenWidth(msg, src string, line, col int) int {
	if tok, ok := strings.CutPrefix(msg, "Unexpected token '"); ok {
		return len(strings.TrimSuffix(tok, "'"))
	}
	if !strings.HasPrefix(msg, "Unexpected") && !strings.HasPrefix(msg, "Missing initializer") && !strings.HasPrefix(msg, "let is disallowed") {
		return 1
	}
	_, rest := sourceAt(src, line, col)
	if rest == "" {
		return 1
	}
	if q := rest[0]; q == '"' || q == '\'' {
		if end := strings.IndexByte(rest[1:], q); end >= 0 {
			return end + 2
		}
		return 1
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return r != '.' && !isIdentifierRune(r) })
	if end < 0 {
		end = len(rest)
	}
	return max(end, 1)
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
	return rest == "" || !isIdentifierRune(r)
}

func isIdentifierRune(r rune) bool {
	return r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// identifierAt is the identifier at line and column (1-based, in
// characters) of src, or "", and the text of its line before it.
func identifierAt(src string, line, col int) (before, name string) {
	before, rest := sourceAt(src, line, col)
	end := strings.IndexFunc(rest, func(r rune) bool { return !isIdentifierRune(r) })
	if end < 0 {
		end = len(rest)
	}
	return before, rest[:end]
}

// sourceAt splits the line of src at line and column (1-based, in
// characters) into the text before that place and the rest of src.
func sourceAt(src string, line, col int) (before, rest string) {
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
	return lineText[:len(lineText)-len(src)], src
}
