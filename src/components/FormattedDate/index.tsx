import { formatDate } from '@site/src/lib/formats/dates';
import type { ReactNode } from 'react';

/** A calendar day, machine-readable in `dateTime` and shown as "29 Nov 2021" in every time zone. */
export default function FormattedDate({ iso }: { readonly iso: string }): ReactNode {
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}
