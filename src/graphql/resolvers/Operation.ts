import type { OperationResolvers } from '../generated/resolvers-types.ts';
import { loadAll } from '../load-all.ts';
import { aliases, partialDate } from './partial-date.ts';

export const Operation: OperationResolvers = {
  aliases: (o) => aliases(o.aliasNames, o.aliasLangs),
  date: (o) => partialDate(o.date) ?? { value: o.date, precision: 'DAY', start: o.date, end: o.date },
  endDate: (o) => partialDate(o.endDate),
  fatalities: (o) =>
    o.fatalitiesMin === null && o.fatalitiesMax === null ? null : { min: o.fatalitiesMin, max: o.fatalitiesMax },
  locations: async (o, _args, { loaders }) => (await loaders.operationDetails.load(o.id))?.locations ?? [],
  campaign: async (o, _args, { loaders }) => (await loaders.operationDetails.load(o.id))?.campaign ?? null,
  conductors: async (o, _args, { loaders }) => (await loaders.operationDetails.load(o.id))?.conductors ?? [],
  opponents: async (o, _args, { loaders }) => (await loaders.operationDetails.load(o.id))?.opponents ?? [],
  supporters: async (o, _args, { loaders }) => (await loaders.operationDetails.load(o.id))?.supporters ?? [],
  claims: async (o, _args, { loaders }) => {
    const ids = (await loaders.operationDetails.load(o.id))?.claimIds ?? [];
    return loadAll(loaders.claim, ids);
  },
};
