// Order remarks in the shops' fixed format: 物流方式,礼品,其他特殊要求,备注人,备注日期时间.
import { automaticPlaceholderValues } from '../placeholders'

export type OrderRemark = { logistics?: string; gift?: string; other?: string; author: string; at: Date | string }

/**
 * Five comma-separated fields. A comma or line break inside a field would shift every field
 * after it, so they become 、 and spaces; an empty field is written 无 to keep its place visible.
 */
export function formatOrderRemark({ logistics, gift, other, author, at }: OrderRemark): string {
  const time = typeof at === 'string' ? at : automaticPlaceholderValues(at, undefined).now
  return [logistics, gift, other, author, time].map(field).join(',')
}

function field(value: string | undefined): string {
  const clean = (value ?? '').replace(/[,，]/g, '、').replace(/\s+/g, ' ').trim()
  return clean === '' ? '无' : clean
}
