"""Draws one round of the random sysctl audit (docs/audit/sysctl-audit-2026-12.md).

Run from the repository root:  python3 docs/audit/draw_sysctl_audit.py SEED
The population is every fact printed by docs/audit/sysctl-audit-facts.ts, minus the (key, kind) pairs of the
rows above the heading of the round drawn with SEED (all rows when no heading names SEED yet); the draw is
random.sample(population sorted by key and kind, 60) after random.seed(SEED).
"""
import json
import random
import re
import subprocess
import sys

DOC = 'docs/audit/sysctl-audit-2026-12.md'


def kind_of(fact):
    """The kind of a fact as the audit table words it."""
    for prefix in ('container', 'summary', 'related', 'unlisted'):
        if fact.startswith(prefix):
            return prefix
    if 'per namespace' in fact or 'per network namespace' in fact:
        return 'perNamespace'
    for prefix, kind in (('default change', 'defaultChange'), ('default', 'default'), ('since', 'since'),
                         ('removed in', 'removedIn'), ('unit', 'unit'), ('range', 'range')):
        if fact.startswith(prefix):
            return kind
    raise ValueError('unknown fact kind: ' + fact)


def drawn_before(seed):
    text = open(DOC, encoding='utf-8').read()
    heading = re.search(r'^#+ .*\(seed %d\)' % seed, text, re.M)
    if heading:
        text = text[:heading.start()]
    drawn = set()
    for row in re.finditer(r'^\| \d+ \| ([^|]+) \| ([^|]+) \|', text, re.M):
        key = row.group(1).strip().replace('&lt;', '<').replace('&gt;', '>')
        fact = row.group(2).strip()
        kind = kind_of(fact)
        # A drawn default change names its release: "default change 5.4: 128 -> 4096".
        version = re.match(r'default change (\S+):', fact)
        drawn.add((key, kind + ' ' + version.group(1) if version else kind))
    return drawn


def main():
    seed = int(sys.argv[1])
    facts = json.loads(subprocess.run(['npx', 'tsx', 'docs/audit/sysctl-audit-facts.ts'],
                                      check=True, capture_output=True, text=True).stdout)
    drawn = drawn_before(seed)
    population = sorted((f for f in facts if (f[0], f[1]) not in drawn), key=lambda f: (f[0], f[1]))
    print('%d facts, %d (key, kind) pairs drawn before, %d in the draw' % (len(facts), len(drawn), len(population)))
    random.seed(seed)
    for number, (key, kind, value) in enumerate(random.sample(population, 60), 1):
        print('%d\t%s\t%s\t%s' % (number, key, kind, value))


if __name__ == '__main__':
    main()
