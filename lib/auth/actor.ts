// The signed-in user as services see it. Every service takes one.
export interface Actor {
  id: string
  email: string
  name: string | null
}
