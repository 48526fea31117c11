/**
 * The most frequent function words (articles, prepositions, conjunctions, pronouns, auxiliaries)
 * of languages written in the Latin alphabet, for telling English prose from other prose.
 * Words that are also common in English ("son", "as", "no", "over", "for", "men", "war", "plus")
 * are left out. Only lower-case words are counted, so names do not vote; name particles ("de",
 * "van", "al") do, but another language must beat English by a clear margin (see language.ts).
 */
export const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: [
    'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'by', 'at', 'he',
    'his', 'from', 'be', 'are', 'have', 'has', 'had', 'were', 'this', 'which', 'an', 'not', 'but', 'they', 'their',
    'its', 'been', 'who', 'will', 'would', 'said', 'after', 'about', 'she', 'her', 'or', 'also', 'than', 'we',
    'more', 'there', 'into', 'when', 'what', 'out', 'up', 'can', 'could', 'other', 'some', 'them', 'these',
    'those', 'our', 'over', 'while', 'such', 'should', 'did', 'does', 'all', 'because', 'before', 'against',
  ],
  fr: [
    'le', 'la', 'de', 'les', 'des', 'est', 'et', 'une', 'un', 'dans', 'pour', 'qui', 'que', 'pas', 'sur', 'avec', 'sont', 'ce',
    'cette', 'il', 'elle', 'ils', 'au', 'aux', 'ont', 'été', 'mais', 'comme', 'nous', 'vous', 'leur', 'fait',
    'ses', 'était', 'par', 'ou', 'où', 'à', 'même', 'entre', 'après', 'avait', 'sont', 'lui', 'aussi', 'selon',
    'du', 'se', 'qu', 'ne', 'tout', 'très', 'ces', 'avoir', 'être',
  ],
  es: [
    'el', 'la', 'de', 'del', 'al', 'los', 'las', 'que', 'y', 'en', 'es', 'una', 'por', 'con', 'para', 'se', 'su', 'sus', 'lo', 'como', 'más',
    'pero', 'fue', 'ha', 'este', 'esta', 'también', 'muy', 'sobre', 'entre', 'cuando', 'sin', 'desde', 'porque',
    'hay', 'todo', 'ya', 'ser', 'está', 'han', 'un', 'dijo', 'según', 'hasta', 'fueron', 'nos', 'les', 'estos',
  ],
  it: [
    'di', 'la', 'le', 'da', 'il', 'della', 'che', 'e', 'è', 'per', 'una', 'sono', 'non', 'con', 'gli', 'dei', 'delle', 'nel', 'nella',
    'alla', 'anche', 'come', 'più', 'ma', 'ha', 'questo', 'questa', 'essere', 'stato', 'dopo', 'loro', 'degli',
    'un', 'lo', 'si', 'ad', 'dal', 'dalla', 'sul', 'sulla', 'ancora', 'tra', 'fra', 'hanno', 'secondo',
  ],
  pt: [
    'de', 'do', 'da', 'o', 'a', 'não', 'que', 'os', 'em', 'um', 'uma', 'para', 'com', 'por', 'mais', 'foi', 'são', 'dos', 'das', 'na', 'ao',
    'pelo', 'pela', 'também', 'seu', 'sua', 'como', 'mas', 'ele', 'ela', 'isso', 'está', 'já', 'quando', 'entre',
    'e', 'se', 'nos', 'nas', 'foram', 'sobre', 'disse', 'segundo', 'ainda', 'há',
  ],
  nl: [
    'de', 'van', 'het', 'een', 'en', 'niet', 'zijn', 'op', 'te', 'voor', 'met', 'dat', 'die', 'er', 'maar', 'ook', 'als',
    'bij', 'aan', 'om', 'worden', 'werd', 'wordt', 'nog', 'naar', 'kan', 'heeft', 'hebben', 'deze', 'dit', 'wel',
    'geen', 'uit', 'zich', 'wat', 'wij', 'hij', 'ze', 'nu', 'tot', 'door',
  ],
  de: [
    'der', 'von', 'und', 'die', 'das', 'ist', 'nicht', 'mit', 'sich', 'auch', 'auf', 'für', 'eine', 'ein', 'dem', 'den', 'des',
    'zu', 'im', 'sie', 'es', 'wird', 'wurde', 'werden', 'hat', 'sind', 'bei', 'nach', 'noch', 'wie', 'aus', 'oder',
    'aber', 'als', 'nur', 'über', 'vor', 'dass', 'einen', 'einer', 'kann', 'zum', 'zur', 'haben', 'ich',
  ],
  sv: [
    'och', 'att', 'det', 'som', 'en', 'är', 'för', 'på', 'med', 'har', 'av', 'inte', 'till', 'den', 'om', 'ett',
    'var', 'jag', 'sig', 'kan', 'vid', 'också', 'efter', 'från', 'eller', 'hade', 'skulle', 'när',
  ],
  da: [
    'og', 'at', 'det', 'er', 'til', 'på', 'som', 'med', 'har', 'ikke', 'af', 'av', 'den', 'et', 'var',
    'kan', 'skal', 'ble', 'blev', 'vil', 'også', 'efter', 'etter', 'fra', 'om', 'jeg', 'eller', 'når', 'hvor',
  ],
  pl: [
    'i', 'w', 'na', 'z', 'się', 'że', 'nie', 'do', 'jest', 'to', 'jak', 'ale', 'po', 'od', 'za', 'przez', 'tak',
    'są', 'przy', 'dla', 'jego', 'już', 'oraz', 'czy', 'został', 'może', 'które', 'który', 'była', 'był',
  ],
  cs: [
    'a', 'se', 'na', 'je', 'že', 'v', 'do', 'to', 's', 'jsou', 'jako', 'ale', 'z', 'pro', 'by', 'který',
    'které', 'jeho', 'také', 'po', 'od', 'při', 'podle', 'není', 'bylo', 'byl', 'jsem', 'aby',
  ],
  ro: [
    'și', 'în', 'cu', 'că', 'din', 'pe', 'pentru', 'este', 'care', 'nu', 'un', 'o', 'să', 'mai', 'au', 'fost',
    'sunt', 'fi', 'acest', 'după', 'ale', 'lui', 'sau', 'dar', 'într', 'față',
  ],
  tr: [
    've', 'bir', 'bu', 'için', 'ile', 'çok', 'olarak', 'daha', 'gibi', 'olan', 'ne', 'ama', 'kadar', 'sonra',
    'her', 'var', 'değil', 'ise', 'veya', 'şu', 'ki', 'mi', 'olduğunu', 'ancak', 'yüzde', 'tarafından',
  ],
  id: [
    'yang', 'dan', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'ada',
    'oleh', 'atau', 'karena', 'mereka', 'telah', 'sudah', 'bisa', 'kata', 'saat', 'sebagai', 'kami', 'kita',
  ],
  vi: [
    'của', 'và', 'là', 'các', 'có', 'những', 'được', 'trong', 'cho', 'không', 'một', 'người', 'với', 'đã', 'này',
    'để', 'khi', 'về', 'từ', 'theo', 'đến', 'năm', 'nhiều', 'sẽ',
  ],
  fi: [
    'ja', 'on', 'ei', 'että', 'se', 'hän', 'oli', 'ovat', 'mutta', 'kun', 'myös', 'tai', 'joka', 'sen', 'ole',
    'niin', 'kuin', 'jo', 'vain', 'mukaan', 'olla', 'ovat', 'sekä',
  ],
  hu: [
    'az', 'és', 'hogy', 'nem', 'egy', 'van', 'meg', 'már', 'csak', 'volt', 'mint', 'még', 'ezt', 'azt', 'is',
    'lesz', 'pedig', 'szerint', 'után', 'vagy', 'kell', 'mert',
  ],
};
