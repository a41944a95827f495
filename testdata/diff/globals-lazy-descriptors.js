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
for (const name of names) void globalThis[name];
// (gonode makes an accessor a data property on its first read, where node
// keeps Buffer's and performance's: COMPAT.md.)
for (const name of names) if (name !== 'Buffer' && name !== 'performance') console.log('after use', kind(name));
globalThis.URL = 1;
globalThis.Buffer = 2;
console.log(URL, Buffer, delete globalThis.Intl, typeof Intl, 'Intl' in globalThis);
