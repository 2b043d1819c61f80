// The template-address finder searches outward from each prompt word; this checks it finds what the
// whole-text pattern it replaced (kept here as the definition) finds, on text built from the pieces
// addresses are made of.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { promptAddresses } from '../../../src/core/rules/placeholder';

const DEFINITION = /(?:https?:\/\/|www\.|[\p{L}\p{N}-]+\.[a-z]{2,}\/|@)?[\p{L}\p{N}./-]*(?<![\p{L}\p{N}])your[-_]?(?:web)?(?:site|domain|name|handle|user(?:name)?|profile|portfolio|page|blog|email|id)(?![\p{L}])[\p{L}\p{N}./_-]*/giu;

const piece = fc.constantFrom('https://', 'http://', 'www.', '@', 'github.com/', 'your', 'yourwebsite', 'your-handle', 'your_name', 'yourname', 'website', '.com', '/', '.', '-', '_', ' ', 'ana', 'x7', 'é', ':', '\n', 'Your', 'profile', 'mail');

describe('placeholder: template addresses found from the prompt word', () => {
  it('matches the whole-text pattern on arbitrary addresses and prose', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(DEFINITION)].map((m) => ({ index: m.index, address: m[0] }));
        assert.deepEqual([...promptAddresses(text)], expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the usual template addresses', () => {
    const found = [...promptAddresses('Site: https://yourwebsite.com · mail: me@yourdomain.org · github.com/your-handle')].map((a) => a.address);
    assert.deepEqual(found, ['https://yourwebsite.com', '@yourdomain.org', 'github.com/your-handle']);
  });
});
