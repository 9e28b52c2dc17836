// Places: named, but not the kinds of things this wiki makes pages for.
export const PLACES: ReadonlySet<string> = new Set(
  `
afghanistan africa alaska albania algeria america americas amsterdam antarctica arctic argentina arizona armenia asia atlanta atlantic auckland austin
australia austria bangalore bengaluru bangkok bangladesh barcelona beijing belgium berlin boston brazil brisbane brooklyn brussels budapest cairo california
cambridge canada chicago chile china colombia colorado copenhagen croatia cuba czechia dallas denmark denver detroit dubai dublin ecuador
edinburgh egypt england estonia ethiopia europe finland florida france frankfurt geneva georgia germany ghana greece guangzhou hawaii helsinki
houston hungary hyderabad iceland illinois india indonesia iran iraq ireland israel istanbul italy jakarta japan jerusalem jordan kenya
korea kyiv lagos lisbon london madrid malaysia manchester manhattan massachusetts melbourne mexico miami michigan milan minnesota montreal morocco
moscow mumbai munich nairobi netherlands nevada nigeria america korea norway ohio ontario oregon osaka oslo pacific pakistan paris
pennsylvania peru philippines poland portugal prague pune qatar quebec rome russia scotland seattle seoul shanghai shenzhen singapore slovakia
africa spain stockholm sweden switzerland sydney taipei taiwan texas thailand tokyo toronto turkey uganda ukraine utah vancouver vienna
vietnam virginia wales warsaw washington zurich
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Multi-word places, matched as whole lower-cased names. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  'bay area', 'buenos aires', 'cape town', 'hong kong', 'las vegas', 'los angeles', 'new delhi', 'new jersey', 'new york',
  'new york city', 'new zealand', 'north america', 'south america', 'latin america', 'palo alto', 'san diego',
  'san francisco', 'san jose', 'saudi arabia', 'silicon valley', 'south africa', 'south korea', 'north korea', 'tel aviv',
  'united states', 'united kingdom', 'united arab emirates', 'middle east', 'southeast asia', 'east asia', 'western europe',
  'eastern europe', 'mountain view', 'menlo park', 'redmond', 'cupertino', 'santa clara', 'sunnyvale',
]);

/** Languages and demonyms (`Hindi`, `Chinese`, `European`): named, but adjectives of places, not entities. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  `
english french german spanish italian portuguese dutch russian chinese mandarin cantonese japanese korean hindi bengali
urdu arabic hebrew persian farsi turkish greek polish czech swedish norwegian danish finnish ukrainian vietnamese thai
indonesian malay tamil telugu swahili american canadian british european asian african australian indian israeli
brazilian mexican irish scottish welsh swiss austrian belgian chilean argentinian nigerian kenyan egyptian saudi emirati
pakistani taiwanese singaporean latin nordic scandinavian western eastern
`
    .split(/\s+/)
    .filter(Boolean),
);
