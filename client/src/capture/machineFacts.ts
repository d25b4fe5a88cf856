import { readlinkSync } from 'node:fs';
import * as os from 'node:os';

/** Who and where a capture ran: the machine, network namespace and user whose sockets it shows. */
export interface MachineFacts {
  readonly hostname: string;
  readonly user: string | undefined;
  readonly uid: number | undefined;
  /** `net:[4026531840]`, the inode of /proc/self/ns/net: two captures with the same one saw the same sockets. */
  readonly networkNamespace: string | undefined;
}

/**
 * The facts of the process running the capture (the extension host: under Remote-SSH the remote
 * server, in a Dev Container the container, under WSL the Linux VM). The tools it starts inherit its
 * network namespace and user, so these are theirs too.
 */
export function readMachineFacts(platform: NodeJS.Platform = process.platform): MachineFacts {
  let user: string | undefined;
  try {
    user = os.userInfo().username;
  } catch {
    // A container user without a passwd entry: the uid still says who.
  }
  let networkNamespace: string | undefined;
  if (platform === 'linux') {
    try {
      networkNamespace = readlinkSync('/proc/self/ns/net');
    } catch {
      // /proc not mounted, or hidden by a sandbox.
    }
  }
  return { hostname: os.hostname(), user, uid: process.getuid?.(), networkNamespace };
}
