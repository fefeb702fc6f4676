// Generated pages shaped like the real thing: a long statistical report as a news site
// serves it (menus, related links, reader comments, footer around the article), and
// short articles. `variant` makes each text unique, since a workspace refuses a copy.

const TOPICS = ['exports of machinery', 'imports of grain', 'public debt', 'wind capacity', 'rail freight', 'household savings', 'coal output', 'tourist arrivals']

function sentence(variant: string, index: number): string {
  const topic = TOPICS[index % TOPICS.length]!
  const year = 2010 + (index % 15)
  switch (index % 4) {
    case 0:
      return `In ${year}, ${topic} rose by ${(index % 37) + 1.5}% to $${(index % 900) + 10} million, the statistics office said in release ${variant}-${index}.`
    case 1:
      return `Officials expect ${topic} to reach ${(index % 80) + 5} billion euros by ${year + 6}, up from ${(index % 50) + 2} billion in ${year}.`
    case 2:
      return `About ${(index % 60) + 20} percent of firms surveyed for section ${variant}.${index} reported lower ${topic} than a year earlier.`
    default:
      return `The committee met ${index % 12 + 2} times during ${year} to discuss ${topic}, according to the minutes.`
  }
}

const chrome = (variant: string) => ({
  header: `<header class="site-header"><nav aria-label="Main"><ul>${['Home', 'World', 'Business', 'Data', 'Opinion', 'Sport', 'Culture'].map((item) => `<li><a class="nav-link" href="/${item.toLowerCase()}">${item}</a></li>`).join('')}</ul></nav><form role="search"><input name="q" placeholder="Search"></form></header>`,
  related: `<aside class="related"><h2>Related</h2><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/data/related-${variant}-${i}">Quarterly figures, part ${i}</a></li>`).join('')}</ul></aside>`,
  comments: `<section class="comments"><h2>Comments</h2>${Array.from({ length: 30 }, (_, i) => `<div class="comment"><p class="author">reader${i}</p><p>I doubt the figure in table ${i}, it looked different last year.</p></div>`).join('')}</section>`,
  footer: `<footer><p>© 2026 Example Daily. All rights reserved.</p><ul>${['About', 'Contact', 'Privacy', 'Terms'].map((item) => `<li><a href="/${item.toLowerCase()}">${item}</a></li>`).join('')}</ul></footer>`,
})

function page(variant: string, title: string, sentences: number, perParagraph: number): string {
  const parts = chrome(variant)
  const paragraphs: string[] = []
  for (let start = 0; start < sentences; start += perParagraph) {
    const body = Array.from({ length: Math.min(perParagraph, sentences - start) }, (_, i) => `<span class="sentence js-share-target" data-offset="${start + i}" data-share-url="https://example.org/share?article=${variant}&amp;sentence=${start + i}&amp;ref=article-body&amp;utm_source=share&amp;utm_medium=web">${sentence(variant, start + i)}</span><sup class="footnote-ref"><a href="#fn-${start + i}">[${start + i}]</a></sup>`).join(' ')
    paragraphs.push(`<p class="article-paragraph" data-analytics-id="para-${variant}-${start}" style="margin:0 0 1em">${body}</p>`)
    if (start % (perParagraph * 40) === 0) paragraphs.push(`<h2 class="section-heading">Section ${start / perParagraph + 1}</h2>`)
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="author" content="Data Desk"><script>window.analytics = { page: "${variant}" }</script></head><body>${parts.header}<main><article><h1>${title}</h1>${paragraphs.join('\n')}</article>${parts.related}${parts.comments}</main>${parts.footer}</body></html>`
}

// About 3.5 MB and 9,000 sentences.
export const largeReport = (variant: string) => new TextEncoder().encode(page(variant, `Annual statistical report ${variant}`, 9_000, 3))
// A few kilobytes.
export const smallArticle = (variant: string) => new TextEncoder().encode(page(variant, `Short article ${variant}`, 12, 3))
