package parser

// gonode: function bodies scanned over instead of parsed (see GONODE.md).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// WithSkippedFunctionBodies is an option for trusted sources whose functions
// are compiled when first called (goja's CompileLazy): the body of a
// regular function nested in another function is scanned over, not parsed,
// when it starts with no directive. Its FunctionLiteral has BodySkipped
// set, an empty Body and the Names its body's identifiers (and those of
// its parameters' defaults and patterns) spell; ParseFunctionBody parses
// the body later. A syntax error in a skipped body is found only then.
func WithSkippedFunctionBodies(opts *options) {
	opts.skipBodies = true
}

// canSkipBody reports whether the body of node, a regular function whose
// parameters were just parsed, may be skipped: the parser is at its '{'.
func (self *_parser) canSkipBody(node *ast.FunctionLiteral) bool {
	if !self.opts.skipBodies || node.Async || node.Generator || !self.scope.inFunction || self.token != token.LEFT_BRACE {
		return false
	}
	// A body that starts with a string may start with a directive ("use
	// strict"): it is parsed, its strictness being the compiler's to find.
	src := self.str
	for i := self.chrOffset; i < len(src); i++ {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return false
			}
			i += 2 + end + 1
		default:
			return c != '\'' && c != '"'
		}
	}
	return false
}

// skipFunctionBody scans over the body at the parser's '{' of a function
// whose parameters are params and returns it as an empty block with its
// braces' positions, and the names the body and the parameters' defaults
// and patterns spell.
func (self *_parser) skipFunctionBody(params *ast.ParameterList) (*ast.BlockStatement, []unistring.String) {
	body := &ast.BlockStatement{LeftBrace: self.idx}
	if self.skipNames == nil {
		self.skipNames = &nameSet{}
	}
	self.skipNames.reset()
	if !plainParams(params) {
		self.addParamNames(params)
	}
	scan := bodyScan{src: self.str, names: self.skipNames}
	if end := scan.skipCode(self.chrOffset); end >= 0 {
		// On at the body's '}'.
		self.offset, self.chr = end, ' '
		self.next()
	} else {
		self.next()
		self.skipTo(token.LEFT_BRACE, token.RIGHT_BRACE)
	}
	names := slices.Clone(self.skipNames.names)
	body.RightBrace = self.expect(token.RIGHT_BRACE)
	return body, names
}

// plainParams reports whether params are names only, with no default and
// no pattern: names the function binds itself.
func plainParams(params *ast.ParameterList) bool {
	if _, ok := params.Rest.(*ast.Identifier); params.Rest != nil && !ok {
		return false
	}
	for _, p := range params.List {
		if _, ok := p.Target.(*ast.Identifier); !ok || p.Initializer != nil {
			return false
		}
	}
	return true
}

// addParamNames adds to skipNames the names params spell, scanning their
// source again: a default may reach a variable outside the function.
func (self *_parser) addParamNames(params *ast.ParameterList) {
	p := _newParser(self.file.Name(), self.str, self.base)
	p.file = self.file
	p.skipNames = self.skipNames
	p.offset = int(params.Opening) - self.base
	p.next() // '('
	p.next()
	p.skipTo(token.LEFT_PARENTHESIS, token.RIGHT_PARENTHESIS)
}

// skipTo scans tokens up to the close token that closes the open ones open
// where it starts ('{' and '}', or '(' and ')'), leaving the parser at it,
// and adds to skipNames each word that may name a variable: an identifier,
// or a word reserved only in some code, that does not follow '.' or '?.'.
func (self *_parser) skipTo(open, close token.Token) {
	depth := 0
	prev := open
	for {
		switch tok := self.token; tok {
		case token.EOF:
			self.errorUnexpectedToken(tok)
			return
		case open:
			depth++
		case close:
			if depth == 0 {
				return
			}
			depth--
		case token.BACKTICK:
			self.skipTemplate()
			prev = token.STRING
			continue
		case token.SLASH, token.QUOTIENT_ASSIGN:
			if regExpMayFollow(prev) {
				self.parseRegExpLiteral()
				prev = token.STRING
				continue
			}
		default:
			if mayNameVariable(tok) && prev != token.PERIOD && prev != token.QUESTION_DOT {
				name := self.parsedLiteral
				if name == "" {
					name = unistring.String(self.literal)
				}
				self.skipNames.add(name)
			}
		}
		prev = self.token
		self.next()
	}
}

// skipTemplate scans over a template literal from its opening '`' and
// leaves the parser at the token after it.
func (self *_parser) skipTemplate() {
	for {
		_, _, finished, _, err := self.parseTemplateCharacters()
		if err != "" {
			self.error(self.offset, err)
			return
		}
		self.next()
		if finished {
			return
		}
		self.skipTo(token.LEFT_BRACE, token.RIGHT_BRACE)
		if self.token != token.RIGHT_BRACE {
			return
		}
	}
}

// mayNameVariable reports whether a word read as tok may name a variable:
// an identifier, or a word reserved only in some code.
func mayNameVariable(tok token.Token) bool {
	switch tok {
	case token.IDENTIFIER, token.KEYWORD, token.ESCAPED_RESERVED_WORD, token.LET, token.STATIC,
		token.ASYNC, token.AWAIT, token.YIELD, token.OF:
		return true
	}
	return false
}

// regExpMayFollow reports whether a '/' after the token prev starts a
// regular expression rather than dividing: prev does not end an operand.
// (After ')' a '/' divides, and after '}' it starts a regular expression,
// as at a statement's start: a body whose '/' means otherwise there, as in
// `if (x) /re/.test(s)`, is misread, and ParseFunctionBody reports it.)
func regExpMayFollow(prev token.Token) bool {
	switch prev {
	case token.IDENTIFIER, token.KEYWORD, token.ESCAPED_RESERVED_WORD, token.LET, token.STATIC, token.ASYNC, token.OF,
		token.NUMBER, token.STRING, token.BOOLEAN, token.NULL, token.THIS, token.SUPER,
		token.RIGHT_PARENTHESIS, token.RIGHT_BRACKET, token.INCREMENT, token.DECREMENT, token.PRIVATE_IDENTIFIER:
		return false
	}
	return true
}

// ParseFunctionBody parses the body of fn, a function parsed from f's
// source with WithSkippedFunctionBodies whose BodySkipped is set (the same
// options are given again), and returns it with the declarations of its
// variables, as a parse without skipping would have made them.
func ParseFunctionBody(f *file.File, fn *ast.FunctionLiteral, options ...Option) (*ast.BlockStatement, []*ast.VariableDeclaration, error) {
	p := _newParser(f.Name(), f.Source(), f.Base(), options...)
	p.file = f
	p.offset = int(fn.Body.LeftBrace) - f.Base()
	p.openScope()
	defer p.closeScope()
	p.next()
	body, decls := p.parseFunctionBlock(false, false, false)
	if err := p.errors.Err(); err != nil {
		return nil, nil, err
	}
	if body.RightBrace != fn.Body.RightBrace {
		return nil, nil, fmt.Errorf("%s: the body of the function at %s was scanned to %s, but ends at %s",
			f.Name(), f.Position(int(fn.Function)-f.Base()), f.Position(int(fn.Body.RightBrace)-f.Base()), f.Position(int(body.RightBrace)-f.Base()))
	}
	return body, decls, nil
}

// nameSet is the set of names a skipped body spells: a table of open
// addressing, reused from body to body (a slot is taken when its gen is
// the set's), cheaper than a map for names that mostly repeat.
type nameSet struct {
	slots []nameSlot
	gen   uint32
	names []unistring.String
}

type nameSlot struct {
	name unistring.String
	gen  uint32
}

// reset empties the set.
func (s *nameSet) reset() {
	s.gen++
	s.names = s.names[:0]
	if len(s.slots) == 0 || s.gen == 0 {
		s.slots, s.gen = make([]nameSlot, 256), 1
	}
}

// add adds name to the set.
func (s *nameSet) add(name unistring.String) {
	mask := len(s.slots) - 1
	for i := nameSlotHash(name) & mask; ; i = (i + 1) & mask {
		slot := &s.slots[i]
		if slot.gen != s.gen {
			*slot = nameSlot{name, s.gen}
			s.names = append(s.names, name)
			if 2*len(s.names) > len(s.slots) {
				s.grow()
			}
			return
		}
		if slot.name == name {
			return
		}
	}
}

// grow doubles the table, entering the names again.
func (s *nameSet) grow() {
	s.slots = make([]nameSlot, 2*len(s.slots))
	s.gen = 1
	names := s.names
	s.names = nil
	for _, name := range names {
		s.add(name)
	}
}

// nameSlotHash hashes a name from its length and its first, second and
// last bytes.
func nameSlotHash(name unistring.String) int {
	n := len(name)
	if n == 0 {
		return 0
	}
	h := uint32(n) * 0x9E3779B1
	h ^= uint32(name[0]) * 0x85EBCA6B
	h ^= uint32(name[n-1]) << 11
	if n > 1 {
		h ^= uint32(name[1]) << 19
	}
	return int(h ^ h>>15)
}
