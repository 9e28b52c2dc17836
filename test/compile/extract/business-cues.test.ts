// Cues that a name is a business: a revenue milestone, being counted among a firm's customers, investing in a
// round, being what a firm is now part of, making things; and where each cue stops (the over-reach a review
// found: products with revenue, people and public bodies in the same patterns, names inside other names).
import { describe, expect, it } from 'vitest';
import { entitiesOf, find, votes } from './helpers.js';

describe('business cues', () => {
  it('types the subject of a revenue milestone a company, but not a name in a later clause or a product with users', () => {
    const es = entitiesOf([
      'Deel passed $1B in annualized revenue, according to co-founder Alex Bouaziz.',
      'Gleanwise hit $100M ARR in March.',
      'Zedtool passed 1M users in March.',
    ]);
    expect(find(es, 'Deel')?.type).toBe('company');
    expect(find(es, 'Gleanwise')?.type).toBe('company');
    expect(find(es, 'Zedtool')?.type).not.toBe('company');
    // (the weak vote every name of a sentence about revenue gets, no more)
    expect(votes('Python keeps growing and Anaconda hit $150M ARR.', 'Python').company ?? 0).toBeLessThan(1);
  });

  it('types the names a business counts among its customers, but not people or public bodies', () => {
    const text = 'Decagon builds support agents and counts Duolingo and Notion among its customers.';
    expect(votes(text, 'Duolingo').company).toBeGreaterThanOrEqual(2);
    expect(votes(text, 'Notion').company).toBeGreaterThanOrEqual(2);
    expect(votes('The editor counts Vim and Emacs bindings among its features.', 'Vim').company ?? 0).toBe(0);
    expect(votes('Palantir counts the IRS and the Army among its customers.', 'IRS').company ?? 0).toBe(0);
    expect(votes('Acme counts Elad Gil and Sarah Guo among its backers.', 'Sarah Guo').company ?? 0).toBe(0);
  });

  it('types investors who participate in a funding round, but not angels or the entrants of another kind of round', () => {
    const text = 'The round valued Flo at $1.3 billion, with GV and Highland Europe participating.';
    expect(votes(text, 'Highland Europe').company).toBeGreaterThanOrEqual(2);
    expect(votes(text, 'GV').company).toBeGreaterThanOrEqual(2);
    expect(votes('We ran the workshop with Alice and Bob participating.', 'Bob').company ?? 0).toBe(0);
    expect(votes('In this round of Interop, with Chrome and Safari participating, scores rose.', 'Safari').company ?? 0).toBe(0);
    expect(votes('Decagon raised $35M, with Elad Gil and Sarah Guo participating.', 'Sarah Guo').company ?? 0).toBeLessThan(1);
  });

  it('types what a firm is now part of only in an aside, and lightly', () => {
    const v = votes('For our own investigations we use Velociraptor, now part of Rapid7, for triage.', 'Rapid7');
    expect(v.company).toBeGreaterThan(0);
    expect(v.company).toBeLessThan(2);
    expect(votes('The parser is now part of Tree-sitter.', 'Tree-sitter').company ?? 0).toBe(0);
  });

  it('types a maker named by its role without an article, but not a creator, a person or a public body', () => {
    expect(votes('Turn 10 Studios, maker of Forza Motorsport, lost about half its staff.', 'Turn 10 Studios').company).toBeGreaterThanOrEqual(3);
    expect(votes('Tobiko Data, maker of SQLMesh, was bought in September.', 'Tobiko Data').company).toBeGreaterThanOrEqual(3);
    expect(votes('Guido Rossano, creator of Pylint, retired.', 'Guido Rossano').company ?? 0).toBe(0);
    expect(votes('Sarah Johnson, maker of the Tiny Shell, spoke.', 'Sarah Johnson').company ?? 0).toBe(0);
    expect(votes('NIST, maker of the standard, said so.', 'NIST').company ?? 0).toBe(0);
  });

  it('types the members of a list of studios, and reads no head word inside a capitalised name', () => {
    const es = entitiesOf(['For players the question is what the debt means for studios like BioWare, Respawn Entertainment and Maxis.']);
    expect(find(es, 'BioWare')?.type).toBe('company');
    expect(find(es, 'Maxis')?.type).toBe('company');
    expect(votes('GitLens, a Visual Studio Code extension, shows blame inline.', 'GitLens').company ?? 0).toBe(0);
    expect(votes('GitLens, a Visual Studio Code extension, shows blame inline.', 'GitLens').product).toBeGreaterThanOrEqual(3);
    expect(votes('PLOS, a nonprofit publisher of journals, agreed.', 'PLOS').organization).toBeGreaterThanOrEqual(3);
  });

  it("gives the owner of games, phones and chips a maker vote, but not the owner of a game's loop or a library", () => {
    expect(votes("Everwild, Rare's long-troubled adventure game, was cancelled.", 'Rare', true).company).toBeGreaterThanOrEqual(1.5);
    expect(votes("Balatro's game loop is tight.", 'Balatro', true).company).toBeLessThan(1);
    expect(votes("Pyrelight's standard library grew again.", 'Pyrelight', true).company).toBeLessThan(1);
  });

  it('types a name whose appositive makes it a firm (`its transformer joint venture`), not a rival, which products have too', () => {
    expect(votes('GE Vernova bought the rest of Prolec GE, its transformer joint venture, for $5.3 billion.', 'Prolec GE').company).toBeGreaterThanOrEqual(3);
    expect(votes('Chrome dominates. Firefox, its closest rival, has 3% share.', 'Firefox').company ?? 0).toBe(0);
    expect(votes('Fluence, the joint venture of Siemens and AES, cut its guidance.', 'Fluence').company).toBeGreaterThanOrEqual(3);
    expect(votes('Zach Dell, its CEO, says the money goes to a factory.', 'Zach Dell').person).toBeGreaterThanOrEqual(3);
    // `its` opens an appositive only after the comma.
    expect(votes('The team moved Parcelo its own way.', 'Parcelo').company ?? 0).toBe(0);
  });

  it('types what a named buyer buys and the buyer, but not what people bought or a noun `purchases`', () => {
    expect(votes('Datadog buys Metaplane.', 'Metaplane').company).toBeGreaterThanOrEqual(2);
    expect(votes('Lyten buys what is left of Northvolt.', 'Lyten').company).toBeGreaterThanOrEqual(2);
    expect(votes('Mario Kart World is the launch title everyone bought.', 'Mario Kart World').company ?? 0).toBe(0);
    expect(votes('Judge Gonzalez Rogers banned Apple from charging a commission on purchases made outside apps.', 'Gonzalez Rogers').company ?? 0).toBe(0);
    expect(votes('Most readers bought Kindle editions.', 'Kindle').company ?? 0).toBe(0);
    // Goods, models of goods, and what a crowd buys.
    expect(votes('Gamers bought Steam Deck units in droves.', 'Steam Deck').company ?? 0).toBe(0);
    expect(votes('Valve bought Steam Deck units for staff.', 'Steam Deck').company ?? 0).toBe(0);
    expect(votes('Meta bought H100s by the hundred thousand.', 'H100s').company ?? 0).toBe(0);
  });

  it('types who built a thing when it is no person (not what runs or manages it), and a maker after a comma and `from`', () => {
    expect(votes('We chose CloudNativePG, originally built by EDB and now a CNCF project.', 'EDB').company).toBeGreaterThan(0);
    expect(votes('The cluster is managed by Kubernetes.', 'Kubernetes').company ?? 0).toBe(0);
    expect(votes('The jobs are run by Jenkins.', 'Jenkins').company ?? 0).toBe(0);
    expect(votes('The tool was built by Jane Smith in 2019.', 'Jane Smith').company ?? 0).toBe(0);
    expect(votes('Servers such as bazel-remote and NativeLink, from Trace Machina, are free.', 'Trace Machina').company).toBeGreaterThan(0);
    expect(votes('Helm was created by Deis, later bought by Microsoft.', 'Deis').company).toBeGreaterThanOrEqual(2);
  });

  it('types the owner of cars, chargers and factories, and a name that supplies others', () => {
    expect(votes("Look at Emporia's charger with load management.", 'Emporia', true).company).toBeGreaterThanOrEqual(1.5);
    expect(votes('Innoviz supplies the Volkswagen Group.', 'Innoviz').company).toBeGreaterThanOrEqual(2);
  });

  it('reads `X ships inside Y` as a product, `X shipped` as a company', () => {
    expect(votes('Kustomize ships inside kubectl these days.', 'Kustomize').company ?? 0).toBe(0);
    expect(votes('Kustomize ships inside kubectl these days.', 'Kustomize').product).toBeGreaterThanOrEqual(2);
    expect(votes('Acmeco shipped two updates this month.', 'Acmeco').company).toBeGreaterThanOrEqual(2);
  });

  it('types an acronym with the article that orders or has officers as a public body, not any acronym', () => {
    expect(votes('In January the CFPB ordered Block to pay.', 'CFPB').organization).toBeGreaterThanOrEqual(2);
    expect(votes("The UNFCCC's executive secretary, Simon Stiell, has said so.", 'UNFCCC', true).organization).toBeGreaterThanOrEqual(2);
    expect(votes('Restart the JVM ordered by the script.', 'JVM').organization ?? 0).toBe(0);
    expect(votes('Stripe ordered new servers.', 'Stripe').organization ?? 0).toBe(0);
    // Rules and tools require things too.
    expect(votes('In short, the AGPL requires you to publish changes.', 'AGPL').organization ?? 0).toBe(0);
  });
});
