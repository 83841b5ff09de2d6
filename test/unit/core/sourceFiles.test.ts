import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SOURCE_EXCLUDE, DEFAULT_SOURCE_INCLUDE, isExcludedFolder, isSourcePath } from '../../../src/core/sourceFiles';

describe('which files are sources', () => {
  const cases: Array<[string, boolean]> = [
    ['seeds/001_8a9ec97805bb31d5.txt', true],
    ['001_8a9ec97805bb31d5.txt', true],
    ['archive/2025/06/story.TXT', true],
    ['README.txt', false],
    ['docs/LICENSE.txt', false],
    ['requirements.txt', false],
    ['requirements-dev.txt', false],
    ['CMakeLists.txt', false],
    ['node_modules/pkg/notes.txt', false],
    ['.git/description.txt', false],
    ['README.md', false],
    ['seeds/001_8a9ec97805bb31d5.txt.annotations.yaml', false],
  ];
  for (const [relativePath, expected] of cases) {
    it(`${expected ? 'takes' : 'leaves out'} ${relativePath}`, () => {
      assert.equal(isSourcePath(relativePath), expected);
    });
  }

  it('does not walk into dependency folders', () => {
    assert.equal(isExcludedFolder('node_modules'), true);
    assert.equal(isExcludedFolder('web/node_modules'), true);
    assert.equal(isExcludedFolder('seeds'), false);
  });

  it('gives the extension settings the same defaults the CLI uses', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(properties['newsmark.sources.include'].default, DEFAULT_SOURCE_INCLUDE);
    assert.deepEqual(properties['newsmark.sources.exclude'].default, DEFAULT_SOURCE_EXCLUDE);
  });
});
