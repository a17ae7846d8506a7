import { relative, resolve } from 'node:path';

import { type Annotation, errorCommand, inGitHubActions } from './annotations';

/** The title each annotation shows in bold above its message. */
export const ANNOTATION_TITLE = 'The build stops here';
/** The title of a warning's annotation: the build goes on. */
export const WARNING_TITLE = 'Check this';

/**
 * In GitHub Actions, prints each problem as an error annotation on its file and line, so a pull
 * request shows it beside the change; anywhere else it prints nothing. Files are given relative to
 * the site and printed relative to the repository's root (GITHUB_WORKSPACE).
 */
export function annotateInGitHubActions(
  siteDir: string,
  annotations: readonly Omit<Annotation, 'title'>[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  kind: 'error' | 'warning' = 'error',
): void {
  if (!inGitHubActions(env)) return;
  const root = env.GITHUB_WORKSPACE ?? siteDir;
  const title = kind === 'error' ? ANNOTATION_TITLE : WARNING_TITLE;
  for (const annotation of annotations) {
    const file =
      annotation.file === undefined ? undefined : relative(root, resolve(siteDir, annotation.file));
    console.log(errorCommand({ ...annotation, file, title }, kind));
  }
}
