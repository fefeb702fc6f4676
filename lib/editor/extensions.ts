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
      heading: { levels: [1, 2, 3, 4, 5, 6] },
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
  ]
}
