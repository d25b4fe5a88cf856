import type { Localized } from '../../i18n/localized';
import type { SysctlKeyDoc } from '../types';
import { offOn } from './enumValues';

/**
 * dev.* keys registered by drivers: CD-ROM, software RAID, HPET and the old RTC driver, Intel GPU
 * performance streams, IPMI power-off, Mac mouse-button emulation, SCSI logging; and the roots of
 * their own that the Xen balloon driver (`xen.balloon`) and SGI's XPC (`xpc`) register.
 *
 * Facts from the 6.12 Debian tree: drivers/cdrom/cdrom.c (autoclose 1, autoeject 0, check_media 0,
 * debug 0, lock 1), drivers/md/md.c (speed limits 1000 / 200000 KiB/s), drivers/char/hpet.c (64 Hz),
 * drivers/gpu/drm/i915/i915_perf.c (paranoid 1, 100000 Hz), drivers/gpu/drm/xe/xe_observation.c,
 * drivers/char/ipmi/ipmi_poweroff.c, drivers/macintosh/mac_hid.c (KEY_RIGHTCTRL 97,
 * KEY_RIGHTALT 100), drivers/scsi/scsi_sysctl.c, drivers/xen/balloon.c, drivers/misc/sgi-xp/xpc_main.c
 * and xpc.h (5 s, 20 s, 90 s); drivers/char/rtc.c of 5.4 for the old RTC driver.
 */

const CDROM_MODULE: Localized = {
  en: 'Exists once the `cdrom` module is loaded (a CD/DVD drive or a virtual one, as many VMs have); one value for every drive.',
  zh: '加载 `cdrom` 模块后才存在（物理或虚拟光驱，很多虚拟机都带一个）；对所有光驱生效。',
};

function cdromFlag(key: string, defaultValue: '0' | '1', summary: Localized, off: Localized, on: Localized): SysctlKeyDoc {
  return {
    key,
    type: 'bool',
    default: defaultValue,
    values: offOn(off, on),
    perNamespace: false,
    related: ['dev.cdrom.info'],
    summary,
    details: CDROM_MODULE,
  };
}

const RAID_MODULE: Localized = {
  en: 'Applies to every md (software RAID) array; each array can override it in /sys/block/mdX/md/. Exists once the `md_mod` module is loaded.',
  zh: '对所有 md（软 RAID）阵列生效；每个阵列可以在 /sys/block/mdX/md/ 下单独覆盖。加载 `md_mod` 模块后才存在。',
};

const XPC_MODULE: Localized = {
  en: 'Belongs to XPC, the cross-partition communication of SGI UV machines split into partitions; exists once the `xpc` module is loaded (CONFIG_SGI_XP).',
  zh: '属于 XPC，即划分为多个分区的 SGI UV 机器上的跨分区通信；加载 `xpc` 模块（CONFIG_SGI_XP）后才存在。',
};

export const DEV_MORE_KEYS: readonly SysctlKeyDoc[] = [
  cdromFlag(
    'dev.cdrom.autoclose',
    '1',
    { en: 'Whether opening a CD/DVD device closes its open tray first.', zh: '打开光驱设备时，是否先自动关上弹出的托盘。' },
    { en: 'Leave the tray open.', zh: '保持托盘打开。' },
    { en: 'Close the tray on open (default).', zh: '打开设备时关上托盘（默认）。' },
  ),
  cdromFlag(
    'dev.cdrom.autoeject',
    '0',
    { en: 'Whether the tray is ejected when the last user closes the device (after unmount).', zh: '最后一个使用者关闭设备（卸载后）时是否自动弹出托盘。' },
    { en: 'Keep the disc in (default).', zh: '不弹出（默认）。' },
    { en: 'Eject on last close.', zh: '最后一次关闭时弹出。' },
  ),
  cdromFlag(
    'dev.cdrom.check_media',
    '0',
    { en: 'Whether opening the device checks that the disc type matches what is asked for.', zh: '打开设备时是否检查光盘类型与请求是否一致。' },
    { en: 'No check (default).', zh: '不检查（默认）。' },
    { en: 'Check the media type.', zh: '检查光盘类型。' },
  ),
  cdromFlag(
    'dev.cdrom.debug',
    '0',
    { en: 'Whether the CD-ROM layer emits its debug messages; since 5.4 at the latest they are pr_debug messages, which reach the kernel log only where dynamic debug is on for the `cdrom` module (3.10 printed them directly).', zh: 'CD-ROM 层是否输出调试信息；至迟从 5.4 起这些信息走 pr_debug，只有对 `cdrom` 模块打开动态调试（dynamic debug）后才会进入内核日志（3.10 则直接打印）。' },
    { en: 'Quiet (default).', zh: '不输出（默认）。' },
    { en: 'Emit debug messages (pr_debug since 5.4 at the latest, so dynamic debug must be on too).', zh: '输出调试信息（至迟从 5.4 起走 pr_debug，还需打开动态调试）。' },
  ),
  cdromFlag(
    'dev.cdrom.lock',
    '1',
    { en: 'Whether the tray is locked while the device is open, so the eject button does nothing.', zh: '设备被打开期间是否锁住托盘，使弹出按钮失效。' },
    { en: 'Tray can be ejected while in use.', zh: '使用中也可以弹出。' },
    { en: 'Lock while open (default).', zh: '打开期间锁定（默认）。' },
  ),
  {
    key: 'dev.cdrom.info',
    type: 'string',
    default: null,
    defaultNote: { en: 'Read-only: a table describing the drives present.', zh: '只读：一张描述现有光驱的表。' },
    perNamespace: false,
    related: ['dev.cdrom.autoclose', 'dev.cdrom.lock'],
    summary: {
      en: 'A read-only table of the CD/DVD drives and what each can do (speed, slots, write support).',
      zh: '只读的光驱能力表（速度、槽位、能否刻录等）。',
    },
    details: {
      en: `Several lines of text; \`sysctl -a\` prints each as a separate \`dev.cdrom.info = …\` line. Nothing to set. ${CDROM_MODULE.en}`,
      zh: `多行文本；\`sysctl -a\` 会把每行分别打印为一行 \`dev.cdrom.info = …\`。没有可设置的内容。${CDROM_MODULE.zh}`,
    },
  },
  {
    key: 'dev.raid.speed_limit_min',
    type: 'int',
    default: '1000',
    perNamespace: false,
    related: ['dev.raid.speed_limit_max', 'dev.raid.sync_io_depth'],
    summary: {
      en: 'The resync/rebuild speed, in KiB/s per device, that md keeps even while the array serves normal I/O.',
      zh: 'md 在阵列承担正常 I/O 时仍要保证的重同步/重建速度（每块盘 KiB/s）。',
    },
    details: {
      en: `Raise it to finish a rebuild sooner on a busy server (the array is degraded until then), at the cost of application latency. ${RAID_MODULE.en}`,
      zh: `在繁忙的服务器上调大它可以让重建更快完成（完成前阵列处于降级状态），代价是应用延迟上升。${RAID_MODULE.zh}`,
    },
  },
  {
    key: 'dev.raid.speed_limit_max',
    type: 'int',
    default: '200000',
    perNamespace: false,
    related: ['dev.raid.speed_limit_min'],
    summary: {
      en: 'The most resync/rebuild speed, in KiB/s per device, that md uses when the array is otherwise idle.',
      zh: '阵列空闲时 md 重同步/重建使用的最高速度（每块盘 KiB/s）。',
    },
    details: {
      en: `On fast SSD or NVMe arrays the default caps rebuilds well below what the disks can do. ${RAID_MODULE.en}`,
      zh: `在高速 SSD 或 NVMe 阵列上，默认值会让重建速度远低于磁盘能力。${RAID_MODULE.zh}`,
    },
  },
  {
    key: 'dev.raid.sync_io_depth',
    type: 'int',
    default: '32',
    perNamespace: false,
    related: ['dev.raid.speed_limit_max'],
    summary: {
      en: 'A cap on the resync I/O an md array may have in flight, counted in requests (64 KiB each, one 4 KiB stripe on RAID 4/5/6); md holds resync back at it only while resync runs above `speed_limit_min` and the array has other I/O.',
      zh: 'md 阵列在途重同步 I/O 的上限，按请求计（每个 64 KiB，RAID 4/5/6 为一个 4 KiB 条带）；只有重同步速度高于 `speed_limit_min` 且阵列还有其他 I/O 时，md 才按它压住重同步。',
    },
    details: {
      en: `Newer kernels only (the catalogs show since when). ${RAID_MODULE.en}`,
      zh: `仅较新的内核提供（版本见内核目录数据）。${RAID_MODULE.zh}`,
    },
  },
  {
    key: 'dev.hpet.max-user-freq',
    type: 'int',
    default: '64',
    perNamespace: false,
    related: ['dev.rtc.max-user-freq'],
    summary: {
      en: 'The highest interrupt rate, in Hz, an unprivileged program may ask of /dev/hpet.',
      zh: '非特权程序可以向 /dev/hpet 请求的最高中断频率（Hz）。',
    },
    details: {
      en: 'Some audio and MIDI software needs more (e.g. 2048). Only with the HPET character device (CONFIG_HPET).',
      zh: '部分音频和 MIDI 软件需要更高的值（如 2048）。仅在启用 HPET 字符设备（CONFIG_HPET）时存在。',
    },
  },
  {
    key: 'dev.rtc.max-user-freq',
    type: 'int',
    default: '64',
    range: { min: 0 },
    perNamespace: false,
    related: ['dev.hpet.max-user-freq'],
    summary: {
      en: 'The highest periodic interrupt rate, in Hz, an unprivileged program may ask of /dev/rtc from the old PC RTC driver.',
      zh: '旧 PC RTC 驱动下，非特权程序可以向 /dev/rtc 请求的最高周期中断频率（Hz）。',
    },
    details: {
      en: 'Belongs to the legacy `rtc` driver (CONFIG_RTC), which later kernels dropped for the RTC class drivers; those set the limit in /sys/class/rtc/rtc0/max_user_freq.',
      zh: '属于旧的 `rtc` 驱动（CONFIG_RTC），后来的内核改用 RTC 类驱动，上限改在 /sys/class/rtc/rtc0/max_user_freq 设置。',
    },
  },
  {
    key: 'dev.i915.perf_stream_paranoid',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Any user may open system-wide GPU metric streams.', zh: '任何用户都可以打开全系统的 GPU 指标流。' },
      { en: 'Only privileged users may (default).', zh: '只有特权用户可以（默认）。' },
    ),
    perNamespace: false,
    related: ['dev.i915.oa_max_sample_rate', 'kernel.perf_event_paranoid'],
    summary: {
      en: 'Whether opening system-wide Intel GPU performance (OA) streams needs CAP_PERFMON or root.',
      zh: '打开全系统的 Intel GPU 性能（OA）数据流是否需要 CAP_PERFMON 或 root。',
    },
    details: {
      en: 'GPU profilers such as Intel VTune or GPA ask for 0; the metrics can reveal what other users\' programs do. Exists once the `i915` module is loaded.',
      zh: 'Intel VTune、GPA 等 GPU 性能分析工具会要求设为 0；这些指标可能暴露其他用户程序的行为。加载 `i915` 模块后才存在。',
    },
  },
  {
    key: 'dev.i915.oa_max_sample_rate',
    type: 'int',
    default: '100000',
    range: { min: 0 },
    perNamespace: false,
    related: ['dev.i915.perf_stream_paranoid'],
    summary: {
      en: 'The highest sampling rate, in Hz, an unprivileged user may ask of an Intel GPU OA stream.',
      zh: '非特权用户可以为 Intel GPU OA 数据流请求的最高采样频率（Hz）。',
    },
    details: {
      en: 'Exists once the `i915` module is loaded.',
      zh: '加载 `i915` 模块后才存在。',
    },
  },
  {
    key: 'dev.xe.observation_paranoid',
    type: 'bool',
    default: '1',
    values: offOn(
      { en: 'Any user may open GPU observation streams.', zh: '任何用户都可以打开 GPU 观测数据流。' },
      { en: 'Only privileged users may (default).', zh: '只有特权用户可以（默认）。' },
    ),
    perNamespace: false,
    related: ['dev.i915.perf_stream_paranoid'],
    summary: {
      en: 'Whether opening Intel Xe GPU observation (performance metric) streams needs CAP_PERFMON or root.',
      zh: '打开 Intel Xe GPU 观测（性能指标）数据流是否需要 CAP_PERFMON 或 root。',
    },
    details: {
      en: 'The `xe` driver\'s counterpart of `dev.i915.perf_stream_paranoid`. Exists once the `xe` module is loaded.',
      zh: '相当于 `xe` 驱动的 `dev.i915.perf_stream_paranoid`。加载 `xe` 模块后才存在。',
    },
  },
  {
    key: 'dev.ipmi.poweroff_powercycle',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Power off (default).', zh: '关机（默认）。' },
      { en: 'Power-cycle: off, then on again.', zh: '电源循环：先断电再上电。' },
    ),
    perNamespace: false,
    related: ['kernel.poweroff_cmd'],
    summary: {
      en: 'Whether a shutdown through the IPMI controller power-cycles the machine instead of turning it off.',
      zh: '通过 IPMI 控制器关机时，是做电源循环（重新上电）而不是关机。',
    },
    details: {
      en: 'Exists once `ipmi_poweroff` is loaded; handy for servers that must come back by themselves.',
      zh: '加载 `ipmi_poweroff` 后才存在；适合需要自行重新上电的服务器。',
    },
  },
  {
    key: 'dev.mac_hid.mouse_button_emulation',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Off (default).', zh: '关闭（默认）。' },
      { en: 'Two keys act as the middle and right mouse buttons.', zh: '用两个按键模拟鼠标中键和右键。' },
    ),
    perNamespace: false,
    related: ['dev.mac_hid.mouse_button2_keycode', 'dev.mac_hid.mouse_button3_keycode'],
    summary: {
      en: 'Whether keys emulate the missing buttons of a one-button Macintosh mouse.',
      zh: '是否用键盘按键模拟单键 Macintosh 鼠标缺少的按键。',
    },
    details: {
      en: 'Exists with CONFIG_MAC_EMUMOUSEBTN (the `mac_hid` module), mostly on old PowerPC Macs.',
      zh: '启用 CONFIG_MAC_EMUMOUSEBTN（`mac_hid` 模块）时存在，多见于老的 PowerPC Mac。',
    },
  },
  {
    key: 'dev.mac_hid.mouse_button2_keycode',
    type: 'int',
    default: '97',
    perNamespace: false,
    related: ['dev.mac_hid.mouse_button_emulation'],
    summary: {
      en: 'The key code that acts as the middle mouse button when emulation is on (97, right Ctrl).',
      zh: '开启模拟时充当鼠标中键的键码（97，即右 Ctrl）。',
    },
    details: {
      en: 'Key codes are those of the input layer (`evtest` shows them).',
      zh: '键码为输入子系统的键码（可以用 `evtest` 查看）。',
    },
  },
  {
    key: 'dev.mac_hid.mouse_button3_keycode',
    type: 'int',
    default: '100',
    perNamespace: false,
    related: ['dev.mac_hid.mouse_button_emulation'],
    summary: {
      en: 'The key code that acts as the right mouse button when emulation is on (100, right Alt).',
      zh: '开启模拟时充当鼠标右键的键码（100，即右 Alt）。',
    },
    details: {
      en: 'Key codes are those of the input layer (`evtest` shows them).',
      zh: '键码为输入子系统的键码（可以用 `evtest` 查看）。',
    },
  },
  {
    key: 'dev.scsi.logging_level',
    type: 'int',
    default: '0',
    range: { min: 0 },
    perNamespace: false,
    related: ['kernel.sg-big-buff'],
    summary: {
      en: 'Which SCSI subsystem events are logged, packed as 3-bit levels per area (error, timeout, scan, queueing…); 0 logs nothing extra.',
      zh: '记录哪些 SCSI 子系统事件，按区域（错误、超时、扫描、排队等）各用 3 位表示级别；0 表示不额外记录。',
    },
    details: {
      en: 'Easier to set with `scsi_logging_level -s --error 3` (sg3_utils) than by hand. High levels log every command. Needs CONFIG_SCSI_LOGGING.',
      zh: '用 sg3_utils 的 `scsi_logging_level -s --error 3` 设置比手工计算方便。级别高时每条命令都会记日志。需要 CONFIG_SCSI_LOGGING。',
    },
  },
  {
    key: 'xen.balloon.hotplug_unpopulated',
    type: 'bool',
    default: '0',
    values: offOn(
      { en: 'Take the pages from the guest\'s own memory, shrinking it (default).', zh: '从虚拟机自身内存中取页，会使其可用内存变小（默认）。' },
      { en: 'Hot-add an unpopulated memory region and use its pages instead.', zh: '热插入一段未分配实际内存的区域，改用其中的页。' },
    ),
    perNamespace: false,
    // The other key only a hypervisor's guests have.
    related: ['kernel.hyperv_record_panic_msg'],
    summary: {
      en: 'Where the Xen balloon driver finds page frames when a backend (for example a grant mapping) needs empty ones.',
      zh: 'Xen balloon 驱动在后端（例如授权映射）需要空页框时，从哪里取得这些页框。',
    },
    details: {
      en: 'Only in Xen guests and dom0 built with CONFIG_XEN_BALLOON_MEMORY_HOTPLUG. Turning it on keeps backends such as blkback or netback in dom0 from eating into its memory.',
      zh: '仅存在于启用 CONFIG_XEN_BALLOON_MEMORY_HOTPLUG 的 Xen 虚拟机和 dom0 中。开启后，dom0 中的 blkback、netback 等后端不会再占用它自身的内存。',
    },
  },
  {
    key: 'xpc.hb.hb_interval',
    type: 'int',
    unit: 'seconds',
    default: '5',
    range: { min: 1, max: 10 },
    perNamespace: false,
    related: ['xpc.hb.hb_check_interval'],
    summary: {
      en: 'How often, in seconds, this SGI partition raises the heartbeat other partitions watch.',
      zh: '本 SGI 分区每隔多少秒更新一次心跳，供其他分区检查。',
    },
    details: {
      en: `${XPC_MODULE.en} Keep it well below \`xpc.hb.hb_check_interval\` of the other partitions.`,
      zh: `${XPC_MODULE.zh}应明显小于其他分区的 \`xpc.hb.hb_check_interval\`。`,
    },
  },
  {
    key: 'xpc.hb.hb_check_interval',
    type: 'int',
    unit: 'seconds',
    default: '20',
    range: { min: 10, max: 120 },
    perNamespace: false,
    related: ['xpc.hb.hb_interval', 'xpc.disengage_timelimit'],
    summary: {
      en: 'How often, in seconds, XPC checks the heartbeats of the other SGI partitions; a partition whose heartbeat stopped is deactivated.',
      zh: 'XPC 每隔多少秒检查一次其他 SGI 分区的心跳；心跳停止的分区会被停用。',
    },
    details: XPC_MODULE,
  },
  {
    key: 'xpc.disengage_timelimit',
    type: 'int',
    unit: 'seconds',
    default: '90',
    range: { min: 0, max: 120 },
    perNamespace: false,
    related: ['xpc.hb.hb_check_interval'],
    summary: {
      en: 'How long, in seconds, XPC waits for a remote SGI partition to let go of shared memory before it gives up on it, when a partition goes down or XPC unloads.',
      zh: '分区下线或卸载 XPC 时，XPC 等待远端 SGI 分区释放共享内存的最长秒数，超时后不再等待。',
    },
    details: XPC_MODULE,
  },
];
