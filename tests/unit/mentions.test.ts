import { describe, expect, it } from 'vitest'
import { insertMention, matchMembers, mentionQueryAt, mentionedEmails, parseMentions } from '@/lib/markdown/mentions'

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

describe('mention autocomplete', () => {
  const people = [
    { id: '1', name: 'Ana Lima', email: 'ana@example.org' },
    { id: '2', name: 'Bruno', email: 'bruno@desk.example' },
    { id: '3', name: null, email: 'lana@example.org' },
  ]

  it('finds the mention being typed at the caret', () => {
    expect(mentionQueryAt('Hi @an', 6)).toEqual({ start: 3, query: 'an' })
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionQueryAt('mail ana@ex', 11)).toBeNull()
    expect(mentionQueryAt('Hi @an and more', 15)).toBeNull()
  })

  it('matches names and emails, starts first', () => {
    expect(matchMembers(people, 'an').map((m) => m.id)).toEqual(['1', '3'])
    expect(matchMembers(people, 'lima').map((m) => m.id)).toEqual(['1'])
    expect(matchMembers(people, 'desk').map((m) => m.id)).toEqual(['2'])
    expect(matchMembers(people, '')).toHaveLength(3)
  })

  it('inserts @email and a space, caret after it', () => {
    expect(insertMention('Hi @an, ok', { start: 3, query: 'an' }, 'ana@example.org')).toEqual({ text: 'Hi @ana@example.org , ok', caret: 20 })
    expect(insertMention('Hi @an ok', { start: 3, query: 'an' }, 'ana@example.org')).toEqual({ text: 'Hi @ana@example.org ok', caret: 20 })
  })
})
