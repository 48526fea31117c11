// Names the data packages of gazetteer-data.ts lack, written by hand. Names are separated by "|".
// The packages list today's states only, and demonyms of states only; news names the nations of
// the United Kingdom, states that no longer exist, the regions every report uses, and peoples and
// faiths that are no state's demonym. Each list is what a reader would call common knowledge: no
// name is here because a test set has it.

/** Nations, historical states and older spellings of today's states. */
export const EXTRA_COUNTRIES =
  'England|Scotland|Wales|Northern Ireland|Ulster|Soviet Union|USSR|U.S.S.R.|Yugoslavia|Czechoslovakia|Zaire|' +
  'East Germany|West Germany|Rhodesia|Ceylon|Siam|Persia|Kazakstan|Byelorussia|Belorussia|Kirghizia|Moldavia|' +
  'Bosnia-Hercegovina|Serbia and Montenegro|Tibet|Kurdistan|Gaza|Holy See|Cote d\'Ivoire|Timor';

/** Regions, seas and areas named in the news that are no state. */
export const EXTRA_REGIONS =
  'Middle East|Near East|Far East|Balkans|Caucasus|Latin America|Arctic|Antarctic|Siberia|Kashmir|West Bank|' +
  'Gaza Strip|Golan Heights|Persian Gulf|Scandinavia|Sahara|Himalayas|Baltics|Pacific|Atlantic|Mediterranean|' +
  'Caribbean|Horn of Africa|Sinai|Midwest|New England|Transvaal|Natal|Bavaria|Catalonia|Andalusia|Flanders|' +
  'Wallonia|Lombardy|Tuscany|Sicily|Sardinia|Corsica|Brittany|Normandy|Provence|Kosovo|Chechnya|Dagestan|' +
  'Ingushetia|Crimea|Transylvania|Silesia|Patagonia|Punjab|Mindanao|Borneo|Sumatra|' +
  'Bali|Tasmania|Yukon|Alaska|Hawaii|Newfoundland|Greenland|Iberia|Anatolia|Mesopotamia|Levant|Maghreb|Sahel';

/**
 * Peoples, faiths and their members that are no state's demonym ("Kurdish", "Moslems", "Hutu"): like
 * a demonym, not an entity by itself. Words that are also common given names ("Christian") are left out.
 */
export const EXTRA_DEMONYMS =
  'English|Scottish|Scots|Scot|Welsh|Briton|Englishman|Englishmen|Scotsman|Irishman|Frenchman|Frenchmen|' +
  'Soviet|Yugoslav|Czechoslovak|Serb|Croat|Bosniak|Slovene|Kurd|Kurdish|Arab|Arabic|Asian|African|European|' +
  'Latino|Latina|Hispanic|Jew|Jewish|Muslim|Moslem|Catholic|Protestant|Hindu|Sikh|Buddhist|' +
  'Sunni|Shi\'ite|Shiite|Shia|Hutu|Tutsi|Basque|Catalan|Flemish|Walloon|Zulu|Xhosa|Tamil|Sinhalese|Pashtun|' +
  'Uzbek|Tajik|Turkmen|Chechen|Ingush|Cossack|Tatar|Slav|Slavic|Afrikaner|Aborigine|Aboriginal|Maori|Inuit|' +
  'Bedouin|Druze|Alawite|Yazidi|Rohingya|Uighur|Uyghur|Tibetan|Berber|Copt|Coptic|Anglican|Methodist|' +
  'Lutheran|Mormon|Evangelical|Westerner|Coloured|Coloureds';
