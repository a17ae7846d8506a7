/**
 * CVSS vectors as advisories give them: v3.1 or v4.0, each metric once, and their base scores.
 */
import { Cvss3P1, Cvss4P0 } from 'ae-cvss-calculator';

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

/**
 * The base score of a vector `cvssProblem` accepts (v3.1 or v4.0), from metaeffekt's CVSS
 * calculator, which follows FIRST's specifications and reference calculators; undefined for any
 * other vector. Temporal, threat and environmental metrics do not change the base score.
 */
export function cvssBaseScore(vector: string): number | undefined {
  if (cvssProblem(vector) !== undefined) return undefined;
  // CVSS v4.0's base score (CVSS-B) leaves threat and environmental metrics out; the calculator's
  // `base` includes them.
  return vector.startsWith('CVSS:4.0/')
    ? new Cvss4P0(vector).calculateScores().baseMetricsOnly
    : new Cvss3P1(vector).calculateScores().base;
}

/** The qualitative rating of a base score (the same bands in CVSS v3.1 and v4.0). */
export function cvssRating(score: number): CvssV31Base['baseSeverity'] {
  return score === 0
    ? 'NONE'
    : score < 4
      ? 'LOW'
      : score < 7
        ? 'MEDIUM'
        : score < 9
          ? 'HIGH'
          : 'CRITICAL';
}

/** The base score and severity of a CVSS v3.1 vector, as CSAF 2.0 documents carry them. */
export function cvssV31Base(vector: string): CvssV31Base | undefined {
  if (!CVSS_31.test(vector)) return undefined;
  const baseScore = cvssBaseScore(vector);
  return baseScore === undefined ? undefined : { baseScore, baseSeverity: cvssRating(baseScore) };
}
