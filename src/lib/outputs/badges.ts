/**
 * One shields.io endpoint badge per release (https://shields.io/badges/endpoint-badge), so a
 * README can show "Milex 1.2 | active support" that follows the data. Shields reads the JSON from
 * the built site; the status is the build day's, so it is as fresh as the last build.
 */
import { type RowLifecycle, stateOn } from '../releases/lifecycle';
import type { Status } from '../releases/model';
import { plural } from '../formats/text';

export interface EndpointBadge {
  readonly schemaVersion: 1;
  readonly label: string;
  readonly message: string;
  readonly color: string;
}

const MESSAGES: Readonly<Record<Status, string>> = {
  planned: 'planned',
  beta: 'beta',
  active: 'active support',
  security: 'security support only',
  eol: 'end of life',
};

const COLORS: Readonly<Record<Status, string>> = {
  planned: 'lightgrey',
  beta: 'blue',
  active: 'brightgreen',
  security: 'yellow',
  eol: 'red',
};

/** Support ending soon is a warning whatever the phase, as on the supported-versions page. */
const ENDING_SOON_COLOR = 'orange';

/** The badge for a release on `today` (UTC, `YYYY-MM-DD`), from its lifecycle. */
export function badgeFor(lifecycle: RowLifecycle, today: string): EndpointBadge {
  const { status, daysLeft, endingSoon } = stateOn(lifecycle, today);
  let message = MESSAGES[status];
  if (endingSoon && daysLeft !== undefined) {
    // daysLeft counts today, so support is gone exactly daysLeft days from now.
    // In active support with a security-only phase still to come, what ends is security support.
    const what =
      status === 'active' && lifecycle.securityUntil > lifecycle.activeUntil
        ? 'security support ends'
        : 'ends';
    message = `${message}, ${what} in ${plural(daysLeft, 'day')}`;
  }
  return {
    schemaVersion: 1,
    label: `Milex ${lifecycle.release.branch}`,
    message,
    color: endingSoon ? ENDING_SOON_COLOR : COLORS[status],
  };
}
