import type { Localized } from '../i18n/localized';

/**
 * Shown under the hovers of the three tcp_keepalive_* keys: how Linux keepalive compares with the idle
 * timeouts people meet on load balancers, web servers and HTTP clients, and what goes wrong in between.
 */
export const KEEPALIVE_ELSEWHERE: Localized = {
  en:
    'Linux probes only sockets that enabled `SO_KEEPALIVE`, and by default waits **7200 s** of idle time before the first probe, then sends up to **9** probes **75 s** apart: a dead peer is noticed after 7200 + 75 × 9 = **7875 s** (about 2 h 11 min). Devices and servers on the path forget idle connections much sooner:\n\n' +
    '- **F5 BIG-IP**: the TCP profile\'s *Idle Timeout* is 300 s by default; the same profile also has *Keep Alive Interval* (keepalives sent by the BIG-IP itself) and *Time Wait*.\n' +
    '- **AWS Network Load Balancer**: TCP idle timeout 350 s by default (adjustable per listener, 60–6000 s).\n' +
    '- **Apache httpd 2.4**: `KeepAlive On`, `MaxKeepAliveRequests 100`, `KeepAliveTimeout 5`: the server closes an idle HTTP keep-alive connection after 5 s (httpd 2.0 defaulted to 15 s).\n' +
    '- **Java `HttpURLConnection`**: `http.keepAlive=true`, and `http.maxConnections=5` idle connections kept per destination in its keep-alive cache.\n\n' +
    '**Typical failure**: a client pool keeps a connection idle longer than a middlebox\'s idle timeout (say 300 s on a BIG-IP). The middlebox silently drops the flow; the kernel would probe only after 7200 s, so neither end notices. The next request on that connection vanishes or meets an RST: it hangs until the application timeout or fails with "connection reset by peer", typically right after a quiet period.\n\n' +
    '**Fixes**: lower `tcp_keepalive_time` below the shortest idle timeout on the path (e.g. 240 s for a 300 s BIG-IP) and make sure the application enables `SO_KEEPALIVE` (or sets `TCP_KEEPIDLE` itself); or use application-level heartbeats; or let the pool evict connections idle longer than the server or middlebox timeout and validate them before reuse. Server-side timeouts such as Apache 2.4\'s 5 s close cleanly with a FIN, which the pool must also notice before reusing the connection.',
  zh:
    'Linux 只对开启了 `SO_KEEPALIVE` 的 socket 做保活探测，默认空闲 **7200 秒** 后才发第一个探测，之后每 **75 秒** 一个、最多 **9** 个：对端失联要 7200 + 75 × 9 = **7875 秒**（约 2 小时 11 分）才会被发现。而链路上的设备和服务端清理空闲连接要早得多：\n\n' +
    '- **F5 BIG-IP**：TCP profile 的 *Idle Timeout* 默认 300 秒；同一个 profile 里还有 *Keep Alive Interval*（BIG-IP 自己发送保活探测的间隔）和 *Time Wait*。\n' +
    '- **AWS NLB（网络负载均衡器）**：TCP 空闲超时默认 350 秒（可按监听器调整，范围 60–6000 秒）。\n' +
    '- **Apache httpd 2.4**：`KeepAlive On`、`MaxKeepAliveRequests 100`、`KeepAliveTimeout 5`：空闲的 HTTP 长连接 5 秒后由服务端关闭（httpd 2.0 的默认值是 15 秒）。\n' +
    '- **Java `HttpURLConnection`**：`http.keepAlive=true`；`http.maxConnections=5`，即长连接缓存中每个目标最多保留 5 个空闲连接。\n\n' +
    '**典型故障**：客户端连接池里的连接空闲时间超过了中间设备的空闲超时（比如 BIG-IP 的 300 秒），中间设备悄悄删掉了这条流；内核却要到 7200 秒才探测，两端都毫无察觉。下一个请求发到这条连接上就石沉大海或收到 RST：要么一直卡到应用超时，要么报 "connection reset by peer"，而且往往出现在一段空闲之后。\n\n' +
    '**解决办法**：把 `tcp_keepalive_time` 调到链路上最短空闲超时以下（例如 BIG-IP 为 300 秒时设成 240 秒），并确认应用开启了 `SO_KEEPALIVE`（或自行设置 `TCP_KEEPIDLE`）；或者使用应用层心跳；或者让连接池淘汰空闲时间超过服务端或中间设备超时的连接，并在复用前做校验。像 Apache 2.4 的 5 秒这样的服务端超时会用 FIN 正常关闭连接，连接池同样要在复用前察觉到这一点。',
};

/** A keepalive or idle-timeout setting of another product that people paste next to sysctl keys. */
export interface ForeignKeepaliveSetting {
  /** Spellings as they appear in that product's configuration or UI (matched ignoring case). */
  readonly names: readonly string[];
  readonly product: string;
  readonly meaning: Localized;
  /** How it relates to the Linux settings. */
  readonly linux: Localized;
}

export const FOREIGN_KEEPALIVE_SETTINGS: readonly ForeignKeepaliveSetting[] = [
  {
    names: ['KeepAlive'],
    product: 'Apache httpd',
    meaning: {
      en: '`KeepAlive On|Off` (default On): whether a client may send several HTTP requests over one TCP connection.',
      zh: '`KeepAlive On|Off`（默认 On）：是否允许客户端在同一条 TCP 连接上发送多个 HTTP 请求。',
    },
    linux: {
      en: 'HTTP keep-alive, not TCP keepalive: it sends no probes. It is unrelated to `net.ipv4.tcp_keepalive_*`, but turning it off makes the server close after every request, so TIME_WAIT piles up on the server.',
      zh: '这是 HTTP 长连接，不是 TCP 保活：它不发送探测，与 `net.ipv4.tcp_keepalive_*` 无关；但关闭它会让服务端在每个请求后主动断开，TIME_WAIT 会堆积在服务端。',
    },
  },
  {
    names: ['MaxKeepAliveRequests'],
    product: 'Apache httpd',
    meaning: {
      en: '`MaxKeepAliveRequests 100` (default): requests served on one connection before the server closes it; 0 means no limit.',
      zh: '`MaxKeepAliveRequests 100`（默认）：一条连接上处理多少个请求后由服务端关闭；0 表示不限制。',
    },
    linux: {
      en: 'Each close by the server leaves a TIME_WAIT socket on the server; raising it (e.g. 1000) means fewer reconnects. No sysctl equivalent.',
      zh: '服务端每关闭一次就在服务端留下一个 TIME_WAIT；调大（如 1000）可减少重连。没有对应的 sysctl。',
    },
  },
  {
    names: ['KeepAliveTimeout'],
    product: 'Apache httpd',
    meaning: {
      en: '`KeepAliveTimeout 5` (seconds; the default of httpd 2.4, while httpd 2.0 defaulted to 15): how long the server waits for the next request on an idle keep-alive connection before closing it.',
      zh: '`KeepAliveTimeout 5`（单位秒；这是 httpd 2.4 的默认值，httpd 2.0 的默认值是 15）：空闲的长连接上服务端等待下一个请求多久后将其关闭。',
    },
    linux: {
      en: 'An application idle timeout, far shorter than `tcp_keepalive_time` (7200 s). Client pools must drop idle connections before this, or they reuse a connection the server is closing and get a reset.',
      zh: '这是应用层空闲超时，远短于 `tcp_keepalive_time`（7200 秒）。客户端连接池必须在此之前淘汰空闲连接，否则会复用一条正在被服务端关闭的连接并收到 RST。',
    },
  },
  {
    names: ['http.keepAlive'],
    product: 'Java (HttpURLConnection)',
    meaning: {
      en: 'System property `http.keepAlive` (default true): whether `HttpURLConnection` keeps connections open for reuse.',
      zh: '系统属性 `http.keepAlive`（默认 true）：`HttpURLConnection` 是否保留连接以便复用。',
    },
    linux: {
      en: 'HTTP connection reuse, not TCP keepalive probes. With it false every request opens and closes a connection: TIME_WAIT on the client and port exhaustion under load.',
      zh: '这是 HTTP 连接复用，不是 TCP 保活探测。设为 false 时每个请求都新建并关闭连接：客户端 TIME_WAIT 堆积，高负载下会耗尽端口。',
    },
  },
  {
    names: ['http.maxConnections'],
    product: 'Java (HttpURLConnection)',
    meaning: {
      en: 'System property `http.maxConnections` (default 5): idle connections kept per destination in the keep-alive cache.',
      zh: '系统属性 `http.maxConnections`（默认 5）：长连接缓存中每个目标最多保留的空闲连接数。',
    },
    linux: {
      en: 'Under concurrency above 5 the extra connections are closed after use, so the client keeps opening new ones (TIME_WAIT, ephemeral ports). Raise it to the expected concurrency.',
      zh: '并发超过 5 时，多出的连接用完即关闭，客户端只好不断新建连接（TIME_WAIT、临时端口消耗）。应调到预期的并发数。',
    },
  },
  {
    names: ['Keep Alive Interval', 'keep-alive-interval'],
    product: 'F5 BIG-IP (TCP profile)',
    meaning: {
      en: '*Keep Alive Interval*: how often the BIG-IP itself sends TCP keepalives on an idle connection of this profile (seconds).',
      zh: '*Keep Alive Interval*：BIG-IP 自己在该 profile 的空闲连接上发送 TCP 保活的间隔（秒）。',
    },
    linux: {
      en: 'The BIG-IP\'s counterpart of `tcp_keepalive_time`/`tcp_keepalive_intvl`. It keeps the flow alive in the BIG-IP only if it is shorter than the profile\'s *Idle Timeout*.',
      zh: '相当于 BIG-IP 上的 `tcp_keepalive_time`/`tcp_keepalive_intvl`。只有比该 profile 的 *Idle Timeout* 短，才能让连接在 BIG-IP 上保持存活。',
    },
  },
  {
    names: ['Idle Timeout', 'idle-timeout'],
    product: 'F5 BIG-IP (TCP profile)',
    meaning: {
      en: '*Idle Timeout* (300 s by default): the BIG-IP forgets a connection that has been silent this long, usually without telling either end.',
      zh: '*Idle Timeout*（默认 300 秒）：连接静默超过这个时间，BIG-IP 就会忘掉它，通常不会通知任何一端。',
    },
    linux: {
      en: 'Keep `net.ipv4.tcp_keepalive_time` below it (e.g. 240 s) on hosts whose applications enable `SO_KEEPALIVE`, or connections die silently after idle periods.',
      zh: '在应用开启了 `SO_KEEPALIVE` 的主机上，把 `net.ipv4.tcp_keepalive_time` 设得比它小（如 240 秒），否则连接会在空闲一段时间后悄无声息地失效。',
    },
  },
  {
    names: ['Time Wait', 'time-wait-timeout'],
    product: 'F5 BIG-IP (TCP profile)',
    meaning: {
      en: '*Time Wait*: how long the BIG-IP keeps a closed connection in TIME_WAIT (milliseconds).',
      zh: '*Time Wait*：BIG-IP 把已关闭的连接保留在 TIME_WAIT 中多久（毫秒）。',
    },
    linux: {
      en: 'Linux has no such setting: its TIME_WAIT is a fixed 60 s, and `tcp_fin_timeout` does not change it.',
      zh: 'Linux 没有对应的设置：其 TIME_WAIT 固定为 60 秒，`tcp_fin_timeout` 也改变不了它。',
    },
  },
];
