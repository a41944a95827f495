// Package intl implements the Intl global (ECMA-402) for English, as node
// built with small-icu has it: NumberFormat, DateTimeFormat, Collator,
// PluralRules, ListFormat, RelativeTimeFormat, Segmenter, DisplayNames,
// Locale, getCanonicalLocales and supportedValuesOf, and the built-ins'
// locale-sensitive methods (toLocaleString and its kin, Date's zone
// names). Every locale resolves to en-US (or en); COMPAT.md says so.
// intl.js reads the options and keeps each object's state; the Go binding
// internal/intl_binding formats numbers (number.go) and dates (date.go),
// reads time zones (zone.go), collates and segments strings, and the
// locale hook (hook.go) serves the built-ins.
package intl

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
	"github.com/rivo/uniseg"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

//go:embed intl.js
var source string

//go:embed display_names.js
var displayNamesSource string

// Modules are the Intl global, its JavaScript modules and its binding, and
// the runtime's Locale; modules/all registers them. Nothing of it runs
// before a program uses Intl or a locale-sensitive method.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "internal/intl_binding", Load: loadBinding},
		{Name: "internal/intl", Source: &source},
		{Name: "internal/intl_display_names", Source: &displayNamesSource},
	},
	Globals: []runtime.Global{{Name: "Intl", Flags: runtime.GlobalData, Module: "internal/intl", Path: "Intl"}},
	Locale:  newLocale,
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	o := vm.NewObject()
	zones := map[string]*time.Location{}
	collators := map[string]*collate.Collator{}
	fns := map[string]func(goja.FunctionCall) goja.Value{
		// defaultTimeZone() is Date's local time zone, as ICU names it.
		"defaultTimeZone": func(goja.FunctionCall) goja.Value {
			return vm.ToValue(canonicalZone(rt.TimeZone()))
		},
		// canonicalTimeZone(name) is name as resolvedOptions reports it,
		// or undefined when there is no such zone.
		"canonicalTimeZone": func(c goja.FunctionCall) goja.Value {
			loc, err := loadZone(zones, canonicalZone(c.Argument(0).String()))
			if err != nil {
				return goja.Undefined()
			}
			return vm.ToValue(canonicalZone(loc.String()))
		},
		// compare(a, b, sensitivity, numeric, ignorePunctuation) collates
		// a and b as an Intl.Collator with those options does.
		"compare": func(c goja.FunctionCall) goja.Value {
			sensitivity := c.Argument(2).String()
			numeric, shifted := c.Argument(3).ToBoolean(), c.Argument(4).ToBoolean()
			key := fmt.Sprint(sensitivity, numeric, shifted)
			col := collators[key]
			if col == nil {
				col = newCollator(sensitivity, numeric, shifted)
				collators[key] = col
			}
			a := norm.NFD.String(c.Argument(0).String())
			b := norm.NFD.String(c.Argument(1).String())
			return vm.ToValue(col.CompareString(a, b))
		},
		// numberFormat(s) is the Go side of the number format whose state
		// intl.js keeps in s; formatNumber(nf, x) and numberParts(nf, x)
		// format x (a number, a BigInt or a decimal string) with it, as a
		// string and as a flat type/value list.
		"numberFormat": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(newNumberFormat(vm, c.Argument(0).ToObject(vm)))
		},
		"formatNumber": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(formatNumber(exportNumberFormat(vm, c.Argument(0)), c.Argument(1)))
		},
		"numberParts": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(exportNumberFormat(vm, c.Argument(0)).parts(numberArg(c.Argument(1))))
		},
		// dateFormat(s) is the Go side of the date format whose state
		// intl.js keeps in s; formatDate(df, ms) and dateParts(df, ms)
		// format the time ms with it, as a string and as a flat
		// type/value list.
		"dateFormat": func(c goja.FunctionCall) goja.Value {
			s := c.Argument(0).ToObject(vm)
			var loc *time.Location
			if zone := s.Get("timeZone").String(); zone != "UTC" {
				var err error
				if loc, err = loadZone(zones, zone); err != nil {
					panic(vm.NewTypeError(err.Error()))
				}
			}
			return vm.ToValue(newDateFormat(s, loc))
		},
		"formatDate": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(exportDateFormat(vm, c.Argument(0)).format(c.Argument(1).ToInteger()))
		},
		"dateParts": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(exportDateFormat(vm, c.Argument(0)).parts(c.Argument(1).ToInteger()))
		},
		// boundFormatNumber(nf, toValue) and boundFormatDate(df, toTime)
		// are the functions the format getters return: they format their
		// argument with nf or df, converting it with intl.js's toValue or
		// toTime when it is not a primitive they take as it is.
		"boundFormatNumber": func(c goja.FunctionCall) goja.Value {
			nf := exportNumberFormat(vm, c.Argument(0))
			toValue, _ := goja.AssertFunction(c.Argument(1))
			return vm.ToValue(func(call goja.FunctionCall) goja.Value {
				x := call.Argument(0)
				if _, isObject := x.(*goja.Object); isObject {
					x = mustCall(rt, toValue, x)
				}
				return vm.ToValue(formatNumber(nf, x))
			})
		},
		"boundFormatDate": func(c goja.FunctionCall) goja.Value {
			df := exportDateFormat(vm, c.Argument(0))
			toTime, _ := goja.AssertFunction(c.Argument(1))
			return vm.ToValue(func(call goja.FunctionCall) goja.Value {
				x := call.Argument(0)
				if f, ok := x.Export().(float64); ok && math.Abs(f) <= 8.64e15 {
					return vm.ToValue(df.format(int64(f)))
				}
				if i, ok := x.Export().(int64); ok && i >= -8.64e15 && i <= 8.64e15 {
					return vm.ToValue(df.format(i))
				}
				return vm.ToValue(df.format(mustCall(rt, toTime, x).ToInteger()))
			})
		},
		// segment(s, granularity) is s split into graphemes, words or
		// sentences as a flat list: UTF-16 index, segment, and (for
		// words) whether it is word-like, for each segment.
		"segment": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(segment(c.Argument(0).String(), c.Argument(1).String()))
		},
	}
	for name, fn := range fns {
		if err := o.Set(name, fn); err != nil {
			return err
		}
	}
	return module.Set("exports", o)
}

// mustCall calls fn(x), rethrowing what it throws.
func mustCall(rt *runtime.Runtime, fn goja.Callable, x goja.Value) goja.Value {
	v, err := fn(goja.Undefined(), x)
	if err != nil {
		rt.Rethrow(err)
	}
	return v
}

func exportNumberFormat(vm *goja.Runtime, v goja.Value) *numberFormat {
	nf, ok := v.Export().(*numberFormat)
	if !ok {
		panic(vm.NewTypeError("not a number format"))
	}
	return nf
}

func exportDateFormat(vm *goja.Runtime, v goja.Value) *dateFormat {
	df, ok := v.Export().(*dateFormat)
	if !ok {
		panic(vm.NewTypeError("not a date format"))
	}
	return df
}

// newCollator is English collation at an Intl.Collator's sensitivity,
// comparing digits as numbers when numeric, skipping punctuation when
// shifted. (x/text has no case level, so 'case' is 'variant' without
// accents.)
func newCollator(sensitivity string, numeric, shifted bool) *collate.Collator {
	tag := language.English
	if shifted {
		tag = language.Make("en-u-ka-shifted")
	}
	var opts []collate.Option
	switch sensitivity {
	case "base":
		opts = append(opts, collate.IgnoreCase, collate.IgnoreDiacritics)
	case "accent":
		opts = append(opts, collate.IgnoreCase)
	case "case":
		opts = append(opts, collate.IgnoreDiacritics)
	}
	if numeric {
		opts = append(opts, collate.Numeric)
	}
	return collate.New(tag, opts...)
}

// segment splits s by Unicode's rules (UAX #29) for granularity
// ("grapheme", "word" or "sentence").
func segment(s, granularity string) []any {
	var out []any
	index, state := 0, -1
	for s != "" {
		var seg string
		switch granularity {
		case "word":
			seg, s, state = uniseg.FirstWordInString(s, state)
		case "sentence":
			seg, s, state = uniseg.FirstSentenceInString(s, state)
		default:
			seg, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		}
		out = append(out, index, seg)
		if granularity == "word" {
			out = append(out, strings.IndexFunc(seg, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0)
		}
		for _, r := range seg {
			index += utf16.RuneLen(r)
		}
	}
	return out
}
