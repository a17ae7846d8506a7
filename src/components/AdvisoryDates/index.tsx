import FormattedDate from '@site/src/components/FormattedDate';
import type { ReactNode } from 'react';

/** An advisory's dates as term-and-description pairs, for the list and the summary box's `<dl>`. */
export default function AdvisoryDates({
  published,
  updated,
}: {
  readonly published: string;
  readonly updated?: string | undefined;
}): ReactNode {
  return (
    <>
      <div>
        <dt>Published</dt>
        <dd>
          <FormattedDate iso={published} />
        </dd>
      </div>
      {updated !== undefined && (
        <div>
          <dt>Updated</dt>
          <dd>
            <FormattedDate iso={updated} />
          </dd>
        </div>
      )}
    </>
  );
}
