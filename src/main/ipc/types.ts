// The handler map's type: one function per contract channel, fed the parsed input.
import type { Channel, Output, ParsedInput } from '../../shared/contract'

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>
export type HandlerMap = { [C in Channel]: Handler<C> }
