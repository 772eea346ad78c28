import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Forces sent somewhere are deployed there (src/extract/sent-forces.ts): "a envoyé 200 soldats dans la province
// de X", "sent 300 troops to X". Sentences written for these tests, with the near misses that must not fire.

beforeAll(loadKnown);

const deployments = (text: string, language: 'fr' | 'en') => claims(text, language, 'DEPLOYMENT');

describe('forces sent somewhere are deployed there', () => {
  it('French: a province no gazetteer knows, a capital, with a day, a number and an adjective between', () => {
    expect(deployments('Le Tchad a envoyé mardi 300 soldats supplémentaires dans la province du Lac.', 'fr')).toEqual([
      'DEPLOYMENT TROOPS chad lac ASSERTED',
    ]);
    expect(deployments('Le Burundi a dépêché des troupes à Bujumbura.', 'fr')).toEqual([
      'DEPLOYMENT TROOPS burundi bujumbura ASSERTED',
    ]);
  });

  it('English: police officers to a capital, advisers to a town, the sender named once', () => {
    expect(deployments('Kenya sent 400 police officers to Port-au-Prince last week.', 'en')).toEqual([
      'DEPLOYMENT TROOPS kenya port-au-prince ASSERTED',
    ]);
    expect(deployments('Chad has sent military advisers to the town of Abeche.', 'en')).toEqual([
      'DEPLOYMENT ADVISERS chad abeche ASSERTED',
    ]);
  });

  it('a negated sending is a denied deployment', () => {
    expect(deployments("Le Burundi n'a pas envoyé de soldats dans la province de Cibitoke.", 'fr')).toEqual([
      'DEPLOYMENT TROOPS burundi cibitoke DENIED',
    ]);
  });

  it('the support the same verb tells is still read', () => {
    const all = claims('Le Tchad a envoyé 300 soldats à Bamako pour appuyer l’armée malienne.', 'fr');
    expect(all).toContain('DEPLOYMENT TROOPS chad bamako ASSERTED');
    expect(all.some((c) => c.startsWith('SUPPORT TROOPS chad'))).toBe(true);
  });
});

describe('near misses: no deployment', () => {
  it('a letter, a message or aid sent (EN, FR)', () => {
    expect(deployments('Kenya sent a letter to the African Union in Addis Ababa.', 'en')).toEqual([]);
    expect(
      deployments('Le Tchad a envoyé un message de soutien aux soldats à Bol, dans la province du Lac.', 'fr'),
    ).toEqual([]);
    expect(deployments('Uganda sent aid to the town of Bunia.', 'en')).toEqual([]);
    expect(deployments("Le Tchad a envoyé de l'aide humanitaire dans la province du Lac.", 'fr')).toEqual([]);
  });

  it('forces named only after a preposition, or a place past another actor', () => {
    expect(deployments('Chad sent food to the soldiers in the town of Abeche.', 'en')).toEqual([]);
    expect(
      deployments("Le Tchad a envoyé des officiers au poste de commandement de l'armée malienne à Gao.", 'fr'),
    ).toEqual([]);
  });

  it('the accuser of a sending is not its sender', () => {
    expect(deployments("Kinshasa accuse le Rwanda d'avoir envoyé des soldats à Goma.", 'fr')).not.toContain(
      'DEPLOYMENT TROOPS democratic-republic-of-the-congo goma ASSERTED',
    );
  });

  it('a sending planned or refused, or forces sent to help someone with no place', () => {
    expect(deployments('Kenya plans to send 400 police officers to Port-au-Prince.', 'en')).toEqual([]);
    expect(deployments('Chad sent troops to help the Malian army.', 'en')).toEqual([]);
  });
});
