// Package jsmodule parses a CommonJS module's text for the module
// rewriter (asyncgen) as the loader runs it, inside a
// function, and maps the parser's positions back to the text.
package jsmodule

import (
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
)

// The module's text is parsed inside a function, as the module loader runs
// it: its top level may return; and, for an ES module's text that awaits at
// its top level, inside an async function of the same width.
const (
	wrapHead      = "(function () {"
	asyncWrapHead = "(async () => {"
	wrapTail      = "\n})"
)

// Parse parses a module's text.
func Parse(src string) (*ast.Program, error) {
	prg, err := parser.ParseFile(nil, "", wrapHead+src+wrapTail, 0, parser.WithDisableSourceMaps)
	if err != nil && strings.Contains(src, "await") {
		if async, aerr := parser.ParseFile(nil, "", asyncWrapHead+src+wrapTail, 0, parser.WithDisableSourceMaps); aerr == nil {
			return async, nil
		}
	}
	return prg, err
}

// Offset turns a position of Parse's nodes (1-based, in the wrapped text)
// into a byte offset in the module's text.
func Offset(idx file.Idx) int { return int(idx) - 1 - len(wrapHead) }

// BodyStart is where text added at the start of a function's body goes:
// after the directives ('use strict') that open the body, which must stay
// first; and whether that is right after one (whose own semicolon may be
// missing: a line end ends it).
func BodyStart(body *ast.BlockStatement) (at int, afterDirective bool) {
	at = Offset(body.LeftBrace) + 1
	for _, st := range body.List {
		es, ok := st.(*ast.ExpressionStatement)
		if !ok {
			break
		}
		lit, ok := es.Expression.(*ast.StringLiteral)
		if !ok {
			break
		}
		at, afterDirective = Offset(lit.Idx1()), true
	}
	return at, afterDirective
}
