import { beforeAll, describe, expect, it } from 'vitest';
import { claims, draftOf, loadKnown } from '../helpers/extract-sentences.ts';

// The place a control, deployment or withdrawal verb names, known to no gazetteer (src/extract/place-slot.ts),
// and the verbs that tell them ("se sont emparés mardi de", "overran", "sont arrivés à" after forces). Sentences
// written for these tests, each family with the near miss that must not fire.

beforeAll(loadKnown);

describe('control of a place no gazetteer knows', () => {
  it('right after the verb, after a day, or after "de" (EN, FR)', () => {
    expect(claims('The M23 overran an army post in Rubaya this week.', 'en', 'CONTROL')).toEqual([
      'CONTROL m23 rubaya ASSERTED',
    ]);
    expect(
      claims('Les rebelles du M23 se sont emparés mardi de Rubaya, selon des sources locales.', 'fr', 'CONTROL'),
    ).toEqual(['CONTROL m23 rubaya ASSERTED']);
    expect(claims("L'armée congolaise a repris jeudi le contrôle de Nyanzale.", 'fr', 'CONTROL')).toEqual([
      'CONTROL democratic-republic-of-the-congo-armed-forces nyanzale ASSERTED',
    ]);
  });

  it('coordinated places are one claim each; a joining word stays inside a name', () => {
    expect(claims('The M23 captured the towns of Rubaya and Masisi on Sunday.', 'en', 'CONTROL')).toEqual([
      'CONTROL m23 masisi ASSERTED',
      'CONTROL m23 rubaya ASSERTED',
    ]);
    const draft = draftOf('Les insurgés du M23 ont pris dimanche le port de Vila do Conde.', 'fr');
    expect((draft.claims ?? []).map((c) => c.location)).toEqual(['vila-do-conde']);
    expect(draft.locations?.map((l) => l.name)).toEqual(['Vila do Conde']);
  });

  it('near misses: an idiom, something seized, a month, a person, a negation', () => {
    expect(claims('The talks between the M23 and Kinshasa took place in Luanda.', 'en', 'CONTROL')).toEqual([]);
    expect(claims('The M23 seized weapons and ammunition in Rubaya.', 'en', 'CONTROL')).toEqual([]);
    expect(claims('The M23 took part in the fighting in Rubaya.', 'en', 'CONTROL')).toEqual([]);
    expect(claims('Le M23 a pris en janvier la décision de négocier.', 'fr', 'CONTROL')).toEqual([]);
    expect(claims('The M23 captured General Makenga near Goma.', 'en', 'CONTROL')).toEqual([]);
    expect(claims("Le M23 n'a pas pris Rubaya.", 'fr', 'CONTROL')).toEqual(['CONTROL m23 rubaya DENIED']);
  });
});

describe('deployments and arrivals', () => {
  it('a deployment to an unknown province, a country, a capital (EN, FR)', () => {
    expect(
      claims('Le Burundi a déployé un millier de soldats dans la province du Sud-Kivu.', 'fr', 'DEPLOYMENT'),
    ).toEqual(['DEPLOYMENT TROOPS burundi sud-kivu ASSERTED']);
    expect(claims('Chad has deployed 1,000 soldiers to Mali.', 'en', 'DEPLOYMENT')).toEqual([
      'DEPLOYMENT TROOPS chad mali-country ASSERTED',
    ]);
    expect(claims('Kenya has deployed police officers to Port-au-Prince.', 'en', 'DEPLOYMENT')).toEqual([
      'DEPLOYMENT TROOPS kenya port-au-prince ASSERTED',
    ]);
  });

  it('forces that arrive or are stationed somewhere', () => {
    expect(
      claims("Une centaine d'instructeurs de l'Africa Corps sont arrivés jeudi à Bangui.", 'fr', 'DEPLOYMENT'),
    ).toEqual(['DEPLOYMENT africa-corps bangui ASSERTED']);
    expect(claims('Some 500 Turkish soldiers are stationed in Misrata.', 'en', 'DEPLOYMENT')).toEqual([
      'DEPLOYMENT turkey-armed-forces misrata ASSERTED',
    ]);
  });

  it('near misses: a minister who arrives, a plan to deploy', () => {
    expect(claims('Le ministre russe des Affaires étrangères est arrivé jeudi à Bangui.', 'fr', 'DEPLOYMENT')).toEqual(
      [],
    );
    expect(claims('Kenya plans to deploy police officers to Port-au-Prince.', 'en', 'DEPLOYMENT')).toEqual([]);
  });
});

describe('leaving a place on the way to another', () => {
  it('is moving on, not withdrawing (FR, EN)', () => {
    expect(claims("Une colonne de l'armée malienne a quitté Gao en direction de Kidal.", 'fr', 'WITHDRAWAL')).toEqual(
      [],
    );
    expect(claims('A Malian army column left Gao heading for Kidal.', 'en', 'WITHDRAWAL')).toEqual([]);
  });
  it('near miss: leaving a place and nothing more is a withdrawal', () => {
    expect(claims("L'armée malienne a quitté Gao mardi.", 'fr', 'WITHDRAWAL')).toEqual([
      'WITHDRAWAL fama gao ASSERTED',
    ]);
  });
});
