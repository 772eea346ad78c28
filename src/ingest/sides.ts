import type { ValidationIssue } from '../errors.ts';

// The two sides of an operation, as docs/article-format.md defines them: the subject of an asserted COMBAT claim
// is on the conducting side (ACLED's Actor 1, the initiator), its object on the opposing side. One actor on both
// sides of the same operation makes "who fought whom" unanswerable, so such an article is refused; a SUPPORT
// claim whose supporter and recipient fight on opposite sides of the operation is refused too.

export type Side = 'conducting' | 'opposing';

/** A claim as far as sides are concerned; `where` names it in messages (a claim path, or a claim in the graph). */
export interface SideClaim {
  kind: string;
  subject: string;
  object: string | null;
  operation: string | null;
  polarity: string;
  where: string;
}

interface Placement {
  side: Side;
  where: string;
}

const other = (side: Side): Side => (side === 'conducting' ? 'opposing' : 'conducting');
/** "claims[2].subject" for the document being checked, "the subject of claim "c-…" (article "…")" otherwise. */
const at = (where: string, role: string) =>
  where.startsWith('claims[') ? `${where}.${role}` : `the ${role} of ${where}`;

/** Who stands where, per operation, from COMBAT claims; conflicts go to `issues` when `report` is set. */
export class OperationSides {
  private readonly sides = new Map<string, Map<string, Placement>>();

  place(claim: SideClaim, issues?: ValidationIssue[]): void {
    if (claim.kind !== 'COMBAT' || claim.polarity !== 'ASSERTED' || !claim.operation || !claim.object) return;
    const op = this.operation(claim.operation);
    for (const [actor, side, role] of [
      [claim.subject, 'conducting', 'subject'],
      [claim.object, 'opposing', 'object'],
    ] as const) {
      const placed = op.get(actor);
      if (placed && placed.side !== side) {
        issues?.push({
          path: at(claim.where, role),
          message:
            `"${actor}" would be on both sides of operation "${claim.operation}": ${side} here, ${placed.side} in ${placed.where}. ` +
            'The subject of a COMBAT claim is the side that initiated the fighting and its object the side it attacked ' +
            '(ACLED: Actor 1, Actor 2); write every COMBAT claim of one operation with each actor on one side',
        });
      } else if (!placed) op.set(actor, { side, where: at(claim.where, role) });
    }
  }

  /** A supporter fighting against the side it supports, in the same operation. */
  checkSupport(claim: SideClaim, issues: ValidationIssue[]): void {
    if (claim.kind !== 'SUPPORT' || claim.polarity !== 'ASSERTED' || !claim.operation || !claim.object) return;
    const op = this.operation(claim.operation);
    const supporter = op.get(claim.subject);
    const recipient = op.get(claim.object);
    if (supporter && recipient && supporter.side === other(recipient.side)) {
      issues.push({
        path: at(claim.where, 'object'),
        message:
          `"${claim.subject}" supports "${claim.object}" in operation "${claim.operation}", but they fight on opposite sides ` +
          `("${claim.subject}" ${supporter.side} in ${supporter.where}, "${claim.object}" ${recipient.side} in ${recipient.where})`,
      });
    }
  }

  private operation(id: string): Map<string, Placement> {
    let op = this.sides.get(id);
    if (!op) {
      op = new Map();
      this.sides.set(id, op);
    }
    return op;
  }
}

/**
 * Issues for one article's claims, given the claims already standing (in the graph, from other articles): every
 * COMBAT claim is placed first, so a conflict inside the article is reported wherever it appears.
 */
export function checkSides(claims: SideClaim[], standing: SideClaim[] = []): ValidationIssue[] {
  const sides = new OperationSides();
  for (const c of standing) sides.place(c);
  const issues: ValidationIssue[] = [];
  for (const c of claims) sides.place(c, issues);
  for (const c of claims) sides.checkSupport(c, issues);
  return issues;
}
