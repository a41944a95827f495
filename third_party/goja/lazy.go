package goja

// gonode: functions compiled on their first call (see GONODE.md).

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja/parser"
	"github.com/dop251/goja/unistring"
)

// CompileLazy is Compile for trusted code, such as an embedder's own
// modules: a function declaration or expression, or an object literal's
// method or accessor (not an arrow function, a class, an async function or
// a generator, nor one at the script's top level, in a class, in a
// destructuring pattern, in a parameter default or in a for-in/of head's
// expression) is compiled when it is first called, so that a program that
// runs little of what it defines compiles little. Nor is such a
// function's body parsed up front when the function is nested in another
// (parser.WithSkippedFunctionBodies): the parser scans over it, and it is
// parsed when compiled. A syntax error outside such bodies is reported as
// Compile reports it; one inside, or an early error that only compiling
// finds (a duplicate parameter in strict code, say), is thrown as a
// SyntaxError when the function is first called.
//
// A function compiled on first call reaches the variables of the code
// around it through that code's stash: each name its body spells (or its
// source, when the body was parsed) that resolves outside it is given a
// stash slot when the code around it is compiled, as if the function had
// been compiled then.
func CompileLazy(name, src string, strict bool) (*Program, error) {
	prg, err := Parse(name, src, parser.WithSkippedFunctionBodies)
	if err != nil {
		return nil, err
	}
	c := newCompiler()
	c.lazy = &lazyState{names: map[unistring.String]struct{}{}}
	return c.compileProgram(prg, strict, true, nil)
}

// lazyState is a CompileLazy compiler's: the lock held while a function is
// compiled on first call, and lazyStub's scratch set and list of names.
type lazyState struct {
	sync.Mutex
	names map[unistring.String]struct{}
	words []unistring.String
}

// sourceNames adds to names each word of src that could be a reference to
// a variable: a run of ASCII letters, digits, '_' and '$' not starting with
// a digit, not a reserved word and not a property name after a '.' (a
// word after "..." is spread, and kept). It reports false, leaving the
// function to be compiled at once, if src has a byte outside ASCII or a
// \u escape, which could spell a name the words miss.
func sourceNames(src string, names map[unistring.String]struct{}) bool {
	for i := 0; i < len(src); {
		b := src[i]
		switch {
		case b >= 0x80:
			return false
		case b == '\\' && i+1 < len(src) && src[i+1] == 'u':
			return false
		case isWordByte(b):
			j := i + 1
			for j < len(src) && isWordByte(src[j]) {
				j++
			}
			if (b < '0' || b > '9') && !isReservedWord(src[i:j]) && !afterDot(src, i) {
				names[unistring.String(src[i:j])] = struct{}{}
			}
			i = j
		default:
			i++
		}
	}
	return true
}

// isWordByte reports whether b can be part of an ASCII identifier.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '$'
}

// afterDot reports whether the word at i follows a single '.' on its line,
// spaces aside: a property name. (Not across lines: a comment's sentence
// may end with a '.' before the next line's code.)
func afterDot(src string, i int) bool {
	j := i - 1
	for j >= 0 && (src[j] == ' ' || src[j] == '\t') {
		j--
	}
	return j >= 0 && src[j] == '.' && (j == 0 || src[j-1] != '.')
}

// isReservedWord reports whether w is a word strict code cannot use as a
// variable's name.
func isReservedWord(w string) bool {
	switch w {
	case "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
		"else", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
		"instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
		"typeof", "var", "void", "while", "with", "yield", "let", "static", "implements",
		"interface", "package", "private", "protected", "public":
		return true
	}
	return false
}

// parseBody parses e's body if the parser skipped it, as compiling e needs
// it (parser.WithSkippedFunctionBodies).
func (e *compiledFunctionLiteral) parseBody() {
	if e.skipped == nil {
		return
	}
	body, decls, err := parser.ParseFunctionBody(e.c.p.src, e.skipped, parser.WithSkippedFunctionBodies)
	if err != nil {
		panic(&CompilerSyntaxError{CompilerError: CompilerError{Message: err.Error()}})
	}
	e.body, e.declarationList, e.skipped = body.List, decls, nil
}

// lazyFunc is a function literal whose Program is compiled on first call.
type lazyFunc struct {
	lit   *compiledFunctionLiteral
	outer *scope // the scope the literal is in, finalised since
}

// lazyStub returns the Program of e, compiled when first called, and the
// name, length and strictness e.compile would return; ok is false when e
// must be compiled now.
func (e *compiledFunctionLiteral) lazyStub() (p *Program, name unistring.String, length int, strict, ok bool) {
	c := e.c
	if c.lazy == nil || e.typ != funcRegular && e.typ != funcMethod || e.isAsync || e.isGenerator || c.classScope != nil ||
		c.patternDepth > 0 || c.lazyBarrier > 0 {
		return
	}
	// A function in the script's own scope, such as a module's wrapper, is
	// about to be called: compiling it later would only add the probe.
	if c.scope.outer == nil {
		return
	}
	// (The outermost scope, the global one, is reached by name.)
	for sc := c.scope; sc != nil && sc.outer != nil; sc = sc.outer {
		if sc.isDynamic() || sc.eval {
			return
		}
	}
	// The words that may name variables: the parser's, when it skipped
	// the body, else those of the source.
	var words []unistring.String
	if e.skipped != nil {
		words = e.skipped.Names
	} else {
		clear(c.lazy.names)
		if !sourceNames(e.source, c.lazy.names) {
			return
		}
		words = c.lazy.words[:0]
		for name := range c.lazy.names {
			words = append(words, name)
		}
		c.lazy.words = words
	}
	if slices.Contains(words, "eval") {
		return
	}
	if e.name != nil {
		name = e.name.Name
	} else {
		name = e.lhsName
	}
	strict = c.scope.strict || e.strict != nil
	hasInits := false
	for _, item := range e.parameterList.List {
		if item.Initializer != nil {
			hasInits = true
		}
		if !hasInits {
			length++
		}
	}
	// Every name the function mentions that resolves outside it goes to
	// the stash of the scope binding it, as compiling the function would
	// move it (over-approximated: the function's own bindings and object
	// literals' keys are among the names, and, in the source's words,
	// property names and words in strings and comments).
	probe := &scope{c: c, outer: c.scope, funcType: funcRegular, strict: strict}
	for _, name := range words {
		probe.lookupName(name)
	}
	p = &Program{src: c.p.src, funcName: name, start: e.paramsOffset()}
	p.lazy.Store(&lazyFunc{lit: e, outer: c.scope})
	return p, name, length, strict, true
}

// ensureCompiled compiles p if it is a lazy function's, throwing a
// SyntaxError in r if that fails. Programs are shared by runtimes, each
// on its own goroutine: the compiler's lock serialises compiling, and
// p.lazy, cleared last, publishes the code.
func (p *Program) ensureCompiled(r *Runtime) {
	l := p.lazy.Load()
	if l == nil {
		return
	}
	c := l.lit.c
	c.lazy.Lock()
	defer c.lazy.Unlock()
	if p.lazy.Load() == nil {
		return
	}
	if err := l.compile(p); err != nil {
		panic(r.newSyntaxError(err.Message))
	}
	p.lazy.Store(nil)
}

// compile compiles l into p.
func (l *lazyFunc) compile(p *Program) (err *CompilerSyntaxError) {
	c := l.lit.c
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(*CompilerSyntaxError)
			if !ok {
				panic(x)
			}
			err = e
		}
	}()
	c.p, c.scope, c.block, c.classScope = p, l.outer, nil, nil
	prg, _, _, _ := l.lit.compile()
	for sc := l.outer; sc != nil; sc = sc.outer {
		sc.patchLazyAccess()
	}
	p.code, p.srcMap = prg.code, prg.srcMap
	return nil
}

// patchLazyAccess rewrites the accesses a lazy function's code, compiled
// after s was finalised, makes to bindings of s: all in s's stash, by
// lazyStub's doing.
func (s *scope) patchLazyAccess() {
	derivedCtor := false
	if fs := s.nearestThis(); fs != nil && fs.funcType == funcDerivedCtor {
		derivedCtor = true
	}
	for _, b := range s.bindings {
		if len(b.accessPoints) == 0 {
			continue
		}
		if !b.inStash && !s.isDynamic() {
			panic(fmt.Sprintf("goja: a function compiled on first call reaches %q, which is not in a stash", b.name))
		}
		s.patchStashAccess(b.accessPoints, int(b.stashIdx), b.name == thisBindingName, derivedCtor)
		b.accessPoints = nil
	}
}

// lazyProgram is the field of Program that holds a lazy function until it
// is compiled.
type lazyProgram = atomic.Pointer[lazyFunc]
