// Package readline implements node's 'readline' and 'readline/promises' core
// modules in embedded JavaScript: the line-splitting Interface (with a
// question prompt, async iteration and a basic terminal mode driven by
// 'keypress' events), the cursor functions, emitKeypressEvents, and the
// promise API's Interface and Readline class.
package readline

import (
	_ "embed"

	_ "github.com/gonode/gonode/modules/buffer"        // internal/errors
	_ "github.com/gonode/gonode/modules/stream"        // internal/streams/*
	_ "github.com/gonode/gonode/modules/stringdecoder" // string_decoder
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

func init() {
	runtime.RegisterCoreModule("readline", runtime.JSModule("node:readline", readlineSource))
	runtime.RegisterCoreModule("readline/promises", runtime.JSModule("node:readline/promises", promisesSource))
	runtime.RegisterCoreModule("internal/readline/interface", runtime.JSModule("node:internal/readline/interface", interfaceSource))
	runtime.RegisterCoreModule("internal/readline/callbacks", runtime.JSModule("node:internal/readline/callbacks", callbacksSource))
	runtime.RegisterCoreModule("internal/readline/emitKeypressEvents", runtime.JSModule("node:internal/readline/emitKeypressEvents", keypressSource))
}
