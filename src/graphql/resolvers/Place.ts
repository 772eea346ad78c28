import type { LocationResolvers, OperationResolvers } from '../generated/resolvers-types.ts';
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

export const Location: LocationResolvers = {
  aliases: (l) => aliases(l.aliasNames, l.aliasLangs),
  coordinates: (l) => (l.lat === null || l.lon === null ? null : { lat: l.lat, lon: l.lon }),
  partOf: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.partOf ?? null,
  ancestors: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.ancestors ?? [],
  parts: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.parts ?? [],
  operations: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.operations ?? [],
};
