// Package constants provides node's deprecated 'constants' core module: the
// constants of os (dlopen, errno, priority, signals), fs and crypto in one
// frozen object, which old npm code (graceful-fs, under fs-extra) still
// requires.
package constants

import (
	_ "embed"

	"github.com/gonode/gonode/modules/crypto"
	"github.com/gonode/gonode/modules/fs"
	"github.com/gonode/gonode/modules/os"
	"github.com/gonode/gonode/runtime"
)

// Modules is constants; modules/all registers it.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&crypto.Modules, &fs.Modules, &os.Modules},
	Core: []runtime.Module{
		{Name: "constants", Source: &source},
	},
}

//go:embed constants.js
var source string
