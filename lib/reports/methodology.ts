// The report's methodology section: how claims were selected and how they were checked,
// in words, with the workspace's verification thresholds. Pure.
import type { ReportMethodology, ReportOptions } from './report-model'

export interface MethodologySettings {
  verifyMinRatings: number
  // 0.5–1, two decimals, as stored ("0.67").
  verifyMinAgreement: string
  verifyRequiresStrongEvidence: boolean
}

const percent = (share: string) => `${Math.round(Number(share) * 100)}%`

export function buildMethodology(settings: MethodologySettings, options: ReportOptions): ReportMethodology {
  const reviewers = settings.verifyMinRatings === 1 ? 'at least 1 reviewer' : `at least ${settings.verifyMinRatings} reviewers`
  const selection = [
    'Claims were found by automatic extraction: every sentence of the text was split into claims, each statistic normalized as a quantity (value, unit, qualifier, year), and each claim scored for check-worthiness (figures, comparisons, rankings and attributions score higher).',
    'Editors then added claims by hand, merged, split or re-typed them, and dismissed what was not worth checking; dismissed claims, and claims whose words were removed from the text, are not in this report.',
    options.scope === 'verified'
      ? 'This report lists only claims with a final (Verified) verdict, in the order they appear in the text.'
      : 'This report lists every current claim with its review status, in the order it appears in the text; only Verified claims carry a final verdict.',
  ].join(' ')
  const checking = [
    `Each claim was rated independently by reviewers on a five-point scale (Accurate, Accurate with caveats, Misleading, Inaccurate, False) or as Unverifiable, with a confidence from 1 to 5 and a written rationale, and backed with evidence: the exact words of a source, where in the source they are, and the figure the source gives, compared with the claim's figure.`,
    `A claim becomes Verified when ${reviewers} rated it, at least ${percent(settings.verifyMinAgreement)} of them agree on one verdict`,
    settings.verifyRequiresStrongEvidence
      ? 'and it has supporting or contradicting evidence from an official statistics, primary data or peer-reviewed source that is not retracted.'
      : '(strong evidence from an official or primary source is not required in this workspace).',
    'An editor may verify a claim that does not meet these rules only with a written override reason, which is printed with the claim.',
    'A verdict changed after verification is listed in the corrections log.',
  ].join(' ')
  return {
    selection,
    checking,
    thresholds: {
      verifyMinRatings: settings.verifyMinRatings,
      verifyMinAgreement: settings.verifyMinAgreement,
      verifyRequiresStrongEvidence: settings.verifyRequiresStrongEvidence,
    },
  }
}
