import type { ActorKind } from '../model/vocabulary.ts';
import type { ActorRef } from './actor-index.ts';
import type { Mention } from './analysis.ts';
import type { Token } from './fold.ts';

// Back-references resolved while the text is read: "the rebels" names the last armed group named before, "les
// deux pays" the last states; "the militia" first names the actor the text called a militia ("the White Army
// militia", "la milice Wazalendo"), even when another armed group was named since.

export interface AnaphoraMemory {
  lastOfKind: Map<ActorKind, ActorRef>;
  states: ActorRef[];
  /** a noun written right beside an actor ("White Army militia", "milice Wazalendo", "rebelles du M23") → that actor */
  byHead: Map<string, ActorRef>;
  /** how often each state was named so far, its forces counting for it (the country a text is about) */
  named?: Map<string, { ref: ActorRef; n: number }>;
  /** a state's id → its armed forces */
  forcesOf?: Map<string, ActorRef>;
}

const OF = new Set(['de', 'du', 'des', 'd', 'of']);

const singular = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

function remember(m: Mention, tokens: readonly Token[], memory: AnaphoraMemory): void {
  const ref = m.refs[0];
  if (!ref || m.refs.length !== 1) return;
  // words are kept as written (singular or plural is settled when a back-reference looks one up)
  const next = tokens[m.last + 1]?.text;
  if (next) memory.byHead.set(next, ref);
  // a name written with its head ("Fano militias", "miliciens Fano") holds the noun itself
  if (m.last > m.first) for (const i of [m.first, m.last]) memory.byHead.set(tokens[i]?.text ?? '', ref);
  const before = tokens[m.first - 1]?.text ?? '';
  const owner = OF.has(before) ? tokens[m.first - 2]?.text : before;
  if (owner) memory.byHead.set(owner, ref);
}

function byHead(memory: AnaphoraMemory, word: string): ActorRef | undefined {
  const one = singular(word);
  return memory.byHead.get(word) ?? memory.byHead.get(one) ?? memory.byHead.get(`${one}s`);
}

export function resolveAnaphora(actors: Mention[], memory: AnaphoraMemory, tokens: readonly Token[]): void {
  for (const m of actors) {
    if (m.kindAnaphora) {
      const named = byHead(memory, tokens[m.last]?.text ?? '');
      const fallback = m.focus
        ? focusOf(memory, m.kindAnaphora)
        : m.namedOnly
          ? undefined
          : memory.lastOfKind.get(m.kindAnaphora);
      const last = named?.kind === m.kindAnaphora ? named : fallback;
      if (last) m.refs = [last];
      continue;
    }
    if (m.anaphora) {
      m.refs = memory.states.slice(-m.anaphora);
      continue;
    }
    remember(m, tokens, memory);
    for (const r of m.refs) {
      // "the Security Council" stands for the UN, but "the peacekeepers" after it are still the mission named before
      if (!r.standsFor) memory.lastOfKind.set(r.kind, r);
      countState(memory, r);
      if (r.kind === 'STATE') {
        memory.states = memory.states.filter((s) => s.id !== r.id);
        memory.states.push(r);
      }
    }
  }
}

const stateOfForces: WeakMap<Map<string, ActorRef>, Map<string, ActorRef>> = new WeakMap();

/** Counts a state (or the state whose forces these are) as named once more. */
function countState(memory: AnaphoraMemory, r: ActorRef): void {
  if (!memory.named || !memory.forcesOf) return;
  let state: ActorRef | undefined = r.kind === 'STATE' ? r : undefined;
  if (r.kind === 'STATE_ARMED_FORCE') {
    let reverse = stateOfForces.get(memory.forcesOf);
    if (!reverse) {
      reverse = new Map();
      for (const [stateId, forces] of memory.forcesOf)
        reverse.set(forces.id, { id: stateId, kind: 'STATE', cue: 'country' });
      stateOfForces.set(memory.forcesOf, reverse);
    }
    state = reverse.get(r.id) ?? (r.branchOf ? { id: r.branchOf, kind: 'STATE', cue: 'country' } : undefined);
  }
  if (!state) return;
  const hit = memory.named.get(state.id);
  // the latest of equally named states wins a tie: it goes last
  memory.named.delete(state.id);
  memory.named.set(state.id, { ref: hit?.ref ?? state, n: (hit?.n ?? 0) + 1 });
}

/** The state named most so far (the latest of a tie), or its forces. */
function focusOf(memory: AnaphoraMemory, kind: ActorKind): ActorRef | undefined {
  let best: { ref: ActorRef; n: number } | undefined;
  for (const v of memory.named?.values() ?? []) if (!best || v.n >= best.n) best = v;
  if (!best) return undefined;
  if (kind === 'STATE') return best.ref;
  return kind === 'STATE_ARMED_FORCE' ? memory.forcesOf?.get(best.ref.id) : undefined;
}
