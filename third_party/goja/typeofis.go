package goja

import (
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// A comparison of typeof x with a string literal (typeof cb === 'function',
// 'undefined' != typeof v), the commonest test in Node-style code, is one
// instruction here (gonode: see GONODE.md): upstream made typeof's string,
// loaded the literal and compared the two strings' bytes.

// compiledTypeofIs is typeof operand compared with a literal, whose value
// is typ (negate: by !== or !=).
type compiledTypeofIs struct {
	baseCompiledExpr
	operand compiledExpr
	typ     String
	negate  bool
}

// compileTypeofIs compiles v when it compares typeof of something with a
// string literal; nil when it does not.
func (c *compiler) compileTypeofIs(v *ast.BinaryExpression) compiledExpr {
	var negate bool
	switch v.Operator {
	case token.STRICT_EQUAL, token.EQUAL:
	case token.STRICT_NOT_EQUAL, token.NOT_EQUAL:
		negate = true
	default:
		return nil
	}
	unary, lit := v.Left, v.Right
	if _, ok := unary.(*ast.StringLiteral); ok {
		unary, lit = lit, unary
	}
	u, ok := unary.(*ast.UnaryExpression)
	if !ok || u.Operator != token.TYPEOF {
		return nil
	}
	s, ok := lit.(*ast.StringLiteral)
	if !ok {
		return nil
	}
	typ := stringValueFromRaw(s.Value)
	// typeof's own strings, so that the comparison finds them at one
	// address.
	for _, known := range typeofResults {
		if typ.SameAs(known) {
			typ = known
		}
	}
	r := &compiledTypeofIs{
		operand: c.compileExpression(u.Operand),
		typ:     typ,
		negate:  negate,
	}
	r.init(c, v.Idx0())
	return r
}

func (e *compiledTypeofIs) emitGetter(putOnStack bool) {
	if o, ok := e.operand.(compiledExprOrRef); ok {
		o.emitGetterOrRef()
	} else {
		e.operand.emitGetter(true)
	}
	e.c.emit(typeofIs{typ: e.typ, negate: e.negate})
	if !putOnStack {
		e.c.emit(pop)
	}
}

// typeofIs replaces the top of the stack with whether its typeof is typ
// (is not, when negate).
type typeofIs struct {
	typ    String
	negate bool
}

func (t typeofIs) exec(vm *vm) {
	vm.stack[vm.sp-1] = valueBool(typeOf(vm.stack[vm.sp-1]) == t.typ != t.negate)
	vm.pc++
}

// typeofResults are the strings typeof gives.
var typeofResults = [...]String{stringUndefined, stringObjectC, stringFunction, stringBoolean, stringString, stringSymbol, stringNumber, stringBigInt}

// typeOf is the result of typeof v.
func typeOf(v Value) String {
	switch v := v.(type) {
	case valueUndefined, valueUnresolved:
		return stringUndefined
	case valueNull:
		return stringObjectC
	case *Object:
		return v.self.typeOf()
	case valueBool:
		return stringBoolean
	case String:
		return stringString
	case valueInt, valueFloat:
		return stringNumber
	case *valueBigInt:
		return stringBigInt
	case *Symbol:
		return stringSymbol
	}
	panic(newTypeError("Compiler bug: unknown type: %T", v))
}
