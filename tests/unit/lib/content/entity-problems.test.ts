import { describe, expect, it } from 'vitest';
import { entityNames, entitySlugFromPath, readEntities } from '../../../../src/lib/content/entity-problems';

const FILE = 'content/entities/david-kilgour.yaml';
const ARTICLES = ['skeptical-about-organ-harvesting-watch-this', 'wang-lijun-organ-harvest-files'];
const VALID = [
  'name: David Kilgour',
  'kind: person',
  'shortNames: [Kilgour]',
  'description: Canada’s former Secretary of State for Asia-Pacific.',
  'source: skeptical-about-organ-harvesting-watch-this',
].join('\n');

const problems = (source: string, file = FILE) => readEntities([{ file, source }], ARTICLES).problems;

describe('readEntities', () => {
  it('finds nothing wrong with a valid file', () => {
    expect(problems(VALID)).toEqual([]);
  });

  it('names the file and the field when the cited article does not exist, with the likely one', () => {
    expect(
      problems(
        VALID.replace('source: skeptical-about-organ-harvesting-watch-this', 'source: wang-lijun-organ-harvest-file'),
      ),
    ).toEqual([
      {
        file: FILE,
        field: 'source',
        message:
          '"source" must be the file name of a published article the description comes from; found ' +
          '"wang-lijun-organ-harvest-file", which is no published article; did you mean "wang-lijun-organ-harvest-files"?',
      },
    ]);
    expect(
      problems(VALID.replace('source: skeptical-about-organ-harvesting-watch-this', 'source: no-such-article'))[0]
        ?.message,
    ).toBe(
      '"source" must be the file name of a published article the description comes from; found "no-such-article", ' +
        'which is no published article; the articles are the files in content/articles/, without ".md"',
    );
  });

  it('says what each field expects and what it found', () => {
    expect(problems(VALID.replace('kind: person', 'kind: people')).map((p) => p.message)).toEqual([
      '"kind" must be person, organisation or report; found "people"',
    ]);
    expect(problems(VALID.replace('name: David Kilgour\n', '')).map((p) => p.message)).toEqual([
      '"name" is required and must be the full name as the articles write it; it is missing',
    ]);
    expect(problems(VALID.replace('shortNames: [Kilgour]', 'shortNames: Kilgour')).map((p) => p.message)).toEqual([
      '"shortNames" must be a list of short forms such as a surname, for example [Kilgour]; found "Kilgour"',
    ]);
    expect(problems(VALID.replace('shortNames: [Kilgour]', 'shortname: [Kilgour]')).map((p) => p.message)).toEqual([
      '"shortname" is not a field an entity can have; did you mean "shortNames"?',
    ]);
  });

  it('reports YAML it cannot read, and a file name that cannot be an address', () => {
    expect(problems('name: [unclosed').map((p) => p.message)).toEqual([
      expect.stringMatching(/^the file is not valid YAML: .+ \(line \d+, column \d+\)$/),
    ]);
    expect(problems(VALID, 'content/entities/David_Kilgour.yaml').map((p) => p.message)).toEqual([
      'the file name "David_Kilgour" becomes the entity\'s web address, so it may hold only lowercase letters, digits ' +
        'and single hyphens; rename the file, for example to "david-kilgour.yaml"',
    ]);
  });

  it('refuses one name for two entities, since a mention of it could not say whose it is', () => {
    const other = {
      file: 'content/entities/kilgour-family.yaml',
      source: VALID.replace('name: David Kilgour', 'name: Kilgour family'),
    };
    expect(readEntities([{ file: FILE, source: VALID }, other], ARTICLES).problems).toEqual([
      {
        file: other.file,
        field: 'shortNames',
        message: `"Kilgour" in "shortNames" is already a name of "${FILE}", so a mention of it could not say whose it is; keep it in one file`,
      },
    ]);
  });
});

describe('entityNames', () => {
  it('gives the names to find of each valid file, leaving out broken ones', () => {
    const { entities } = readEntities(
      [
        { file: FILE, source: VALID },
        { file: 'content/entities/broken.yaml', source: 'kind: nobody' },
      ],
      ARTICLES,
    );
    expect(entityNames(entities)).toEqual([{ slug: 'david-kilgour', names: ['David Kilgour'], shortNames: ['Kilgour'] }]);
  });

  it('takes the slug from the file name, whatever folder it is in', () => {
    expect(entitySlugFromPath('content/entities/people/david-kilgour.yml')).toBe('david-kilgour');
  });
});
