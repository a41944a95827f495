// Package intl implements the Intl global (ECMA-402) for the en-US locale,
// as node built with small-icu has it: Intl.NumberFormat, DateTimeFormat,
// Collator, PluralRules, ListFormat, RelativeTimeFormat, getCanonicalLocales
// and supportedValuesOf, and the locale-sensitive methods of Number, BigInt,
// Date and String that use them. Every locale resolves to en-US (or en);
// COMPAT.md says so. intl.js does the formatting; the Go binding
// internal/intl_binding reads time zones and collates strings.
package intl

import (
	_ "embed"
	"fmt"
	"io/fs"
	"math"
	"math/big"
	"os"
	"path/filepath"
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

// Modules are the Intl global, its JavaScript module and its binding;
// modules/all registers them. The hook routes the built-ins'
// locale-sensitive methods to intl.js, which is compiled on first use.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "internal/intl_binding", Load: loadBinding},
		{Name: "internal/intl", Source: &source},
		{Name: "internal/intl_display_names", Source: &displayNamesSource},
	},
	Globals: []runtime.Global{{Name: "Intl", Module: "internal/intl", Path: "Intl"}},
	Locale:  newLocale,
}

// newLocale is the runtime's Locale: goja calls intl.js's localeMethod
// for Number.prototype.toLocaleString and the other locale-sensitive
// methods, formatting in Go, with the default formats, when they are
// called without locales and options (the common case, and a hot one in
// logs); Date's toString names zones with intl's long names.
func newLocale(rt *runtime.Runtime) runtime.Locale {
	h := &localeHook{rt: rt}
	return runtime.Locale{Hook: h.call, ZoneNamer: func(t time.Time) string {
		abbr, off := t.Zone()
		df := &dateFormat{zone: canonicalZone(rt.TimeZone()), zoneName: "long", loc: t.Location()}
		return df.zoneText(t, off, abbr)
	}}
}

// A localeHook is a Runtime's goja.LocaleHook.
type localeHook struct {
	rt            *runtime.Runtime
	method        goja.Callable // intl.js's localeMethod
	defaultFormat goja.Callable // intl.js's defaultFormat
	numbers       *numberFormat
	dates         [3]*dateFormat // toLocaleString, toLocaleDateString, toLocaleTimeString
	datesZone     string         // the time zone of dates
}

func (h *localeHook) call(name string, call goja.FunctionCall) goja.Value {
	vm := h.rt.VM()
	if h.method == nil {
		exports, err := h.rt.Require("internal/intl")
		if err != nil {
			h.rt.Rethrow(err)
		}
		o := exports.ToObject(vm)
		h.method, _ = goja.AssertFunction(o.Get("localeMethod"))
		h.defaultFormat, _ = goja.AssertFunction(o.Get("defaultFormat"))
	}
	if noArguments(call.Arguments) {
		if s, ok := h.fast(name, call.This); ok {
			return vm.ToValue(s)
		}
	}
	args := append([]goja.Value{vm.ToValue(name), call.This}, call.Arguments...)
	v, err := h.method(goja.Undefined(), args...)
	if err != nil {
		h.rt.Rethrow(err)
	}
	return v
}

func noArguments(args []goja.Value) bool {
	for _, a := range args {
		if !goja.IsUndefined(a) {
			return false
		}
	}
	return true
}

// fast formats this with the method's default format when this is a
// primitive number or BigInt, or a valid Date.
func (h *localeHook) fast(name string, this goja.Value) (string, bool) {
	switch name {
	case "Number.prototype.toLocaleString", "BigInt.prototype.toLocaleString":
		if _, isObject := this.(*goja.Object); isObject {
			return "", false
		}
		switch this.Export().(type) {
		case int64, float64, *big.Int:
		default:
			return "", false
		}
		if h.numbers == nil {
			h.numbers = h.native(name).(*numberFormat)
		}
		return formatNumber(h.numbers, this), true
	case "Date.prototype.toLocaleString", "Date.prototype.toLocaleDateString", "Date.prototype.toLocaleTimeString":
		obj, isObject := this.(*goja.Object)
		if !isObject {
			return "", false
		}
		t, ok := obj.Export().(time.Time)
		if !ok {
			return "", false
		}
		i := 0
		switch name {
		case "Date.prototype.toLocaleDateString":
			i = 1
		case "Date.prototype.toLocaleTimeString":
			i = 2
		}
		if zone := canonicalZone(h.rt.TimeZone()); zone != h.datesZone {
			h.dates, h.datesZone = [3]*dateFormat{}, zone // process.env.TZ changed
		}
		if h.dates[i] == nil {
			h.dates[i] = h.native(name).(*dateFormat)
		}
		return h.dates[i].format(t.UnixMilli()), true
	}
	return "", false
}

// native is intl.js's Go format for method's default.
func (h *localeHook) native(method string) any {
	v, err := h.defaultFormat(goja.Undefined(), h.rt.VM().ToValue(method))
	if err != nil {
		h.rt.Rethrow(err)
	}
	return v.Export()
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

// utcNames are the zone names that ICU reports as "UTC".
var utcNames = [...]string{"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Etc/GMT0", "GMT0"}

// icuZones are the zones ICU names by another of their IANA names (its
// canonical IDs predate some renames, and it resolves links), as pairs of
// IANA name and ICU's. A slice, not a map: package-level maps are built
// by an init function, and module packages have none (runtime.ModuleSet).
var icuZones = [...][2]string{
	{"Asia/Kolkata", "Asia/Calcutta"}, {"Asia/Kathmandu", "Asia/Katmandu"}, {"Asia/Ho_Chi_Minh", "Asia/Saigon"},
	{"Asia/Yangon", "Asia/Rangoon"}, {"Europe/Kyiv", "Europe/Kiev"}, {"America/Nuuk", "America/Godthab"},
	{"Atlantic/Faroe", "Atlantic/Faeroe"}, {"Pacific/Chuuk", "Pacific/Truk"}, {"Pacific/Pohnpei", "Pacific/Ponape"},
	{"America/Argentina/Buenos_Aires", "America/Buenos_Aires"}, {"America/Indiana/Indianapolis", "America/Indianapolis"},
	{"America/Kentucky/Louisville", "America/Louisville"}, {"US/Eastern", "America/New_York"}, {"US/Central", "America/Chicago"},
	{"US/Mountain", "America/Denver"}, {"US/Pacific", "America/Los_Angeles"}, {"US/Alaska", "America/Anchorage"},
	{"US/Hawaii", "Pacific/Honolulu"}, {"US/Arizona", "America/Phoenix"}, {"EST", "America/Panama"}, {"MST", "America/Phoenix"},
	{"HST", "Pacific/Honolulu"},
}

// canonicalZone is name with UTC's aliases (in any case) made "UTC" and
// the names in icuZones made ICU's.
func canonicalZone(name string) string {
	for _, alias := range utcNames {
		if strings.EqualFold(name, alias) {
			return "UTC"
		}
	}
	for _, z := range icuZones {
		if z[0] == name {
			return z[1]
		}
	}
	return name
}

func loadZone(cache map[string]*time.Location, name string) (*time.Location, error) {
	if loc := cache[name]; loc != nil {
		return loc, nil
	}
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "..") {
		return nil, os.ErrNotExist
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		// ICU takes zone names in any case.
		if exact := zoneByFold(name); exact != "" {
			loc, err = time.LoadLocation(exact)
		}
		if err != nil {
			return nil, err
		}
	}
	cache[name] = loc
	return loc, nil
}

// zoneDir is where the system keeps its time zone files.
const zoneDir = "/usr/share/zoneinfo"

// zoneByFold is the zone in zoneDir whose name equals name but for case,
// or "".
func zoneByFold(name string) string {
	found := ""
	_ = filepath.WalkDir(zoneDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return filepath.SkipAll
		}
		rel := strings.TrimPrefix(path, zoneDir+"/")
		if d.IsDir() {
			if path != zoneDir && !strings.HasPrefix(strings.ToLower(name), strings.ToLower(rel)+"/") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.EqualFold(rel, name) {
			found = rel
		}
		return nil
	})
	return found
}
