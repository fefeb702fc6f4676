import { mergeAttributes } from '@tiptap/core'
import Heading from '@tiptap/extension-heading'
import Link from '@tiptap/extension-link'
import StarterKit from '@tiptap/starter-kit'
import { isAllowedLinkHref } from './link-href'

// The one editor configuration, shared by the client editor and the tests that build
// its ProseMirror schema: exactly the nodes and marks ZEditorDocument accepts.
export function editorExtensions() {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      hardBreak: false, // a line break would put two lines of canonical text in one block
      horizontalRule: false,
      strike: false,
      underline: false,
      heading: false,
      // An empty trailing paragraph is not part of the canonical document; adding it
      // on load would make every opened document differ from the stored one.
      trailingNode: false,
      link: false,
    }),
    AddressOnlyLink.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      // The same rule the stored document is validated with, so the editor never
      // makes a link the save would then refuse.
      isAllowedUri: (url) => isAllowedLinkHref(url),
      // Drawn on every link, never stored: a link out of a document passes no referrer,
      // no window.opener and no endorsement. No target, no class.
      HTMLAttributes: { rel: LINK_REL, target: null, class: null },
    }),
    ArticleHeading.configure({ levels: [1, 2, 3, 4, 5, 6] }),
  ]
}

export const LINK_REL = 'noopener noreferrer nofollow'

// A link is its address and nothing else. tiptap's own Link also reads target, rel,
// class and title from pasted HTML and keeps them in the document, so a pasted
// <a class="…" target="…"> would be stored and drawn as pasted.
const AddressOnlyLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') } }
  },
})

// The page's own <h1> is the document title, so the article's outline sits one level
// below it: a level-1 heading is drawn as <h2>. Only the drawing changes; the stored
// level, and how pasted HTML headings are read, stay tiptap's.
const ArticleHeading = Heading.extend({
  renderHTML({ node, HTMLAttributes }) {
    const level = Math.min(6, Number(node.attrs.level) + 1)
    return [`h${level}`, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0]
  },
})
