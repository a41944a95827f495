// Package fs implements node's 'fs' and 'fs/promises' core modules: the
// argument handling, callbacks, promises, Stats, Dirent, FileHandle and
// streams in embedded JavaScript (lib/), over a native binding that makes
// the system calls, on worker goroutines for the asynchronous forms.
//
// fs.watchFile polls stat() as libuv does; fs.watch (inotify), fs.cp and
// fs.openAsBlob are not implemented.
package fs

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"

	// The JavaScript half requires buffer (and internal/errors), path,
	// util (internal/util/promisify) and, for the streams, stream.
	_ "github.com/gonode/gonode/modules/buffer"
	_ "github.com/gonode/gonode/modules/path"
	_ "github.com/gonode/gonode/modules/stream"
	_ "github.com/gonode/gonode/modules/util"
)

var (
	//go:embed lib/fs.js
	fsSource string
	//go:embed lib/promises.js
	promisesSource string
	//go:embed lib/utils.js
	utilsSource string
	//go:embed lib/streams.js
	streamsSource string
	//go:embed lib/watchers.js
	watchersSource string
)

func init() {
	runtime.RegisterCoreModule("internal/fs/binding", func(rt *runtime.Runtime, module *goja.Object) error {
		b := &binding{rt: rt, vm: rt.VM()}
		b.protos.date = rt.VM().Get("Date")
		return b.load(module)
	})
	runtime.RegisterCoreModule("internal/fs/utils", runtime.JSModule("node:internal/fs/utils", utilsSource))
	runtime.RegisterCoreModule("internal/fs/promises", runtime.JSModule("node:internal/fs/promises", promisesSource))
	runtime.RegisterCoreModule("internal/fs/streams", runtime.JSModule("node:internal/fs/streams", streamsSource))
	runtime.RegisterCoreModule("internal/fs/watchers", runtime.JSModule("node:internal/fs/watchers", watchersSource))
	runtime.RegisterCoreModule("fs", runtime.JSModule("node:fs", fsSource))
	runtime.RegisterCoreModule("fs/promises", runtime.JSModule("node:fs/promises", "module.exports = require('fs').promises;\n"))
}
