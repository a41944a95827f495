package goja

import (
	"strconv"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
)

// V8's texts for a value that the syntax iterates (for-of, an array
// literal's or a call's spread, a let or const array pattern) and cannot
// (gonode: see GONODE.md). V8 names the iterable by its source text where
// it can: `o.v is not iterable`, `f is not a function or its return value
// is not iterable`; elsewhere it says what the value is (notIterable).

// iterableSite is the iterable of one such iteration, named as V8 names it.
type iterableSite struct {
	text string // the iterable as V8 renders it; "" when V8 does not
	call bool   // the iterable is what a call returns: text is the callee
}

// iteratorAt returns the iterator of obj, the iterable of site.
func (vm *vm) iteratorAt(obj Value, site iterableSite) *iteratorRecord {
	method := vm.r.iterableMethod(obj)
	if method == nil {
		switch {
		case site.text == "":
			panic(vm.r.notIterable(obj))
		case site.call:
			panic(vm.r.NewTypeError("%s is not a function or its return value is not iterable", site.text))
		}
		panic(vm.r.NewTypeError("%s is not iterable", site.text))
	}
	return vm.r.iteratorFrom(obj, method)
}

// spreadIterator returns the iterator of obj, spread into a call's
// arguments at site.
func (vm *vm) spreadIterator(obj Value, site iterableSite) *iteratorRecord {
	method := vm.r.iterableMethod(obj)
	if method == nil {
		if (obj == _null || obj == _undefined) && site.text != "" {
			text := site.text
			if site.call {
				text += "(...)"
			}
			panic(vm.r.NewTypeError("%s is not iterable (cannot read property %s)", text, obj.String()))
		}
		panic(vm.r.NewTypeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function"))
	}
	return vm.r.iteratorFrom(obj, method)
}

// iterateAt is iterate (iterateP when pop) with the iterable named.
type iterateAt struct {
	site iterableSite
	pop  bool
}

func (n *iterateAt) exec(vm *vm) {
	iter := vm.iteratorAt(vm.stack[vm.sp-1], n.site)
	vm.iterStack = append(vm.iterStack, iterStackItem{iter: iter})
	if n.pop {
		vm.sp--
	}
	vm.pc++
}

// pushArraySpreadAt is pushArraySpread with the iterable named.
type pushArraySpreadAt struct {
	site iterableSite
}

func (n *pushArraySpreadAt) exec(vm *vm) {
	vm.pushArraySpread(vm.iteratorAt(vm.stack[vm.sp-1], n.site))
}

// iterableSite names e, the iterable of an iteration, as V8 does: a call
// or new expression by its callee; a name, this or a literal; a chain of
// property accesses, except in a declaration (decl), where V8 does not name
// one.
func (c *compiler) iterableSite(e ast.Expression, decl bool) iterableSite {
	var callee ast.Expression
	switch e := e.(type) {
	case *ast.CallExpression:
		callee = e.Callee
	case *ast.NewExpression:
		callee = e.Callee
	}
	if callee != nil {
		if text, ok := iterableText(callee, true); ok {
			return iterableSite{text: text, call: true}
		}
		return iterableSite{}
	}
	text, _ := iterableText(e, !decl)
	return iterableSite{text: text}
}

// iterableText renders e as V8 renders it in these messages (numbers by
// their value, o['a'] as o.a), and whether it could: members says whether
// property accesses are rendered.
func iterableText(e ast.Expression, members bool) (string, bool) {
	switch e := e.(type) {
	case *ast.Identifier:
		return e.Name.String(), true
	case *ast.ThisExpression:
		return "this", true
	case *ast.NullLiteral:
		return "null", true
	case *ast.BooleanLiteral:
		return strconv.FormatBool(e.Value), true
	case *ast.NumberLiteral:
		return numberText(e.Value)
	case *ast.StringLiteral:
		return strconv.Quote(e.Value.String()), true
	case *ast.RegExpLiteral:
		return e.Literal, true
	case *ast.ObjectLiteral:
		if len(e.Value) == 0 {
			return "{}", true
		}
		return "{(intermediate value)}", true
	case *ast.UnaryExpression:
		if n, ok := e.Operand.(*ast.NumberLiteral); ok && e.Operator == token.MINUS && !e.Postfix {
			if text, ok := numberText(n.Value); ok {
				return "-" + text, true
			}
		}
	case *ast.DotExpression:
		if left, ok := iterableText(e.Left, true); ok && members {
			return left + "." + e.Identifier.Name.String(), true
		}
	case *ast.BracketExpression:
		left, ok := iterableText(e.Left, true)
		if !ok || !members {
			break
		}
		switch m := e.Member.(type) {
		case *ast.StringLiteral:
			return left + "." + m.Value.String(), true
		case *ast.Identifier:
			return left + "[" + m.Name.String() + "]", true
		case *ast.NumberLiteral:
			if text, ok := numberText(m.Value); ok {
				return left + "[" + text + "]", true
			}
		}
	}
	return "", false
}

// numberText is the text of a number literal's value, as JavaScript
// prints it.
func numberText(v any) (string, bool) {
	switch v := v.(type) {
	case int64:
		return strconv.FormatInt(v, 10), true
	case float64:
		return valueFloat(v).String(), true
	}
	return "", false
}
