package runtime

import (
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// A ModuleSet is what one Go package adds to every Runtime: core modules,
// lazy globals and start-up hooks. gonode's module packages each declare
// theirs as a package-level variable made only of constants, functions and
// addresses, which the Go compiler lays out as data, and modules/all
// registers them all with Register. So no code of a module package runs, and
// none of its part of the binary is read, before a program requires one of
// its modules: a package's init function is code in that part of the binary,
// and running it maps that part in (about 50 µs a package, in start-up
// profiles of an empty script).
type ModuleSet struct {
	// Needs are the sets whose modules these require; Register registers
	// them first.
	Needs []*ModuleSet
	// Core are the core modules.
	Core []Module
	// Globals are the lazy globals.
	Globals []Global
	// Hooks run in every Runtime as RegisterStartupHook's hooks do.
	Hooks []func(rt *Runtime) error
	// Locale, when set, makes the Runtime's implementation of the
	// built-ins' locale-sensitive methods (ECMA-402's toLocaleString and
	// its kin, Date's zone names); it runs on their first call, not at
	// start-up. One registered set may have it.
	Locale func(rt *Runtime) Locale
}

// Locale is how a Runtime's built-ins format for a locale: goja's
// LocaleHook, and the names Date's toString gives time zones.
type Locale struct {
	Hook      goja.LocaleHook
	ZoneNamer func(t time.Time) string
}

// A Module is a core module: require(Name) and require('node:' + Name) find
// it, or only require(Name) for a Name with the node: scheme (node:test).
// Names starting with "internal/" can be required only from core modules.
// Exactly one of Load and Source is set.
type Module struct {
	Name string
	// Load builds a module made in Go.
	Load ModuleLoader
	// Source is a module written in JavaScript, as JSModule runs it with the
	// file name node:<Name>; it is read and compiled on first require.
	Source *string
}

// A Global is a lazy global, defined as RegisterGlobal defines one. Its value
// is made by Value or, when Value is nil, is the property at the dotted Path
// of core module Module's exports (see ModuleGlobal).
type Global struct {
	Name         string
	Flags        GlobalFlag
	Value        func(rt *Runtime) goja.Value
	Module, Path string
}

// Register adds the modules, globals and hooks of sets, and of the sets they
// need, to every Runtime; a set registered before is skipped. It is meant to
// be called from init functions.
func Register(sets ...*ModuleSet) {
	registeredMu.Lock()
	defer registeredMu.Unlock()
	for _, set := range sets {
		register(set)
	}
}

var (
	registeredMu sync.Mutex
	registered   = map[*ModuleSet]bool{}
)

// register registers set after what it needs; registeredMu is held.
func register(set *ModuleSet) {
	if registered[set] {
		return
	}
	registered[set] = true
	for _, need := range set.Needs {
		register(need)
	}
	mods := make([]coreModule, len(set.Core))
	registryMu.Lock()
	for i := range set.Core {
		m := &set.Core[i]
		mods[i] = coreModule{load: m.Load, source: m.Source}
		registry[m.Name] = &mods[i]
	}
	registryMu.Unlock()
	for _, g := range set.Globals {
		value := g.Value
		if value == nil {
			value = ModuleGlobal(g.Module, g.Path)
		}
		RegisterGlobal(g.Name, g.Flags, value)
	}
	for _, hook := range set.Hooks {
		RegisterStartupHook(hook)
	}
	if set.Locale != nil {
		registryMu.Lock()
		localeProvider = set.Locale
		registryMu.Unlock()
	}
}

var localeProvider func(rt *Runtime) Locale

// installLocale has the built-ins' locale-sensitive methods call the
// registered Locale, which it makes on their first call: the package that
// provides it runs none of its code before a program formats.
func (rt *Runtime) installLocale() {
	registryMu.RLock()
	provide := localeProvider
	registryMu.RUnlock()
	if provide == nil {
		return
	}
	var locale *Locale
	get := func() *Locale {
		if locale == nil {
			l := provide(rt)
			locale = &l
		}
		return locale
	}
	rt.vm.SetLocaleHook(func(name string, call goja.FunctionCall) goja.Value { return get().Hook(name, call) })
	rt.vm.SetZoneNamer(func(t time.Time) string { return get().ZoneNamer(t) })
}

var (
	registryMu sync.RWMutex
	// registry is made with room for gonode's own modules (about 200),
	// which a process registers before main.
	registry = make(map[string]*coreModule, 256)
)

// coreModule is a registered core module. A module registered with its
// source gets its loader on first lookup, not at registration.
type coreModule struct {
	source *string
	once   sync.Once
	load   ModuleLoader
}

// loader returns the module's loader, making it for a JavaScript module.
func (c *coreModule) loader(name string) ModuleLoader {
	if c.source != nil {
		c.once.Do(func() { c.load = jsModule("node:"+strings.TrimPrefix(name, "node:"), c.source) })
	}
	return c.load
}

// RegisterCoreModule makes a core module available to require() in every
// Runtime. require('name') and require('node:name') both find it. Names
// starting with "internal/" can be required only from core modules. It is
// meant to be called from init functions.
func RegisterCoreModule(name string, load ModuleLoader) {
	registryMu.Lock()
	registry[name] = &coreModule{load: load}
	registryMu.Unlock()
}

// RegisterStartupHook adds a function that runs in every Runtime after the
// globals are installed and before any user code: for example to open the IPC
// channel named by NODE_CHANNEL_FD. Hooks must be cheap when they have
// nothing to do. It is meant to be called from init functions.
func RegisterStartupHook(hook func(rt *Runtime) error) {
	registryMu.Lock()
	startupHooks = append(startupHooks, hook)
	registryMu.Unlock()
}

var startupHooks []func(rt *Runtime) error

// RegisterGlobal adds a global that every Runtime defines as node defines
// its lazy globals: an accessor whose first read makes the value with
// value (typically from a module), an assignment replacing it (flags say
// otherwise: GlobalData, GlobalGetterOnly, GlobalKeptAccessor). It is
// meant to be called from init functions; nothing of value runs before the
// global is read.
func RegisterGlobal(name string, flags GlobalFlag, value func(rt *Runtime) goja.Value) {
	registryMu.Lock()
	lazyGlobals = append(lazyGlobals, lazyGlobal{name, flags, value})
	registryMu.Unlock()
}

// GlobalFlag says how RegisterGlobal defines a global.
type GlobalFlag int

const (
	// GlobalEnumerable makes the global enumerable.
	GlobalEnumerable GlobalFlag = 1 << iota
	// GlobalGetterOnly leaves the accessor without a setter, as node's
	// crypto global: an assignment does not replace it.
	GlobalGetterOnly
	// GlobalData makes the global a data property, as node's own
	// JavaScript globals (Intl, fetch, ...) are; its value is still made
	// on first access.
	GlobalData
	// GlobalKeptAccessor keeps the accessor after the first read, as
	// node's performance global: the getter returns the value made then,
	// or the last one assigned.
	GlobalKeptAccessor
)

type lazyGlobal struct {
	name  string
	flags GlobalFlag
	value func(rt *Runtime) goja.Value
}

var lazyGlobals []lazyGlobal

func lookupCore(name string) (ModuleLoader, bool) {
	registryMu.RLock()
	c, ok := registry[name]
	registryMu.RUnlock()
	if !ok {
		return nil, false
	}
	return c.loader(name), true
}
