'use strict';
// MessageChannel within one thread: ordered delivery, 'close' on both
// ends, receiveMessageOnPort, onmessage/addEventListener with MessageEvent,
// ref'd only while listened to; BroadcastChannel between threads.
const { Worker, MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, isMainThread } = require('worker_threads');

if (!isMainThread) {
  const bc = new BroadcastChannel('news');
  bc.onmessage = (ev) => {
    bc.postMessage('worker heard ' + ev.data);
    bc.close();
  };
  require('worker_threads').parentPort.postMessage('listening');
  return;
}

async function main() {
  console.log('globals', globalThis.MessageChannel === MessageChannel, globalThis.MessagePort === MessagePort,
    typeof MessageEvent, globalThis.BroadcastChannel === BroadcastChannel);
  {
    const { port1, port2 } = new MessageChannel();
    console.log(port1 instanceof MessagePort);
    const got = [];
    // Closing ports hold nothing open: a timer does while the closes come.
    const keepAlive = setTimeout(() => console.log('close events missing', got.slice(-3)), 5000);
    await new Promise((resolve) => {
      let closes = 0;
      const closed = (name) => {
        got.push(name);
        if (++closes === 2) resolve();
      };
      port2.on('message', (m) => {
        got.push(m);
        if (m === 99) port2.close();
      });
      port2.on('close', () => closed('port2 close'));
      port1.on('close', () => closed('port1 close'));
      for (let i = 0; i < 100; i++) port1.postMessage(i);
    });
    clearTimeout(keepAlive);
    const nums = got.filter((x) => typeof x === 'number');
    console.log('in order', nums.length, nums.every((v, i) => v === i), got.filter((x) => typeof x !== 'number'));
    port1.postMessage('after close is dropped');
  }
  {
    const { port1, port2 } = new MessageChannel();
    port1.postMessage({ a: 1 });
    port1.postMessage('two');
    console.log('receive', receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2));
    try {
      receiveMessageOnPort({});
    } catch (e) {
      console.log(e.code);
    }
    port1.close();
  }
  {
    const { port1, port2 } = new MessageChannel();
    const ev = await new Promise((resolve) => {
      port2.onmessage = resolve;
      port1.postMessage([1, 2]);
    });
    console.log('event', ev.constructor.name, ev.type, ev.data, ev instanceof MessageEvent);
    port2.onmessage = null;
    const ev2 = await new Promise((resolve) => {
      port2.addEventListener('message', resolve, { once: true });
      port2.start();
      port1.postMessage('listener');
    });
    console.log('event', ev2.data);
    port1.close();
  }
  {
    // Without listeners a port does not hold the process open; with one, it
    // does until closed. Messages wait for a listener.
    const { port1, port2 } = new MessageChannel();
    port1.postMessage('queued');
    await new Promise((r) => setTimeout(r, 5));
    const m = await new Promise((resolve) => port2.once('message', resolve));
    console.log('late listener got', m, port2.hasRef());
    port2.ref();
    console.log('hasRef after ref', port2.hasRef());
    port2.unref();
    console.log('hasRef after unref', port2.hasRef());
  }
  {
    const w = new Worker(__filename);
    // Listened to from the start: the worker may exit before its
    // broadcast reaches this thread.
    const exited = new Promise((r) => w.on('exit', r));
    const bc = new BroadcastChannel('news');
    const heard = await new Promise((resolve) => {
      bc.onmessage = (ev) => resolve(ev.data);
      w.on('message', () => bc.postMessage('hello'));
    });
    console.log('broadcast', bc.name, heard);
    bc.close();
    console.log('worker exit', await exited);
  }
  try {
    new MessagePort();
  } catch (e) {
    console.log(e.name, e.code);
  }
}
main();
