const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gn-'));
fs.writeFileSync(path.join(dir, 'bad.js'), 'let x = ;');
try { require(path.join(dir, 'bad.js')); } catch (e) { console.log(e.name); }
fs.rmSync(dir, { recursive: true });
