package console_test

import (
	"github.com/gonode/gonode/modules/console"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/runtime"
)

// The tests run runtimes in this process: register the modules they require
// (process.stdout and process.stderr are streams).
func init() { runtime.Register(&console.Modules, &stream.Modules) }
