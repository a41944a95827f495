'use strict';
// resolve and relative against the working directory, and process.chdir.
const path = require('path');
const cwd = process.cwd();
console.log(path.resolve('x') === path.join(cwd, 'x'), path.resolve('..') === path.dirname(cwd), path.resolve('') === cwd);
console.log(path.relative('', cwd), path.relative(cwd, ''), path.relative('a/b', 'a/c'), path.relative('../x', '../y'));
console.log(path.toNamespacedPath('rel'), path.toNamespacedPath('/abs'), path.toNamespacedPath(''), path._makeLong('q'));
process.chdir('/');
console.log(path.resolve('x'), path.resolve('../../..'), path.relative('a', '/b'), path.relative('/b', 'a'));
process.chdir('/tmp');
console.log(path.resolve('y') === '/tmp/y' || path.resolve('y'), path.relative('/tmp/a', 'b'));
process.chdir(cwd);
console.log(path.resolve('z') === path.join(cwd, 'z'));
