import { deepStrictEqual, ok } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOX, DIAGRAM_EDGES, DIAGRAM_STATES, FINDING_STATES, VIEW_BOX } from '../../server/src/core/knowledge/tcpStateDiagram';
import { CANONICAL_STATES } from '../../server/src/core/model/tcpState';

const position = new Map(DIAGRAM_STATES.map((entry) => [entry.state, entry]));

/** Whether a point lies on the border of `state`'s box (within a pixel). */
function onBorder(state: string, [x, y]: readonly [number, number]): boolean {
  const box = position.get(state as (typeof CANONICAL_STATES)[number])!;
  const dx = Math.abs(x - box.x);
  const dy = Math.abs(y - box.y);
  return (Math.abs(dx - BOX.width / 2) <= 1 && dy <= BOX.height / 2 + 1) || (Math.abs(dy - BOX.height / 2) <= 1 && dx <= BOX.width / 2 + 1);
}

describe('the TCP state diagram', () => {
  it('places each of the eleven states once, inside the drawing, with no two boxes overlapping', () => {
    deepStrictEqual(DIAGRAM_STATES.map((entry) => entry.state).sort(), [...CANONICAL_STATES].sort());
    for (const { state, x, y } of DIAGRAM_STATES) {
      ok(x - BOX.width / 2 >= 0 && x + BOX.width / 2 <= VIEW_BOX.width && y - BOX.height / 2 >= 0 && y + BOX.height / 2 <= VIEW_BOX.height, state);
    }
    for (const a of DIAGRAM_STATES) {
      for (const b of DIAGRAM_STATES) {
        ok(a === b || Math.abs(a.x - b.x) >= BOX.width || Math.abs(a.y - b.y) >= BOX.height, `${a.state} overlaps ${b.state}`);
      }
    }
  });

  it("draws RFC 9293's transitions from one box's border to the other's, labelled inside the drawing", () => {
    const transitions = DIAGRAM_EDGES.map((edge) => `${edge.from}>${edge.to}`);
    for (const expected of ['CLOSED>LISTEN', 'CLOSED>SYN_SENT', 'LISTEN>SYN_RECV', 'SYN_RECV>ESTABLISHED', 'SYN_SENT>ESTABLISHED', 'ESTABLISHED>FIN_WAIT1', 'ESTABLISHED>CLOSE_WAIT', 'FIN_WAIT1>FIN_WAIT2', 'FIN_WAIT1>CLOSING', 'FIN_WAIT2>TIME_WAIT', 'CLOSING>TIME_WAIT', 'TIME_WAIT>CLOSED', 'CLOSE_WAIT>LAST_ACK', 'LAST_ACK>CLOSED', 'SYN_RECV>LISTEN']) {
      ok(transitions.includes(expected), expected);
    }
    for (const edge of DIAGRAM_EDGES) {
      ok(onBorder(edge.from, edge.points[0]), `${edge.from}>${edge.to} starts off its box`);
      ok(onBorder(edge.to, edge.points[edge.points.length - 1]), `${edge.from}>${edge.to} ends off its box`);
      ok(edge.label.x >= 0 && edge.label.x <= VIEW_BOX.width && edge.label.y >= 0 && edge.label.y <= VIEW_BOX.height, `${edge.from}>${edge.to} label`);
      ok(edge.event.zh && edge.action.zh && edge.event.en && edge.action.en);
    }
    deepStrictEqual(
      DIAGRAM_EDGES.filter((edge) => edge.byApplication && edge.event.en === 'close()').map((edge) => edge.from),
      ['ESTABLISHED', 'CLOSE_WAIT'],
    );
  });

  it('knows the states of every socket-dump rule that is about states', () => {
    const rulesDirectory = join(__dirname, '..', '..', 'server', 'src', 'core', 'rules', 'dump');
    const codes = readdirSync(rulesDirectory)
      .map((file) => /code: '([^']+)'/.exec(readFileSync(join(rulesDirectory, file), 'utf8'))?.[1])
      .filter((code): code is string => code !== undefined && /^(?:state|listen|queue)\./.test(code));
    deepStrictEqual(codes.filter((code) => !FINDING_STATES.has(code)), []);
  });
});
