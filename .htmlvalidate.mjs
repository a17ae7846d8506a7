/**
 * html-validate for the built pages (`npm run lint:html`): the recommended preset, with only the
 * rules below changed. Each says why; everything else applies in full.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The HTML minifier drops optional quotes, end tags and the doctype's case, as the HTML
    // standard allows; these rules are about source style, not validity.
    'attr-quotes': 'off',
    'void-style': 'off',
    'no-implicit-close': 'off',
    'doctype-style': 'off',
    // Docusaurus's own ids start with "__" (#__docusaurus); valid HTML5, so check ids relaxed.
    'valid-id': ['error', { relaxed: true }],
    // Docusaurus's theme labels its external-link icon <svg> with aria-label; not our markup.
    // Only <svg> is excused: the same mistake on any element of ours still fails.
    'aria-label-misuse': ['error', { elements: { exclude: ['svg'] } }],
    // Docusaurus's skip link sits in <div role="region">; a swizzle to change it is not worth it.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // The HTML minifier writes an "&" that starts no character reference as it is ("1.2 & 1.1"),
    // as the HTML standard allows; relaxed still refuses an ambiguous one, such as "&amp" alone.
    'no-raw-characters': ['error', { relaxed: true }],
    // long-title counts a title's characters as written, so "<" (written &lt;) counts four and a
    // valid advisory titled with markup fails; e2e/content.test.ts checks every tab title as shown.
    'long-title': 'off',
    // The local search plugin's <input> has no type; a missing type means "text".
    'no-implicit-input-type': 'off',
  },
};
