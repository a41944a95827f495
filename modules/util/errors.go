package util

import (
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
)

// stackString is node's getStackString.
func (c *inspector) stackString(err *goja.Object) string {
	if s := c.get(err, propKey{name: "stack"}); s.ToBoolean() {
		return s.String()
	}
	return call(c.st.errorToString, err).String()
}

// formatError is node's formatError: the stack, improved to show the
// constructor, with the frames shared with the cause elided.
func (c *inspector) formatError(err *goja.Object, constructor string, null bool, tag string, keys []propKey) (string, []propKey) {
	name := "Error"
	if n := err.Get("name"); n != nil && !goja.IsUndefined(n) && !goja.IsNull(n) {
		name = n.String()
	}
	stack := c.stackString(err)

	keys = c.removeDuplicateErrorKeys(keys, err, stack)
	if err.Get("cause") != nil && !hasKey(keys, "cause") {
		keys = append(keys, propKey{name: "cause"})
	}
	if e, ok := err.Get("errors").(*goja.Object); ok && e.ClassName() == "Array" && !hasKey(keys, "errors") {
		keys = append(keys, propKey{name: "errors"})
	}

	stack = improveStack(stack, constructor, null, name, tag)

	// Skip the message when looking for the frames.
	pos := -1
	if msg := err.Get("message"); msg != nil && msg.ToBoolean() {
		if i := strings.Index(stack, msg.String()); i > 0 {
			pos = i
			if goja.IsString(msg) {
				pos += len(msg.String())
			} else {
				pos = 0
			}
		}
	}
	if pos < 0 {
		pos = 0
	}
	stackStart := -1
	if pos <= len(stack) {
		if i := strings.Index(stack[pos:], "\n    at"); i >= 0 {
			stackStart = pos + i
		}
	}
	if stackStart == -1 {
		stack = "[" + stack + "]"
	} else {
		newStack := stack[:stackStart]
		lines := c.stackFrames(err, stack[stackStart+1:])
		if c.opts.Colors {
			newStack += c.colorFrames(lines)
		} else {
			newStack += "\n" + strings.Join(lines, "\n")
		}
		stack = newStack
	}
	if c.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", c.indentationLvl))
	}
	return stack, keys
}

func hasKey(keys []propKey, name string) bool {
	for _, k := range keys {
		if k.sym == nil && k.name == name {
			return true
		}
	}
	return false
}

// removeDuplicateErrorKeys hides name, message and stack when the stack
// already shows them.
func (c *inspector) removeDuplicateErrorKeys(keys []propKey, err *goja.Object, stack string) []propKey {
	if c.opts.ShowHidden || len(keys) == 0 {
		return keys
	}
	for _, name := range []string{"name", "message", "stack"} {
		for i, k := range keys {
			if k.sym == nil && k.name == name {
				if strings.Contains(stack, c.get(err, k).String()) {
					keys = append(keys[:i:i], keys[i+1:]...)
				}
				break
			}
		}
	}
	return keys
}

// errorNameStart and errorNameOnly are the patterns of improveStack,
// compiled on first use.
func errorNameStart() *regexp.Regexp {
	return errorNameStartLazy.Get(func() *regexp.Regexp {
		return regexp.MustCompile(`^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)`)
	})
}

var errorNameStartLazy lazy.Value[*regexp.Regexp]

func errorNameOnly() *regexp.Regexp {
	return errorNameOnlyLazy.Get(func() *regexp.Regexp { return regexp.MustCompile(`^([a-z_A-Z0-9-]*Error)$`) })
}

var errorNameOnlyLazy lazy.Value[*regexp.Regexp]

// improveStack makes the first line name the constructor when it differs
// from the error's name.
func improveStack(stack, constructor string, null bool, name, tag string) string {
	l := len(name)
	if !null && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == l || stack[l] == ':' || stack[l] == '\n')) {
		return stack
	}
	fallback := "Error"
	if null {
		m := errorNameStart().FindStringSubmatch(stack)
		if m == nil {
			m = errorNameOnly().FindStringSubmatch(stack)
		}
		fallback = ""
		if m != nil {
			fallback = m[1]
		}
		l = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	prefix := getPrefix(constructor, null, tag, fallback, "")
	prefix = prefix[:len(prefix)-1]
	if name == prefix {
		return stack
	}
	if strings.Contains(prefix, name) {
		if l == 0 {
			return prefix + ": " + stack
		}
		return prefix + stack[l:]
	}
	return prefix + " [" + name + "]" + stack[l:]
}

// stackFrames splits the frames and elides those shared with err.cause.
func (c *inspector) stackFrames(err *goja.Object, stack string) []string {
	frames := strings.Split(stack, "\n")
	var cause goja.Value
	if ex := c.vm.Try(func() { cause = err.Get("cause") }); ex != nil {
		return frames
	}
	co, ok := cause.(*goja.Object)
	if !ok || !c.isError(co) {
		return frames
	}
	causeStack := c.stackString(co)
	start := strings.Index(causeStack, "\n    at")
	if start == -1 {
		return frames
	}
	causeFrames := strings.Split(causeStack[start+1:], "\n")
	length, offset := identicalSequenceRange(frames, causeFrames)
	if length > 0 {
		skipped := length - 2
		msg := c.stylize("    ... "+strconv.Itoa(skipped)+" lines matching cause stack trace ...", "undefined")
		frames = append(frames[:offset+1], append([]string{msg}, frames[offset+1+skipped:]...)...)
	}
	return frames
}

func (c *inspector) isError(o *goja.Object) bool {
	if _, isProxy := proxyOf(o); isProxy {
		return false
	}
	return o.ClassName() == "Error" || c.inherits(o, c.st.errorPrototype)
}

// identicalSequenceRange finds the longest run (over 3 entries) of a that
// also appears in b.
func identicalSequenceRange(a, b []string) (length, offset int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, s := range b {
			if s == a[i] {
				pos = j
				break
			}
		}
		if pos == -1 {
			continue
		}
		rest := len(b) - pos
		if rest > 3 {
			l := 1
			maxLen := min(len(a)-i, rest)
			for maxLen > l && a[i+l] == b[pos+l] {
				l++
			}
			if l > 3 {
				return l, i
			}
		}
	}
	return 0, 0
}

func coreFrame() *regexp.Regexp {
	return coreFrameLazy.Get(func() *regexp.Regexp {
		return regexp.MustCompile(`^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$`)
	})
}

var coreFrameLazy lazy.Value[*regexp.Regexp]

// builtinModules are node's public core module names, as a set built on
// first use.
func builtinModules() map[string]bool {
	return builtinModulesLazy.Get(func() map[string]bool {
		set := map[string]bool{}
		for _, m := range strings.Fields(`_http_agent _http_client _http_common _http_incoming
		_http_outgoing _http_server _stream_duplex _stream_passthrough _stream_readable
		_stream_transform _stream_wrap _stream_writable _tls_common _tls_wrap assert
		assert/strict async_hooks buffer child_process cluster console constants crypto dgram
		diagnostics_channel dns dns/promises domain events fs fs/promises http http2 https
		inspector inspector/promises module net os path path/posix path/win32 perf_hooks
		process punycode querystring readline readline/promises repl stream stream/consumers
		stream/promises stream/web string_decoder sys timers timers/promises tls trace_events
		tty url util util/types v8 vm wasi worker_threads zlib`) {
			set[m] = true
		}
		return set
	})
}

var builtinModulesLazy lazy.Value[map[string]bool]

// isBuiltinModule approximates node's BuiltinModule.exists: the public
// modules and the internal ones.
func isBuiltinModule(id string) bool {
	return builtinModules()[id] || strings.HasPrefix(id, "internal/")
}

// colorFrames highlights frames as node does with colors: core frames grey,
// node_modules package names underlined, the working directory grey.
func (c *inspector) colorFrames(lines []string) string {
	var b strings.Builder
	cwd, cwdErr := os.Getwd()
	for _, line := range lines {
		if m := coreFrame().FindStringSubmatch(line); m != nil && isBuiltinModule(m[1]) {
			b.WriteString("\n" + c.stylize(line, "undefined"))
			continue
		}
		b.WriteString("\n")
		line = c.markNodeModules(line)
		if cwdErr == nil {
			nl := c.markCwd(line, cwd)
			if nl == line {
				nl = c.markCwd(line, (&url.URL{Scheme: "file", Path: cwd}).String())
			}
			line = nl
		}
		b.WriteString(line)
	}
	return b.String()
}

func (c *inspector) markNodeModules(line string) string {
	var temp strings.Builder
	lastPos, searchFrom := 0, 0
	for {
		i := strings.Index(line[searchFrom:], "node_modules")
		if i < 0 {
			break
		}
		p := searchFrom + i
		var sep, after byte
		if p > 0 {
			sep = line[p-1]
		}
		if p+12 < len(line) {
			after = line[p+12]
		}
		if (after != '/' && after != '\\') || (sep != '/' && sep != '\\') {
			searchFrom = p + 1
			continue
		}
		moduleStart := p + 13
		temp.WriteString(line[lastPos:moduleStart])
		moduleEnd := indexFrom(line, sep, moduleStart)
		if moduleStart < len(line) && line[moduleStart] == '@' {
			moduleEnd = indexFrom(line, sep, moduleEnd+1)
		}
		if moduleEnd < 0 {
			moduleEnd = len(line)
		}
		temp.WriteString(c.stylize(line[moduleStart:moduleEnd], "module"))
		lastPos, searchFrom = moduleEnd, moduleEnd
	}
	if lastPos != 0 {
		return temp.String() + line[lastPos:]
	}
	return line
}

func indexFrom(s string, c byte, from int) int {
	if from < 0 || from > len(s) {
		return -1
	}
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

func (c *inspector) markCwd(line, wd string) string {
	start := strings.Index(line, wd)
	if start == -1 {
		return line
	}
	n := len(wd)
	if start >= 7 && line[start-7:start] == "file://" {
		n += 7
		start -= 7
	}
	s := start
	if start > 0 && line[start-1] == '(' {
		s = start - 1
	}
	end := len(line)
	if s != start && strings.HasSuffix(line, ")") {
		end = len(line) - 1
	}
	wdEnd := min(start+n+1, len(line))
	out := line[:s] + c.stylize(line[s:wdEnd], "undefined")
	if wdEnd < end {
		out += line[wdEnd:end]
	}
	if end == len(line)-1 && s != start {
		out += c.stylize(")", "undefined")
	}
	return out
}
