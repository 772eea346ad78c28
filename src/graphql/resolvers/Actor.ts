import type { Loaders } from '../context.ts';
import type { ActorResolvers, MembershipResolvers } from '../generated/resolvers-types.ts';
import { aliases, partialDate } from './partial-date.ts';

const relations = (id: string, loaders: Loaders) => loaders.actorRelations.load(id);

export const Actor: ActorResolvers = {
  aliases: (a) => aliases(a.aliasNames, a.aliasLangs),
  partOf: async (a, _args, { loaders }) => (await relations(a.id, loaders))?.partOf ?? null,
  parts: async (a, _args, { loaders }) => (await relations(a.id, loaders))?.parts ?? [],
  affiliations: async (a, _args, { loaders }) => (await relations(a.id, loaders))?.affiliations ?? [],
  memberships: async (a, _args, { loaders }) =>
    ((await relations(a.id, loaders))?.memberships ?? []).map((m) => ({
      member: a,
      alliance: m.actor,
      since: m.since,
      until: m.until,
    })),
  members: async (a, _args, { loaders }) =>
    ((await relations(a.id, loaders))?.members ?? []).map((m) => ({
      member: m.actor,
      alliance: a,
      since: m.since,
      until: m.until,
    })),
  succeeds: async (a, _args, { loaders }) => (await relations(a.id, loaders))?.succeeds ?? null,
};

export const Affiliation = {
  since: (p: { since: string | null }) => partialDate(p.since),
  until: (p: { until: string | null }) => partialDate(p.until),
};

export const Membership: MembershipResolvers = {
  since: (m) => partialDate(m.since),
  until: (m) => partialDate(m.until),
  active: (m) => {
    const until = partialDate(m.until);
    return until === null || until.end >= new Date().toISOString().slice(0, 10);
  },
};

export const Succession = {
  date: (s: { date: string | null }) => partialDate(s.date),
};
