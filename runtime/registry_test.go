package runtime

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// The sets of TestRegister: top needs base, and both have a start-up hook.
var (
	registryTestSource = "module.exports = 'from source ' + require('registry-test/base');\n"
	registryTestHooks  []string
	registryTestBase   = ModuleSet{
		Core: []Module{{Name: "registry-test/base", Load: func(rt *Runtime, module *goja.Object) error {
			return module.Set("exports", "base")
		}}},
		Globals: []Global{{Name: "registryTestGlobal", Module: "registry-test/top", Path: ""}},
		Hooks:   []func(*Runtime) error{func(*Runtime) error { registryTestHooks = append(registryTestHooks, "base"); return nil }},
	}
	registryTestTop = ModuleSet{
		Needs: []*ModuleSet{&registryTestBase},
		Core:  []Module{{Name: "registry-test/top", Source: &registryTestSource}},
		Hooks: []func(*Runtime) error{func(*Runtime) error { registryTestHooks = append(registryTestHooks, "top"); return nil }},
	}
)

// TestRegister checks that Register registers the sets a set needs first
// (their hooks run first), once however often it is asked, and that a
// module given as source and a global read from a module work.
func TestRegister(t *testing.T) {
	Register(&registryTestTop, &registryTestBase)
	Register(&registryTestTop)
	registryTestHooks = nil
	var out bytes.Buffer
	rt, err := New(Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(registryTestHooks, ","); got != "base,top" {
		t.Fatalf("hooks ran %q, want base,top", got)
	}
	src := `globalThis.result = [require('registry-test/top'), require('node:registry-test/top') === registryTestGlobal].join(' ')`
	if code, err := rt.RunSource(context.Background(), "[eval]", src); err != nil || code != 0 {
		t.Fatalf("exit %d, err %v: %s", code, err, out.String())
	}
	if got, want := rt.VM().Get("result").String(), "from source base true"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
