// Places have no page. Towns no list knows are told by where the text puts them: beside their region, near or
// outside something, where a meeting was held last week, in a headquarters column, among other places, or by a
// head word such as Valley. Each with a name of the same shape that stays.
import { describe, expect, it } from 'vitest';
import { entitiesOf, names } from './helpers.js';

const namesOf = (...bodies: string[]): string[] => names(entitiesOf(bodies));

describe('places told by context', () => {
  it('a town named with its region, whatever comes before it', () => {
    const found = namesOf('The Farm Progress Show alternates between Decatur, Illinois, and Boone, Iowa, every year.');
    expect(found).not.toContain('Boone');
    expect(found).toContain('Farm Progress Show');
  });

  it('near or outside a town, and a meeting held in a town last week; not a journal a paper appeared in', () => {
    const found = namesOf(
      'Cables were cut in the Red Sea near Jeddah, including SMW4. A grower outside Lodi and his sons tested it.',
      'SIGCOMM 2025 wrapped up in Coimbra last week.',
      'The paper, "Towards conversational diagnostic artificial intelligence", appeared in Nature this spring, and Nature is where it belongs.',
    );
    expect(found).not.toContain('Jeddah');
    expect(found).not.toContain('Lodi');
    expect(found).not.toContain('Coimbra');
    expect(found).toContain('Nature');
  });

  it('a headquarters column holds places', () => {
    const found = namesOf(['| Vendor | Headquarters |', '| --- | --- |', '| Samsung Networks | Suwon |', '| Ericsson | Stockholm |'].join('\n'));
    expect(found).not.toContain('Suwon');
    expect(found).toContain('Samsung Networks');
  });

  it('valleys and islands are places', () => {
    const found = namesOf('If you grow tree nuts in the Central Valley, Deere has answers. A cable to the Penghu Islands was cut.');
    expect(found).not.toContain('Central Valley');
    expect(found).not.toContain('Penghu Islands');
  });

  it('a plain name listed with places only is one; a firm listed with places stays', () => {
    const found = namesOf('The cable lands in Kenya, Nigeria and Mombasa. Vodafone, Kenya and Nigeria signed the deal.');
    expect(found).not.toContain('Mombasa');
    expect(found).toContain('Vodafone');
  });
});
