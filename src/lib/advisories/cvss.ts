/**
 * CVSS vectors as advisories give them: v3.1 or v4.0, each metric once.
 */
// cspell:ignore NALP XNALP XNLH XNLHS XNPA XUPFH XOTWU XURC XLMH XHML XAPU XDC XAUI XNY XNP XNR
/**
 * The base metrics in the specification's order, then only the further metrics each version
 * defines, with their values: the forms the OSV schema accepts for CVSS_V3 and CVSS_V4 scores
 * (CVSS_V3 narrowed to 3.1), so every vector that passes here passes there.
 */
const CVSS_31_METRIC =
  '(E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])';
const CVSS_31 = new RegExp(
  `^CVSS:3\\.1/AV:[NALP]/AC:[LH]/PR:[NLH]/UI:[NR]/S:[UC]/C:[NLH]/I:[NLH]/A:[NLH](/${CVSS_31_METRIC})*$`,
);
const CVSS_40 =
  /^CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN](\/E:[XAPU])?(\/CR:[XHML])?(\/IR:[XHML])?(\/AR:[XHML])?(\/MAV:[XNALP])?(\/MAC:[XLH])?(\/MAT:[XNP])?(\/MPR:[XNLH])?(\/MUI:[XNPA])?(\/MVC:[XNLH])?(\/MVI:[XNLH])?(\/MVA:[XNLH])?(\/MSC:[XNLH])?(\/MSI:[XNLHS])?(\/MSA:[XNLHS])?(\/S:[XNP])?(\/AU:[XNY])?(\/R:[XAUI])?(\/V:[XDC])?(\/RE:[XLMH])?(\/U:(X|Clear|Green|Amber|Red))?$/;

/** Why `vector` is not a CVSS vector an advisory may give, or undefined when it is one. */
export function cvssProblem(vector: string): string | undefined {
  if (!(CVSS_31.test(vector) || CVSS_40.test(vector))) {
    return 'is not a CVSS v3.1 or v4.0 vector such as "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"';
  }
  // The specification allows each metric once; tools disagree on which of two values counts.
  const metrics = vector
    .split('/')
    .slice(1)
    .map((part) => part.split(':')[0]);
  const twice = metrics.filter((metric, i) => metrics.indexOf(metric) !== i);
  return twice.length > 0
    ? `gives ${[...new Set(twice)].join(', ')} more than once; give each metric once`
    : undefined;
}

/** What a CVSS v3.1 vector's base metrics score, as the CSAF and OSV consumers compute it. */
export interface CvssV31Base {
  readonly baseScore: number;
  readonly baseSeverity: 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
}

// The specification's weights (CVSS v3.1, section 7.4).
const WEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
};

/** The specification's Roundup (appendix A): up to one decimal, free of floating-point noise. */
function roundUp(value: number): number {
  const whole = Math.round(value * 100_000);
  return whole % 10_000 === 0 ? whole / 100_000 : (Math.floor(whole / 10_000) + 1) / 10;
}

/**
 * The base score and severity of a CVSS v3.1 vector (one `cvssProblem` accepts), or undefined for
 * any other vector. Temporal and environmental metrics do not change the base score.
 */
export function cvssV31Base(vector: string): CvssV31Base | undefined {
  if (!CVSS_31.test(vector) || cvssProblem(vector) !== undefined) return undefined;
  const metric = new Map(
    vector
      .split('/')
      .slice(1)
      .map((part) => part.split(':') as [string, string]),
  );
  const weight = (group: string, name: string): number =>
    WEIGHTS[group]?.[metric.get(name) ?? ''] ?? Number.NaN;
  const changed = metric.get('S') === 'C';
  const privileges =
    { N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 }[metric.get('PR') ?? ''] ??
    Number.NaN;
  const iss =
    1 -
    (1 - weight('CIA', 'C')) * (1 - weight('CIA', 'I')) * (1 - weight('CIA', 'A'));
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15 : 6.42 * iss;
  const exploitability =
    8.22 * weight('AV', 'AV') * weight('AC', 'AC') * privileges * weight('UI', 'UI');
  const baseScore =
    impact <= 0
      ? 0
      : roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
  const baseSeverity =
    baseScore === 0
      ? 'NONE'
      : baseScore < 4
        ? 'LOW'
        : baseScore < 7
          ? 'MEDIUM'
          : baseScore < 9
            ? 'HIGH'
            : 'CRITICAL';
  return { baseScore, baseSeverity };
}
