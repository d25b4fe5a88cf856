#!/bin/bash
# Captures the kernel's own SYN flood messages for test/fixtures/kernel-log/ (run as root):
# in a throwaway network namespace, listeners with backlog 1 that never accept, their SYN-ACKs
# dropped by nft so the request sockets stay, get a burst of SYNs, first with tcp_syncookies=1
# ("Sending cookies"), then with 0 ("Dropping request"), over IPv4 and IPv6. The lines the kernel
# printed after a marker are saved as dmesg prints them in four time formats.
set -euo pipefail
OUT=${1:-test/fixtures/kernel-log}
NS=capture-kernel-log-$$
ip netns add "$NS"
trap 'ip netns del "$NS"' EXIT
ip -n "$NS" link set lo up
ip netns exec "$NS" nft -f - <<'NFT'
table inet capture {
  chain out {
    type filter hook output priority 0;
    tcp sport 7070-7073 tcp flags & (syn | ack) == (syn | ack) drop
  }
}
NFT
MARK="capture-kernel-log-$(date +%s%N)"
echo "$MARK" > /dev/kmsg
flood() {
  ip netns exec "$NS" sysctl -qw net.ipv4.tcp_syncookies="$1"
  ip netns exec "$NS" python3 - "$2" "$3" <<'PY'
import socket, sys, time
listeners, clients = [], []
for port, family, host in ((int(sys.argv[1]), socket.AF_INET, '127.0.0.1'), (int(sys.argv[2]), socket.AF_INET6, '::1')):
    listener = socket.socket(family)
    if family == socket.AF_INET6:
        listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    listener.bind((host, port))
    listener.listen(1)
    listeners.append(listener)
    for _ in range(8):
        client = socket.socket(family)
        client.setblocking(False)
        try:
            client.connect((host, port))
        except BlockingIOError:
            pass
        clients.append(client)
time.sleep(1)
PY
}
flood 1 7070 7071
flood 0 7072 7073
mkdir -p "$OUT"
for format in notime:dmesg-notime.txt ctime:dmesg-T.txt iso:dmesg-time-format-iso.txt; do
  LC_ALL=C dmesg --time-format "${format%%:*}" | sed -n "/$MARK/,\$p" | grep -v "$MARK" > "$OUT/${format#*:}"
done
# dmesg plain (seconds since boot) and dmesg -x (facility and level first).
LC_ALL=C dmesg | sed -n "/$MARK/,\$p" | grep -v "$MARK" > "$OUT/dmesg.txt"
LC_ALL=C dmesg -x | sed -n "/$MARK/,\$p" | grep -v "$MARK" > "$OUT/dmesg-x.txt"
uname -r > "$OUT/kernel-release"
