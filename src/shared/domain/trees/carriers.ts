// Where an agent checks that a top-up reached the phone: the carrier's site (by province) or hotline.
import type { Carrier } from './schema'

export type CarrierSite = { name: string; url: string; hotline: string }

export const CARRIER_SITES: Readonly<Record<Carrier, CarrierSite>> = {
  mobile: { name: '中国移动', url: 'https://www.10086.cn', hotline: '10086' },
  unicom: { name: '中国联通', url: 'https://www.10010.com', hotline: '10010' },
  telecom: { name: '中国电信', url: 'https://www.ct10000.com', hotline: '10000' },
}
