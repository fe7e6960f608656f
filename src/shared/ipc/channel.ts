// One invoke channel: the zod schemas of what the renderer sends and what main answers.
import type { z } from 'zod'

export type ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = { input: I; output: O }

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ChannelDef<I, O> {
  return { input, output }
}
