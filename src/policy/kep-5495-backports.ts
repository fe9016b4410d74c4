// KEP-5495's nftables-backports parameters, as data (CRITERIA.md section 6).

export const BACKPORTS = {}
