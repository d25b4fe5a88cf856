'use strict';
/*
 * Socket holder for test/support/realSockets.ts: opens sockets as told, then keeps them open so
 * that their kernel state can be captured with `ss` / `netstat`. It is started inside a network
 * namespace (`ip netns exec <ns> node socket-holder.js <spec>`) and knows nothing about namespaces.
 *
 * argv[2]  JSON {title, steps, freezeWhenReady}
 *          title: becomes process.title, which on Linux sets /proc/<pid>/comm (what `ss -p` shows,
 *            cut to 15 bytes by the kernel) and /proc/<pid>/cmdline (what `netstat -p` shows).
 *          steps: run in order before reporting ready (see stepHandlers).
 *          freezeWhenReady: block the event loop for good once ready, so that listeners never
 *            accept(); Node has no other way to stop accepting. Such a holder only dies by signal.
 * stdout   one JSON object per line: {ready, pid, comm, cmdline}, then {done: id} or
 *          {failed: id, error} per command, or {fatal} before exiting on a setup error.
 * stdin    one JSON object per line: {id, steps}; end of input makes the holder exit.
 */
const net = require('node:net');
const dgram = require('node:dgram');
const fs = require('node:fs');
const readline = require('node:readline');

/** Open TCP sockets by group name; a listener's accepted sockets are grouped under its name. */
const groups = new Map();
/** Servers and UDP sockets, referenced so that they live as long as the process. */
const held = [];

function groupNamed(name) {
  let group = groups.get(name);
  if (!group) {
    group = new Set();
    groups.set(name, group);
  }
  return group;
}

/**
 * Every socket is half-open capable so that each side closes only when told:
 * onPeerEnd 'close' answers the peer's FIN with ours (a well-behaved program),
 * onPeerEnd 'hold' never does (the CLOSE_WAIT leak).
 */
function hold(socket, groupName, onPeerEnd, read = true) {
  const group = groupNamed(groupName);
  group.add(socket);
  // Resets and connect timeouts are part of some scenarios; they must not kill the holder.
  socket.on('error', () => {});
  socket.on('close', () => group.delete(socket));
  socket.on('end', () => {
    if (onPeerEnd === 'close') socket.end();
  });
  // A paused stream never reads the peer's FIN, so 'end' would never fire. Not reading is exactly
  // what read: false wants: the kernel then keeps the data in Recv-Q.
  if (read) socket.resume();
}

function connectOnce(host, port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, allowHalfOpen: true });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

const stepHandlers = {
  /** writeBytes: sent on each accepted connection (what the client does not read stays in our Send-Q). */
  listen({ name, host, port, backlog = 511, ipv6Only = false, onPeerEnd = 'close', read = true, writeBytes = 0 }) {
    return new Promise((resolve, reject) => {
      const server = net.createServer({ allowHalfOpen: true }, (socket) => {
        hold(socket, name, onPeerEnd, read);
        if (writeBytes > 0) socket.write(Buffer.alloc(writeBytes, 0x62));
      });
      server.once('error', reject);
      server.listen({ host, port, backlog, ipv6Only }, resolve);
      held.push(server);
    });
  },

  /**
   * waitFor 'connect': until every handshake completed; 'sent': until every SYN has left.
   * writeBytes: sent on each connection once it is up (what the peer does not read stays queued).
   * read: false leaves what the server sends in our Recv-Q (a client that stopped reading).
   */
  connect({ name, host, port, count = 1, onPeerEnd = 'close', waitFor = 'connect', writeBytes = 0, read = true }) {
    const connected = [];
    for (let i = 0; i < count; i++) {
      const socket = net.connect({ host, port, allowHalfOpen: true });
      hold(socket, name, onPeerEnd, read);
      connected.push(
        new Promise((resolve, reject) => {
          socket.once('connect', () => {
            if (writeBytes > 0) socket.write(Buffer.alloc(writeBytes, 0x61));
            resolve(undefined);
          });
          socket.once('error', reject);
        }),
      );
    }
    if (waitFor === 'connect') return Promise.all(connected);
    // For IP literals Node issues connect() on the next tick; by setImmediate every SYN is sent.
    connected.forEach((promise) => promise.catch(() => {}));
    return new Promise((resolve) => setImmediate(resolve));
  },

  /** Sends our FIN (shutdown(SHUT_WR)) on up to `count` sockets of the group not ended yet. */
  end({ name, count = Infinity }) {
    const open = [...groupNamed(name)].filter((socket) => !socket.writableEnded);
    open.slice(0, count).forEach((socket) => socket.end());
  },

  /** close() on up to `count` sockets of the group: they become orphans the kernel finishes alone. */
  destroy({ name, count = Infinity }) {
    [...groupNamed(name)].slice(0, count).forEach((socket) => socket.destroy());
  },

  /** Short-lived connections that we close first, each waited for until fully closed. */
  async churn({ host, port, count, parallel = 16 }) {
    let started = 0;
    const worker = async () => {
      while (started < count) {
        started++;
        const socket = await connectOnce(host, port);
        await new Promise((resolve, reject) => {
          socket.once('close', resolve);
          socket.once('error', reject);
          socket.resume();
          socket.end();
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  },

  udp({ type, address, port = 0, connectTo }) {
    return new Promise((resolve, reject) => {
      const socket = dgram.createSocket({ type });
      socket.once('error', reject);
      socket.bind({ address, port }, () => {
        if (connectTo) socket.connect(connectTo.port, connectTo.address, resolve);
        else resolve();
      });
      held.push(socket);
    });
  },
};

async function runSteps(steps) {
  for (const step of steps) {
    const handler = stepHandlers[step.op];
    if (!handler) throw new Error(`unknown step op: ${step.op}`);
    await handler(step);
  }
}

function send(message) {
  // Writes to a pipe are synchronous on Linux, so this is out before a freeze.
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function main() {
  const spec = JSON.parse(process.argv[2]);
  process.title = spec.title;
  await runSteps(spec.steps);
  send({
    ready: true,
    pid: process.pid,
    comm: fs.readFileSync('/proc/self/comm', 'utf8').replace(/\n$/, ''),
    cmdline: fs.readFileSync('/proc/self/cmdline', 'utf8').split('\0')[0],
  });
  if (spec.freezeWhenReady) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);

  readline
    .createInterface({ input: process.stdin })
    .on('line', (line) => {
      const { id, steps } = JSON.parse(line);
      runSteps(steps).then(
        () => send({ done: id }),
        (error) => send({ failed: id, error: String(error && error.stack ? error.stack : error) }),
      );
    })
    .on('close', () => process.exit(0));
}

main().catch((error) => {
  send({ fatal: String(error && error.stack ? error.stack : error) });
  process.exit(1);
});
