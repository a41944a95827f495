package util

import (
	"encoding/hex"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/lazy"
)

// shownLength is node's MathMin(MathMax(0, ctx.maxArrayLength), length).
func (c *inspector) shownLength(length int64) int64 {
	m := math.Max(0, c.opts.MaxArrayLength)
	if math.IsNaN(m) {
		return 0
	}
	if float64(length) < m {
		return length
	}
	return int64(m)
}

// smallIndex holds the keys "0" to "255", built on first use.
func smallIndex() *[256]string {
	return smallIndexLazy.Get(func() *[256]string {
		var s [256]string
		for i := range s {
			s[i] = strconv.Itoa(i)
		}
		return &s
	})
}

var smallIndexLazy lazy.Value[*[256]string]

func indexKey(i int64) string {
	if i >= 0 && i < 256 {
		return smallIndex()[i]
	}
	return strconv.FormatInt(i, 10)
}

func (c *inspector) formatArray(value *goja.Object, valLen int64, recurseTimes int) []string {
	length := c.shownLength(valLen)
	output := make([]string, 0, length+1)
	var values gojastore.Elements
	dense := false
	if c.fp != nil {
		values, dense = c.fp.Elements(value)
	}
	for i := int64(0); i < length; i++ {
		var d propDesc
		var ok bool
		if dense {
			d, ok = c.fromRaw(value, propKey{name: indexKey(i)}, c.fp.Elem(values, int(i)))
		} else {
			d, ok = c.jsProp(value, propKey{name: indexKey(i)})
		}
		if !ok {
			return c.formatSpecialArray(value, valLen, recurseTimes, length, output, i)
		}
		output = append(output, c.formatPropertyDesc(value, recurseTimes, propKey{name: indexKey(i)}, kArrayType, d, value))
	}
	if remaining := valLen - length; remaining > 0 {
		output = append(output, remainingText(int(remaining)))
	}
	return output
}

// formatSpecialArray handles arrays with holes: runs of missing elements
// print as "<n empty items>".
func (c *inspector) formatSpecialArray(value *goja.Object, valLen int64, recurseTimes int, maxLength int64, output []string, i int64) []string {
	keys := call(c.st.indexKeys, value, c.vm.ToValue(i), c.vm.ToValue(maxLength)).(*goja.Object)
	index := i
	n := keys.Get("length").ToInteger()
	for j := int64(0); j < n && int64(len(output)) < maxLength; j++ {
		key := keys.Get(indexKey(j)).ToInteger()
		if key != index {
			empty := key - index
			output = append(output, c.stylize("<"+strconv.FormatInt(empty, 10)+" empty item"+plural(int(empty))+">", "undefined"))
			index = key
			if int64(len(output)) == maxLength {
				break
			}
		}
		output = append(output, c.formatProperty(value, recurseTimes, propKey{name: indexKey(key)}, kArrayType, nil, value))
		index++
	}
	remaining := valLen - index
	if int64(len(output)) != maxLength {
		if remaining > 0 {
			output = append(output, c.stylize("<"+strconv.FormatInt(remaining, 10)+" empty item"+plural(int(remaining))+">", "undefined"))
		}
	} else if remaining > 0 {
		output = append(output, remainingText(int(remaining)))
	}
	return output
}

// collection returns [size, remaining, entries...] of a Map or Set, as
// the helper (mapEntries or setValues) gives them, own telling it that
// value has no prototype.
func (c *inspector) collection(helper goja.Callable, value *goja.Object, own bool) []goja.Value {
	max := c.vm.ToValue(math.Max(0, c.opts.MaxArrayLength))
	arr := call(helper, value, max, c.vm.ToValue(own)).(*goja.Object)
	n := arr.Get("length").ToInteger()
	out := make([]goja.Value, n)
	for i := int64(0); i < n; i++ {
		out[i] = arr.Get(indexKey(i))
	}
	return out
}

// formatSet formats a set's values, then how many more it has (remaining).
func (c *inspector) formatSet(values []goja.Value, remaining int64, recurseTimes int) []string {
	output := make([]string, 0, len(values)+1)
	c.indentationLvl += 2
	for _, v := range values {
		output = append(output, c.formatValue(v, recurseTimes, false))
	}
	if remaining > 0 {
		output = append(output, remainingText(int(remaining)))
	}
	c.indentationLvl -= 2
	return output
}

// formatMap formats a map's entries (keys and values in turn), then how
// many more it has (remaining).
func (c *inspector) formatMap(entries []goja.Value, remaining int64, recurseTimes int) []string {
	output := make([]string, 0, len(entries)/2+1)
	c.indentationLvl += 2
	for i := 0; i+1 < len(entries); i += 2 {
		k := c.formatValue(entries[i], recurseTimes, false)
		v := c.formatValue(entries[i+1], recurseTimes, false)
		output = append(output, k+" => "+v)
	}
	if remaining > 0 {
		output = append(output, remainingText(int(remaining)))
	}
	c.indentationLvl -= 2
	return output
}

func reflectLen(v interface{}) int {
	return reflect.ValueOf(v).Len()
}

func (c *inspector) formatTypedArray(value *goja.Object, elems interface{}, length int, recurseTimes int) []string {
	maxLength := int(c.shownLength(int64(length)))
	output := make([]string, 0, maxLength+6)
	sep := c.opts.NumericSeparator
	rv := reflect.ValueOf(elems)
	for i := 0; i < maxLength; i++ {
		var s string
		switch e := rv.Index(i); e.Kind() {
		case reflect.Float32, reflect.Float64:
			s = c.stylize(formatNumber(e.Float(), sep), "number")
		case reflect.Int64:
			s = c.stylize(formatBigInt(strconv.FormatInt(e.Int(), 10), sep), "bigint")
		case reflect.Uint64:
			s = c.stylize(formatBigInt(strconv.FormatUint(e.Uint(), 10), sep), "bigint")
		case reflect.Int8, reflect.Int16, reflect.Int32:
			s = c.stylize(formatNumber(float64(e.Int()), sep), "number")
		default:
			s = c.stylize(formatNumber(float64(e.Uint()), sep), "number")
		}
		output = append(output, s)
	}
	if remaining := length - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	if c.opts.ShowHidden {
		c.indentationLvl += 2
		for _, key := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			str := c.formatValue(c.get(value, propKey{name: key}), recurseTimes, true)
			output = append(output, "["+key+"]: "+str)
		}
		c.indentationLvl -= 2
	}
	return output
}

// hexBytes formats bytes as "01 02 ff".
func hexBytes(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	h := hex.EncodeToString(b)
	var s strings.Builder
	s.Grow(len(b) * 3)
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			s.WriteByte(' ')
		}
		s.WriteString(h[i : i+2])
	}
	return s.String()
}

func (c *inspector) formatArrayBuffer(value *goja.Object) []string {
	ab, _ := value.Export().(goja.ArrayBuffer)
	if ab.Detached() {
		return []string{c.stylize("(detached)", "special")}
	}
	data := ab.Bytes()
	shown := c.shownLength(int64(len(data)))
	str := hexBytes(data[:shown])
	if remaining := int64(len(data)) - shown; remaining > 0 {
		str += " ... " + strconv.FormatInt(remaining, 10) + " more byte" + plural(int(remaining))
	}
	return []string{c.stylize("[Uint8Contents]", "special") + ": <" + str + ">"}
}

func (c *inspector) formatPromise(value *goja.Object, recurseTimes int) []string {
	p := value.Export().(*goja.Promise)
	switch p.State() {
	case goja.PromiseStatePending:
		return []string{c.stylize("<pending>", "special")}
	case goja.PromiseStateRejected:
		c.indentationLvl += 2
		str := c.formatValue(p.Result(), recurseTimes, false)
		c.indentationLvl -= 2
		return []string{c.stylize("<rejected>", "special") + " " + str}
	}
	c.indentationLvl += 2
	str := c.formatValue(p.Result(), recurseTimes, false)
	c.indentationLvl -= 2
	return []string{str}
}

func (c *inspector) formatProxy(p goja.Proxy, recurseTimes int) string {
	if c.beyondDepth(recurseTimes) {
		return c.stylize("Proxy [Array]", "special")
	}
	recurseTimes++
	c.indentationLvl += 2
	res := []string{
		c.formatValue(proxyPart(p.Target()), recurseTimes, false),
		c.formatValue(proxyPart(p.Handler()), recurseTimes, false),
	}
	c.indentationLvl -= 2
	return c.reduceToSingleString(res, "", [2]string{"Proxy [", "]"}, kArrayExtrasType, recurseTimes, nil)
}

func proxyPart(o *goja.Object) goja.Value {
	if o == nil {
		return goja.Null()
	}
	return o
}

func (c *inspector) regExpString(value *goja.Object) string {
	return unescapeSlashes(call(c.st.regExpToString, value).String())
}

// unescapeSlashes turns goja's \u002f escape of '/' in RegExp sources into
// V8's \/.
func unescapeSlashes(source string) string {
	if !strings.Contains(source, `\u002f`) {
		return source
	}
	var b strings.Builder
	for i := 0; i < len(source); i++ {
		if source[i] == '\\' && i+1 < len(source) {
			if strings.HasPrefix(source[i+1:], "u002f") {
				b.WriteString(`\/`)
				i += 5
				continue
			}
			b.WriteString(source[i : i+2])
			i++
			continue
		}
		b.WriteByte(source[i])
	}
	return b.String()
}

// dateString is toISOString, or Date.prototype.toString for invalid dates.
func (c *inspector) dateString(value *goja.Object) string {
	t, ok := value.Export().(time.Time)
	if !ok {
		return call(c.st.dateToString, value).String()
	}
	return isoString(t.UnixMilli())
}

// isoString is Date.prototype.toISOString for a time value in milliseconds.
func isoString(ms int64) string {
	t := time.UnixMilli(ms).UTC()
	year := t.Year()
	var ys string
	switch {
	case year < 0:
		ys = "-" + pad0(strconv.Itoa(-year), 6)
	case year > 9999:
		ys = "+" + pad0(strconv.Itoa(year), 6)
	default:
		ys = pad0(strconv.Itoa(year), 4)
	}
	return ys + t.Format("-01-02T15:04:05.000Z")
}

func pad0(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}

// functionBase is node's getFunctionBase ([Function: f], [class A], ...).
func (c *inspector) functionBase(value *goja.Object, constructor string, null bool, tag string) string {
	src := call(c.st.fnSource, value).String()
	if strings.HasPrefix(src, "class") && strings.HasSuffix(src, "}") {
		slice := src[5 : len(src)-1]
		if b := strings.IndexByte(slice, '{'); b != -1 && (!strings.Contains(slice[:b], "(") || isClassSource(slice)) {
			return c.classBase(value, constructor, null, tag)
		}
	}
	typ := "Function"
	if c.inherits(value, c.st.generatorFuncProto) {
		typ = "Generator" + typ
	}
	if c.inherits(value, c.st.asyncFunctionProto) {
		typ = "Async" + typ
	} else if isAsyncSource(src) {
		typ = "Async" + typ
		if constructor == "Function" {
			constructor = typ
		}
	}
	base := "[" + typ
	if null {
		base += " (null prototype)"
	}
	if name := c.get(value, propKey{name: "name"}); goja.IsString(name) && name.String() == "" {
		base += " (anonymous)"
	} else {
		base += ": " + name.String()
	}
	base += "]"
	if constructor != typ && !null {
		base += " " + constructor
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	return base
}

// isAsyncSource recognises async methods by their source: goja gives them
// Function.prototype instead of AsyncFunction.prototype.
func isAsyncSource(src string) bool {
	return len(src) > 5 && strings.HasPrefix(src, "async") && isJSSpace(src[5])
}

// isClassSource is node's slow check /^(\s+[^(]*?)\s*{/ on the source after
// "class" with comments removed.
func isClassSource(slice string) bool {
	s := stripComments(slice)
	i := 0
	for i < len(s) && isJSSpace(s[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '(':
			return false
		case '{':
			return true
		}
	}
	return false
}

func isJSSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f'
}

// stripComments removes // and /* */ comments (node's stripCommentsRegExp).
func stripComments(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "//"):
			if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
				i += j + 1
				continue
			}
			b.WriteString(s[i:])
			return b.String()
		case strings.HasPrefix(s[i:], "/*"):
			if j := strings.Index(s[i+2:], "*/"); j >= 0 {
				i += j + 4
				continue
			}
			b.WriteString(s[i:])
			return b.String()
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// inherits reports whether proto is on o's prototype chain.
func (c *inspector) inherits(o, proto *goja.Object) bool {
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == proto {
			return true
		}
	}
	return false
}

func (c *inspector) classBase(value *goja.Object, constructor string, null bool, tag string) string {
	name := ""
	if d, ok := c.ownProp(value, propKey{name: "name"}); ok {
		var v goja.Value
		if d.value != nil {
			v = d.value
		} else {
			v = c.get(value, propKey{name: "name"})
		}
		if v.ToBoolean() {
			name = v.String()
		}
	}
	if name == "" {
		name = "(anonymous)"
	}
	base := "class " + name
	if constructor != "Function" && !null {
		base += " [" + constructor + "]"
	}
	if tag != "" && constructor != tag {
		base += " [" + tag + "]"
	}
	if !null {
		if p := value.Prototype(); p != nil {
			if superName := c.get(p, propKey{name: "name"}); superName.ToBoolean() {
				base += " extends " + superName.String()
			}
		}
	} else {
		base += " extends [null prototype]"
	}
	return "[" + base + "]"
}

// boxedBase is node's getBoxedBase ([Number: 3], [String: 'ab'], ...).
func (c *inspector) boxedBase(value *goja.Object, typ string, keys []propKey, constructor string, null bool, tag string) (string, []propKey) {
	prim := call(c.st.unbox, value, c.vm.ToValue(typ))
	if typ == "String" {
		// Drop the index keys of the characters.
		n := int(value.Get("length").ToInteger())
		kept := keys[:0]
		for i, k := range keys {
			if i < n && k.sym == nil {
				continue
			}
			kept = append(kept, k)
		}
		keys = kept
	}
	base := "[" + typ
	if typ != constructor {
		if null {
			base += " (null prototype)"
		} else {
			base += " (" + constructor + ")"
		}
	}
	base += ": " + c.formatPrimitive(prim, false) + "]"
	if tag != "" && tag != constructor {
		base += " [" + tag + "]"
	}
	if len(keys) != 0 || !c.opts.Colors && c.opts.Stylize == nil {
		return base, keys
	}
	return c.stylize(base, strings.ToLower(typ)), keys
}

// previewEntries is V8's previewEntries for Map and Set iterators.
func (c *inspector) previewEntries(iter *goja.Object) (entries []goja.Value, keyValue, ok bool) {
	if c.fp == nil {
		return nil, false, false
	}
	l := iterators(c.fp)
	if l == nil {
		return nil, false, false
	}
	return l.preview(iter, c.fp)
}

// formatSetIterInner formats the values an iterator has left.
func (c *inspector) formatSetIterInner(entries []goja.Value, recurseTimes int) []string {
	maxLength := int(c.shownLength(int64(len(entries))))
	output := make([]string, 0, maxLength+1)
	c.indentationLvl += 2
	for _, e := range entries[:maxLength] {
		output = append(output, c.formatValue(e, recurseTimes, false))
	}
	c.indentationLvl -= 2
	if remaining := len(entries) - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatMapIterInner formats the [key, value] entries an iterator has left.
func (c *inspector) formatMapIterInner(entries []goja.Value, recurseTimes int) []string {
	n := len(entries) / 2
	maxLength := int(c.shownLength(int64(n)))
	output := make([]string, 0, maxLength+1)
	c.indentationLvl += 2
	for i := 0; i < maxLength; i++ {
		res := []string{
			c.formatValue(entries[2*i], recurseTimes, false),
			c.formatValue(entries[2*i+1], recurseTimes, false),
		}
		output = append(output, c.reduceToSingleString(res, "", [2]string{"[", "]"}, kArrayExtrasType, recurseTimes, nil))
	}
	c.indentationLvl -= 2
	if remaining := n - maxLength; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}
