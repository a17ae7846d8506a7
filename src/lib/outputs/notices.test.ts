import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import type { Notice } from '../notices/model';
import { noticeText } from '../notices/wording';
import {
  noticeEntryTitle,
  noticesAtom,
  noticesJson,
  noticesJsonFeed,
  noticesJsonSchema,
  noticesRss,
} from './notices';

const coming: Notice = {
  id: 'MILEX-SR-2022-002',
  title: 'A <b>bold</b> & "quoted" release',
  published: '2022-09-15',
  releaseDay: '2022-10-05',
  outOfSequence: true,
  branches: ['1.x'],
  highestSeverity: 'critical',
  moves: [{ date: '2022-09-26', from: '2022-09-29', summary: 'One fix needs more review' }],
};
const released: Notice = {
  id: 'MILEX-SR-2022-001',
  title: 'September security release',
  published: '2022-09-05',
  releaseDay: '2022-09-20',
  outOfSequence: false,
  branches: ['1.2', '1.1'],
  issues: 1,
  released: { advisories: ['MILEX-2022-001'] },
};

const options = (feedUrl: string) => ({
  listUrl: 'https://example.org/announcements',
  feedUrl,
  pageUrl: (id: string) => `https://example.org/notices/${id}`,
  host: 'example.org',
  today: '2022-10-01',
});

describe('noticeText', () => {
  it('says where the release stands on the day, and what the notice says of it', () => {
    expect(noticeText(coming, '2022-10-01')).toBe(
      'An out-of-sequence security release of Milex 1.x is planned for 5 Oct 2022 (UTC). It will fix issues of up to Critical severity. The day moved from 29 Sep 2022 on 26 Sep 2022: One fix needs more review.',
    );
    expect(noticeText(coming, '2022-10-06')).toMatch(
      /^An out-of-sequence security release of Milex 1\.x was planned for 5 Oct 2022/,
    );
    expect(noticeText(released, '2022-10-01')).toBe(
      'A security release of Milex 1.2 and 1.1 came out on 20 Sep 2022. It fixed 1 security issue.',
    );
  });
});

describe('the notice feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('write one RSS item per notice, latest change first, its text kept as text', () => {
    const rss = parser.parse(
      noticesRss([released, coming], options('https://example.org/rss.xml')),
    ) as {
      rss: {
        channel: { item: { title: string; guid: { '#text': string }; description: string }[] };
      };
    };
    const items = rss.rss.channel.item;
    expect(items.map((item) => item.guid['#text'])).toEqual([
      'MILEX-SR-2022-002@2022-09-26',
      'MILEX-SR-2022-001@2022-09-20',
    ]);
    // Escaped twice: once read as XML, the title is HTML text that shows the markup as written.
    expect(items[0]?.title).toBe(
      'MILEX-SR-2022-002 (release 2022-10-05): A &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" release',
    );
  });

  it('write Atom entries with stable ids, updated when the day moves', () => {
    const atom = parser.parse(noticesAtom([coming], options('https://example.org/atom.xml'))) as {
      feed: { entry: { id: string; updated: string; title: string } };
    };
    expect(atom.feed.entry.id).toBe('tag:example.org,2022:notice:MILEX-SR-2022-002');
    expect(atom.feed.entry.updated).toBe('2022-09-26T00:00:00Z');
    expect(atom.feed.entry.title).toBe(noticeEntryTitle(coming));
  });

  it('promise in their description only the notice the policy promises', () => {
    const rss = noticesRss([coming], options('https://example.org/rss.xml'));
    expect(rss).toContain(
      'the policy promises one at least two weeks before an out-of-sequence release',
    );
    expect(rss).not.toMatch(/Advance notice of Milex security releases/);
  });

  it('say an empty feed is empty', () => {
    expect(noticesRss([], options('https://example.org/rss.xml'))).toContain(
      'This feed has no notices yet.',
    );
    expect(noticesJsonFeed([], options('https://example.org/feed.json'))).toMatchObject({
      items: [],
    });
  });
});

describe('notices.json', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(noticesJsonSchema('https://example.org/api/notices.schema.json'));
  const json = (notices: readonly Notice[]) =>
    noticesJson(notices, {
      today: '2022-10-01',
      schemaUrl: 'https://example.org/api/notices.schema.json',
      listUrl: 'https://example.org/announcements',
      pageUrl: (id) => `https://example.org/notices/${id}`,
    });

  it('validates against its schema, with notices and with none', () => {
    for (const data of [json([coming, released]), json([])]) {
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('gives each notice its status on the day, and the advisories once released', () => {
    expect(json([coming, released])).toMatchObject({
      statusAsOf: '2022-10-01',
      notices: [
        {
          id: coming.id,
          status: 'coming',
          updated: '2022-09-26',
          highestSeverity: 'critical',
          issues: null,
          advisories: [],
        },
        {
          id: released.id,
          status: 'released',
          updated: '2022-09-20',
          advisories: ['MILEX-2022-001'],
        },
      ],
    });
  });

  it('is refused by the schema when a field is wrong', () => {
    const data = json([coming]) as { notices: Record<string, unknown>[] };
    const broken = { ...data, notices: [{ ...data.notices[0], status: 'soon', branches: [] }] };
    expect(validate(broken)).toBe(false);
  });
});
