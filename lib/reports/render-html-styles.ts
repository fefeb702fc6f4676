// The report's stylesheet: scoped to .report, so it can sit in an app page as well as in
// the self-contained HTML export. Print: A4-friendly, each document on a new page,
// links followed by their address, no backgrounds needed to read the verdicts.
export const REPORT_CSS = `
.report{font-family:ui-serif,Georgia,"Times New Roman",serif;color:#1c1917;line-height:1.5;max-width:52rem;margin:0 auto;padding:1.5rem}
.report h1,.report h2,.report h3,.report h4{font-family:ui-sans-serif,system-ui,"Segoe UI",Arial,sans-serif;line-height:1.25;color:#1c1917}
.report h1{font-size:1.75rem;margin:0 0 .5rem}
.report h2{font-size:1.35rem;margin:2rem 0 .75rem;border-bottom:1px solid #d6d3d1;padding-bottom:.25rem}
.report h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.report h4{font-size:.95rem;margin:1rem 0 .35rem}
.report a{color:#3730a3}
.report .meta{font-family:ui-sans-serif,system-ui,Arial,sans-serif;font-size:.85rem;color:#57534e}
.report .meta dt{font-weight:600;display:inline}
.report .meta dd{display:inline;margin:0 1rem 0 .25rem}
.report .hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;word-break:break-all}
.report table{border-collapse:collapse;font-family:ui-sans-serif,system-ui,Arial,sans-serif;font-size:.85rem;margin:.5rem 0}
.report th,.report td{border:1px solid #d6d3d1;padding:.25rem .5rem;text-align:left;vertical-align:top}
.report th{background:#f5f5f4}
.report .summary{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.report .chart{max-width:100%;height:auto}
.report .claim{border-top:1px solid #e7e5e4;padding-top:.75rem;margin-top:1rem;break-inside:avoid-page}
.report .in-context{margin:.5rem 0;padding:.5rem .75rem;border-left:4px solid #a5b4fc;background:#fafaf9}
.report .in-context .context{color:#78716c}
.report .in-context mark{background:#e0e7ff;color:#1c1917;padding:0 .1rem}
.report .verdict{display:inline-block;font-family:ui-sans-serif,system-ui,Arial,sans-serif;font-weight:700;border:1px solid currentColor;border-radius:.25rem;padding:0 .4rem}
.report .verdict-ACCURATE{color:#047857}.report .verdict-ACCURATE_WITH_CAVEATS{color:#0f766e}
.report .verdict-MISLEADING{color:#b45309}.report .verdict-INACCURATE{color:#c2410c}
.report .verdict-FALSE{color:#b91c1c}.report .verdict-UNVERIFIABLE{color:#57534e}
.report .facts{font-family:ui-sans-serif,system-ui,Arial,sans-serif;font-size:.85rem;margin:.25rem 0;padding-left:1.25rem}
.report .evidence{margin:.5rem 0;padding-left:1.25rem}
.report .evidence li{margin:.5rem 0}
.report blockquote{margin:.25rem 0;padding-left:.75rem;border-left:2px solid #d6d3d1;color:#44403c}
.report .retracted{color:#b91c1c;font-weight:600}
.report .quote-flag{color:#b91c1c}
.report .muted{color:#78716c}
.report .override{color:#92400e}
.report .thread{margin:.25rem 0}.report .thread ul{padding-left:1.25rem}
@media print{
  .report{max-width:none;padding:0;font-size:10.5pt}
  .report .document{break-before:page}
  .report .document:first-of-type{break-before:auto}
  .report .appendix{break-before:page}
  .report a{color:#1c1917;text-decoration:underline}
  .report a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;color:#57534e;word-break:break-all}
  .report .in-context{background:none}
  .report .in-context mark{background:none;font-weight:700;text-decoration:underline}
  .report h2,.report h3,.report h4{break-after:avoid-page}
}
`
