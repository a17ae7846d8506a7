import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { customFieldsOf } from '@site/src/lib/formats/customFields';
import type { ReactNode } from 'react';

/** Whether the documents this site publishes are signed: as the build was told (SIGNED_AFTER_BUILD). */
export default function SigningState({ signed }: { readonly signed?: boolean }): ReactNode {
  const built = customFieldsOf(useDocusaurusContext().siteConfig).signed;
  return (signed ?? built) ? (
    <p data-signing="signed">The CSAF documents and security.txt published here are signed:</p>
  ) : (
    <p data-signing="unsigned">
      The CSAF documents and security.txt published here are not signed yet, and the provider
      metadata lists no keys. Once they are signed:
    </p>
  );
}
