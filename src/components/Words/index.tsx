import FormattedDate from '@site/src/components/FormattedDate';
import type { Words as WordList } from '@site/src/lib/releases/wording';
import { Fragment, type ReactNode } from 'react';

/** A sentence of src/lib/releases/wording.ts, its dates as <time> elements. */
export default function Words({ words }: { readonly words: WordList }): ReactNode {
  return words.map((word, index) => (
    // The list is a fixed sentence: its positions are its keys.
    <Fragment key={index}>
      {typeof word === 'string' ? word : <FormattedDate iso={word.date} />}
    </Fragment>
  ));
}
