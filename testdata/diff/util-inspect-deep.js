const util = require('util');
let root = {};
let cur = root;
for (let i = 0; i < 100000; i++) { cur.next = {}; cur = cur.next; }
console.log(root);
console.log(util.inspect(root, { depth: 5 }));
let arr = [];
let a = arr;
for (let i = 0; i < 50000; i++) { a.push([]); a = a[0]; }
console.log(arr);
let small = {};
cur = small;
for (let i = 0; i < 30; i++) { cur.n = { i }; cur = cur.n; }
console.log(util.inspect(small, { depth: Infinity, breakLength: 200 }).length);
