// A news page of about `targetBytes` (5 MB for the benchmark) as sites send them: an
// inline style sheet and scripts, a mega-menu, the article itself (headings,
// paragraphs, a table, a figure), a sidebar of related links, thousands of reader
// comments and a long footer. Only the article is source text.
import { paragraphText, pick, seeded, sentence, TABLE_HEADER, tableRow, type Random } from './corpus'

const NAMES = ['Ana', 'Bruno', 'Chen', 'Dara', 'Emil', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jules', 'Kemal', 'Lena', 'Mira', 'Nils', 'Oona', 'Pavel']
const MENU = ['News', 'Economy', 'Regions', 'Data', 'Opinion', 'Markets', 'Energy', 'Housing', 'Jobs', 'Trade', 'Climate', 'Science']

export function articlePage(targetBytes: number, seed = 51): { html: string; title: string; articleParagraphs: string[] } {
  const random = seeded(seed)
  const title = 'Regional output grew in most sectors last year, the yearbook shows'
  const articleParagraphs = Array.from({ length: 120 }, () => paragraphText(random))
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Daily Ledger</title>
<meta property="og:title" content="${title}"><meta name="author" content="Mira Kovač">
<style>${styleSheet(random)}</style><script>${trackingScript()}</script></head><body>`
  const nav = `<header><nav class="mega-menu"><ul>${MENU.map((section) => `<li><a href="/${section.toLowerCase()}">${section}</a><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/${section.toLowerCase()}/${i}">${section} topic ${i}: ${pick(random, ['latest', 'analysis', 'explainer', 'live'])}</a></li>`).join('')}</ul></li>`).join('')}</ul></nav></header>`
  const body = articleParagraphs.map((text, i) => (i % 15 === 0 && i ? `<h2>${sentence(random).split(',')[0]}</h2>` : '') + `<p>${text}</p>`)
  const table = `<table><thead><tr>${TABLE_HEADER.map((cell) => `<th>${cell}</th>`).join('')}</tr></thead><tbody>${Array.from({ length: 12 }, () => `<tr>${tableRow(random).map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  body.splice(40, 0, table, '<figure><img src="/chart.png" alt="Output by sector"><figcaption>Output by sector, 2015–2024.</figcaption></figure>')
  const article = `<main><article><h1>${title}</h1><p class="byline">By Mira Kovač · 30 June 2024</p>${body.join('\n')}</article>`
  const sidebar = `<aside class="related"><h3>Related</h3><ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/story/${i}">${sentence(random).slice(0, 80)}</a></li>`).join('')}</ul></aside></main>`
  const footer = `<footer>${Array.from({ length: 20 }, (_, i) => `<section><h4>${pick(random, MENU)} ${i}</h4><ul>${Array.from({ length: 25 }, (_, j) => `<li><a href="/f/${i}/${j}">Link ${i}.${j}</a></li>`).join('')}</ul></section>`).join('')}<p>© The Daily Ledger. All rights reserved.</p></footer></body></html>`
  const fixed = head + nav + article + sidebar + footer
  const comments: string[] = []
  let size = fixed.length + 200
  while (size < targetBytes) {
    const comment = commentHtml(random, comments.length)
    comments.push(comment)
    size += comment.length
  }
  const section = `<section class="comments" id="comments"><h3>${comments.length.toLocaleString('en')} comments</h3>${comments.join('\n')}</section>`
  return { html: head + nav + article + section + sidebar + footer, title, articleParagraphs }
}

function commentHtml(random: Random, i: number): string {
  const name = `${pick(random, NAMES)}${Math.floor(random() * 900)}`
  return `<div class="comment" id="c${i}"><div class="meta"><a href="/u/${name}">${name}</a> <time>${1 + Math.floor(random() * 28)} June 2024</time></div><div class="body"><p>${paragraphText(random, 1 + Math.floor(random() * 3))}</p></div><div class="actions"><button>Reply</button> <button>Like (${Math.floor(random() * 200)})</button> <a href="#c${i}">Share</a></div></div>`
}

function styleSheet(random: Random): string {
  return Array.from({ length: 2_500 }, (_, i) => `.c-${i}-${Math.floor(random() * 1e6).toString(36)} { margin: ${i % 24}px; color: #${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')}; }`).join('\n')
}

function trackingScript(): string {
  return `window.dataLayer = window.dataLayer || []; ${Array.from({ length: 800 }, (_, i) => `dataLayer.push({ event: 'slot_${i}', size: [${i % 7 * 100}, ${i % 5 * 50}] });`).join(' ')}`
}
