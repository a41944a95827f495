'use strict';
// cluster: the scheduling policy from NODE_CLUSTER_SCHED_POLICY, frozen at
// the first setup; a bad policy fails that setup with ERR_INTERNAL_ASSERTION.
const { execFileSync } = require('child_process');

const probe = `const c = require('cluster');
console.log(process.env.NODE_CLUSTER_SCHED_POLICY, c.schedulingPolicy, c.SCHED_NONE, c.SCHED_RR);
c.schedulingPolicy = 42;
try { c.setupPrimary(); } catch (e) { console.log(e.code, e.name, JSON.stringify(e.message)); }
c.schedulingPolicy = c.SCHED_NONE;
c.setupPrimary();
console.log('second setup passes; policy property', c.schedulingPolicy);`;

for (const policy of [undefined, 'rr', 'none', 'RR', '']) {
  const env = { ...process.env };
  delete env.NODE_CLUSTER_SCHED_POLICY;
  if (policy !== undefined) env.NODE_CLUSTER_SCHED_POLICY = policy;
  process.stdout.write(execFileSync(process.execPath, ['-e', probe], { env, encoding: 'utf8' }));
}
