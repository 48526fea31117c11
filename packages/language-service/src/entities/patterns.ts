// Generic name patterns: titles, organisation and place keywords, name particles. No names.

import { wordSet } from '../text/word-set.js';

/** Words that head a title before a person's name ("Prime Minister", "Majority Leader", "Gen."). */
export const HEAD_TITLES = wordSet(
  'president minister premier chancellor senator sen. sen representative rep. rep congressman congresswoman governor gov. gov ' +
  'mayor secretary ambassador envoy leader speaker chairman chairwoman chair spokesman spokeswoman spokesperson judge justice ' +
  'king queen prince princess pope cardinal archbishop bishop rev. reverend father sheikh sheik emir sultan ' +
  'general gen. gen colonel col. col lieutenant lt. major maj. captain capt. commander cmdr. admiral adm. sergeant sgt. marshal ' +
  'mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady professor prof. coach manager director chief inspector superintendent ' +
  'commissioner attorney prosecutor officer deputy president-elect dictator warlord coroner trooper aide ' +
  // abbreviations as the tokenizer gives them, without their period ("Sgt. Don Manumaleuna", "Lt. Gerry Scherlinck")
  'sgt lt capt maj adm cmdr det det. detective cpl cpl. corporal constable supt supt. insp insp.',
);

/**
 * Titles that come off a name after them ("Genesee County Sheriff Robert Pickell", "MWEB CEO Rudi Jansen") but
 * alone name an office or a body rather than its holder ("the Sheriff's Department", "company CEO gunned down"):
 * kept out of HEAD_TITLES, whose words alone may stand for their holder.
 */
export const TITLES_BEFORE_NAMES = wordSet('sheriff undersheriff ceo executive d.a. clerk editor doctor sister asst asst.');

/** Words that can come before a head title inside a title phrase ("Prime", "Foreign", "Deputy"). */
export const TITLE_MODIFIERS = wordSet(
  'prime foreign finance defence defense interior justice trade economy economics health education labour labor energy ' +
  'deputy vice assistant acting former chief senior junior majority minority house senate state general attorney ' +
  'first second lieutenant executive managing crown supreme high grand opposition party national team club ' +
  // "Surgeon General": a title of its own, no body called Surgeon (ECB+ t34)
  'surgeon',
);

/** Last words of organisation names ("... Inc", "... Party", "... United"). */
export const ORG_SUFFIXES = wordSet(
  'inc inc. corp corp. corporation co co. cos cos. bros bros. company companies ltd ltd. llc plc ag sa nv bv gmbh group holdings holding ' +
  'party ministry council university college school academy bank club united city rovers wanderers athletic albion ' +
  'agency association federation union committee commission organisation organization institute foundation fund ' +
  'department office court airlines airline airways army navy police parliament congress senate assembly exchange board ' +
  'authority bureau service services front movement brigades brigade league alliance times post news press television ' +
  'tv radio journal herald tribune network industries enterprises motors systems technologies bancorp trust partners ' +
  'securities insurance petroleum oil energy telecom communications church team government cabinet coalition junta ' +
  'guard forces commands command mission cup ' +
  // an award is named like a body, never a person ("Academy Awards", "Pulitzer Prize", "MacArthur Fellowship"; the analysis has no kind for awards)
  'award awards prize prizes fellowship ' +
  // industries a firm is named by ("Dow Chemical", "Hindustan Copper")
  'chemical chemicals medical pharmaceutical pharmaceuticals copper mining mines minerals commodities ' +
  'electric electronics foods brands stores resources realty properties financial textiles cement software ' +
  'semiconductor semiconductors laboratories aviation shipping logistics computer computers aerospace survey',
);

/** First words of "X of Y" organisation names ("Bank of England", "University of Texas"). */
export const ORG_HEADS = wordSet(
  'bank university ministry department council institute college court league federation association union ' +
  'party office bureau board commission committee organisation organization church house chamber society academy',
);

/** Last words of place names ("Red Sea", "Gaza Strip", "Mexico City" is handled by the gazetteer). */
export const PLACE_SUFFIXES = wordSet(
  'river sea ocean mountains mountain hills island islands isles bay gulf valley strait straits peninsula desert ' +
  'street avenue road square province region county district state territory coast heights plateau lake lakes canal ' +
  'basin park airport border strip',
);

/** First words of place names ("Mount Everest", "Lake Victoria", "Gulf of Mexico"). */
export const PLACE_HEADS = wordSet('mount lake gulf sea bay isle cape port fort saint st. st strait republic kingdom state province');

/** Compass words: before a place keyword or a place they make a place ("West Bank", "South Lebanon"). */
export const COMPASS = wordSet(
  'north south east west northern southern eastern western central upper lower north-east north-west south-east south-west ' +
  'northeast northwest southeast southwest near middle far east-central',
);

/** Lower-case particles inside personal names ("Osama bin Laden", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = wordSet('bin bint ibn al el van von der den de del della di da du le la ter abu abd');

/** Connectors inside organisation and place names when the head allows them ("Bank of England"). */
export const CONNECTORS = wordSet('of for and &');

/** Capitalised words that begin sentences or headlines and are not names. */
export const NOT_NAMES = wordSet(
  'the a an this that these those it its he she they we i you his her their our my your there here what when where ' +
  'who why how but and or if as at by for from in on of to with after before while since until because although ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
  'september october november december mon tue tues wed thu thurs fri sat sun jan feb mar apr jun jul aug sep sept ' +
  'oct nov dec mr mrs ms dr no yes not all some many most more several other said says according also however ' +
  'somebody someone anybody anyone everybody everyone nobody something anything everything nothing none ' +
  'whoever whatever wherever whenever whichever somewhere anywhere everywhere nowhere each either neither another',
);

/** Indefinite pronouns: capitalised at a sentence start they stand for no one in particular ("Somebody"). */
export const INDEFINITE = wordSet('somebody someone anybody anyone everybody everyone nobody whoever');

/** Words that head lines of tables and notes ("Page 2", "Total"); names only after a first name ("Bettie Page"). */
export const HEADER_WORDS = wordSet('copyright page total results standings table summary note notes attendance halftime half-time scorers scorer');

/** A navy's prefix before a ship's name ("INS Sukanya", "USS Cole", "HMS Belfast"): the name is a ship's, no person's. */
export const SHIP_PREFIXES = wordSet('uss usns hms hmas hmcs hmnzs ins rfs mv rms');
/** Words that open a storm's name ("Hurricane Ike", "Typhoon Haiyan", "Tropical Storm Fay" read from "Storm"). */
export const STORM_WORDS = wordSet('hurricane typhoon cyclone storm');

/** Words for a kind of vessel written before a ship's name ("Naval Ship Sukanya", "the warship Sukanya"): no part of the name. */
export const VESSEL_WORDS = wordSet('naval ship warship vessel frigate destroyer corvette submarine');

/** Last words of event names (tagged neither organisation nor place: "World Cup", "Grand Prix"). */
export const EVENT_SUFFIXES = wordSet('cup championship championships open games olympics olympiad trophy prix tournament series festival war day final finals treaty protocol accord accords rising uprising');

/**
 * Names of market indices and of sporting events that are no organisation, person or place
 * ("the Nikkei rose", "the Dow Jones industrial average", "won Wimbledon", "the Ashes"): no entity.
 */
export const NOT_ENTITY_NAMES = wordSet(
  'dow|dow jones|ny dow|nikkei|ftse|dax|cac|hang seng|topix|kospi|sensex|s&p|nasdaq composite|stoxx|euro stoxx|' +
  'wimbledon|the ashes|ashes|super bowl|tour de france|giro d\'italia|vuelta|world series',
  '|',
);

/** Words around a place name that make it a sports team ("Essex beat Kent", "Surrey were 200"). */
export const TEAM_VERBS = wordSet(
  'beat beats defeated defeat drew draw lost won were have trail trailed lead led declared collapsed slumped ' +
  'reached closed host hosts face faces play plays played meet meets captain skipper coach manager batsman bowler ' +
  'striker midfielder defender goalkeeper opener tied rallied routed blanked edged clinched',
);
export const TEAM_BEFORE = wordSet('beat beats defeated against v v. vs vs. versus');

/** Prepositions of place: an unknown name after one is most likely a place. */
export const LOCATIVE = wordSet('at in near outside inside across throughout towards toward around into between invade invaded invading enter entered entering');

/** Nouns of a place before "of" and a name: the name is a place ("the province of X", "the battle of X"). */
export const PLACE_OF = wordSet('city town village province state region county district capital suburb suburbs outskirts battle siege port island municipality');

/** Company-form suffixes that end a name ("Acme Inc of Ohio" is "Acme Inc"). */
export const CORPORATE = wordSet('inc inc. corp corp. co co. cos cos. bros bros. ltd ltd. llc plc ag sa nv bv gmbh');


/** Lower-case words after a name (or its "'s") that make it a company or a club ("Acme chairman", "Acme's shares"). */
export const ORG_CONTEXT = wordSet(
  'chairman chairwoman ceo shares stock stake shareholders subsidiary subsidiaries unit units executives employees ' +
  'keeper goalkeeper striker midfielder defender coach captain newspaper daily weekly magazine',
);

/** Lower-case nouns right before a name that make it a body ("team Deportivo", "the daily Le Matin", "airline El Al"). */
export const ORG_BEFORE = wordSet(
  'team club side company firm group newspaper daily weekly magazine agency airline bank insurer broker ' +
  'brokerage maker manufacturer retailer publisher network broadcaster station champions outfit party conglomerate',
);

/** Abbreviations of common words written in capitals: no name ("GDP", "CEO", "RBI", "EDT"). */
export const COMMON_ACRONYMS = wordSet(
  'gdp gnp cpi ppi pmi ipo ceo cfo coo cto vat eps nav adr adrs gdr gdrs atm pc tv cd dvd suv ufo faq ' +
  'aids hiv dna rna gmt edt est cdt cst mdt mst pdt pst bst cet utc rbi rbis era mvp pct',
);

/**
 * A party's adjective and its members ("Republican senators", "a Democrat", "Tories"): no entity of
 * their own; a party is named with its noun ("the Republican Party"). "Labour" names the party itself.
 */
export const PARTY_WORDS = wordSet(
  'republican republicans democrat democrats democratic conservative conservatives tory tories liberal liberals ' +
  'socialist socialists communist communists nationalist nationalists',
);

/** A degree written after a person's name ("Regina Benjamin, MD, ...", "M.D.", "PhD", "MBA"): no name. */
export const DEGREE = /^(?:MD|M\.D\.?|PhD|Ph\.D\.?|MBA|M\.B\.A\.?|DDS|JD|J\.D\.?)$/;
