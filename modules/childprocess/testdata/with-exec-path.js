'use strict';
// Runs the program argv[3] with process.execPath set to argv[2], so that the
// children it forks run under another runtime.
const [, , execPath, program] = process.argv;
process.execPath = execPath;
process.argv.splice(1, 3, program);
require(program);
