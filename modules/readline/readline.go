// Package readline implements node's 'readline' and 'readline/promises' core
// modules in embedded JavaScript: the line-splitting Interface (with a
// question prompt, async iteration and a basic terminal mode driven by
// 'keypress' events), the cursor functions, emitKeypressEvents, and the
// promise API's Interface and Readline class.
package readline

import (
	_ "embed"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/modules/stringdecoder"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed readline.js
	readlineSource string
	//go:embed promises.js
	promisesSource string
	//go:embed interface.js
	interfaceSource string
	//go:embed callbacks.js
	callbacksSource string
	//go:embed keypress.js
	keypressSource string
)

// Modules are the readline package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &stream.Modules, &stringdecoder.Modules},
	Core: []runtime.Module{
		{Name: "readline", Source: &readlineSource},
		{Name: "readline/promises", Source: &promisesSource},
		{Name: "internal/readline/interface", Source: &interfaceSource},
		{Name: "internal/readline/callbacks", Source: &callbacksSource},
		{Name: "internal/readline/emitKeypressEvents", Source: &keypressSource},
	}}
