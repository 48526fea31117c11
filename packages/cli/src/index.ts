export { main } from './main.js';
export { CONTRACT_VERSION } from './contract-types.js';
export type {
  AnalyzeJson, CheckJson, JsonAttribution, JsonClaim, JsonDate, JsonDiagnostic, JsonEntity, JsonEvent, JsonFigure,
  JsonLink, JsonLocation, JsonQuote, JsonRelated, JsonReport, JsonSpan, JsonTextSpan, JsonTool,
} from './contract-types.js';
