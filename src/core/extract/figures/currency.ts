// Which dollar a bare `$` or "dollars" means. Scraped news rarely says: a Canadian outlet writing about
// Ottawa means Canadian dollars, most others mean US dollars. One bounded count over the document decides.

const CANADIAN =
  /\b(?:Canad(?:a|ian|ians)|Ottawa|Toronto|Montr[eé]al|Vancouver|Calgary|Edmonton|Winnipeg|Ontario|Qu[eé]bec|Alberta|Manitoba|Saskatchewan|Saskatoon|Regina|Nova Scotia|New Brunswick|Newfoundland|British Columbia|B\.C|Halifax|Trudeau|Poilievre|Carney|RCMP|CBC|CTV|Queen's Park|MPPs?)\b/g;
const AMERICAN =
  /\b(?:U\.S|US|USA|United States|Americans?|Washington|Congress|White House|Senate|Trump|Biden|Obama|New York|California|Texas|Florida|Wall Street|Pentagon|Federal Reserve)\b/g;

// A Canadian dateline ("OTTAWA —", "TORONTO (CP) —") says where the story is filed: it counts as two cues.
const CANADIAN_DATELINE = /(?:^|\n)[ \t]*(?:OTTAWA|TORONTO|MONTR[EÉ]AL|VANCOUVER|CALGARY|EDMONTON|WINNIPEG|HALIFAX|REGINA|SASKATOON|VICTORIA|QU[EÉ]BEC CITY|FREDERICTON|CHARLOTTETOWN|ST\. JOHN'S|WHITEHORSE|YELLOWKNIFE|IQALUIT)\b/g;

/** Counts matches of `re` in `text`, at most `cap` (the scan is one linear pass either way). */
function count(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

/** USD, or CAD when the document reads as Canadian news (more Canadian places and names than American ones). */
export function resolveDollar(text: string): string {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  const ca = count(CANADIAN, sample, 1000) + 2 * count(CANADIAN_DATELINE, sample, 10);
  if (ca < 2) return 'USD';
  const us = count(AMERICAN, sample, 1000);
  return ca >= us ? 'CAD' : 'USD';
}
