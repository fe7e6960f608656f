// The answer every IPC call gets: a value, or an error with a stable code the renderer
// translates into a sentence that says what to do next. The codes and reasons live in errors.ts.
import { z } from 'zod'
import { ERROR_CODES, type DeskErrorBody } from './errors'

export * from './errors'

export const deskErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
}) satisfies z.ZodType<DeskErrorBody>
