// One search box over every notebook (issue register, handover log, …). Private notes come
// back only to the profile that wrote them; shared notebooks to everyone.
import { z } from 'zod'
import { channel } from './channel'
import { timeSchema } from './time-range'

const name = z.string().min(1).max(40)

export const searchFiltersSchema = z
  .object({
    notebooks: z.array(name).max(10).optional(),
    kinds: z.array(name).max(10).optional(),
    statuses: z.array(name).max(10).optional(),
    /** Inclusive lower and exclusive upper bound on the note's time, ms. */
    from: timeSchema.optional(),
    to: timeSchema.optional(),
    author: z.string().trim().max(64).optional(),
  })
  .strict()
export type SearchFilters = z.infer<typeof searchFiltersSchema>

const spanSchema = z.object({ start: z.number(), end: z.number() })
const snippetSchema = z.object({ text: z.string(), ranges: z.array(spanSchema) })

export const searchHitSchema = z.object({
  notebook: z.string(),
  refId: z.string(),
  kind: z.string().nullable(),
  status: z.string().nullable(),
  author: z.string(),
  at: z.number(),
  title: snippetSchema,
  snippet: snippetSchema,
})
export type SearchHit = z.infer<typeof searchHitSchema>

export const searchPageSchema = z.object({
  hits: z.array(searchHitSchema),
  /** Exact up to `SEARCH_COUNT_CAP`; beyond it `totalIsLowerBound` is true. */
  total: z.number(),
  totalIsLowerBound: z.boolean(),
  page: z.number(),
  pageSize: z.number(),
  /** The query had no word of 2+ characters, so nothing was searched. */
  tooShort: z.boolean(),
})
export type SearchPage = z.infer<typeof searchPageSchema>

export const searchChannels = {
  'search:query': channel(
    z
      .object({
        query: z.string().max(200),
        filters: searchFiltersSchema.default({}),
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    searchPageSchema,
  ),
}
