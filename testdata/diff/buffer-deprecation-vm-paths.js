// Buffer()'s warning is left out when the first frame from a program's
// file (one whose name starts with / or has a \) is in node_modules, by
// either separator; frames of code without such a name are passed over.
'use strict';
const { spawnSync } = require('child_process');

const env = { ...process.env };
delete env.NODE_PENDING_DEPRECATION;
for (const file of ['/a/node_modules/x.js', '/a/b.js', 'c:\\a\\node_modules\\x.js', 'c:\\b.js', 'plain.js', '/node_modules/a.js']) {
  const { stderr } = spawnSync(process.execPath, ['-e', `
    require('vm').runInNewContext('new Buffer(10)', { Buffer }, { filename: ${JSON.stringify(file)} });`], { encoding: 'utf8', env });
  console.log(JSON.stringify(file), stderr.includes('[DEP0005] DeprecationWarning'));
}
