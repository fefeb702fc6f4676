// A comment body as rendered on the server by lib/markdown/render-comment.ts, whose
// output holds only an allow-list of tags and attributes with every other character
// escaped: that, and only that, is why it may be set as HTML here.
export function CommentHtml({ html, className = '' }: { html: string; className?: string }) {
  return (
    <div
      className={`space-y-1 break-words text-sm text-stone-800 [&_a]:text-indigo-700 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:border-stone-300 [&_blockquote]:pl-2 [&_blockquote]:text-stone-600 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.8125rem] [&_ul]:list-disc [&_ul]:pl-5 [&_.mention]:rounded [&_.mention]:bg-indigo-50 [&_.mention]:px-0.5 [&_.mention]:font-medium [&_.mention]:text-indigo-800 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
