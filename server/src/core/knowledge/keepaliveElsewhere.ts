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
    '- **Apache httpd 2.4**: `KeepAlive On`, `MaxKeepAliveRequests 100`, `KeepAliveTimeout 5`: the server closes an idle HTTP keep-alive connection after 5 s.\n' +
    '- **Java `HttpURLConnection`**: `http.keepAlive=true`, and `http.maxConnections=5` idle connections kept per destination in its keep-alive cache.\n\n' +
    '**Typical failure**: a client pool keeps a connection idle longer than a middlebox\'s idle timeout (say 300 s on a BIG-IP). The middlebox silently drops the flow; the kernel would probe only after 7200 s, so neither end notices. The next request on that connection vanishes or meets an RST: it hangs until the application timeout or fails with "connection reset by peer", typically right after a quiet period.\n\n' +
    '**Fixes**: lower `tcp_keepalive_time` below the shortest idle timeout on the path (e.g. 240 s for a 300 s BIG-IP) and make sure the application enables `SO_KEEPALIVE` (or sets `TCP_KEEPIDLE` itself); or use application-level heartbeats; or let the pool evict connections idle longer than the server or middlebox timeout and validate them before reuse. Server-side timeouts such as Apache\'s 5 s close cleanly with a FIN, which the pool must also notice before reusing the connection.',
  zh:
    'Linux 只对开启了 `SO_KEEPALIVE` 的 socket 做保活探测，默认空闲 **7200 秒** 后才发第一个探测，之后每 **75 秒** 一个、最多 **9** 个：对端失联要 7200 + 75 × 9 = **7875 秒**（约 2 小时 11 分）才会被发现。而链路上的设备和服务端清理空闲连接要早得多：\n\n' +
    '- **F5 BIG-IP**：TCP profile 的 *Idle Timeout* 默认 300 秒；同一个 profile 里还有 *Keep Alive Interval*（BIG-IP 自己发送保活探测的间隔）和 *Time Wait*。\n' +
    '- **AWS NLB（网络负载均衡器）**：TCP 空闲超时默认 350 秒（可按监听器调整，范围 60–6000 秒）。\n' +
    '- **Apache httpd 2.4**：`KeepAlive On`、`MaxKeepAliveRequests 100`、`KeepAliveTimeout 5`：空闲的 HTTP 长连接 5 秒后由服务端关闭。\n' +
    '- **Java `HttpURLConnection`**：`http.keepAlive=true`；`http.maxConnections=5`，即长连接缓存中每个目标最多保留 5 个空闲连接。\n\n' +
    '**典型故障**：客户端连接池里的连接空闲时间超过了中间设备的空闲超时（比如 BIG-IP 的 300 秒），中间设备悄悄删掉了这条流；内核却要到 7200 秒才探测，两端都毫无察觉。下一个请求发到这条连接上就石沉大海或收到 RST：要么一直卡到应用超时，要么报 "connection reset by peer"，而且往往出现在一段空闲之后。\n\n' +
    '**解决办法**：把 `tcp_keepalive_time` 调到链路上最短空闲超时以下（例如 BIG-IP 为 300 秒时设成 240 秒），并确认应用开启了 `SO_KEEPALIVE`（或自行设置 `TCP_KEEPIDLE`）；或者使用应用层心跳；或者让连接池淘汰空闲时间超过服务端或中间设备超时的连接，并在复用前做校验。像 Apache 5 秒这样的服务端超时会用 FIN 正常关闭连接，连接池同样要在复用前察觉到这一点。',
};
