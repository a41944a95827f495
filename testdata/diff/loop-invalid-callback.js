for (const f of [() => setTimeout('x'), () => setImmediate(1), () => process.nextTick(null), () => queueMicrotask(2)]) {
  try { f(); } catch (e) { console.log(e.name, e.code); }
}
