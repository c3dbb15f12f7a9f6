import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { catalogues, LANGS } from "../../src/i18n/index.ts";

/** Words of an engineer's note, not of a citation (kk, ru, en). */
const NOTES =
  /as remembered|unconfirmed|not yet confirmed|parameter|configurable|TODO|FIXME|TBD|параметр|не сверен|по памяти|параметр|расталмаған|салыстырылып|жүйеде өзгертуге/i;

describe("legal texts shown to users", () => {
  it("carry no engineering notes in any language", () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(catalogues[lang])) {
        if (!/^(basis|regime|help|filing|deadline)\./.test(key)) continue;
        assert.doesNotMatch(text, NOTES, `${lang} ${key}`);
      }
    }
  });

  it("mark the terms the seeds do not set as such, naming what does set the others", () => {
    // The higher body's (and so the akim's) review term: the seeds set only the provider's and the quality authority's.
    assert.match(catalogues.ru["basis.higher-body"]!, /не установлен[\s\S]*п\. 2 ст\. 25/);
    assert.match(catalogues.kk["basis.higher-body"]!, /белгілемейді[\s\S]*25-баптың 2-тармағы/);
    assert.match(catalogues.en["basis.higher-body"]!, /does not set[\s\S]*art\. 25 p\. 2/);
  });
});
