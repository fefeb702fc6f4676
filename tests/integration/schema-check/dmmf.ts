// The DMMF (Prisma's parsed data model) of a schema file, from Prisma's own schema
// parser (@prisma/prisma-schema-wasm, what `prisma generate` feeds the client
// generator). The generated client keeps only a thin runtime data model (no
// nullability, native types, indexes or enum values), so the test asks the parser
// for the full one, and checks separately that the generated client agrees with it.
import { get_dmmf } from '@prisma/prisma-schema-wasm'
import { z } from 'zod'

const ZField = z.object({
  name: z.string(),
  dbName: z.string().nullish(),
  kind: z.enum(['scalar', 'enum', 'object', 'unsupported']),
  type: z.string(),
  isList: z.boolean(),
  isRequired: z.boolean(),
  nativeType: z.tuple([z.string(), z.array(z.string())]).nullish(),
  default: z.unknown().optional(),
  isUpdatedAt: z.boolean().optional(),
  relationFromFields: z.array(z.string()).optional(),
  relationToFields: z.array(z.string()).optional(),
  relationOnDelete: z.string().optional(),
  relationOnUpdate: z.string().optional(),
})

// Parsed with zod so that a change in Prisma's DMMF format fails here, loudly,
// instead of making the comparison quietly check less.
const ZDatamodel = z.object({
  models: z.array(z.object({ name: z.string(), dbName: z.string().nullable(), fields: z.array(ZField) })),
  enums: z.array(
    z.object({
      name: z.string(),
      dbName: z.string().nullish(),
      values: z.array(z.object({ name: z.string(), dbName: z.string().nullish() })),
    }),
  ),
  indexes: z.array(
    z.object({
      model: z.string(),
      type: z.enum(['id', 'unique', 'normal', 'fulltext']),
      dbName: z.string().nullish(),
      fields: z.array(z.object({ name: z.string() })),
    }),
  ),
})

export type Datamodel = z.infer<typeof ZDatamodel>
export type DmmfModel = Datamodel['models'][number]
export type DmmfField = z.infer<typeof ZField>

export function readDatamodel(schemaText: string): Datamodel {
  const dmmf: unknown = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]] })))
  const datamodel = z.object({ datamodel: ZDatamodel }).parse(dmmf).datamodel
  for (const model of datamodel.models) model.fields.push(...unsupportedFieldsOf(schemaText, model.name))
  return datamodel
}

// The DMMF leaves out Unsupported("…") fields (the search vectors), though their
// columns and indexes exist; they are read from the schema text instead.
function unsupportedFieldsOf(schemaText: string, modelName: string): DmmfField[] {
  const body = new RegExp(`^model ${modelName} \\{\n([\\s\\S]*?)^\\}`, 'm').exec(schemaText)?.[1] ?? ''
  return [...body.matchAll(/^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm)].map(([, name, type, optional]) => ({
    name: name!,
    kind: 'unsupported' as const,
    type: type!,
    isList: false,
    isRequired: !optional,
  }))
}
