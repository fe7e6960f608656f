// Shifts: configurable day/night patterns, including night shifts that cross midnight.
export { DEFAULT_SHIFTS, PRESET_LONG_SHIFTS } from './defaults'
export {
  nextShiftStart,
  resolveShifts,
  shiftInstanceBounds,
  timeLeftInShift,
  type ShiftDef,
  type ShiftInstance,
} from './schedule'
export { incomingShift, outgoingShift } from './outgoing'
export { validateShiftTime } from './shift-time'
