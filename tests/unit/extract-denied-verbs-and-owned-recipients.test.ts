import { beforeAll, describe, expect, it } from 'vitest';
import { claims, loadKnown } from '../helpers/extract-sentences.ts';

// Three constructions that news text uses all the time, which the coder dropped or misread (sentences written for
// this test, with an organisation absent from the gazetteer defined the way articles define one):
// - a denial whose verb governs the claim ("Sudan denied supplying…", "nie avoir livré…", "denied that it had…"):
//   the claim is read with the denier as its subject, and DENIED (src/extract/denial-frames.ts, rule-coder.ts);
// - a recipient named through a member noun ("aux rebelles du FACT", "to the fighters of the FACT", groups.ts);
// - a speaker with a noun of its own after a comma ("…, UN experts said") is no recipient (groups.ts).

const EN = 'The Front for Change and Concord in Chad (FACT) is a rebel group founded in 2016. ';
const FR = "Le Front pour l'alternance et la concorde au Tchad (FACT) est un groupe rebelle né en 2016. ";
const en = (s: string) => claims(EN + s, 'en', 'SUPPORT');
const fr = (s: string) => claims(FR + s, 'fr', 'SUPPORT');

beforeAll(loadKnown);

describe('a denial that governs a claim verb denies that claim', () => {
  it('English: gerund, perfect gerund, "that it had"', () => {
    const denied = ['SUPPORT WEAPONS sudan fact DENIED'];
    expect(en('Sudan denied supplying weapons to the FACT.')).toEqual(denied);
    expect(en('Sudan denied having supplied weapons to the FACT.')).toEqual(denied);
    expect(en('Sudan has denied arming the FACT.')).toEqual(denied);
    expect(en('Sudan denied that it had supplied weapons to the FACT.')).toEqual(denied);
  });

  it('French: "nie/dément/a démenti avoir…", "qu\'il avait…"', () => {
    const denied = ['SUPPORT WEAPONS sudan fact DENIED'];
    expect(fr('Le Soudan nie avoir livré des armes au FACT.')).toEqual(denied);
    expect(fr('Le Soudan dément avoir armé le FACT.')).toEqual(denied);
    expect(fr('Le Soudan a démenti avoir fourni des armes au FACT.')).toEqual(denied);
    expect(fr("Le Soudan a démenti qu'il avait fourni des armes au FACT.")).toEqual(denied);
  });

  it('near misses: what is said after the denial, and the accusation the denial answers, stay asserted', () => {
    expect(en('Sudan denied the accusations and said it had supplied food to refugees.')).toEqual([]);
    expect(en('Chad accused Sudan of arming the FACT, which Khartoum denied.')).toEqual(
      expect.arrayContaining(['SUPPORT WEAPONS sudan fact ASSERTED']),
    );
    expect(en('Sudan supplied weapons to the FACT.')).toEqual(['SUPPORT WEAPONS sudan fact ASSERTED']);
  });
});

describe('recipients and speakers', () => {
  it('a recipient named through the member noun it owns', () => {
    expect(fr('Le Soudan a livré des armes aux rebelles du FACT.')).toEqual(['SUPPORT WEAPONS sudan fact ASSERTED']);
    expect(fr('Le Soudan a livré des armes aux combattants du FACT.')).toEqual(['SUPPORT WEAPONS sudan fact ASSERTED']);
    expect(en('Sudan has supplied weapons to the rebels of the FACT.')).toEqual([
      'SUPPORT WEAPONS sudan fact ASSERTED',
    ]);
  });

  it('a speaker with its own noun after a comma is no recipient, a listed recipient still is', () => {
    expect(en('Sudan has supplied weapons to the FACT, UN experts said.')).toEqual([
      'SUPPORT WEAPONS sudan fact ASSERTED',
    ]);
    expect(en('Sudan has supplied weapons to the FACT, Chadian army officers told reporters.')).toEqual([
      'SUPPORT WEAPONS sudan fact ASSERTED',
    ]);
    expect(en('Sudan has supplied weapons to the FACT and Libya, UN experts said.')).toEqual([
      'SUPPORT WEAPONS sudan fact ASSERTED',
      'SUPPORT WEAPONS sudan libya ASSERTED',
    ]);
  });
});
