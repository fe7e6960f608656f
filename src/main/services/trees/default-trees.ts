// The trees shipped with the app (assets/trees), bundled at build time so a packaged app needs no
// file access to seed them. They are seeded once; shops edit them from there.
import afterSales from '../../../../assets/trees/after-sales.json'
import jdShippingFee from '../../../../assets/trees/jd-shipping-fee.json'
import topupNotCredited from '../../../../assets/trees/topup-not-credited.json'

/** In list order: the top-up shop's tree first, as the most used. */
export const DEFAULT_TREES: readonly unknown[] = [topupNotCredited, afterSales, jdShippingFee]
