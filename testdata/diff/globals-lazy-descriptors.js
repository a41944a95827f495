'use strict';
// The kind of property (data or accessor, and its attributes) of each of
// node's globals that gonode makes on first access, before and after the
// first access, and assignment and deletion of a few.
const names = [
  'console', 'Buffer', 'atob', 'btoa', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  'Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException',
  'WeakRef', 'FinalizationRegistry', 'Intl', 'fetch', 'structuredClone', 'crypto', 'performance',
  'Blob', 'Headers', 'Request', 'Response', 'FormData', 'MessageChannel', 'ReadableStream',
];
const kind = (name) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!d) return `${name}: none`;
  const flags = `${d.enumerable ? 'E' : ''}${d.configurable ? 'C' : ''}`;
  return d.get ? `${name}: accessor${d.set ? '+set' : ''} ${flags}` : `${name}: data${d.writable ? ' W' : ''} ${flags}`;
};
for (const name of names) console.log(kind(name));
const accessorNames = (name) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  return d.get ? `${name}: ${d.get.name}/${d.get.length} ${d.set ? `${d.set.name}/${d.set.length}` : '-'}` : `${name}: data`;
};
// (node names Buffer's accessors get and set, the others get X and set X.)
for (const name of names) if (name !== 'Buffer' && name !== 'DOMException') console.log(accessorNames(name));
for (const name of names) void globalThis[name];
for (const name of names) console.log('after use', kind(name));
globalThis.URL = 1;
globalThis.Buffer = 2;
globalThis.performance = 3;
console.log(URL, Buffer, performance, kind('URL'), kind('Buffer'), kind('performance'));
console.log(delete globalThis.Intl, typeof Intl, 'Intl' in globalThis);
