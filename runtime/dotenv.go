package runtime

import (
	"os"
	"sort"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/dotenv"
)

// .env files as node reads them (internal/dotenv): process.loadEnvFile, and
// util.parseEnv through the core module internal/dotenv.

func init() {
	RegisterCoreModule("internal/dotenv", func(rt *Runtime, module *goja.Object) error {
		exports := rt.vm.NewObject()
		_ = exports.Set("parse", NewFunction(rt.vm, "parse", 1, func(call goja.FunctionCall) goja.Value {
			return rt.parsedEnv(dotenv.Parse(call.Argument(0).String()))
		}))
		return module.Set("exports", exports)
	})
}

// parsedEnv is util.parseEnv's object of pairs: a key's last value, the
// keys in order (node's come out of a sorted map).
func (rt *Runtime) parsedEnv(pairs [][2]string) *goja.Object {
	values := map[string]string{}
	for _, kv := range pairs {
		values[kv[0]] = kv[1]
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	o := rt.vm.NewObject()
	for _, k := range keys {
		_ = o.Set(k, values[k])
	}
	return o
}

// loadEnvFile is process.loadEnvFile(path = './.env', also for null): the
// file's variables join process.env, but for those it has already.
func (rt *Runtime) loadEnvFile(call goja.FunctionCall) goja.Value {
	path := ".env"
	if arg := call.Argument(0); !goja.IsUndefined(arg) && !goja.IsNull(arg) {
		utils, err := rt.Require("internal/fs/utils")
		if err != nil {
			rt.Rethrow(err)
		}
		validate, _ := goja.AssertFunction(utils.ToObject(rt.vm).Get("getValidatedPath"))
		v, err := validate(goja.Undefined(), arg)
		if err != nil {
			rt.Rethrow(err)
		}
		path = v.String()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		panic(rt.NewSystemError(err, "open", SysErrorExtra{Path: path}))
	}
	env := rt.process.Get("env").ToObject(rt.vm)
	for _, kv := range dotenv.Parse(string(data)) {
		if v := env.Get(kv[0]); v == nil || goja.IsUndefined(v) {
			_ = env.Set(kv[0], kv[1])
		}
	}
	return goja.Undefined()
}
