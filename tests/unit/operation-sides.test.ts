import { describe, expect, it } from 'vitest';
import { checkSides, type SideClaim } from '../../src/ingest/sides.ts';

const combat = (subject: string, object: string, where: string, polarity = 'ASSERTED'): SideClaim => ({
  kind: 'COMBAT',
  subject,
  object,
  operation: 'op',
  polarity,
  where,
});

describe('operation sides', () => {
  it('accepts each actor on one side, and COMBAT claims in different operations independently', () => {
    expect(checkSides([combat('csp', 'fama', 'claims[0]'), combat('jnim', 'fama', 'claims[1]')])).toEqual([]);
    expect(
      checkSides([combat('csp', 'fama', 'claims[0]'), { ...combat('fama', 'csp', 'claims[1]'), operation: 'b' }]),
    ).toEqual([]);
  });

  it('refuses an actor on both sides, naming the claim path, the actor and where it was placed first', () => {
    const issues = checkSides([combat('csp', 'fama', 'claims[0]'), combat('fama', 'jnim', 'claims[1]')]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('claims[1].subject');
    expect(issues[0]!.message).toContain(
      '"fama" would be on both sides of operation "op": conducting here, opposing in claims[0].object',
    );
  });

  it('checks against claims already standing in the graph', () => {
    const standing = [combat('csp', 'fama', 'claim "c-1" (article "a")')];
    const [issue] = checkSides([combat('fama', 'csp', 'claims[0]')], standing);
    expect(issue!.path).toBe('claims[0].subject');
    expect(issue!.message).toContain('opposing in the object of claim "c-1" (article "a")');
  });

  it('ignores denials, and refuses support across the line', () => {
    expect(checkSides([combat('csp', 'fama', 'claims[0]'), combat('fama', 'csp', 'claims[1]', 'DENIED')])).toEqual([]);
    const support: SideClaim = {
      kind: 'SUPPORT',
      subject: 'wagner',
      object: 'csp',
      operation: 'op',
      polarity: 'ASSERTED',
      where: 'claims[2]',
    };
    const issues = checkSides([combat('csp', 'fama', 'claims[0]'), combat('csp', 'wagner', 'claims[1]'), support]);
    expect(issues.map((i) => i.path)).toEqual(['claims[2].object']);
    expect(issues[0]!.message).toContain('fight on opposite sides');
  });
});
