// Renders a tree of React elements made only of host elements and plain function
// components (no hooks, context or suspense, which ReportView does not use) to static
// HTML. Next.js replaces react-dom/server's renderToStaticMarkup with a function that
// throws in its server bundles (route handlers, server components), so the exporter
// cannot rely on it; this walker works anywhere and escapes every text and attribute
// exactly as React does. The unit tests check it against react-dom/server's output.
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react'

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

// React prop names whose HTML/SVG attribute is spelled differently.
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  charSet: 'charset',
  httpEquiv: 'http-equiv',
  dateTime: 'datetime',
  colSpan: 'colspan',
  rowSpan: 'rowspan',
  tabIndex: 'tabindex',
  strokeWidth: 'stroke-width',
  textAnchor: 'text-anchor',
  dominantBaseline: 'dominant-baseline',
  fontSize: 'font-size',
  fontWeight: 'font-weight',
  fontFamily: 'font-family',
  fillOpacity: 'fill-opacity',
  shapeRendering: 'shape-rendering',
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[char]!)
}

export function renderStatic(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escapeHtml(String(node))
  if (Array.isArray(node)) return node.map(renderStatic).join('')
  if (!isValidElement(node)) throw new Error('renderStatic: unsupported node (promises and iterables are not rendered)')
  const element = node as ReactElement<Record<string, unknown>>
  const { type, props } = element
  if (type === Fragment) return renderStatic(props.children as ReactNode)
  if (typeof type === 'function') return renderStatic((type as (props: Record<string, unknown>) => ReactNode)(props))
  if (typeof type !== 'string') throw new Error('renderStatic: unsupported element type')
  const attributes = Object.entries(props)
    .map(([name, value]) => attribute(name, value))
    .join('')
  if (VOID.has(type)) return `<${type}${attributes}/>`
  const inner = props.dangerouslySetInnerHTML as { __html: string } | undefined
  return `<${type}${attributes}>${inner ? inner.__html : renderStatic(props.children as ReactNode)}</${type}>`
}

function attribute(name: string, value: unknown): string {
  if (name === 'children' || name === 'dangerouslySetInnerHTML' || name === 'key' || name === 'ref') return ''
  if (value === null || value === undefined || value === false || typeof value === 'function') return ''
  if (/^on[A-Z]/.test(name)) return ''
  const attributeName = ATTRIBUTE_NAMES[name] ?? name
  if (value === true) return ` ${attributeName}=""`
  const text = name === 'style' && typeof value === 'object' ? styleText(value as Record<string, string | number>) : String(value)
  return ` ${attributeName}="${escapeHtml(text)}"`
}

function styleText(style: Record<string, string | number>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`)}:${typeof value === 'number' && value !== 0 ? `${value}px` : value}`)
    .join(';')
}
