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
alabama arkansas connecticut delaware idaho indiana iowa kansas kentucky louisiana maine maryland mississippi missouri montana
nebraska oklahoma tennessee vermont wisconsin wyoming alberta manitoba saskatchewan newfoundland yukon nunavut
bahrain belarus bolivia bosnia botswana bulgaria cambodia cameroon cyprus guatemala honduras jamaica kazakhstan kosovo kuwait laos
latvia lebanon libya lithuania luxembourg malta moldova mongolia montenegro mozambique myanmar namibia nepal nicaragua oman panama
paraguay romania rwanda senegal serbia slovenia sudan syria tanzania tunisia uruguay uzbekistan venezuela yemen zambia zimbabwe
hangzhou chengdu wuhan nanjing tianjin chongqing xiamen suzhou hanoi manila karachi lahore dhaka delhi chennai kolkata ahmedabad
noida gurgaon gurugram riyadh doha tehran ankara athens bucharest belgrade zagreb ljubljana bratislava krakow kraków wroclaw
gdansk vilnius riga tallinn minsk kharkiv lviv odesa hamburg cologne stuttgart düsseldorf dusseldorf leipzig dresden rotterdam
eindhoven antwerp ghent lyon marseille toulouse bordeaux grenoble turin naples bologna seville bilbao porto glasgow bristol
leeds liverpool birmingham belfast cardiff gothenburg malmö malmo aarhus tampere espoo basel lausanne calgary edmonton ottawa
winnipeg philadelphia pittsburgh baltimore cleveland cincinnati indianapolis milwaukee minneapolis omaha nashville memphis
raleigh orlando tampa jacksonville tucson albuquerque sacramento oakland fresno boise honolulu anchorage peoria akron dayton
toledo rochester hartford reno fremont irvine pasadena burbank bogota bogotá medellin medellín quito caracas havana guadalajara
monterrey montevideo accra kinshasa kampala kigali dakar casablanca tunis algiers johannesburg durban pretoria harare lusaka
bandung surabaya yangon kathmandu colombo almaty tashkent baku tbilisi yerevan busan incheon kyoto nagoya yokohama fukuoka
sapporo kobe hsinchu kaohsiung macau canberra christchurch
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
  'new hampshire', 'new mexico', 'north carolina', 'south carolina', 'north dakota', 'south dakota', 'rhode island',
  'west virginia', 'costa rica', 'dominican republic', 'el salvador', 'sri lanka', 'ho chi minh city', 'abu dhabi',
  'kuala lumpur', 'sao paulo', 'são paulo', 'rio de janeiro', 'mexico city', 'salt lake city', 'kansas city',
  'st. louis', 'st louis', 'new orleans', 'the hague', 'addis ababa', 'phnom penh', 'puerto rico', 'czech republic',
  'ivory coast', 'british columbia', 'nova scotia', 'new brunswick', 'prince edward island', 'new south wales',
  'western australia', 'research triangle', 'san mateo', 'redwood city', 'santa monica', 'san antonio', 'fort worth',
  'el paso', 'long beach', 'oklahoma city', 'des moines', 'baton rouge',
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
