// Package fs implements node's 'fs' and 'fs/promises' core modules: the
// argument handling, callbacks, promises, Stats, Dirent, FileHandle and
// streams in embedded JavaScript (lib/), over a native binding that makes
// the system calls, on worker goroutines for the asynchronous forms.
//
// fs.watchFile polls stat() as libuv does; fs.watch watches with inotify
// (inotify.go), as libuv does. fs.cp and fs.openAsBlob are not implemented.
package fs

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/path"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/modules/url"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
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
	//go:embed lib/cp.js
	cpSource string
)

// Modules are the fs package's core modules; modules/all registers them.
// The JavaScript half requires buffer (and internal/errors), path, util
// (internal/util/promisify) and, for the streams, stream.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &path.Modules, &stream.Modules, &url.Modules, &util.Modules},
	Core: []runtime.Module{
		{Name: "internal/fs/binding", Load: func(rt *runtime.Runtime, module *goja.Object) error {
			b := &binding{rt: rt, vm: rt.VM(), notifier: notifier{rt: rt}}
			b.protos.date = rt.VM().Get("Date")
			return b.load(module)
		}},
		{Name: "internal/fs/utils", Source: &utilsSource},
		{Name: "internal/fs/promises", Source: &promisesSource},
		{Name: "internal/fs/streams", Source: &streamsSource},
		{Name: "internal/fs/watchers", Source: &watchersSource},
		{Name: "internal/fs/cp", Source: &cpSource},
		{Name: "fs", Source: &fsSource},
		{Name: "fs/promises", Source: &fsPromisesSource},
	}}

var fsPromisesSource = "module.exports = require('fs').promises;\n"
