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

// Modules are the Intl global, its JavaScript module and its binding;
// modules/all registers them. The hook routes the built-ins'
// locale-sensitive methods to intl.js, which is compiled on first use.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "internal/intl_binding", Load: loadBinding},
		{Name: "internal/intl", Source: &source},
	},
	Globals: []runtime.Global{{Name: "Intl", Module: "internal/intl", Path: "Intl"}},
	Hooks:   []func(rt *runtime.Runtime) error{installLocaleHook},
}

// installLocaleHook has goja call intl.js's localeMethod for
// Number.prototype.toLocaleString and the other locale-sensitive methods.
func installLocaleHook(rt *runtime.Runtime) error {
	var method goja.Callable
	rt.VM().SetLocaleHook(func(name string, call goja.FunctionCall) goja.Value {
		if method == nil {
			exports, err := rt.Require("internal/intl")
			if err != nil {
				rt.Rethrow(err)
			}
			method, _ = goja.AssertFunction(exports.ToObject(rt.VM()).Get("localeMethod"))
		}
		args := append([]goja.Value{rt.VM().ToValue(name), call.This}, call.Arguments...)
		v, err := method(goja.Undefined(), args...)
		if err != nil {
			rt.Rethrow(err)
		}
		return v
	})
	return nil
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	o := vm.NewObject()
	zones := map[string]*time.Location{}
	collators := map[string]*collate.Collator{}
	fns := map[string]func(goja.FunctionCall) goja.Value{
		// defaultTimeZone() is the process's IANA time zone name.
		"defaultTimeZone": func(goja.FunctionCall) goja.Value {
			return vm.ToValue(defaultTimeZone())
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
		// zoneOffset(name, ms) is [offset in minutes, abbreviation] of
		// zone name at the Unix time ms.
		"zoneOffset": func(c goja.FunctionCall) goja.Value {
			loc, err := loadZone(zones, c.Argument(0).String())
			if err != nil {
				panic(vm.NewTypeError(err.Error()))
			}
			abbr, off := time.UnixMilli(c.Argument(1).ToInteger()).In(loc).Zone()
			return vm.ToValue([]any{off / 60, abbr})
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

// defaultTimeZone is $TZ, else the zone /etc/localtime links to, else UTC.
func defaultTimeZone() string {
	name := strings.TrimPrefix(os.Getenv("TZ"), ":")
	if name == "" {
		if target, err := os.Readlink("/etc/localtime"); err == nil {
			if i := strings.Index(target, "zoneinfo/"); i >= 0 {
				name = target[i+len("zoneinfo/"):]
			} else {
				name = filepath.Base(target)
			}
		}
	}
	if name == "" {
		return "UTC"
	}
	return canonicalZone(name)
}
