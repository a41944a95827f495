package url

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
)

// Component indexes of the arrays the binding hands to url.js.
const (
	cHref = iota
	cProtocol
	cUsername
	cPassword
	cHostname
	cPort
	cPathname
	cSearch
	cHash
	cOrigin
	cCount
)

func components(vm *goja.Runtime, u *URL) goja.Value {
	port := ""
	if u.Port >= 0 {
		port = strconv.Itoa(u.Port)
	}
	search, hash := "", ""
	if u.HasQuery && u.Query != "" {
		search = "?" + u.Query
	}
	if u.HasFrag && u.Frag != "" {
		hash = "#" + u.Frag
	}
	vals := [cCount]any{
		cHref: u.Href(false), cProtocol: u.Scheme + ":", cUsername: u.Username, cPassword: u.Password,
		cHostname: u.Host, cPort: port, cPathname: u.Pathname(), cSearch: search, cHash: hash,
		cOrigin: u.Origin(),
	}
	return vm.NewArray(vals[:]...)
}

// parseWithBase parses input against an optional base URL string.
func parseWithBase(input string, base goja.Value) (*URL, bool) {
	var b *URL
	if base != nil && !goja.IsUndefined(base) {
		var ok bool
		if b, ok = Parse(base.String(), nil); !ok {
			return nil, false
		}
	}
	return Parse(input, b)
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	o := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	// parse(input, base?) returns the components, or null when invalid.
	set("parse", func(call goja.FunctionCall) goja.Value {
		u, ok := parseWithBase(call.Argument(0).String(), call.Argument(1))
		if !ok {
			return goja.Null()
		}
		return components(vm, u)
	})
	set("canParse", func(call goja.FunctionCall) goja.Value {
		_, ok := parseWithBase(call.Argument(0).String(), call.Argument(1))
		return vm.ToValue(ok)
	})
	// update(href, field, value) applies a setter; null means the href
	// setter got an invalid URL.
	set("update", func(call goja.FunctionCall) goja.Value {
		u, ok := Parse(call.Argument(0).String(), nil)
		if !ok {
			return goja.Null()
		}
		v := call.Argument(2).String()
		switch call.Argument(1).String() {
		case "href":
			if u, ok = Parse(v, nil); !ok {
				return goja.Null()
			}
		case "protocol":
			u.SetProtocol(v)
		case "username":
			u.SetUsername(v)
		case "password":
			u.SetPassword(v)
		case "host":
			u.SetHost(v)
		case "hostname":
			u.SetHostname(v)
		case "port":
			u.SetPort(v)
		case "pathname":
			u.SetPathname(v)
		case "search":
			u.SetSearch(v)
		case "hash":
			u.SetHash(v)
		}
		return components(vm, u)
	})
	set("domainToASCII", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(hostOf(call.Argument(0).String()))
	})
	set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(DomainToUnicode(hostOf(call.Argument(0).String())))
	})
	// format(href, fragment, unicode, search, auth) serializes with parts left out.
	set("format", func(call goja.FunctionCall) goja.Value {
		u, ok := Parse(call.Argument(0).String(), nil)
		if !ok {
			return call.Argument(0)
		}
		if !call.Argument(1).ToBoolean() {
			u.HasFrag = false
		}
		if call.Argument(2).ToBoolean() && u.IsSpecial() {
			u.Host = DomainToUnicode(u.Host)
		}
		if !call.Argument(3).ToBoolean() {
			u.HasQuery = false
		}
		if !call.Argument(4).ToBoolean() {
			u.Username, u.Password = "", ""
		}
		return vm.ToValue(u.Href(false))
	})
	// parseParams(query) returns [name0, value0, name1, value1, ...].
	set("parseParams", func(call goja.FunctionCall) goja.Value {
		pairs := ParseForm(call.Argument(0).String())
		out := make([]any, len(pairs))
		for i, s := range pairs {
			out[i] = s
		}
		return vm.NewArray(out...)
	})
	// serializeParams(flatPairs) is the form-urlencoded serialization.
	set("serializeParams", func(call goja.FunctionCall) goja.Value {
		arr := call.Argument(0).ToObject(vm)
		n := int(arr.Get("length").ToInteger())
		var b strings.Builder
		for i := 0; i+1 < n; i += 2 {
			if i > 0 {
				b.WriteByte('&')
			}
			b.WriteString(encodeForm(arr.Get(strconv.Itoa(i)).String()))
			b.WriteByte('=')
			b.WriteString(encodeForm(arr.Get(strconv.Itoa(i + 1)).String()))
		}
		return vm.ToValue(b.String())
	})
	return module.Set("exports", o)
}

// hostOf parses s as the hostname of a special URL, as node's domainToASCII
// does; it returns "" when s is not a valid host.
func hostOf(s string) string {
	u := &URL{Scheme: "ws", Host: "x", HasHost: true, Port: -1, Path: []string{""}}
	if !u.SetHostname(s) {
		return ""
	}
	return u.Host
}

// ParseForm parses application/x-www-form-urlencoded input into a flat
// name/value list.
func ParseForm(s string) []string {
	var out []string
	for _, seq := range strings.Split(s, "&") {
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		out = append(out, decodeForm(name), decodeForm(value))
	}
	return out
}

func decodeForm(s string) string {
	if !strings.ContainsAny(s, "+%") {
		return s
	}
	return buffer.UTF8String(percentDecode(strings.ReplaceAll(s, "+", " ")))
}

func encodeForm(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			b.WriteByte('+')
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '*', c == '-', c == '.', c == '_':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		}
	}
	return b.String()
}
