// Package inspector provides node's 'inspector' core module without the V8
// inspector protocol behind it: gonode has no debugger to attach. A
// Session connects and disconnects as node's does, and every command it
// posts fails as one the inspector does not know; open() refuses,
// url() is undefined. Packages that make a session up front (@pm2/io, in
// every pm2 process) then load and run; profiling through it reports the
// error. It is plain JavaScript, loaded on first require.
package inspector

import (
	_ "embed"

	"github.com/gonode/gonode/runtime"
)

// Modules is inspector; modules/all registers it.
var Modules = runtime.ModuleSet{
	Core: []runtime.Module{
		{Name: "inspector", Source: &source},
		{Name: "inspector/promises", Source: &promisesSource},
	},
}

//go:embed inspector.js
var source string

// promisesSource is inspector/promises: the same module, with a Session
// whose post returns a promise.
var promisesSource = `'use strict';
const inspector = require('inspector');

class Session extends inspector.Session {
  post(method, params) {
    return new Promise((resolve, reject) => {
      super.post(method, params, (err, result) => (err ? reject(err) : resolve(result)));
    });
  }
}

module.exports = { ...inspector, Session };
`
