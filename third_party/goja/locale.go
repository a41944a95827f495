package goja

import "time"

// A LocaleHook implements the locale-sensitive methods of the built-ins:
// Number.prototype.toLocaleString, BigInt.prototype.toLocaleString,
// Date.prototype.toLocaleString, toLocaleDateString and toLocaleTimeString,
// and String.prototype.localeCompare when it is given locales or options.
// method is the method's name as written here ("Date.prototype.toLocaleString");
// call is the method's own call. A host that has ECMA-402 (Intl) installs
// one so that these methods format as its Intl does.
type LocaleHook func(method string, call FunctionCall) Value

// SetLocaleHook routes the locale-sensitive methods (see LocaleHook) to
// hook; nil restores goja's own, which ignore locales and options.
func (r *Runtime) SetLocaleHook(hook LocaleHook) { r.localeHook = hook }

// numberproto_toLocaleString is the number's ToString without the hook: the
// first argument is a locale, not a radix.
func (r *Runtime) numberproto_toLocaleString(call FunctionCall) Value {
	if r.localeHook != nil {
		return r.localeHook("Number.prototype.toLocaleString", call)
	}
	return r.numberproto_toString(FunctionCall{This: call.This})
}

func (r *Runtime) bigintproto_toLocaleString(call FunctionCall) Value {
	if r.localeHook != nil {
		return r.localeHook("BigInt.prototype.toLocaleString", call)
	}
	return r.bigintproto_toString(FunctionCall{This: call.This})
}

// localeArgs are the arguments Array.prototype.toLocaleString passes to
// its elements' toLocaleString: its own (locales and options) when a
// LocaleHook is set, as ECMA-402 says, else none, as ECMA-262 says.
func (r *Runtime) localeArgs(call FunctionCall) []Value {
	if r.localeHook == nil {
		return nil
	}
	return call.Arguments
}

// SetTimeZone makes loc the local time zone of Date (nil restores
// time.Local), as node's Date follows process.env.TZ.
func (r *Runtime) SetTimeZone(loc *time.Location) { r.timeZone = loc }

// SetZoneNamer makes namer the function that names a time's zone in
// Date's toString and toTimeString, "(Coordinated Universal Time)" as V8
// has it (nil: the zone's abbreviation).
func (r *Runtime) SetZoneNamer(namer func(t time.Time) string) { r.zoneNamer = namer }

// local is Date's local time zone.
func (r *Runtime) local() *time.Location {
	if r.timeZone != nil {
		return r.timeZone
	}
	return time.Local
}
