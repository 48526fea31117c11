/** Function words and news boilerplate that say nothing about which event a report tells. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and another any anyone
anything are around as at away back be became because been before being below between both but by can cannot could
did do does doing done down during each either else even ever every few for from further get got had has have having
he her here hers herself him himself his how however i if in into is it its itself just last least less let like made
make many may me might more most much must my myself near need neither never new next no nor not now of off often on
once one only onto or other others our ours ourselves out over own per perhaps put quite rather really said same say
says see seen several shall she should since so some still such than that the their theirs them themselves then there
these they this those though three through thus till to too two under until up upon us very via was way we well were
what whatever when where whether which while who whom whose why will with within without would yet you your yours
yourself yourselves monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks
year years month months day days time times told tell according report reported reports news http https www com html
htm php aspx article story stories index mr mrs ms dr
january february march april may june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec`.split(/\s+/),
);
