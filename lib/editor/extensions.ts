import { mergeAttributes } from '@tiptap/core'
import Heading from '@tiptap/extension-heading'
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
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        // The same rule the stored document is validated with, so the editor never
        // makes a link the save would then refuse.
        isAllowedUri: (url) => isAllowedLinkHref(url),
      },
    }),
    ArticleHeading.configure({ levels: [1, 2, 3, 4, 5, 6] }),
  ]
}

// The page's own <h1> is the document title, so the article's outline sits one level
// below it: a level-1 heading is drawn as <h2>. Only the drawing changes; the stored
// level, and how pasted HTML headings are read, stay tiptap's.
const ArticleHeading = Heading.extend({
  renderHTML({ node, HTMLAttributes }) {
    const level = Math.min(6, Number(node.attrs.level) + 1)
    return [`h${level}`, mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0]
  },
})
