import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { extractDraft } from '../../src/extract/extract-draft.ts';
import type { KnownEntities } from '../../src/extract/known-entities.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { knownFromFiles } from '../../src/extract/load-known.ts';
import { prepareText } from '../../src/extract/prepare.ts';
import { RuleCoder } from '../../src/extract/rule-coder.ts';
import type { ClaimInput } from '../../src/ingest/article-format.ts';

// Support named without a support verb, and the constructions that find its parties (data/lexicon/
// constructions.json): one sentence per case, written for these tests, French and English, each with a near
// miss that must not fire (a denial, a refusal, a blocked or requested delivery, a permission that grants no
// territory), and a hedge that sets the certainty.

const lexicon = loadLexicon();
const coder = new RuleCoder(lexicon);
let known: KnownEntities;
beforeAll(async () => {
  known = await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
});

function found(text: string, language: 'fr' | 'en'): ClaimInput[] {
  const prepared = prepareText(`Title\n\n${text}\n`, {
    label: 'test',
    lexicon,
    overrides: { id: 'test-article', title: 'Test', publisher: 'Test', publishedAt: '2024-05-10', language },
  });
  return extractDraft(coder, { text: prepared.text, metadata: prepared.metadata, known }).claims ?? [];
}

const brief = (c: ClaimInput) =>
  [c.kind, c.supportType ?? c.statementType ?? '', c.subject, c.object ?? c.location ?? '', c.polarity ?? 'ASSERTED']
    .join(' ')
    .replace(/ +/g, ' ');

const support = (text: string, language: 'fr' | 'en'): string[] =>
  found(text, language)
    .filter((c) => c.kind === 'SUPPORT')
    .map(brief)
    .sort();

const certainty = (text: string, language: 'fr' | 'en'): string[] =>
  found(text, language)
    .filter((c) => c.kind === 'SUPPORT')
    .map((c) => c.evidence[0]?.certainty ?? '');

describe('territory: a permit verb, its object, then a territory word', () => {
  it('the accused of an accusation lets the object in (EN, FR)', () => {
    expect(
      support('The FLA attacked Kidal. Mali accused Algeria of allowing the rebels to use its territory.', 'en'),
    ).toEqual(['SUPPORT TERRITORY_ACCESS algeria fla ASSERTED']);
    expect(
      support(
        "Le FLA a attaqué Kidal. Bamako accuse l'Algérie de laisser les rebelles se replier sur son territoire.",
        'fr',
      ),
    ).toEqual(['SUPPORT TERRITORY_ACCESS algeria fla ASSERTED']);
  });
  it('the subject of the permit verb, with a hedge', () => {
    expect(support('Mauritania reportedly allowed the JNIM to cross its territory.', 'en')).toEqual([
      'SUPPORT TERRITORY_ACCESS mauritania jnim ASSERTED',
    ]);
    expect(certainty('Mauritania reportedly allowed the JNIM to cross its territory.', 'en')).toEqual(['REPORTED']);
    expect(certainty('La Mauritanie aurait autorisé le JNIM à utiliser son territoire.', 'fr')).toEqual(['POSSIBLE']);
  });
  it('a hedge after the frame is inside the quote (the draft passes its gates)', () => {
    expect(
      certainty('Le Tchad a laissé le JNIM utiliser son territoire, selon des sources sécuritaires.', 'fr'),
    ).toEqual(['REPORTED']);
    expect(
      certainty('La vente de drones russes au Niger est confirmée, selon des sources sécuritaires.', 'fr'),
    ).toEqual(['REPORTED']);
  });
  it('a denial after the accusation denies it; a refusal is no support', () => {
    expect(
      support('Mali accused Algeria of letting the FLA use its territory as a rear base, which Algiers denied.', 'en'),
    ).toEqual(['SUPPORT TERRITORY_ACCESS algeria fla ASSERTED', 'SUPPORT TERRITORY_ACCESS algeria fla DENIED']);
    expect(support('Algeria refused to allow the FLA to use its territory.', 'en')).toEqual([
      'SUPPORT TERRITORY_ACCESS algeria fla DENIED',
    ]);
    expect(support("L'Algérie n'a pas autorisé le FLA à utiliser son territoire.", 'fr')).toEqual([
      'SUPPORT TERRITORY_ACCESS algeria fla DENIED',
    ]);
  });
  it('no territory word, no support', () => {
    expect(support('Algeria allowed the Malian army to enter the town.', 'en')).toEqual([]);
    expect(support("Le Niger a laissé l'armée malienne poursuivre son offensive.", 'fr')).toEqual([]);
  });
  it('an open verb with its airspace as object and a recipient after "to"/"à"', () => {
    expect(support('Chad opened its airspace to the French army.', 'en')).toEqual([
      'SUPPORT TERRITORY_ACCESS chad french-armed-forces ASSERTED',
    ]);
    expect(support("Le Niger aurait ouvert son espace aérien à l'armée française.", 'fr')).toEqual([
      'SUPPORT TERRITORY_ACCESS niger french-armed-forces ASSERTED',
    ]);
  });
});

describe('support named by a noun: "la livraison de X à Y", "Iran’s supply of X to Y"', () => {
  it('the supporter from a demonym beside what was given (FR) or a possessive (EN)', () => {
    expect(support("La livraison de drones russes à l'armée malienne a commencé en mai.", 'fr')).toEqual([
      'SUPPORT DRONES russia fama ASSERTED',
    ]);
    expect(support("Russia's delivery of attack helicopters to the Malian army worried Algiers.", 'en')).toEqual([
      'SUPPORT AIRCRAFT russia fama ASSERTED',
    ]);
  });
  it('the agent after "par"/"by"', () => {
    expect(support('La vente de blindés au Niger par la France remonte à 2021.', 'fr')).toEqual([
      'SUPPORT WEAPONS france niger ASSERTED',
    ]);
  });
  it('the subject of a presenting verb, one claim per coordinated item', () => {
    expect(support('France announced a new package of armoured vehicles and ammunition for Chad.', 'en')).toEqual([
      'SUPPORT MUNITIONS france chad ASSERTED',
      'SUPPORT WEAPONS france chad ASSERTED',
    ]);
  });
  it('a hedge in the clause sets the certainty', () => {
    expect(certainty("La livraison de drones russes à l'armée malienne aurait eu lieu en mai.", 'fr')).toEqual([
      'POSSIBLE',
    ]);
  });
  it('no claim when the delivery is blocked, asked for, humanitarian, or has no supplier named', () => {
    expect(support('Washington suspended the delivery of Russian drones to the Malian army.', 'en')).toEqual([]);
    expect(support("Bamako a demandé la livraison de drones russes à l'armée malienne.", 'fr')).toEqual([]);
    expect(support('The delivery of drones to the Malian army was completed in May.', 'en')).toEqual([]);
    expect(support("La livraison d'aide humanitaire au Niger par l'Algérie a repris.", 'fr')).toEqual([]);
  });
  it('a denial before the noun denies it', () => {
    expect(support('Russia denied the delivery of Russian drones to the Malian army.', 'en')).not.toContain(
      'SUPPORT DRONES russia fama ASSERTED',
    );
  });
});

describe('an apposition names the noun phrase by the actor after it', () => {
  it('"militias known as X" after "by", the name proposed as an armed group', () => {
    expect(support('The Malian army is supported by local militias known as Dan Na Ambassagou.', 'en')).toEqual([
      'SUPPORT TROOPS dan-na-ambassagou fama ASSERTED',
    ]);
  });
  it('not an apposition to something else', () => {
    expect(support('The Malian army is supported by a bridge known as the Wagner crossing.', 'en')).toEqual([]);
  });
});

describe('a clause after "mais"/"but" without a subject shares the previous one', () => {
  it('the denied half is the same supporter’s', () => {
    expect(support("La Russie a formé l'armée malienne mais n'a pas livré de drones.", 'fr')).toEqual([
      'SUPPORT DRONES russia fama DENIED',
      'SUPPORT TRAINING russia fama ASSERTED',
    ]);
  });
});

describe('a fight named after "after"/"après" is the previous military act’s subject’s', () => {
  it('"recaptured … after heavy fighting with X"', () => {
    const claims = found('The Malian army recaptured Kidal after heavy fighting with the CSP.', 'en').map(brief);
    expect(claims).toContain('COMBAT fama csp ASSERTED');
  });
  it('not after a statement', () => {
    const claims = found('The UN condemned the killings after clashes with the CSP.', 'en').map(brief);
    expect(claims.filter((c) => c.startsWith('COMBAT'))).toEqual([]);
  });
});

describe('a verb’s object may begin with a member noun', () => {
  it('"a formé des soldats tchadiens"', () => {
    expect(support('La France a formé des soldats tchadiens.', 'fr')).toEqual([
      'SUPPORT TRAINING france chad-armed-forces ASSERTED',
    ]);
  });
});

describe('a withdrawal named by a noun', () => {
  const withdrawals = (text: string, language: 'fr' | 'en') =>
    found(text, language)
      .filter((c) => c.kind === 'WITHDRAWAL')
      .map(brief)
      .sort();
  it('who left after "of"/"de" or a possessive, the organisation left after "from"/"de"', () => {
    expect(withdrawals('The withdrawal of Mali and Niger from ECOWAS took effect in January.', 'en')).toEqual([
      'WITHDRAWAL mali ecowas ASSERTED',
      'WITHDRAWAL niger ecowas ASSERTED',
    ]);
    expect(withdrawals('Le Burkina Faso a annoncé jeudi son retrait de la CEDEAO.', 'fr')).toEqual([
      'WITHDRAWAL burkina-faso ecowas ASSERTED',
    ]);
  });
  it('a demand for a withdrawal is none, nor one without both sides named', () => {
    expect(withdrawals("Bamako a exigé le retrait de l'armée française du Mali.", 'fr')).toEqual([]);
    expect(withdrawals('The withdrawal was completed in December.', 'en')).toEqual([]);
  });
});

describe('"is supporting" is a progressive, not a passive', () => {
  it('the subject supports the object; the passive still reads its agent after "by"', () => {
    expect(support('Algeria said its soldiers were supporting the FLA offensive.', 'en')).toEqual([
      'SUPPORT TROOPS algeria fla ASSERTED',
    ]);
    expect(support('The FLA is supported by Algeria.', 'en')).toEqual(['SUPPORT OTHER algeria fla ASSERTED']);
  });
});

describe('a day or "le contrôle de" between a control verb and its place is no distance', () => {
  it('"a repris jeudi le contrôle de Kidal"', () => {
    expect(found("L'armée malienne a repris jeudi le contrôle de Kidal.", 'fr').map(brief)).toContain(
      'CONTROL fama kidal ASSERTED',
    );
  });
  it('but other words are: "a pris part aux combats près de Kidal" is no capture', () => {
    expect(
      found("L'armée malienne a pris part lundi aux combats près de Kidal.", 'fr')
        .map(brief)
        .filter((c) => c.startsWith('CONTROL')),
    ).toEqual([]);
  });
});

describe('a deployment goes where its destination preposition says, past the troops named', () => {
  it('"a déployé un millier de soldats et de policiers dans la région de Kidal"', () => {
    expect(
      found('Le Niger a déployé un millier de soldats et de policiers dans la région de Kidal en juillet.', 'fr').map(
        brief,
      ),
    ).toContain('DEPLOYMENT TROOPS niger kidal-region ASSERTED');
  });
  it('not a place named for something else', () => {
    expect(
      found('Niger deployed a thousand soldiers after the attack on the convoy that had left Kidal.', 'en')
        .map(brief)
        .filter((c) => c.startsWith('DEPLOYMENT')),
    ).toEqual([]);
  });
});

describe('a subject named between commas after a group’s noun', () => {
  it('"The UN mission in Mali, MINUSMA, left Kidal" is MINUSMA’s, not the UN’s', () => {
    const claims = found('The UN stabilisation mission in Mali, MINUSMA, left Kidal on 31 October.', 'en').map(brief);
    expect(claims).toContain('WITHDRAWAL minusma kidal ASSERTED');
    expect(claims.filter((c) => c.includes(' un '))).toEqual([]);
  });
  it('not a list of places after a country', () => {
    const claims = found('Mali, Niger and Burkina Faso left ECOWAS in January.', 'en').map(brief);
    expect(claims).toContain('WITHDRAWAL mali ecowas ASSERTED');
  });
});
