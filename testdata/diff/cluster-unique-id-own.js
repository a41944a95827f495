// require('cluster') is the worker side only when NODE_UNIQUE_ID is an own
// property of process.env, as node checks it: one inherited from the
// prototype leaves the process a primary.
Object.setPrototypeOf(process.env, { NODE_UNIQUE_ID: 0 });
const cluster = require('cluster');
console.log(cluster.isPrimary, cluster.isWorker, 'NODE_UNIQUE_ID' in process.env);
