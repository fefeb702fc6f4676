import { describe, expect, it } from 'vitest'
import { mentionedEmails, parseMentions } from '@/lib/markdown/mentions'

const MEMBERS = [
  { id: 'u-ana', email: 'ana@example.org' },
  { id: 'u-bo', email: 'Bo.Li+desk@news.example.co.uk' },
]

describe('parseMentions', () => {
  it('resolves @email to workspace members, once each, in order', () => {
    expect(parseMentions('@ana@example.org and @bo.li+desk@news.example.co.uk, again @ANA@example.org', MEMBERS)).toEqual(['u-ana', 'u-bo'])
  })

  it('leaves unknown emails and non-members out', () => {
    expect(parseMentions('cc @stranger@example.org', MEMBERS)).toEqual([])
  })

  it('ends a mention at punctuation and ignores emails written without @ in front', () => {
    expect(mentionedEmails('Thanks @ana@example.org. (@bo@x.io)')).toEqual(['ana@example.org', 'bo@x.io'])
    expect(parseMentions('write to ana@example.org', MEMBERS)).toEqual([])
    expect(parseMentions('x@ana@example.org', MEMBERS)).toEqual([])
  })

  it('does not count mentions inside code spans', () => {
    expect(parseMentions('type `@ana@example.org` to mention', MEMBERS)).toEqual([])
  })
})
