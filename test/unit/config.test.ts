import assert from 'node:assert/strict';
import { mergeConfigs, parseConfigText, ruleOptions, ruleSeverity } from '../../src/core/config';

describe('configuration', () => {
  it('parses rules, words, files and comments (JSONC)', () => {
    const { config, errors } = parseConfigText(`{
      // comments are allowed
      "rules": { "weak-opening": "error", "filler-word": false, "bullet-length": { "severity": "info", "maxWords": 30 } },
      "words": { "buzzwords": ["rockstar"], "techTerms": { "tensorflow": "TensorFlow" } },
      "files": ["cv/*.md"],
    }`);
    assert.deepEqual(errors, []);
    assert.equal(ruleSeverity(config, 'weak-opening', 'warning'), 'error');
    assert.equal(ruleSeverity(config, 'filler-word', 'info'), 'off');
    assert.equal(ruleSeverity(config, 'bullet-length', 'warning'), 'info');
    assert.deepEqual(ruleOptions(config, 'bullet-length'), { maxWords: 30 });
    assert.equal(ruleSeverity(config, 'missing-metric', 'warning'), 'warning');
    assert.deepEqual(config.words?.buzzwords, ['rockstar']);
  });

  it('reports invalid JSON at its offset and returns an empty config', () => {
    const text = '{\n  "rules": {\n    "a": "off",,\n  }\n}';
    const { config, errors } = parseConfigText(text);
    assert.deepEqual(config, {});
    assert.ok(errors.length >= 1);
    assert.match(errors[0].message, /^Invalid JSON: /);
    assert.equal(text.slice(errors[0].range.start, errors[0].range.end), ',');
  });

  it('points unknown keys and bad values at the offending key', () => {
    const text = '{ "rulez": {}, "rules": { "weak-opening": "loud" }, "maxFileSize": -1 }';
    const { config, errors } = parseConfigText(text);
    assert.deepEqual(
      errors.map((e) => [text.slice(e.range.start, e.range.end), e.message]),
      [
        ['"rulez"', 'Unknown setting "rulez".'],
        ['"weak-opening"', 'Rule "weak-opening": expected error | warning | info | hint | off, true/false or an object.'],
        ['"maxFileSize"', '"maxFileSize" must be a positive number of bytes.'],
      ],
    );
    assert.deepEqual(config.rules, {});
  });

  it('rejects a non-object and an object severity outside the set', () => {
    assert.match(parseConfigText('[1]').errors[0].message, /must be a JSON object/);
    assert.match(parseConfigText('{"rules":{"x":{"severity":"fatal"}}}').errors[0].message, /severity must be one of/);
  });

  it('merges layers: later rule settings win, word lists add up', () => {
    const merged = mergeConfigs(
      { rules: { a: 'error', b: 'warning' }, words: { fillers: ['x'] }, markdownlint: { MD009: false } },
      undefined,
      { rules: { a: 'off' }, words: { fillers: ['y'] }, markdownlint: { MD010: false } },
    );
    assert.deepEqual(merged.rules, { a: 'off', b: 'warning' });
    assert.deepEqual(merged.words?.fillers, ['x', 'y']);
    assert.deepEqual(merged.markdownlint, { MD009: false, MD010: false });
    assert.equal(mergeConfigs({ markdownlint: { MD009: false } }, { markdownlint: false }).markdownlint, false);
  });
});
