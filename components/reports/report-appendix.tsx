import { formatDate, verdictText } from '@/lib/reports/build-labels'
import type { ReportModel } from '@/lib/reports/report-model'

// Methodology, the corrections log and (when included) the audit appendix.
export function ReportAppendix({ report }: { report: ReportModel }) {
  const { methodology, corrections, audit } = report
  return (
    <>
      <section className="appendix" aria-labelledby="methodology">
        <h2 id="methodology">Methodology</h2>
        <p>
          <strong>How claims were selected.</strong> {methodology.selection}
        </p>
        <p>
          <strong>How claims were checked.</strong> {methodology.checking}
        </p>
        <table>
          <caption className="muted">Thresholds used</caption>
          <tbody>
            <tr>
              <th scope="row">Reviewers needed</th>
              <td>{methodology.thresholds.verifyMinRatings}</td>
            </tr>
            <tr>
              <th scope="row">Agreement needed</th>
              <td>{Math.round(Number(methodology.thresholds.verifyMinAgreement) * 100)}%</td>
            </tr>
            <tr>
              <th scope="row">Strong evidence required</th>
              <td>{methodology.thresholds.verifyRequiresStrongEvidence ? 'yes' : 'no'}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section aria-labelledby="corrections">
        <h2 id="corrections">Corrections</h2>
        {corrections.length === 0 ? (
          <p>No verdict was changed after verification.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Claim</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Reason</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {corrections.map((entry, index) => (
                <tr key={index}>
                  <td>
                    <time dateTime={entry.at}>{formatDate(entry.at, true)}</time>
                  </td>
                  <td>{entry.quote}</td>
                  <td>{verdictText(entry.from)}</td>
                  <td>{entry.to ? verdictText(entry.to) : 'withdrawn'}</td>
                  <td>{entry.reason ?? '—'}</td>
                  <td>{entry.by ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {report.options.includeAuditAppendix && (
        <section className="appendix" aria-labelledby="audit">
          <h2 id="audit">Audit appendix</h2>
          {audit.length === 0 ? (
            <p>No activity recorded.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((entry, index) => (
                  <tr key={index}>
                    <td>
                      <time dateTime={entry.at}>{formatDate(entry.at, true)}</time>
                    </td>
                    <td>{entry.actor ?? 'Claimtrack'}</td>
                    <td>{entry.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  )
}
