import type { LocationResolvers } from '../generated/resolvers-types.ts';
import { aliases } from './partial-date.ts';

export const Location: LocationResolvers = {
  aliases: (l) => aliases(l.aliasNames, l.aliasLangs),
  coordinates: (l) => (l.lat === null || l.lon === null ? null : { lat: l.lat, lon: l.lon }),
  partOf: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.partOf ?? null,
  ancestors: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.ancestors ?? [],
  parts: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.parts ?? [],
  operations: async (l, _args, { loaders }) => (await loaders.locationRelations.load(l.id))?.operations ?? [],
};
