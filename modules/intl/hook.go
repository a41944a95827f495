package intl

import (
	"math/big"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// newLocale is the runtime's Locale: goja calls intl.js's localeMethod
// for Number.prototype.toLocaleString and the other locale-sensitive
// methods, formatting in Go, with the default formats, when they are
// called without locales and options (the common case, and a hot one in
// logs); Date's toString names zones with intl's long names.
func newLocale(rt *runtime.Runtime) runtime.Locale {
	h := &localeHook{rt: rt}
	namer := &dateFormat{zoneName: "long"}
	var namerZone string // rt.TimeZone() when namer.zone was set
	return runtime.Locale{Hook: h.call, ZoneNamer: func(t time.Time) string {
		if tz := rt.TimeZone(); tz != namerZone {
			namer.zone, namerZone = canonicalZone(tz), tz
		}
		namer.loc = t.Location()
		abbr, off := t.Zone()
		return namer.zoneText(t, off, abbr)
	}}
}

// A localeHook is a Runtime's goja.LocaleHook.
type localeHook struct {
	rt            *runtime.Runtime
	method        goja.Callable // intl.js's localeMethod
	defaultFormat goja.Callable // intl.js's defaultFormat
	numbers       *numberFormat
	dates         [3]*dateFormat // toLocaleString, toLocaleDateString, toLocaleTimeString
	datesZone     string         // rt.TimeZone() when dates were made
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
		if zone := h.rt.TimeZone(); zone != h.datesZone {
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
