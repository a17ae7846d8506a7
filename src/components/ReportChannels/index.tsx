import Link from '@docusaurus/Link';
import { pageNames, routes, site } from '@site/src/lib/site';
import { useReportChannels } from '@site/src/hooks/useReportChannels';
import { type ChannelView, linkTarget } from '@site/src/lib/site/reportChannels';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';

/** An address as its text: without `https://` or `mailto:`. */
const shown = (url: string): string => url.replace(/^(?:https:\/\/|mailto:)/, '');

/** One channel: a button that opens it, how to file there, and what else to know of it. */
function Channel({
  channel,
  primary,
}: {
  readonly channel: ChannelView;
  readonly primary: boolean;
}): ReactNode {
  const { kind, name, url, action, howToFile, rules, openpgpKey } = channel;
  return (
    <>
      <div className="margin-vert--md">
        <Link
          href={url}
          {...linkTarget(url)}
          className={`button button--lg ${primary ? 'button--primary' : 'button--secondary'}`}
          data-report-link=""
        >
          {action}
        </Link>
      </div>
      <p data-how-to-file="">{howToFile}</p>
      {kind === 'platform' && (
        <p>
          {name} is a vulnerability-disclosure platform that a third party runs, not the{' '}
          {site.teamName}.
          {rules !== undefined && (
            <>
              {' '}
              It has rules of its own, disclosure included: read{' '}
              <Link href={rules.url}>{rules.name}</Link> before you file. Where they differ from the{' '}
              <Link to={routes.disclosure}>{pageNames.disclosure}</Link>, follow the policy.
            </>
          )}
        </p>
      )}
      {openpgpKey !== undefined && (
        <p data-openpgp-key="">
          The team&apos;s OpenPGP key for {name} is published at{' '}
          <Link href={openpgpKey.url}>{shown(openpgpKey.url)}</Link>. Its fingerprint is{' '}
          <code>{openpgpKey.fingerprint}</code>: compare it with the key before you use it.
        </p>
      )}
    </>
  );
}

/**
 * Where to report, as the reporting page says it: the channels of src/data/site.ts, in the order
 * the team prefers them, each with its how-to-file text. One channel is shown as it is; several
 * get a heading each.
 */
export default function ReportChannels({
  channels: given,
}: {
  /** The build's own (customFields.reportChannels) unless given. */
  readonly channels?: readonly ChannelView[];
}): ReactNode {
  const configured = useReportChannels();
  const channels = given ?? configured;
  const [only] = channels;
  if (channels.length === 1 && only !== undefined) {
    return (
      <div data-report-channels="">
        <p>Report it through {only.name}:</p>
        <Channel channel={only} primary />
      </div>
    );
  }
  return (
    <div data-report-channels="">
      <p>Report it through one of these channels, listed in the order the team prefers them:</p>
      {channels.map((channel, index) => (
        <section key={channel.url} data-report-channel={channel.kind}>
          <Heading as="h3" id={`report-channel-${String(index + 1)}`}>
            {channel.name}
          </Heading>
          <Channel channel={channel} primary={index === 0} />
        </section>
      ))}
    </div>
  );
}
